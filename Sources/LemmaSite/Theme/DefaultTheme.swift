import Foundation
import LemmaDiagnostics

/// The theme compiled into Lemma: every template a site needs and its stylesheets.
///
/// A site's own `templates/NAME.mustache` replaces the template of that name, and its
/// `templates/assets/PATH` the asset at that path; everything else comes from here, so a site
/// needs no `templates/` folder at all. The source is the repository's `Theme/` folder
/// (`Scripts/embed.py` generates ``templates`` and ``assets``).
public enum DefaultTheme {
    /// Writes the default templates and assets into `<root>/templates/` for customising,
    /// skipping every file that already exists. Returns the paths written and skipped
    /// (relative to `root`).
    public static func eject(root: URL) throws(Diagnostic) -> (written: [String], skipped: [String]) {
        var written: [String] = []
        var skipped: [String] = []
        let files = templates.map { ("templates/\($0.key).mustache", $0.value) }
            + assets.map { ("templates/assets/\($0.key)", $0.value) }
        for (path, text) in files.sorted(by: { $0.0 < $1.0 }) {
            let url = root.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path) {
                skipped.append(path)
                continue
            }
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                throw Diagnostic(file: path, stage: "theme", message: "cannot write: \(error.localizedDescription)")
            }
            written.append(path)
        }
        return (written, skipped)
    }
}
