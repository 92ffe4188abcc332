/// One way to cut a text into vocabulary tokens, with its total log-probability score.
public struct Segmentation: Sendable, Hashable, CustomStringConvertible {
    /// The tokens, in order; they concatenate to the text.
    public var tokens: [String]
    /// The sum of the tokens' scores `Σ log p(wᵢ)`.
    public var score: Double

    /// Creates a segmentation.
    public init(tokens: [String], score: Double) {
        self.tokens = tokens
        self.score = score
    }

    /// The tokens in brackets, comma separated: `[xy,z]`.
    public var description: String { "[" + tokens.joined(separator: ",") + "]" }
}
