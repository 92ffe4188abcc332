import Crypto
import Foundation

/// SHA-256 over a package's source files: their paths relative to the package, sorted, and contents.
enum SourceFingerprint {
    /// Hashes the files under each of `paths` (files or folders, relative to `package`);
    /// hidden files and folders are skipped, missing paths count as absent.
    static func compute(package: URL, paths: [String]) -> String {
        var files: [String] = []
        for path in paths {
            collect(package.appendingPathComponent(path), as: path, into: &files, visited: [])
        }
        var hasher = SHA256()
        for file in Set(files).sorted() {
            hasher.update(data: Data(file.utf8))
            hasher.update(data: Data([0]))
            let contents = (try? Data(contentsOf: package.appendingPathComponent(file))) ?? Data()
            hasher.update(data: Data(String(contents.count).utf8))
            hasher.update(data: Data([0]))
            hasher.update(data: contents)
        }
        return hex(hasher.finalize())
    }

    /// Adds `url` (named `name` relative to the package) or the files below it, following
    /// symbolic links to folders (once each).
    private static func collect(_ url: URL, as name: String, into files: inout [String], visited: Set<String>) {
        let real = url.resolvingSymlinksInPath()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            files.append(name)
            return
        }
        guard !visited.contains(real.path),
              let entries = try? FileManager.default.contentsOfDirectory(atPath: real.path) else { return }
        for entry in entries where !entry.hasPrefix(".") {
            collect(url.appendingPathComponent(entry), as: name + "/" + entry, into: &files,
                    visited: visited.union([real.path]))
        }
    }

    /// SHA-256 of `parts`, each length-prefixed.
    static func hash(_ parts: [String]) -> String {
        var hasher = SHA256()
        for part in parts {
            hasher.update(data: Data("\(part.utf8.count):".utf8))
            hasher.update(data: Data(part.utf8))
        }
        return hex(hasher.finalize())
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
