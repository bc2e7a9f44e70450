import Foundation

/// A JSON value built in code (JSON-LD graphs, JSON Feed) and encoded deterministically:
/// object keys sorted, slashes unescaped, no floating point.
public enum JSONValue: Sendable, Equatable, Encodable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// A JSON-LD node reference, `{"@id": id}`.
    public static func ref(_ id: String) -> JSONValue { ["@id": .string(id)] }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }
}

extension JSONValue {
    /// Sets `key` when `value` is present, so optional properties are left out instead of `null`.
    mutating func set(_ key: String, _ value: JSONValue?) {
        guard case .object(var object) = self, let value else { return }
        object[key] = value
        self = .object(object)
    }
}

/// Deterministic JSON text for everything Redline writes for machines.
public enum MachineJSON {
    /// Encodes with sorted keys and unescaped slashes; `pretty` adds line breaks and indentation.
    /// Always `scriptSafe`: titles, headings and sentences come from contributors, and a JSON file
    /// that a browser sniffs as HTML must not carry their markup (HostileInputTests checks every file).
    /// Encoding values made of strings, integers and Codable structs cannot fail; should it
    /// anyway, the result is `null` rather than a crash, and the tests parse every file.
    public static func encode<Value: Encodable>(_ value: Value, pretty: Bool) -> String {
        // JSON-LD graphs and feeds: straight to script-safe bytes, no tree and no second pass.
        if let json = value as? JSONValue {
            var writer = JSONByteWriter(pretty: pretty)
            writer.value(json)
            if pretty { writer.newline() }
            return String(decoding: writer.bytes, as: UTF8.self)
        }
        guard let bytes = try? MachineJSONEncoder.encode(value, pretty: pretty) else { return "null" }
        return scriptSafe(String(decoding: bytes, as: UTF8.self)) + (pretty ? "\n" : "")
    }

    /// The same text through Foundation's `JSONEncoder`, which `MachineJSONEncoder` reproduces (for tests).
    static func foundationEncode<Value: Encodable>(_ value: Value, pretty: Bool) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return scriptSafe(String(decoding: data, as: UTF8.self)) + (pretty ? "\n" : "")
    }

    /// JSON that can sit inside an HTML `<script>` element: `<`, `>` and `&` only occur inside
    /// JSON strings, where `\u003c` means the same, so `</script>` and `<!--` cannot appear.
    public static func scriptSafe(_ json: String) -> String {
        // Byte-level: per-file JSON runs to megabytes, and walking Unicode scalars cost more than encoding.
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
        let bytes = Array(json.utf8)
        let needsEscape = bytes.indices.contains { index in
            let byte = bytes[index]
            return byte == 0x3C || byte == 0x3E || byte == 0x26
                || (byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9))
        }
        guard needsEscape else { return json }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 64)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x3C: result += Array("\\u003c".utf8)
            case 0x3E: result += Array("\\u003e".utf8)
            case 0x26: result += Array("\\u0026".utf8)
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                // Line and paragraph separators end a line in older JavaScript parsers.
                result += Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            default: result.append(byte)
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
