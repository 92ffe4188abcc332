import Foundation

/// Parses human-written sizes (`8MB`, `2 GB`, `512KiB`, `1048576`), up to ``maximum``.
enum ByteSize {
    static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(String, Int)] = [
            ("KIB", 1 << 10), ("MIB", 1 << 20), ("GIB", 1 << 30),
            ("KB", 1 << 10), ("MB", 1 << 20), ("GB", 1 << 30), ("K", 1 << 10), ("M", 1 << 20),
            ("G", 1 << 30), ("B", 1),
        ]
        for (suffix, factor) in units where trimmed.hasSuffix(suffix) {
            let number = trimmed.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            guard let value = Double(number), value > 0 else { return nil }
            let bytes = value * Double(factor)
            guard bytes.isFinite, bytes <= Double(maximum) else { return nil }
            return Int(bytes)
        }
        guard let value = Int(trimmed), value > 0, value <= maximum else { return nil }
        return value
    }

    /// The largest size accepted: 1 TiB (far above any limit an article program needs).
    static let maximum = 1 << 40
}
