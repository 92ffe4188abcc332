import Crypto
import Foundation

/// SHA-256 over a package's source files: their paths relative to the package, sorted, and contents.
enum SourceFingerprint {
    /// Hashes the files under each of `paths` (files or folders, relative to `package`);
    /// hidden files and folders are skipped, missing paths count as absent.
    static func compute(package: URL, paths: [String]) -> String {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            let url = package.appendingPathComponent(path).resolvingSymlinksInPath()
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }
            if !isFolder.boolValue {
                files.append(path)
                continue
            }
            guard let enumerator = manager.enumerator(
                at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
            ) else { continue }
            for case let file as URL in enumerator {
                let values = try? file.resourceValues(forKeys: [.isRegularFileKey])
                guard values?.isRegularFile == true else { continue }
                files.append(path + "/" + relativePath(of: file, under: url))
            }
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

    private static func relativePath(of file: URL, under folder: URL) -> String {
        let base = folder.standardizedFileURL.pathComponents
        let full = file.standardizedFileURL.pathComponents
        return full.dropFirst(base.count).joined(separator: "/")
    }
}
