/// One lexical unit of TeX math, with the UTF-8 offset where it starts in the source.
struct TeXToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// `\name` (letters) or `\c` (one non-letter character); the name excludes the backslash.
        case command(String)
        case character(Unicode.Scalar)
        case beginGroup
        case endGroup
        case superscriptMark
        case subscriptMark
        case alignment
        /// `#1`…`#9`; `0` for a `#` not followed by a digit.
        case parameter(Int)
        /// A run of white space (kept for text mode and macro parameter text).
        case space
        /// `~`
        case tie
        /// `$`
        case mathShift
    }

    var kind: Kind
    var offset: Int

    init(_ kind: Kind, at offset: Int) {
        self.kind = kind
        self.offset = offset
    }

    /// The command name when this token is a command.
    var commandName: String? {
        if case .command(let name) = kind { return name }
        return nil
    }

    /// True for a white-space token.
    var isSpace: Bool {
        if case .space = kind { return true }
        return false
    }
}
