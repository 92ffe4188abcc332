/// Conformance examples whose rendering changes on purpose because they contain math syntax.
/// Keyed by `file#example-number`; the value says why.
enum ConformanceExclusions {
    static let reasons: [String: String] = [
        "spec.txt#308": #"`\[\\\]` in the list of escapable characters is display math whose TeX is `\\`."#,
    ]
}
