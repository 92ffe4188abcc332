/// The version of Lemma's example runner; part of every cache key, so changing how programs
/// are generated or results are read invalidates old results.
public enum LemmaVersion {
    public static let execution = "lemma-exec 5"
}
