import LemmaDiagnostics
import Yams

/// Reads YAML into `Yams.Node` trees and turns YAML problems into located diagnostics.
///
/// Both `lemma.yml` and front matter go through here so the two report errors the same way.
struct YAMLReader {
    /// Path printed in diagnostics.
    let file: String
    /// Line in `file` where the YAML text starts (front matter starts on line 2).
    let firstLine: Int

    /// Parses `text` into a mapping node (an empty text is an empty mapping).
    func mapping(_ text: String) -> Result<Node.Mapping, Diagnostic> {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error))
        } catch {
            return .failure(at(line: 1, column: 1, "malformed YAML: \(error)"))
        }
        guard let node else { return .success(Node.Mapping([])) }
        guard case .mapping(let mapping) = node else {
            return .failure(located(node, "expected a mapping of `key: value` lines"))
        }
        return .success(mapping)
    }

    /// A diagnostic at a node's position.
    func located(_ node: Node, _ message: String, hint: String? = nil) -> Diagnostic {
        let mark = node.mark
        return at(line: mark?.line ?? 1, column: mark?.column ?? 1, message, hint: hint)
    }

    /// A diagnostic at a line and column of the YAML text.
    func at(line: Int, column: Int, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(
            file: file, line: firstLine + line - 1, column: column,
            stage: "load", message: message, hint: hint)
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _),
            let .composer(_, problem, mark, _):
            return at(line: mark.line, column: mark.column, "malformed YAML: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return at(
                line: context.mark.line, column: context.mark.column,
                "duplicate key \(duplicates.map { "`\($0)`" }.joined(separator: ", "))")
        case let .reader(problem, _, _, _):
            return at(line: 1, column: 1, "unreadable YAML: \(problem)")
        default:
            return at(line: 1, column: 1, "malformed YAML: \(error)")
        }
    }
}

/// Typed access to the values of a strict YAML mapping: unknown keys are errors with a hint.
struct StrictMapping {
    let reader: YAMLReader
    let mapping: Node.Mapping
    /// What the mapping describes, for messages (`front matter`, `lemma.yml`, `examples`).
    let name: String

    /// Every key with its value node, after checking that each key is one of `known`.
    func entries(known: [String]) -> Result<[String: (key: Node, value: Node)], Diagnostic> {
        var result: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.string else {
                return .failure(reader.located(key, "keys in \(self.name) must be plain strings"))
            }
            guard known.contains(name) else {
                let hint = Suggestion.closest(to: name, in: known).map { "did you mean `\($0)`?" }
                    ?? "known keys: \(known.joined(separator: ", "))"
                return .failure(reader.located(key, "unknown key `\(name)` in \(self.name)", hint: hint))
            }
            result[name] = (key, value)
        }
        return .success(result)
    }
}

extension YAMLReader {
    /// A scalar string value (numbers and dates are taken as written).
    func string(_ node: Node, key: String) -> Result<String, Diagnostic> {
        guard case .scalar(let scalar) = node else {
            return .failure(located(node, "`\(key)` must be a single value"))
        }
        return .success(scalar.string)
    }

    /// A list of strings; a single scalar is accepted as a one-element list.
    func strings(_ node: Node, key: String) -> Result<[String], Diagnostic> {
        switch node {
        case .scalar(let scalar):
            return .success(scalar.string.isEmpty ? [] : [scalar.string])
        case .sequence(let sequence):
            var values: [String] = []
            for item in sequence {
                guard case .scalar(let scalar) = item else {
                    return .failure(located(item, "`\(key)` must be a list of plain values"))
                }
                values.append(scalar.string)
            }
            return .success(values)
        default:
            return .failure(located(node, "`\(key)` must be a list"))
        }
    }

    /// `true`/`false` (YAML 1.2 core schema spellings).
    func bool(_ node: Node, key: String) -> Result<Bool, Diagnostic> {
        switch node.string?.lowercased() {
        case "true", "yes", "on": return .success(true)
        case "false", "no", "off": return .success(false)
        default: return .failure(located(node, "`\(key)` must be true or false"))
        }
    }

    /// A positive number of seconds.
    func seconds(_ node: Node, key: String) -> Result<Double, Diagnostic> {
        guard let text = node.string, let value = Double(text), value > 0, value <= maximumSeconds else {
            return .failure(located(node, "`\(key)` must be a positive number of seconds, at most \(Int(maximumSeconds))"))
        }
        return .success(value)
    }

    /// The longest time limit accepted: a day.
    var maximumSeconds: Double { 86_400 }

    /// A size such as `8MB`, `2GB`, `512KB` or a plain number of bytes.
    func bytes(_ node: Node, key: String) -> Result<Int, Diagnostic> {
        guard let text = node.string, let value = ByteSize.parse(text) else {
            return .failure(located(node, "`\(key)` must be a size such as 8MB or 2GB, at most 1TB"))
        }
        return .success(value)
    }
}
