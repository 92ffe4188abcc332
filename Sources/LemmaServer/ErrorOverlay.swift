import LemmaDiagnostics

/// The page served in place of every HTML page while the build is broken: each diagnostic
/// with its `file:line:column` and message, and the reload script, so the page turns back
/// into the article as soon as a save fixes the problem.
public enum ErrorOverlay {
    public static func html(for diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let heading = errors == 1 ? "1 error" : "\(errors) errors"
        var items = ""
        for diagnostic in diagnostics {
            items += """
                <li class="\(diagnostic.severity.rawValue)"><code class="location">\(HTMLEscaping.escape(diagnostic.file)):\(diagnostic.line):\(diagnostic.column)</code> \
                <span class="severity">\(diagnostic.severity.rawValue):</span> \
                <span class="message">\(HTMLEscaping.escape(diagnostic.message))</span>\
                \(diagnostic.hint.map { "<div class=\"hint\">note: \(HTMLEscaping.escape($0))</div>" } ?? "")\
                <div class="stage">\(HTMLEscaping.escape(diagnostic.stage))</div></li>

                """
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Build failed: \(heading)</title>
            <style>
            body { margin: 0; font: 15px/1.5 ui-sans-serif, system-ui, sans-serif; background: #1d1f21; color: #e6e6e6; }
            main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem; }
            h1 { color: #ff6b6b; font-size: 1.4rem; margin: 0 0 .25rem; }
            p { color: #a8a8a8; margin: 0 0 1.5rem; }
            ol { list-style: none; padding: 0; margin: 0; }
            li { background: #2a2d30; border-left: 4px solid #ff6b6b; padding: .75rem 1rem; margin: 0 0 .75rem; white-space: pre-wrap; }
            li.warning { border-color: #f0c674; }
            code, .message { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
            .location { color: #81a2be; }
            .severity { color: #ff6b6b; font-weight: bold; }
            .hint { color: #8abeb7; margin-top: .25rem; }
            .stage { color: #777; font-size: .8rem; margin-top: .25rem; }
            </style>
            </head>
            <body>
            <main>
            <h1>Build failed: \(heading)</h1>
            <p>The last good version of the site is still served for other files. Fix the source and save: this page reloads by itself.</p>
            <ol class="diagnostics">
            \(items)</ol>
            </main>
            \(LiveReloadScript.html)
            </body>
            </html>

            """
    }
}
