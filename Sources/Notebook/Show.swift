/// Shows a chart, table or any other ``Displayable`` value after the current cell.
///
/// - Parameters:
///   - value: what to show; its ``Displayable/display`` decides how it looks on the page.
///   - caption: an optional caption (a `<figcaption>` under a chart).
public func show(_ value: some Displayable, caption: String? = nil) {
    WireRecord.show(value.display, caption: caption).emit()
}

/// Shows any value as text after the current cell (`String(describing:)`), for example a
/// number or an array; a value that is ``Displayable`` is shown as such.
public func show<Value>(_ value: Value, caption: String? = nil) {
    if let displayable = value as? any Displayable {
        WireRecord.show(displayable.display, caption: caption).emit()
    } else {
        WireRecord.show(.text(String(describing: value)), caption: caption).emit()
    }
}
