import Yams

/// A YAML mapping read with positions, so every problem in `redline.yml` or in front matter
/// can point at its line and column. Problems are collected, not thrown one at a time.
struct YAMLMapping {
    let path: String
    /// Line of the file on which the YAML text starts, minus one.
    let lineOffset: Int
    private(set) var entries: [(key: String, value: Node, location: SourceLocation)] = []
    let location: SourceLocation

    /// Parses `text`; a syntax error or a document that is not a mapping becomes a diagnostic.
    /// `resolver` decides the implicit tags of plain scalars (Yams' default: null, bool, int, float…).
    static func parse(_ text: String, path: String, lineOffset: Int, resolver: Resolver = .default,
                      diagnostics: inout [Diagnostic]) -> YAMLMapping? {
        let start = SourceLocation(path: path, line: lineOffset + 1, column: 1)
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, resolver)
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error, path: path, lineOffset: lineOffset))
            return nil
        } catch {
            diagnostics.append(.error(at: start, "YAML could not be read: \(error)"))
            return nil
        }
        guard let node else {
            diagnostics.append(.error(at: start, "the YAML is empty", hint: "write `key: value` lines"))
            return nil
        }
        guard let mapping = node.mapping else {
            diagnostics.append(.error(at: locate(node.mark, path: path, lineOffset: lineOffset) ?? start,
                                      "expected `key: value` pairs, found a \(kind(of: node))",
                                      hint: "write one `key: value` per line"))
            return nil
        }
        var result = YAMLMapping(path: path, lineOffset: lineOffset, location: start)
        for (key, value) in mapping {
            let keyLocation = locate(key.mark, path: path, lineOffset: lineOffset) ?? start
            guard let name = key.scalar?.string else {
                diagnostics.append(.error(at: keyLocation, "a key must be plain text"))
                continue
            }
            result.entries.append((name, value, keyLocation))
        }
        return result
    }

    func value(_ key: String) -> (node: Node, location: SourceLocation)? {
        entries.first { $0.key == key }.map { ($0.value, valueLocation($0.value) ?? $0.location) }
    }

    func valueLocation(_ node: Node) -> SourceLocation? { Self.locate(node.mark, path: path, lineOffset: lineOffset) }

    /// A scalar as text; a missing required key or a non-scalar is reported.
    func string(_ key: String, required: Bool = false, hint: String? = nil, diagnostics: inout [Diagnostic]) -> (String, SourceLocation)? {
        guard let (node, location) = value(key) else {
            if required { diagnostics.append(.error(at: self.location, "missing required key `\(key)`", hint: hint)) }
            return nil
        }
        if node.scalar != nil, node.tag.description.hasSuffix("null") || (node.scalar?.string == "" && required) {
            if required { diagnostics.append(.error(at: location, "`\(key)` is empty", hint: hint)) }
            return nil
        }
        guard let scalar = node.scalar else {
            diagnostics.append(.error(at: location, "`\(key)` must be text, found a \(Self.kind(of: node))", hint: hint))
            return nil
        }
        return (scalar.string, location)
    }

    /// A list of scalars; a single scalar is accepted as a one-element list.
    func strings(_ key: String, diagnostics: inout [Diagnostic]) -> [(String, SourceLocation)]? {
        guard let (node, location) = value(key) else { return nil }
        if let scalar = node.scalar { return scalar.string.isEmpty ? [] : [(scalar.string, location)] }
        guard let sequence = node.sequence else {
            diagnostics.append(.error(at: location, "`\(key)` must be a list", hint: "write `\(key): [a, b]` or one `- item` per line"))
            return nil
        }
        var items: [(String, SourceLocation)] = []
        for item in sequence {
            let itemLocation = valueLocation(item) ?? location
            guard let text = item.scalar?.string else {
                diagnostics.append(.error(at: itemLocation, "each item of `\(key)` must be text, found a \(Self.kind(of: item))"))
                continue
            }
            items.append((text, itemLocation))
        }
        return items
    }

    /// Keys present but not in `known`: warnings, with a suggestion when one is close.
    func unknownKeys(known: [String], diagnostics: inout [Diagnostic]) {
        for entry in entries where !known.contains(entry.key) {
            let suggestion = known.min { editDistance($0, entry.key) < editDistance($1, entry.key) }
            let hint = suggestion.flatMap { editDistance($0, entry.key) <= 3 ? "did you mean `\($0)`?" : nil }
            diagnostics.append(.warning(at: entry.location, "unknown key `\(entry.key)` is ignored", hint: hint))
        }
    }

    static func locate(_ mark: Mark?, path: String, lineOffset: Int) -> SourceLocation? {
        mark.map { SourceLocation(path: path, line: $0.line + lineOffset, column: $0.column) }
    }

    static func kind(of node: Node) -> String {
        switch node {
        case .scalar: "value"
        case .mapping: "mapping"
        case .sequence: "list"
        case .alias: "alias"
        }
    }

    static func diagnostic(for error: YamlError, path: String, lineOffset: Int) -> Diagnostic {
        let hint = "check the indentation, the colons and the quotes around values that contain `: ` or `#`"
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return .error(at: SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column), "invalid YAML: \(problem)", hint: hint)
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(at: SourceLocation(path: path, line: context.mark.line + lineOffset, column: context.mark.column),
                          "duplicate key \(duplicates.map { "`\($0)`" }.joined(separator: ", "))", hint: "keep one of them")
        default:
            return .error(at: SourceLocation(path: path, line: lineOffset + 1, column: 1), "invalid YAML: \(error)", hint: hint)
        }
    }
}

/// Levenshtein distance, for "did you mean" hints on short keys.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var previous = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...max(b.count, 1) where !b.isEmpty {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return a.isEmpty ? b.count : previous[b.count]
}
