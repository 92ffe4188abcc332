import LemmaDiagnostics

/// How math reaches the reader.
public enum MathMode: String, Sendable, Hashable {
    /// TeX rendered to MathML at build time (no JavaScript).
    case mathml
    /// TeX passed through for MathJax, loaded from `mathjax_url`.
    case mathjax
}

/// Where executable examples come from and the limits they run under (`examples:` in lemma.yml).
public struct ExamplesSettings: Sendable, Hashable {
    /// The Swift package whose library products examples may import, relative to the site root.
    public var package: String = "."
    /// Library products built once, in release, as dynamic libraries.
    public var products: [String] = []
    /// Modules every article program imports (`Notebook` is always imported).
    public var imports: [String] = ["Foundation"]
    /// Seconds an article program may run.
    public var timeout: Double = 60
    /// Bytes of output an article program may print.
    public var outputLimit: Int = 8 << 20
    /// Bytes of address space an article program may use.
    public var memoryLimit: Int = 2 << 30
    /// Seeds `build` and `check` run each seed-reading program with (0, 1, …, seeds − 1);
    /// `--seeds` on the command line overrides it.
    public var seeds: Int = 1

    public init() {}
}

/// The site configuration, read from `content/lemma.yml`.
public struct SiteConfig: Sendable, Hashable {
    public var title: String
    /// Absolute URL of the site's root, always ending in `/` (`https://example.org/blog/`).
    public var baseURL: String
    public var author: String = ""
    /// The site's main language; articles in other languages live under `/<lang>/`.
    public var language: String = "en"
    public var description: String = ""
    public var math: MathMode = .mathml
    public var mathjaxURL: String = "https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js"
    /// TeX macros for every page, name (without backslash) → body.
    public var macros: [String: String] = [:]
    /// Articles per home page.
    public var paginate: Int = 10
    public var examples: ExamplesSettings = ExamplesSettings()

    public init(title: String, baseURL: String) {
        self.title = title
        self.baseURL = baseURL
    }

    /// The path part of `baseURL` (`/blog/`), prefixed to every internal link.
    public var basePath: String {
        guard let schemeEnd = baseURL.range(of: "://") else { return "/" }
        let afterHost = baseURL[schemeEnd.upperBound...].drop { $0 != "/" }
        return afterHost.isEmpty ? "/" : String(afterHost)
    }
}
