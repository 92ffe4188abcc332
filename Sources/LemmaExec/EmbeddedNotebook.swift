/// Lemma's copy of the `Notebook` module (the repository's `Sources/Notebook`, generated into
/// ``sources`` by `Scripts/embed.py`), written into the examples package when the host package
/// does not provide a `Notebook` of its own.
enum EmbeddedNotebook {
    /// A hash of every source file, part of the examples' library fingerprint.
    static var fingerprint: String {
        SourceFingerprint.hash(sources.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] })
    }
}
