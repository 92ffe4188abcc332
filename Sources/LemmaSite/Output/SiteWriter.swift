import Foundation
import LemmaDiagnostics

/// Writes a built site beside the output folder, then swaps it in.
///
/// A failed build never reaches this step, and a failure while writing leaves the previous
/// output untouched: files go to a staging folder next to the output, which replaces the old
/// folder only once everything is written. Stale files disappear with the old folder.
struct SiteWriter {
    /// A marker written into every output, so Lemma never replaces a folder it did not write.
    static let marker = ".lemma-output"

    let output: URL
    /// Path printed in diagnostics.
    let displayPath: String

    func write(_ files: [OutputFile]) throws(Diagnostic) {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).lemma-new")
        let old = parent.appendingPathComponent(".\(output.lastPathComponent).lemma-old")
        try checkReplaceable()
        do {
            try? manager.removeItem(at: staging)
            try? manager.removeItem(at: old)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            try writeAll(files, into: staging, previous: output)
            try Data().write(to: staging.appendingPathComponent(Self.marker))
        } catch {
            try? manager.removeItem(at: staging)
            throw Diagnostic(file: displayPath, stage: "write", message: "cannot write the site: \(error.localizedDescription)")
        }
        do {
            if manager.fileExists(atPath: output.path) {
                try manager.moveItem(at: output, to: old)
            }
            try manager.moveItem(at: staging, to: output)
            try? manager.removeItem(at: old)
        } catch {
            if !manager.fileExists(atPath: output.path), manager.fileExists(atPath: old.path) {
                try? manager.moveItem(at: old, to: output)
            }
            try? manager.removeItem(at: staging)
            throw Diagnostic(file: displayPath, stage: "write", message: "cannot replace the output folder: \(error.localizedDescription)")
        }
    }

    /// Refuses to replace a folder that is not a previous Lemma output (or is the site itself).
    private func checkReplaceable() throws(Diagnostic) {
        let manager = FileManager.default
        guard manager.fileExists(atPath: output.path) else { return }
        if manager.fileExists(atPath: output.appendingPathComponent("content/lemma.yml").path) {
            throw Diagnostic(file: displayPath, stage: "write", message: "refusing to replace the site's own folder")
        }
        let entries = (try? manager.contentsOfDirectory(atPath: output.path)) ?? []
        guard entries.isEmpty || entries.contains(Self.marker) else {
            throw Diagnostic(
                file: displayPath, stage: "write",
                message: "refusing to replace \(displayPath): it was not written by lemma",
                hint: "choose another --output, or remove the folder yourself")
        }
    }

    /// Writes every file into `folder`. A file whose bytes equal the one at the same path in
    /// `previous` (the current output) is hard-linked instead of written again: the old folder is
    /// never modified, and an unchanged site costs reads instead of writes.
    private func writeAll(_ files: [OutputFile], into folder: URL, previous: URL) throws {
        var directories = Set<String>()
        for file in files {
            let directory = (file.path as NSString).deletingLastPathComponent
            if !directory.isEmpty { directories.insert(directory) }
        }
        for directory in directories.sorted() {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(directory), withIntermediateDirectories: true)
        }
        let failures = FailureBox()
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            let target = folder.appendingPathComponent(file.path)
            let old = previous.appendingPathComponent(file.path).path
            do {
                let data: Data
                switch file.contents {
                case .text(let text):
                    data = Data(text.utf8)
                case .copy(let source):
                    guard let contents = FileManager.default.contents(atPath: source) else {
                        throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: source])
                    }
                    data = contents
                }
                if FileManager.default.contents(atPath: old) == data, link(old, target.path) == 0 {
                    return
                }
                try data.write(to: target)
            } catch {
                failures.record(error)
            }
        }
        if let error = failures.first { throw error }
    }
}

/// The first error raised by concurrent writers.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var error: Error?

    func record(_ error: Error) {
        lock.lock()
        if self.error == nil { self.error = error }
        lock.unlock()
    }

    var first: Error? {
        lock.lock()
        defer { lock.unlock() }
        return error
    }
}
