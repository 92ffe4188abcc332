import Foundation

/// Splits an article program's stdout into text and wire records (`Notebook.WireFormat`).
enum ResultParser {
    /// The record sentinel: `0x1E` then `lemma:`.
    static let sentinel = Array("\u{1E}lemma:".utf8)

    /// The events in `output`, in order. A malformed record is kept as text.
    static func events(in output: [UInt8]) -> [WireEvent] {
        var events: [WireEvent] = []
        var textStart = 0
        var index = 0
        func flushText(upTo end: Int) {
            if end > textStart {
                events.append(.text(String(decoding: output[textStart..<end], as: UTF8.self)))
            }
        }
        while index < output.count {
            guard output[index] == sentinel[0], matchesSentinel(output, at: index) else {
                index += 1
                continue
            }
            let jsonStart = index + sentinel.count
            let lineEnd = output[jsonStart...].firstIndex(of: UInt8(ascii: "\n")) ?? output.count
            if let event = decode(Array(output[jsonStart..<lineEnd])) {
                flushText(upTo: index)
                events.append(event)
                textStart = min(lineEnd + 1, output.count)
                index = textStart
            } else {
                index = lineEnd
            }
        }
        flushText(upTo: output.count)
        return events
    }

    private static func matchesSentinel(_ output: [UInt8], at index: Int) -> Bool {
        guard index + sentinel.count <= output.count else { return false }
        return output[index..<(index + sentinel.count)].elementsEqual(sentinel)
    }

    private static func decode(_ json: [UInt8]) -> WireEvent? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json)) as? [String: Any],
              let type = object["type"] as? String else { return nil }
        switch type {
        case "begin":
            return (object["item"] as? Int).map { .begin(item: $0) }
        case "end":
            let seconds = (object["seconds"] as? NSNumber)?.doubleValue ?? 0
            return (object["item"] as? Int).map { .end(item: $0, seconds: seconds) }
        case "show":
            guard let kind = object["kind"] as? String, let body = object["body"] as? String else { return nil }
            return .show(kind: kind, body: body, caption: object["caption"] as? String)
        case "claim":
            guard let passed = object["passed"] as? Bool, let text = object["text"] as? String,
                  let value = object["value"] as? String, let file = object["file"] as? String,
                  let line = object["line"] as? Int, let column = object["column"] as? Int else { return nil }
            let kind = (object["kind"] as? String).flatMap(ClaimKind.init(rawValue:)) ?? .condition
            let claim = ClaimResult(
                passed: passed, text: text, value: value, expected: object["expected"] as? String,
                kind: kind, margin: (object["margin"] as? NSNumber)?.doubleValue, line: line, column: column)
            return .claim(claim, file: file)
        case "inline":
            guard let item = object["item"] as? Int, let text = object["text"] as? String else { return nil }
            return .inline(item: item, text: text)
        case "seed":
            return (object["seed"] as? NSNumber).map { .seed($0.uint64Value) }
        default:
            return nil
        }
    }
}
