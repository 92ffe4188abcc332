import Foundation

/// Content-addressed store of article results: `<folder>/<sha256>.json`.
struct ResultCache: Sendable {
    var folder: URL

    func load(_ key: String) -> CanonicalResult? {
        guard let data = try? Data(contentsOf: file(for: key)) else { return nil }
        return try? JSONDecoder().decode(CanonicalResult.self, from: data)
    }

    func store(_ result: CanonicalResult, for key: String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(result) else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? data.write(to: file(for: key), options: .atomic)
    }

    private func file(for key: String) -> URL {
        folder.appendingPathComponent(key + ".json")
    }
}
