import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Starts processes in their own process group with `posix_spawn`, collects their output and
/// enforces a time limit, an output cap and a memory cap (`RLIMIT_AS`, set by a `/bin/sh`
/// `ulimit -v` in the child just before it `exec`s the program).
///
/// Waiting happens on a dedicated thread, never on the concurrency pool.
struct ProcessRunner: Sendable {
    private static let spawnLock = NSLock()

    func run(_ request: ProcessRequest) async -> ProcessOutcome {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: Self.runBlocking(request))
            }
            thread.start()
        }
    }

    /// The command line actually spawned: a `/bin/sh` prologue when a folder or limit is set.
    static func commandLine(for request: ProcessRequest) -> [String] {
        guard request.workingDirectory != nil || request.memoryLimit != nil || request.cpuTimeLimit != nil else {
            return [request.executable] + request.arguments
        }
        var script = "cd \"$1\" || exit 126; shift; "
        if let memoryLimit = request.memoryLimit {
            script += "ulimit -v \(max(1, memoryLimit / 1024)) || exit 126; "
        }
        if let cpuTimeLimit = request.cpuTimeLimit {
            // Soft limit: SIGXCPU; the hard limit (SIGKILL) only if that signal is ignored.
            let seconds = max(1, cpuTimeLimit)
            script += "ulimit -t \(seconds + 5) && ulimit -St \(seconds) || exit 126; "
        }
        script += "ulimit -c 0; exec \"$@\""
        return ["/bin/sh", "-c", script, "lemma-run", request.workingDirectory ?? "."]
            + [request.executable] + request.arguments
    }

    private static func runBlocking(_ request: ProcessRequest) -> ProcessOutcome {
        let start = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

        // Pipes and spawn under one lock, so no other spawn inherits a pipe end in between.
        spawnLock.lock()
        guard let outPipe = makePipe() else {
            spawnLock.unlock()
            return ProcessOutcome(termination: .notStarted("pipe: \(errnoText())"), stdout: [], stderr: [], seconds: 0)
        }
        guard let errPipe = makePipe() else {
            close(outPipe.read); close(outPipe.write)
            spawnLock.unlock()
            return ProcessOutcome(termination: .notStarted("pipe: \(errnoText())"), stdout: [], stderr: [], seconds: 0)
        }
        let spawned = spawn(commandLine(for: request), environment: request.environment,
                            stdoutFD: outPipe.write, stderrFD: errPipe.write)
        close(outPipe.write)
        close(errPipe.write)
        spawnLock.unlock()
        let pid: pid_t
        switch spawned {
        case .success(let spawnedPID):
            pid = spawnedPID
        case .failure(let error):
            close(outPipe.read); close(errPipe.read)
            return ProcessOutcome(termination: .notStarted(error.text), stdout: [], stderr: [], seconds: elapsed())
        }

        var stdout: [UInt8] = []
        var stderr: [UInt8] = []
        var fds = [pollfd(fd: outPipe.read, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: errPipe.read, events: Int16(POLLIN), revents: 0)]
        var killedFor: ProcessOutcome.Termination?
        var reapedStatus: Int32?
        var graceEnds: Double?
        var buffer = [UInt8](repeating: 0, count: 1 << 16)

        while fds.contains(where: { $0.fd >= 0 }) {
            var wait = 100
            if let timeout = request.timeout {
                wait = max(0, min(wait, Int(((timeout - elapsed()) * 1000).rounded(.up))))
            }
            let ready = poll(&fds, nfds_t(fds.count), Int32(wait))
            if ready > 0 {
                for slot in fds.indices where fds[slot].fd >= 0 && fds[slot].revents != 0 {
                    let count = buffer.withUnsafeMutableBytes { read(fds[slot].fd, $0.baseAddress, $0.count) }
                    if count > 0 {
                        if slot == 0 { stdout += buffer[0..<count] } else { stderr += buffer[0..<count] }
                    } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                        close(fds[slot].fd)
                        fds[slot].fd = -1
                    }
                }
            }
            if let limit = request.outputLimit, stdout.count + stderr.count > limit {
                killedFor = .outputLimitExceeded
                break
            }
            if let timeout = request.timeout, elapsed() >= timeout {
                killedFor = .timedOut
                break
            }
            if reapedStatus == nil {
                var status: Int32 = 0
                if waitpid(pid, &status, WNOHANG) == pid {
                    reapedStatus = status
                    graceEnds = elapsed() + 0.5
                }
            } else if let graceEnds, elapsed() > graceEnds {
                break  // the program ended but something it started still holds the pipes
            }
        }
        kill(-pid, SIGKILL)
        for descriptor in fds where descriptor.fd >= 0 {
            close(descriptor.fd)
        }
        var status: Int32 = reapedStatus ?? 0
        if reapedStatus == nil {
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        }
        if let limit = request.outputLimit, stdout.count + stderr.count > limit {
            let keep = max(0, limit - stderr.count)
            if stdout.count > keep { stdout.removeSubrange(keep...) }
        }
        let termination = killedFor ?? decode(status: status)
        return ProcessOutcome(termination: termination, stdout: stdout, stderr: stderr, seconds: elapsed())
    }

    private static func decode(status: Int32) -> ProcessOutcome.Termination {
        let signal = status & 0x7F
        if signal == 0 { return .exited((status >> 8) & 0xFF) }
        return .signaled(signal)
    }

    private struct SpawnError: Error { var text: String }

    private static func spawn(
        _ commandLine: [String], environment: [String: String], stdoutFD: Int32, stderrFD: Int32
    ) -> Result<pid_t, SpawnError> {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutFD, 1)
        posix_spawn_file_actions_adddup2(&actions, stderrFD, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        let flags = POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        posix_spawnattr_setflags(&attributes, Int16(flags))
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGALRM, SIGINT, SIGTERM, SIGQUIT, SIGHUP, SIGCHLD, SIGUSR1, SIGUSR2] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let arguments = commandLine.map { strdup($0) } + [nil]
        let variables = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            arguments.forEach { free($0) }
            variables.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, commandLine[0], &actions, &attributes, arguments, variables)
        guard result == 0 else {
            return .failure(SpawnError(text: "\(commandLine[0]): \(String(cString: strerror(result)))"))
        }
        return .success(pid)
    }

    /// A pipe whose both ends close on `exec`.
    private static func makePipe() -> (read: Int32, write: Int32)? {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        return (ends[0], ends[1])
    }

    private static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}
