#if canImport(Glibc)
import Foundation
import Glibc

/// Watches folders recursively with inotify and reports changes in debounced batches.
///
/// Every folder under the roots gets its own watch (inotify is not recursive); folders that
/// appear later are watched as soon as their creation is seen, and the files already inside
/// them are reported. Saves come in bursts (editors write a temporary file, then rename it
/// over the original), so changes are collected until no event has arrived for the quiet
/// window, then delivered as one batch. A thread blocked in `poll(2)` does the waiting: no
/// polling of the file system.
public final class DirectoryWatcher: Sendable {
    /// Changed paths (absolute), delivered once a burst of events has settled.
    public struct Batch: Sendable, Equatable {
        public var paths: Set<String>
        /// The kernel's queue overflowed: anything may have changed.
        public var overflowed: Bool
    }

    /// One batch per settled burst; finishes when the watcher stops.
    public let batches: AsyncStream<Batch>
    private let wakeWrite: Int32
    private let watchedAtStart: Int

    /// Starts watching the folders that exist among `roots` (missing ones are skipped).
    public init(roots: [String], quietWindow: Duration = .milliseconds(40), maximumDelay: Duration = .milliseconds(500))
        throws(WatcherError)
    {
        let loop = try InotifyLoop(quietWindow: quietWindow, maximumDelay: maximumDelay)
        for root in roots {
            loop.watchTree(root, report: false)
        }
        watchedAtStart = loop.folderCount
        let (stream, continuation) = AsyncStream<Batch>.makeStream(bufferingPolicy: .unbounded)
        batches = stream
        wakeWrite = loop.wakeWrite
        let thread = Thread {
            loop.run { continuation.yield($0) }
            continuation.finish()
        }
        thread.name = "lemma-watch"
        thread.start()
    }

    /// How many folders were being watched once the initial scan finished.
    public var folderCount: Int { watchedAtStart }

    /// Stops the watching thread; `batches` finishes.
    public func stop() {
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    deinit {
        stop()
    }
}

/// Why watching could not start.
public struct WatcherError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// The inotify descriptor, its watches and the event loop. Built by `DirectoryWatcher.init`,
/// then owned by the watching thread alone.
final class InotifyLoop: @unchecked Sendable {
    let inotify: Int32
    let wakeRead: Int32
    let wakeWrite: Int32
    let quietMilliseconds: Int32
    let maximumDelay: Duration
    /// Watch descriptor → folder path.
    private var folders: [Int32: String] = [:]
    private var pending = Set<String>()
    private var overflowed = false

    static let fileEvents = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO)
    static let folderEvents = fileEvents | UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR) | 0x0200_0000 // IN_DONTFOLLOW, not imported by Glibc

    init(quietWindow: Duration, maximumDelay: Duration) throws(WatcherError) {
        let fd = inotify_init1(Int32(IN_CLOEXEC))
        guard fd >= 0 else { throw WatcherError(description: "inotify_init1: \(String(cString: strerror(errno)))") }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else {
            close(fd)
            throw WatcherError(description: "pipe: \(String(cString: strerror(errno)))")
        }
        inotify = fd
        wakeRead = pipeEnds[0]
        wakeWrite = pipeEnds[1]
        let (seconds, attoseconds) = quietWindow.components
        quietMilliseconds = Int32(max(1, seconds * 1000 + attoseconds / 1_000_000_000_000_000))
        self.maximumDelay = maximumDelay
    }

    deinit {
        close(inotify)
        close(wakeRead)
        close(wakeWrite)
    }

    var folderCount: Int { folders.count }

    /// Watches `path` and every folder below it (symbolic links are not followed, hidden
    /// folders are skipped). With `report`, files found inside count as changed.
    func watchTree(_ path: String, report: Bool) {
        var stack = [path]
        while let folder = stack.popLast() {
            let wd = inotify_add_watch(inotify, folder, Self.folderEvents)
            guard wd >= 0 else { continue }
            folders[wd] = folder
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names.sorted() {
                let child = folder + "/" + name
                if Self.isFolder(child) {
                    if !name.hasPrefix(".") { stack.append(child) }
                } else if report, !Self.isIgnored(name) {
                    pending.insert(child)
                }
            }
        }
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Editor litter that never affects the site: swap, backup and lock files.
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".#") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name == "4913" || name == ".DS_Store"
    }

    /// Waits for events until woken through the pipe, delivering settled batches.
    func run(deliver: (DirectoryWatcher.Batch) -> Void) {
        var burstStart: ContinuousClock.Instant?
        while true {
            var fds = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
            let waiting = !pending.isEmpty || overflowed
            let ready = poll(&fds, 2, waiting ? quietMilliseconds : -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return
            }
            if fds[1].revents != 0 { return }
            if ready > 0, fds[0].revents & Int16(POLLIN) != 0 {
                readEvents()
                if burstStart == nil, !pending.isEmpty || overflowed { burstStart = .now }
            }
            let settled = ready == 0
            let overdue = burstStart.map { ContinuousClock.now - $0 >= maximumDelay } ?? false
            if (settled || overdue), !pending.isEmpty || overflowed {
                deliver(DirectoryWatcher.Batch(paths: pending, overflowed: overflowed))
                pending = []
                overflowed = false
                burstStart = nil
            }
        }
    }

    private func readEvents() {
        let capacity = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 8)
        defer { buffer.deallocate() }
        let count = read(inotify, buffer, capacity)
        guard count > 0 else { return }
        var offset = 0
        let headerSize = MemoryLayout<inotify_event>.size
        while offset + headerSize <= count {
            let wd = buffer.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = buffer.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let nameLength = Int(buffer.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            var name = ""
            if nameLength > 0 {
                let start = buffer.advanced(by: offset + headerSize).assumingMemoryBound(to: CChar.self)
                name = String(cString: start)
            }
            handle(wd: wd, mask: mask, name: name)
            offset += headerSize + nameLength
        }
    }

    private func handle(wd: Int32, mask: UInt32, name: String) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            overflowed = true
            return
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[wd] = nil
            return
        }
        guard let folder = folders[wd] else { return }
        if mask & (UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)) != 0 {
            pending.insert(folder)
            return
        }
        guard !name.isEmpty, !Self.isIgnored(name) else { return }
        let path = folder + "/" + name
        let isFolder = mask & UInt32(IN_ISDIR) != 0
        if isFolder, mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0, !name.hasPrefix(".") {
            watchTree(path, report: true)
        }
        pending.insert(path)
    }
}
#endif
