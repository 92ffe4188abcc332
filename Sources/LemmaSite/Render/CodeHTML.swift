import LemmaHighlight

/// Highlighted code blocks: Swift through swift-syntax, other languages escaped with a class.
enum CodeHTML {
    /// `<pre><code class="language-x">…</code></pre>`, highlighted when the language is Swift.
    static func block(code: String, info: String) -> String? {
        let language = info.split(separator: " ").first.map(String.init) ?? ""
        guard language == "swift" else { return nil }
        return "<pre><code class=\"language-swift\">\(SwiftHighlighter.highlight(code))</code></pre>"
    }
}
