import LemmaDiagnostics

/// Turns an article program's output and exit into cell outputs, inline values, claims and
/// diagnostics (canonical positions).
struct RunAnalysis: Sendable {
    var file: String
    var lineMap: LineMap
    var limits: Limits

    struct Limits: Sendable, Hashable {
        var timeout: Double
        var outputLimit: Int
        var memoryLimit: Int
    }

    /// The item that ran longest (position and seconds), for the log.
    private(set) var slowest: (item: Int, seconds: Double)?

    mutating func analyze(_ outcome: ProcessOutcome, into result: inout CanonicalResult) {
        let cellSlots = Dictionary(uniqueKeysWithValues: result.cells.enumerated().map { ($0.element.index, $0.offset) })
        var current: Int?  // item position that began and has not ended
        for event in ResultParser.events(in: outcome.stdout) {
            switch event {
            case .begin(let item):
                current = item
            case .end(let item, let seconds):
                current = nil
                if seconds > (slowest?.seconds ?? -1) { slowest = (item, seconds) }
            case .text(let text):
                append(.text(text), to: current, cells: &result.cells, slots: cellSlots)
            case .show(let kind, let body, let caption):
                append(output(kind: kind, body: body, caption: caption), to: current, cells: &result.cells, slots: cellSlots)
            case .claim(var claim, let claimFile):
                if claimFile != file { (claim.line, claim.column) = (0, 1) }
                result.claims.append(claim)
                append(.claim(claim), to: current, cells: &result.cells, slots: cellSlots)
            case .inline(let item, let text):
                if let entry = entry(at: item) { result.inlineValues[entry.index] = text }
            case .seed(let seed):
                result.seed = seed
            }
        }
        if outcome.termination == .outputLimitExceeded {
            result.cells = result.cells.map(Self.shortened)
        }
        if let problem = problem(outcome, current: current) {
            result.diagnostics.append(problem.diagnostic)
            result.cacheable = problem.cacheable
        }
    }

    /// Text kept per output of a program stopped for printing too much.
    static let floodExcerpt = 16 << 10

    /// A flooding cell keeps only the start of each long text output.
    private static func shortened(_ cell: CanonicalResult.Cell) -> CanonicalResult.Cell {
        var cell = cell
        cell.outputs = cell.outputs.map { output in
            guard case .text(let text) = output, text.utf8.count > floodExcerpt else { return output }
            let start = String(decoding: text.utf8.prefix(floodExcerpt), as: UTF8.self)
            return .text(start + "\n… (output cut)\n")
        }
        return cell
    }

    private func entry(at item: Int?) -> LineMap.Entry? {
        guard let item, lineMap.entries.indices.contains(item) else { return nil }
        return lineMap.entries[item]
    }

    private func append(_ output: OutputItem, to item: Int?, cells: inout [CanonicalResult.Cell], slots: [Int: Int]) {
        guard let entry = entry(at: item), entry.isCell, let slot = slots[entry.index] else { return }
        if case .text(let more) = output, case .text(let text)? = cells[slot].outputs.last {
            cells[slot].outputs[cells[slot].outputs.count - 1] = .text(text + more)
        } else {
            cells[slot].outputs.append(output)
        }
    }

    private func output(kind: String, body: String, caption: String?) -> OutputItem {
        switch kind {
        case "svg": return .svg(body, caption: caption)
        case "html": return .html(body, caption: caption)
        default:
            guard let caption else { return .text(body.hasSuffix("\n") ? body : body + "\n") }
            return .html("<pre class=\"cell-output\">\(HTMLEscaping.escape(body))</pre>", caption: caption)
        }
    }

    private struct Problem {
        var diagnostic: Diagnostic
        var cacheable: Bool
    }

    private func problem(_ outcome: ProcessOutcome, current: Int?) -> Problem? {
        let place = entry(at: current)
        let line = place?.canonicalLine ?? 0
        let column = place?.column ?? 1
        let what = place.map { $0.isCell ? "cell" : "inline value" } ?? "program"
        func located(_ message: String, hint: String? = nil, line: Int = line, column: Int = column) -> Diagnostic {
            Diagnostic(file: file, line: line, column: column, stage: "execute", message: message, hint: hint)
        }
        switch outcome.termination {
        case .exited(0):
            return nil
        case .exited(let status):
            return Problem(diagnostic: located("the program exited with status \(status) in this \(what)"), cacheable: true)
        case .timedOut, .signaled(SignalNumber.cpuTimeExceeded):
            return Problem(diagnostic: located(
                "the program did not finish within \(Self.seconds(limits.timeout)) (stopped in this \(what))",
                hint: "raise `timeout` in the front matter or `examples.timeout` in lemma.yml, or compute less"
            ), cacheable: false)
        case .outputLimitExceeded:
            return Problem(diagnostic: located(
                "the program printed more than \(Self.bytes(limits.outputLimit)) (stopped in this \(what))",
                hint: "`examples.output_limit` in lemma.yml sets the limit"
            ), cacheable: false)
        case .notStarted(let reason):
            return Problem(diagnostic: located("could not run the program: \(reason)"), cacheable: false)
        case .signaled(let signal):
            if signal == SignalNumber.alarm {
                let limit = place.flatMap { _ in cellTimeout(current) }.map(Self.seconds) ?? "its timeout"
                return Problem(diagnostic: located(
                    "this cell did not finish within \(limit) (its timeout option)"
                ), cacheable: false)
            }
            let report = CrashReport(stderr: outcome.stderrText, file: file)
            if report.isOutOfMemory || signal == SignalNumber.kill {
                return Problem(diagnostic: located(
                    "the program ran out of memory (limit \(Self.bytes(limits.memoryLimit))) in this \(what)",
                    hint: "`examples.memory_limit` in lemma.yml sets the limit"
                ), cacheable: false)
            }
            let message = report.message ?? SignalNumber.describe(signal)
            let position = report.position
            return Problem(diagnostic: located(
                "runtime error: \(message)", line: position?.line ?? line, column: position?.column ?? column
            ), cacheable: true)
        }
    }

    /// The timeout option of the cell at item position `item`.
    var cellTimeouts: [Int: Double] = [:]

    private func cellTimeout(_ item: Int?) -> Double? {
        item.flatMap { cellTimeouts[$0] }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    static func bytes(_ value: Int) -> String {
        if value >= 1 << 30 && value % (1 << 30) == 0 { return "\(value >> 30) GB" }
        if value >= 1 << 20 && value % (1 << 20) == 0 { return "\(value >> 20) MB" }
        if value >= 1 << 10 && value % (1 << 10) == 0 { return "\(value >> 10) KB" }
        return "\(value) bytes"
    }
}
