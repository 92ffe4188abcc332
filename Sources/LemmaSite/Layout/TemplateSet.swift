import Foundation
import LemmaDiagnostics
import Mustache

/// The site's Mustache templates, loaded from `templates/` and checked for completeness.
struct TemplateSet: Sendable {
    /// Templates every site must provide.
    static let required = ["article", "list", "archive", "tags", "page", "claims", "404"]

    let library: MustacheLibrary
    /// Changes whenever any template's text changes (pages laid out with other templates are stale).
    let fingerprint: Int

    /// Loads every `*.mustache` under `folder`; a parse error or a missing template is located.
    static func load(root: URL, folder: String = "templates") throws(DiagnosticList) -> TemplateSet {
        let directory = root.appendingPathComponent(folder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticList([Diagnostic(
                file: folder, stage: "load", message: "templates folder not found",
                hint: "a site needs templates/ with \(required.map { "\($0).mustache" }.joined(separator: ", "))")])
        }
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        var hasher = Hasher()
        let names: [String]
        do {
            names = try FileManager.default.subpathsOfDirectory(atPath: directory.path)
        } catch {
            throw DiagnosticList([Diagnostic(file: folder, stage: "load", message: "cannot list the templates folder: \(error.localizedDescription)")])
        }
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = "\(folder)/\(name)"
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
                diagnostics.append(Diagnostic(file: path, stage: "load", message: "cannot read template"))
                continue
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                diagnostics.append(Diagnostic(
                    file: path, stage: "load", message: "template is not valid UTF-8", hint: "save the file as UTF-8"))
                continue
            }
            hasher.combine(name)
            hasher.combine(text)
            do {
                try library.register(text, named: String(name.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(
                    file: path, line: error.context.lineNumber, column: error.context.columnNumber + 1,
                    stage: "load", message: "template error: \(error.error)"))
            } catch {
                diagnostics.append(Diagnostic(file: path, stage: "load", message: "template error: \(error)"))
            }
        }
        for name in required where library.getTemplate(named: name) == nil {
            diagnostics.append(Diagnostic(
                file: "\(folder)/\(name).mustache", stage: "load", message: "missing template `\(name)`"))
        }
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        return TemplateSet(library: library, fingerprint: hasher.finalize())
    }

    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
