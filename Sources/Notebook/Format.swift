#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// `value` with exactly `digits` digits after the decimal point: `format(3.14159, digits: 2)`
/// is `"3.14"`. Locale-independent (always `.`), never `-0.00`; `nan`, `inf` and `-inf` for
/// non-finite values.
public func format(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return String(describing: value) }
    return NumberText.withoutNegativeZero(NumberText.printf("%.*f", value, digits: digits))
}

/// Each of `values` with exactly `digits` decimals, in brackets: `format([0.5, -1], digits: 2)`
/// is `"[0.50, -1.00]"`.
public func format(_ values: some Sequence<Double>, digits: Int) -> String {
    "[" + values.map { format($0, digits: digits) }.joined(separator: ", ") + "]"
}

/// `value` as a percentage with `digits` decimals: `percent(0.1234, digits: 1)` is `"12.3%"`.
public func percent(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return String(describing: value) }
    return format(value * 100, digits: digits) + "%"
}

/// `value` in scientific notation with `digits` digits after the point:
/// `scientific(0.000123, digits: 2)` is `"1.23e-04"`.
public func scientific(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return String(describing: value) }
    return NumberText.withoutNegativeZero(NumberText.printf("%.*e", value, digits: digits))
}

/// An integer with its digits grouped by threes: `grouped(1234567)` is `"1,234,567"`.
public func grouped(_ value: some BinaryInteger, separator: String = ",") -> String {
    let digits = String(value.magnitude)
    var text = ""
    for (offset, digit) in digits.enumerated() {
        if offset > 0 && (digits.count - offset) % 3 == 0 { text += separator }
        text.append(digit)
    }
    return value < 0 ? "-" + text : text
}

/// Helpers behind the number formatters.
enum NumberText {
    /// The largest number of digits accepted; more is clamped.
    static let maximumDigits = 40

    /// C `snprintf` with one precision and one double (the C locale: programs never call `setlocale`).
    static func printf(_ pattern: String, _ value: Double, digits: Int) -> String {
        let precision = Int32(max(0, min(digits, maximumDigits)))
        let capacity = 400
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
            let count = withVaList([precision, value]) { vsnprintf(buffer.baseAddress, capacity, pattern, $0) }
            let length = max(0, min(Int(count), capacity - 1))
            let bytes = UnsafeRawBufferPointer(start: buffer.baseAddress, count: length)
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// `-0.000` → `0.000`, `-0.00e+00` → `0.00e+00`; other text unchanged.
    static func withoutNegativeZero(_ text: String) -> String {
        guard text.hasPrefix("-") else { return text }
        let mantissa = text.dropFirst().prefix { $0 != "e" }
        let isZero = mantissa.allSatisfy { $0 == "0" || $0 == "." }
        return isZero ? String(text.dropFirst()) : text
    }
}
