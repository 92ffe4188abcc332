import Foundation
import LemmaDiagnostics
import Mustache

/// The site's Mustache templates: the default theme's, with the site's own `templates/` on top.
struct TemplateSet: Sendable {
    let library: MustacheLibrary
    /// Changes whenever any template's text changes (pages laid out with other templates are stale).
    let fingerprint: Int

    /// The default theme's templates, replaced by name by every `*.mustache` under `folder`
    /// (which may be missing); a parse error or an unreadable file is located.
    static func load(root: URL, folder: String = "templates") throws(DiagnosticList) -> TemplateSet {
        let directory = root.appendingPathComponent(folder)
        var texts: [String: (text: String, path: String)] = [:]
        for (name, text) in DefaultTheme.templates { texts[name] = (text, "(default theme)/\(name).mustache") }
        var diagnostics: [Diagnostic] = []
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw DiagnosticList([Diagnostic(file: folder, stage: "load", message: "`\(folder)` is a file, not a folder")])
            }
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
                texts[String(name.dropLast(".mustache".count))] = (text, path)
            }
        }
        var library = MustacheLibrary()
        var hasher = Hasher()
        for (name, entry) in texts.sorted(by: { $0.key < $1.key }) {
            hasher.combine(name)
            hasher.combine(entry.text)
            do {
                try library.register(entry.text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(
                    file: entry.path, line: error.context.lineNumber, column: error.context.columnNumber + 1,
                    stage: "load", message: "template error: \(error.error)"))
            } catch {
                diagnostics.append(Diagnostic(file: entry.path, stage: "load", message: "template error: \(error)"))
            }
        }
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        return TemplateSet(library: library, fingerprint: hasher.finalize())
    }

    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
