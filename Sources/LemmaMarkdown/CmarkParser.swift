import CCmarkGFM
import CLemmaMath
import Foundation

/// Runs cmark-gfm with the GFM extensions and the math extension.
///
/// cmark-gfm 0.29 keeps process-wide state while parsing inlines with extensions attached: the
/// table of special inline characters is switched on and off around each document's inline pass
/// (`process_inlines`, inside `cmark_parser_finish`), so two concurrent inline passes corrupt each
/// other. Block parsing (`cmark_parser_feed`) touches no shared state and runs in parallel; the
/// inline pass is serialised with one lock. The plugin registry is set up once. The tree a parse
/// returns belongs to the caller alone; walking and rendering it needs no lock.
enum CmarkParser {
    /// Parse options; `SOURCEPOS` makes cmark keep line numbers right across multi-line spans.
    static let parseOptions: Int32 = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE | CMARK_OPT_SOURCEPOS
    /// Render options: what `cmark-gfm --unsafe -e footnotes` uses.
    static let renderOptions: Int32 = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE

    /// The GFM extensions attached after `lemma-math`, as `cmark-gfm -e …` names them.
    static let gfmExtensions = ["table", "strikethrough", "autolink", "tasklist"]

    private static let lock = NSLock()

    /// Registers the core extensions and the math plugin once (the registry is global; Swift
    /// runs this initialiser exactly once, thread-safely). The extension is immutable afterwards.
    nonisolated(unsafe) private static let registeredMath = {
        cmark_gfm_core_extensions_ensure_registered()
        return lemma_math_extension()
    }()

    /// Parses `source` and returns the document node; the caller frees it with `cmark_node_free`.
    static func parse(_ source: String) -> OpaquePointer {
        let math = registeredMath
        guard let parser = cmark_parser_new(parseOptions) else {
            preconditionFailure("cmark_parser_new failed (out of memory)")
        }
        defer { cmark_parser_free(parser) }
        cmark_parser_attach_syntax_extension(parser, math)
        for name in gfmExtensions {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        var text = source
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        lock.lock()
        defer { lock.unlock() }
        lemma_math_prepare(parser)
        guard let root = cmark_parser_finish(parser) else {
            preconditionFailure("cmark_parser_finish returned no document")
        }
        return root
    }
}
