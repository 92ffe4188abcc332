/// One-call rendering for `lemma render` and tests.
public enum MarkdownRenderer {
    /// The body HTML for `lemma render` in passthrough mode (math as passthrough markup, headings with ids).
    public static func renderBody(_ source: String) -> String {
        MarkdownDocument(source).render()
    }
}
