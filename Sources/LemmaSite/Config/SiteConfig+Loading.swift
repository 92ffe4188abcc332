import Foundation
import LemmaDiagnostics
import Yams

extension SiteConfig {
    static let knownKeys = [
        "title", "base_url", "author", "language", "description", "math", "mathjax_url", "macros",
        "paginate", "examples",
    ]
    static let knownExampleKeys = [
        "package", "products", "imports", "timeout", "output_limit", "memory_limit", "seeds",
    ]

    /// Parses lemma.yml text; `file` is the path printed in diagnostics.
    public static func parse(_ text: String, file: String) throws(Diagnostic) -> SiteConfig {
        let reader = YAMLReader(file: file, firstLine: 1)
        return try build(from: reader.mapping(text).get(), reader: reader)
    }

    private static func build(from mapping: Node.Mapping, reader: YAMLReader) throws(Diagnostic) -> SiteConfig {
        let entries = try StrictMapping(reader: reader, mapping: mapping, name: "lemma.yml")
            .entries(known: knownKeys).get()
        guard let title = entries["title"] else {
            throw reader.at(line: 1, column: 1, "lemma.yml needs a `title`")
        }
        guard let base = entries["base_url"] else {
            throw reader.at(line: 1, column: 1, "lemma.yml needs a `base_url` (e.g. https://example.org/)")
        }
        var baseURL = try reader.string(base.value, key: "base_url").get()
        guard baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://") else {
            throw reader.located(base.value, "`base_url` must be an absolute http(s) URL")
        }
        if !baseURL.hasSuffix("/") { baseURL += "/" }
        var config = SiteConfig(title: try reader.string(title.value, key: "title").get(), baseURL: baseURL)
        if let node = entries["author"]?.value { config.author = try reader.string(node, key: "author").get() }
        if let node = entries["language"]?.value { config.language = try reader.string(node, key: "language").get() }
        if let node = entries["description"]?.value {
            config.description = try reader.string(node, key: "description").get()
        }
        if let node = entries["math"]?.value {
            let value = try reader.string(node, key: "math").get()
            guard let mode = MathMode(rawValue: value) else {
                throw reader.located(node, "`math` must be `mathml` or `mathjax`, not `\(value)`")
            }
            config.math = mode
        }
        if let node = entries["mathjax_url"]?.value {
            config.mathjaxURL = try reader.string(node, key: "mathjax_url").get()
        }
        if let node = entries["paginate"]?.value {
            guard let value = node.string.flatMap(Int.init), value > 0 else {
                throw reader.located(node, "`paginate` must be a positive whole number")
            }
            config.paginate = value
        }
        if let node = entries["macros"]?.value {
            config.macros = try macros(node, reader: reader)
        }
        if let node = entries["examples"]?.value {
            config.examples = try examples(node, reader: reader)
        }
        return config
    }

    private static func macros(_ node: Node, reader: YAMLReader) throws(Diagnostic) -> [String: String] {
        guard case .mapping(let mapping) = node else {
            throw reader.located(node, "`macros` must map names to TeX, e.g. `R: \"\\\\mathbb{R}\"`")
        }
        var result: [String: String] = [:]
        for (key, value) in mapping {
            guard var name = key.string, !name.isEmpty else { throw reader.located(key, "empty macro name") }
            if name.hasPrefix("\\") { name.removeFirst() }
            guard name.allSatisfy(\.isLetter) else {
                throw reader.located(key, "macro name `\(name)` must consist of letters")
            }
            result[name] = try reader.string(value, key: "macros.\(name)").get()
        }
        return result
    }

    private static func examples(_ node: Node, reader: YAMLReader) throws(Diagnostic) -> ExamplesSettings {
        guard case .mapping(let mapping) = node else {
            throw reader.located(node, "`examples` must be a mapping")
        }
        let entries = try StrictMapping(reader: reader, mapping: mapping, name: "examples")
            .entries(known: knownExampleKeys).get()
        var settings = ExamplesSettings()
        if let node = entries["package"]?.value { settings.package = try reader.string(node, key: "package").get() }
        if let node = entries["products"]?.value { settings.products = try reader.strings(node, key: "products").get() }
        if let node = entries["imports"]?.value { settings.imports = try reader.strings(node, key: "imports").get() }
        if let node = entries["timeout"]?.value { settings.timeout = try reader.seconds(node, key: "timeout").get() }
        if let node = entries["output_limit"]?.value {
            settings.outputLimit = try reader.bytes(node, key: "output_limit").get()
        }
        if let node = entries["memory_limit"]?.value {
            settings.memoryLimit = try reader.bytes(node, key: "memory_limit").get()
        }
        if let node = entries["seeds"]?.value {
            guard let value = node.string.flatMap(Int.init), (1...maximumSeeds).contains(value) else {
                throw reader.located(node, "`seeds` must be a whole number from 1 to \(maximumSeeds)")
            }
            settings.seeds = value
        }
        return settings
    }

    /// The most seeds a sweep may run (each is a full run of every seed-reading program).
    public static let maximumSeeds = 1000
}
