/// A problem in a piece of TeX, located by its UTF-8 byte offset inside the string that was rendered.
///
/// Errors found inside the expansion of a macro point at the macro's use.
public struct TeXError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Byte offset (UTF-8) of the offending TeX inside `MathInput.tex` (or the macro body, for
    /// `validateMacros`).
    public var utf8Offset: Int
    /// A one-line message, e.g. `unknown command \fracc; did you mean \frac?`.
    public var message: String

    public init(utf8Offset: Int, message: String) {
        self.utf8Offset = utf8Offset
        self.message = message
    }

    public var description: String { "\(utf8Offset): \(message)" }
}
