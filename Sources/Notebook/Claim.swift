/// Checks that `condition` holds. A false claim fails the build at the call's position in the
/// article; the program goes on running.
///
/// A boolean claim has no margin: prefer ``claim(_:approximately:tolerance:_:filePath:line:column:)``
/// when the fact is a number near another, so the claims ledger shows how close it came to failing.
///
/// - Parameters:
///   - condition: the fact being claimed.
///   - text: the claim in words, shown on the page and in the claims ledger.
public func claim(
    _ condition: Bool, _ text: String,
    filePath: String = #filePath, line: Int = #line, column: Int = #column
) {
    WireRecord.claim(ClaimRecord(
        passed: condition, text: text, value: "", expected: nil, kind: .condition, margin: nil,
        file: filePath, line: line, column: column
    )).emit()
}

/// Checks that `value` is within `tolerance` of `expected`, and records how much of the
/// tolerance it used (its margin: `|value − expected| / allowed`).
///
/// ```swift
/// claim(ratio, approximately: 8, tolerance: .relative(1e-12), "the lowest frequency is stretched by k")
/// ```
public func claim(
    _ value: Double, approximately expected: Double, tolerance: Tolerance, _ text: String,
    filePath: String = #filePath, line: Int = #line, column: Int = #column
) {
    let used = tolerance.fractionUsed(value, expected: expected)
    WireRecord.claim(ClaimRecord(
        passed: used.map { $0 <= 1 } ?? false, text: text,
        value: String(describing: value), expected: "\(expected) \(tolerance)",
        kind: .approximate, margin: used.flatMap { $0.isFinite ? $0 : nil },
        file: filePath, line: line, column: column
    )).emit()
}

/// Checks that `value` equals `expected` exactly.
public func claim<Value: Equatable & CustomStringConvertible>(
    _ value: Value, equals expected: Value, _ text: String,
    filePath: String = #filePath, line: Int = #line, column: Int = #column
) {
    WireRecord.claim(ClaimRecord(
        passed: value == expected, text: text,
        value: value.description, expected: expected.description, kind: .exact, margin: nil,
        file: filePath, line: line, column: column
    )).emit()
}

/// The fields of a `claim` wire record (see ``WireFormat``).
struct ClaimRecord {
    /// What kind of comparison a claim makes, which decides how its margin reads.
    enum Kind: String {
        /// A boolean condition: no margin.
        case condition
        /// Equality: exact, no margin.
        case exact
        /// A value within a tolerance: the margin is the fraction of the tolerance used.
        case approximate
    }

    var passed: Bool
    var text: String
    var value: String
    var expected: String?
    var kind: Kind
    /// `|value − expected| / allowed` for an approximate claim (`nil` when not finite).
    var margin: Double?
    var file: String
    var line: Int
    var column: Int
}
