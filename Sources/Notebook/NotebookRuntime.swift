#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Hooks the generated article program calls around the author's code. Not for authors.
///
/// The calls write the `begin`/`end`/`inline` records of ``WireFormat``.
public enum _NotebookRuntime {
    /// Makes stdout line-buffered so output printed before a crash is not lost.
    public static func start() {
        setvbuf(stdout, nil, _IOLBF, 0)
    }

    /// When the current item began (monotonic clock).
    nonisolated(unsafe) private static var itemStart = timespec()

    /// Enters program item `item`; a cell with its own `timeout` (seconds) arms a timer that
    /// ends the program with `SIGALRM` when the cell runs longer.
    public static func begin(_ item: Int, timeout: Double? = nil) {
        fflush(stdout)
        WireRecord.begin(item: item).emit()
        clock_gettime(CLOCK_MONOTONIC, &itemStart)
        if let timeout, timeout > 0 {
            arm(seconds: timeout)
        }
    }

    /// Leaves program item `item` normally (and disarms its timer).
    public static func end(_ item: Int) {
        arm(seconds: 0)
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let seconds = Double(now.tv_sec - itemStart.tv_sec) + Double(now.tv_nsec - itemStart.tv_nsec) / 1e9
        fflush(stdout)
        WireRecord.end(item: item, seconds: seconds).emit()
    }

    /// Evaluates an inline value `{swift} expr` and reports its text (`String(describing:)`).
    public static func inline<Value>(_ item: Int, _ expression: () throws -> Value) rethrows {
        begin(item)
        let value = try expression()
        WireRecord.inline(item: item, text: String(describing: value)).emit()
        end(item)
    }

    /// Flushes everything at the end of the program.
    public static func finish() {
        fflush(nil)
    }

    private static func arm(seconds: Double) {
        var timer = itimerval()
        let whole = seconds.rounded(.down)
        timer.it_value.tv_sec = Int(whole)
        timer.it_value.tv_usec = Int((seconds - whole) * 1_000_000)
        #if canImport(Glibc)
        setitimer(__itimer_which_t(ITIMER_REAL.rawValue), &timer, nil)
        #else
        setitimer(ITIMER_REAL, &timer, nil)
        #endif
    }
}
