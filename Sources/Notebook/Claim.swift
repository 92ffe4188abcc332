/// Checks that `condition` holds. A false claim fails the build at the call's position in the
/// article; the program goes on running.
///
/// - Parameters:
///   - condition: the fact being claimed.
///   - text: the claim in words, shown on the page and in the claims ledger.
public func claim(
    _ condition: Bool, _ text: String,
    filePath: String = #filePath, line: Int = #line, column: Int = #column
) {
    WireRecord.claim(
        passed: condition, text: text, value: "", expected: nil,
        file: filePath, line: line, column: column
    ).emit()
}

/// Checks that `value` is within `tolerance` of `expected`.
///
/// ```swift
/// claim(ratio, approximately: 8, tolerance: .relative(1e-12), "the lowest frequency is stretched by k")
/// ```
public func claim(
    _ value: Double, approximately expected: Double, tolerance: Tolerance, _ text: String,
    filePath: String = #filePath, line: Int = #line, column: Int = #column
) {
    WireRecord.claim(
        passed: tolerance.accepts(value, expected: expected), text: text,
        value: String(describing: value), expected: "\(expected) \(tolerance)",
        file: filePath, line: line, column: column
    ).emit()
}

/// Checks that `value` equals `expected` exactly.
public func claim<Value: Equatable & CustomStringConvertible>(
    _ value: Value, equals expected: Value, _ text: String,
    filePath: String = #filePath, line: Int = #line, column: Int = #column
) {
    WireRecord.claim(
        passed: value == expected, text: text,
        value: value.description, expected: expected.description,
        file: filePath, line: line, column: column
    ).emit()
}
