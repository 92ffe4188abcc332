import Foundation

/// What the Swift runtime printed to stderr when an article program crashed.
struct CrashReport: Sendable {
    /// The runtime's message: `Index out of range`, `precondition failed: x > 0`, …
    var message: String?
    /// The first backtrace frame in the article (canonical line and column).
    var position: (line: Int, column: Int)?
    /// Whether the crash was a failed allocation.
    var isOutOfMemory: Bool

    init(stderr: String, file: String) {
        let lines = stderr.split(separator: "\n").map(String.init)
        message = nil
        for line in lines {
            if let found = Self.message(in: line) {
                message = found
                break
            }
        }
        position = nil
        let marker = " at \(file):"
        for line in lines {
            guard let range = line.range(of: marker) else { continue }
            let numbers = line[range.upperBound...].split(separator: ":")
            if numbers.count >= 2, let row = Int(numbers[0]), let column = Int(numbers[1].prefix { $0.isNumber }) {
                position = (row, column)
                break
            }
        }
        let lowered = stderr.lowercased()
        isOutOfMemory = lowered.contains("could not allocate") || lowered.contains("failed to allocate")
            || lowered.contains("out of memory") || lowered.contains("bad_alloc")
    }

    private static func message(in line: String) -> String? {
        let kinds = [("Fatal error: ", ""), ("Precondition failed: ", "precondition failed: "),
                     ("Assertion failed: ", "assertion failed: "), ("Fatal error", "")]
        for (marker, prefix) in kinds {
            guard let range = line.range(of: marker) else { continue }
            let text = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
            if text.isEmpty { return prefix.isEmpty ? "fatal error" : String(prefix.dropLast(2)) }
            return prefix + text
        }
        return nil
    }
}
