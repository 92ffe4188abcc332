import Foundation
import LemmaDiagnostics

/// `lemma init`: a new site in a folder, documenting the Swift package there if there is one.
///
/// Writes `content/lemma.yml`, a first post, an about page and `.gitignore` entries for `site/`
/// and `.lemma/`; never overwrites a file (an existing `.gitignore` only gains missing lines).
/// With a package, the site's examples link its library products, and the first post has a
/// `swift run` cell that imports them and makes a claim; without one, the site has no examples.
public struct SiteInit: Sendable {
    /// The library products and modules of the package in the folder.
    public struct Library: Sendable, Hashable {
        public var packageName: String
        public var products: [String]
        public var modules: [String]

        public init(packageName: String, products: [String], modules: [String]) {
            self.packageName = packageName
            self.products = products
            self.modules = modules
        }
    }

    public let root: URL
    public let today: Date
    public let library: Library?

    public init(root: URL, today: Date, library: Library?) {
        self.root = root
        self.today = today
        self.library = library
    }

    /// The files written and the files kept because they exist, relative to the root.
    public func run() throws(Diagnostic) -> (written: [String], kept: [String]) {
        var written: [String] = []
        var kept: [String] = []
        let day = Scaffold.day(today)
        for (path, text) in [
            ("content/lemma.yml", configuration),
            ("content/posts/\(day)-first-post.md", firstPost(day: day)),
            ("content/pages/about.md", about),
        ] {
            let url = root.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path) {
                kept.append(path)
                continue
            }
            try write(text, to: url, path: path)
            written.append(path)
        }
        let ignore = root.appendingPathComponent(".gitignore")
        let existing = FileManager.default.contents(atPath: ignore.path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let lines = Set(existing.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = ["site/", ".lemma/"].filter { !lines.contains($0) && !lines.contains("/\($0)") }
        if !missing.isEmpty {
            let separator = existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n"
            try write(existing + separator + missing.joined(separator: "\n") + "\n", to: ignore, path: ".gitignore", replacing: true)
            written.append(".gitignore")
        }
        return (written, kept)
    }

    var title: String { library.map { "\($0.packageName), computed" } ?? "Notes, computed" }

    var configuration: String {
        var text = """
            title: \(Scaffold.yamlQuoted(title))
            base_url: https://example.org/
            language: en
            description: \(Scaffold.yamlQuoted(library.map { "Documentation for \($0.packageName) whose numbers are computed and whose claims are checked." } ?? "Writing whose numbers are computed and whose claims are checked."))
            math: mathml

            """
        if let library {
            text += """
                examples:
                  package: .
                  products: [\(library.products.joined(separator: ", "))]
                  imports: [\((["Foundation"] + library.modules).joined(separator: ", "))]
                  timeout: 60

                """
        }
        return text
    }

    func firstPost(day: String) -> String {
        var text = """
            ---
            title: "A first post"
            date: \(day)
            tags: [start]
            ---

            Every number on a Lemma page can come from a program that ran when the site was built.
            Math is written as in LaTeX:

            \\begin{equation}
            \\sum_{k=1}^{n} (2k - 1) = n^2 . \\label{eq:odd}
            \\end{equation}

            """
        if let library {
            text += """

                The cell below is Swift. It runs at build time with \(library.modules.map { "`\($0)`" }.joined(separator: ", ")) imported,
                and its claim is checked: if it stops being true, `lemma check` fails at its line.
                Replace it with a computation of your library.

                ```swift run
                let n = 1_000
                let byLoop = (1...n).reduce(0) { $0 + (2 * $1 - 1) }
                print("sum of the first \\(n) odd numbers:", byLoop)
                claim(byLoop, equals: n * n, "adding the odd numbers one by one gives n²")
                ```

                Values can also be quoted inline: the sum is `{swift} byLoop`.

                """
        } else {
            text += """

                As \\eqref{eq:odd} shows, the odd numbers add up to squares. Run `lemma init` in a Swift
                package to have posts with `swift run` cells that call its library.

                """
        }
        return text
    }

    var about: String {
        """
        ---
        title: About
        ---

        This site is built with Lemma: Markdown with LaTeX math, and Swift programs whose output,
        charts and checked claims are part of the page.

        """
    }

    private func write(_ text: String, to url: URL, path: String, replacing: Bool = false) throws(Diagnostic) {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: replacing ? .atomic : .withoutOverwriting)
        } catch {
            throw Diagnostic(file: path, stage: "init", message: "cannot write: \(error.localizedDescription)")
        }
    }
}
