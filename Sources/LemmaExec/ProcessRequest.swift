/// A process to start, with the limits it runs under.
struct ProcessRequest: Sendable, Hashable {
    /// Absolute path of the program.
    var executable: String
    var arguments: [String]
    /// The complete environment (nothing is inherited).
    var environment: [String: String]
    /// Folder to start in; `nil` for the current one.
    var workingDirectory: String? = nil
    /// Seconds before the whole process group is killed.
    var timeout: Double? = nil
    /// Bytes of stdout plus stderr before the whole process group is killed.
    var outputLimit: Int? = nil
    /// Bytes of address space (`RLIMIT_AS`), set in the child before it starts.
    var memoryLimit: Int? = nil
    /// Seconds of CPU time (`RLIMIT_CPU`): a backstop that ends a runaway program even when
    /// the runner itself is gone and cannot enforce `timeout`.
    var cpuTimeLimit: Int? = nil
}

/// How a process ended, and what it printed.
struct ProcessOutcome: Sendable, Hashable {
    enum Termination: Sendable, Hashable {
        /// Exited by itself with this status.
        case exited(Int32)
        /// Ended by this signal (a trap, or `SIGALRM` from a cell's own timeout).
        case signaled(Int32)
        /// Killed by the runner when `timeout` passed.
        case timedOut
        /// Killed by the runner when the output passed `outputLimit`.
        case outputLimitExceeded
        /// Could not be started (the message says why).
        case notStarted(String)
    }

    var termination: Termination
    var stdout: [UInt8]
    var stderr: [UInt8]
    /// Wall-clock seconds (for logs only).
    var seconds: Double

    var succeeded: Bool { termination == .exited(0) }
    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    var stderrText: String { String(decoding: stderr, as: UTF8.self) }
}
