import Foundation
import LemmaSite

/// The served files of the last good build, reused across rebuilds: a page whose text is the
/// same (usually the very same string the incremental build kept) keeps its bytes and entity
/// tag, and a copied file is read again only when its size, time or inode changed.
struct ServedFileCache {
    private struct Entry {
        var contents: OutputFile.Contents
        var stamp: FileStamp?
        var file: ServedFile
    }

    private var entries: [String: Entry] = [:]
    private(set) var served: [String: ServedFile] = [:]

    /// Replaces the files with a build's output and returns the paths whose bytes changed.
    mutating func update(with output: [OutputFile], log: (String) -> Void) -> [String] {
        var next: [String: Entry] = [:]
        next.reserveCapacity(output.count)
        var changed: [String] = []
        for file in output {
            let old = entries[file.path]
            switch file.contents {
            case .text(let text):
                if let old, old.contents == file.contents {
                    next[file.path] = old
                } else {
                    next[file.path] = Entry(contents: file.contents, stamp: nil, file: ServedFile(text: text, path: file.path))
                }
            case .copy(let source):
                let stamp = FileStamp(path: source)
                if let old, old.contents == file.contents, let stamp, old.stamp == stamp {
                    next[file.path] = old
                } else if let data = FileManager.default.contents(atPath: source) {
                    next[file.path] = Entry(contents: file.contents, stamp: stamp, file: ServedFile(bytes: data, path: file.path))
                } else {
                    log("cannot read \(source); \(file.path) is not served")
                }
            }
            if next[file.path]?.file.etag != old?.file.etag { changed.append(file.path) }
        }
        for path in entries.keys where next[path] == nil { changed.append(path) }
        entries = next
        served = next.mapValues(\.file)
        return changed.sorted()
    }
}

/// Identity of a file's current version on disk.
struct FileStamp: Equatable {
    var size: Int64
    var modified: Int
    var modifiedNanoseconds: Int
    var inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        modified = info.st_mtim.tv_sec
        modifiedNanoseconds = info.st_mtim.tv_nsec
        inode = UInt64(info.st_ino)
    }
}
