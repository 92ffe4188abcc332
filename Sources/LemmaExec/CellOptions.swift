/// The options of a `swift run` cell, from its fence's info string.
public struct CellOptions: Sendable, Hashable, Codable {
    /// `hide`: the source is not shown; outputs still are.
    public var hide: Bool
    /// `no-output`: printed text is not shown.
    public var noOutput: Bool
    /// `expect-error`: the cell must fail to compile; the compiler's diagnostic is its output.
    public var expectError: Bool
    /// `timeout=SECONDS`: the longest this cell may run.
    public var timeout: Double?

    public init(hide: Bool = false, noOutput: Bool = false, expectError: Bool = false, timeout: Double? = nil) {
        self.hide = hide
        self.noOutput = noOutput
        self.expectError = expectError
        self.timeout = timeout
    }

    /// The options named in `info`, like `"swift run hide timeout=5"`.
    ///
    /// Returns `nil` when `info` does not describe a run cell (its first two words are not
    /// `swift run`), and a failure naming the word for an unknown or malformed option.
    public static func parse(info: String) -> Result<CellOptions, CellOptionsError>? {
        let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard words.count >= 2, words[0] == "swift", words[1] == "run" else { return nil }
        var options = CellOptions()
        for word in words.dropFirst(2) {
            switch word {
            case "hide": options.hide = true
            case "no-output": options.noOutput = true
            case "expect-error": options.expectError = true
            default:
                guard word.hasPrefix("timeout=") else {
                    return .failure(CellOptionsError(
                        message: "unknown cell option '\(word)'",
                        hint: "cell options are hide, no-output, expect-error and timeout=SECONDS"
                    ))
                }
                let value = word.dropFirst("timeout=".count)
                guard let seconds = Double(value), seconds > 0, seconds <= 86_400 else {
                    return .failure(CellOptionsError(
                        message: "invalid cell timeout '\(value)'",
                        hint: "write a positive number of seconds up to 86400, like timeout=5"
                    ))
                }
                options.timeout = seconds
            }
        }
        return .success(options)
    }
}

/// Why a cell's info string could not be read.
public struct CellOptionsError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var hint: String?

    public init(message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var description: String { message }
}
