/// Series colours: CSS custom properties `--chart-1` … `--chart-8` with the Okabe–Ito
/// colour-blind-safe palette as fallback (Okabe & Ito, "Color Universal Design", 2008), so a
/// site stylesheet can redefine them (for example for dark mode). Grid lines use `--chart-grid`.
public enum ChartPalette {
    /// The fallback colours in order: blue, orange, bluish green, reddish purple, sky blue,
    /// vermillion, yellow, grey.
    public static let fallbacks = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"]

    /// The CSS colour of series `index` (cycling after 8): `var(--chart-N, #hex)`.
    public static func color(_ index: Int) -> String {
        let slot = ((index % 8) + 8) % 8
        return "var(--chart-\(slot + 1), \(fallbacks[slot]))"
    }

    /// The CSS colour of grid lines.
    public static let grid = "var(--chart-grid, #8884)"

    /// A dash pattern that distinguishes series beyond the eighth (nil for the first eight).
    static func dash(_ index: Int) -> String? {
        switch (index / 8) % 3 {
        case 1: return "6 3"
        case 2: return "2 2"
        default: return nil
        }
    }
}
