#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Walks folders with `readdir`, which is many times faster than `FileManager`'s enumerator
/// (the preview server lists `content/` on every save).
enum FileTree {
    /// Appends the regular files below `path` to `files`, each as `name/…`. Hidden entries are
    /// skipped; symbolic links are followed, each folder entered once.
    static func collectFiles(in path: String, named name: String, into files: inout [String]) {
        var entered = Set<FolderID>()
        walk(path, name, &files, &entered)
    }

    private struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private static func walk(_ path: String, _ name: String, _ files: inout [String], _ entered: inout Set<FolderID>) {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR,
              entered.insert(FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted,
              let folder = opendir(path) else { return }
        defer { closedir(folder) }
        while let entry = readdir(folder) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !entryName.hasPrefix(".") else { continue }
            let entryPath = path + "/" + entryName
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG):
                files.append(name + "/" + entryName)
            case Int32(DT_DIR):
                walk(entryPath, name + "/" + entryName, &files, &entered)
            default:
                // A symbolic link, or a file system that does not report types: ask stat.
                var target = stat()
                guard stat(entryPath, &target) == 0 else { continue }
                if (target.st_mode & S_IFMT) == S_IFREG {
                    files.append(name + "/" + entryName)
                } else if (target.st_mode & S_IFMT) == S_IFDIR {
                    walk(entryPath, name + "/" + entryName, &files, &entered)
                }
            }
        }
    }
}
