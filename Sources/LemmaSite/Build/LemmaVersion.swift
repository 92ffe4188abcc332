/// Lemma's version, printed by `lemma --version`.
public enum LemmaVersion {
    public static let string = "0.1.0"
}
