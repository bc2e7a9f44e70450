/// Encodes `Encodable` values as JSON exactly as Foundation's `JSONEncoder` does with
/// `[.sortedKeys, .withoutEscapingSlashes]` (and `.prettyPrinted` when asked), several times faster:
/// Foundation's encoder was a tenth of a site build, as every version has a JSON file and every
/// page a JSON-LD graph. Keys sort by their UTF-8 bytes; strings escape `"`, `\` and the C0
/// controls (`\b \t \n \f \r`, else `\u00xx`); empty containers print as Foundation prints them.
/// `MachineJSONEncoderTests` compares the two on every kind of value Redline writes.
/// Redline writes no floating point numbers; should one appear it is written in Swift's shortest form.
enum MachineJSONEncoder {
    /// The JSON bytes of `value`.
    static func encode<Value: Encodable>(_ value: Value, pretty: Bool) throws -> [UInt8] {
        var writer = Writer(pretty: pretty)
        writer.write(try TreeEncoder.node(for: value, codingPath: []))
        return writer.bytes
    }

    /// A value being built; containers are filled in place by the containers that hold them.
    final class Node {
        enum Kind { case string(String), number(String), bool(Bool), null, array, object }
        var kind: Kind
        var items: [Node] = []
        var members: [String: Node] = [:]
        init(_ kind: Kind) { self.kind = kind }

        convenience init(json: JSONValue) {
            switch json {
            case .string(let value): self.init(.string(value))
            case .int(let value): self.init(.number(String(value)))
            case .bool(let value): self.init(.bool(value))
            case .null: self.init(.null)
            case .array(let values):
                self.init(.array)
                items = values.map { Node(json: $0) }
            case .object(let members):
                self.init(.object)
                self.members = members.mapValues { Node(json: $0) }
            }
        }
    }

    final class TreeEncoder: Encoder {
        var codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] = [:]
        var node: Node?

        init(codingPath: [any CodingKey] = []) { self.codingPath = codingPath }

        /// The container node, created on first use (an `Encodable` may ask for its container twice).
        func containerNode(_ kind: Node.Kind) -> Node {
            if let node { return node }
            let created = Node(kind)
            node = created
            return created
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            KeyedEncodingContainer(Keyed<Key>(node: containerNode(.object), codingPath: codingPath))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            Unkeyed(node: containerNode(.array), codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }

        /// The node for a nested value: strings, integers and booleans directly, anything else
        /// through its own `encode(to:)`.
        static func node<Value: Encodable>(for value: Value, codingPath: [any CodingKey]) throws -> Node {
            switch value {
            case let string as String: return Node(.string(string))
            case let int as Int: return Node(.number(String(int)))
            case let bool as Bool: return Node(.bool(bool))
            // JSON-LD graphs are built as JSONValue: taken apart directly, not through Encoder containers.
            case let json as JSONValue: return Node(json: json)
            default:
                let encoder = TreeEncoder(codingPath: codingPath)
                try value.encode(to: encoder)
                return encoder.node ?? Node(.object)
            }
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        var codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws { node.members[key.stringValue] = Node(.null) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { node.members[key.stringValue] = Node(.bool(value)) }
        mutating func encode(_ value: String, forKey key: Key) throws { node.members[key.stringValue] = Node(.string(value)) }
        mutating func encode(_ value: Int, forKey key: Key) throws { node.members[key.stringValue] = Node(.number(String(value))) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            node.members[key.stringValue] = try TreeEncoder.node(for: value, codingPath: codingPath + [key])
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let child = Node(.object)
            node.members[key.stringValue] = child
            return KeyedEncodingContainer(Keyed<NestedKey>(node: child, codingPath: codingPath + [key]))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = Node(.array)
            node.members[key.stringValue] = child
            return Unkeyed(node: child, codingPath: codingPath + [key])
        }

        mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
        mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

        private func superEncoder(named name: String) -> any Encoder {
            let encoder = TreeEncoder(codingPath: codingPath)
            let child = encoder.containerNode(.object)
            node.members[name] = child
            return encoder
        }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let node: Node
        var codingPath: [any CodingKey]
        var count: Int { node.items.count }

        mutating func encodeNil() throws { node.items.append(Node(.null)) }
        mutating func encode(_ value: Bool) throws { node.items.append(Node(.bool(value))) }
        mutating func encode(_ value: String) throws { node.items.append(Node(.string(value))) }
        mutating func encode(_ value: Int) throws { node.items.append(Node(.number(String(value)))) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            node.items.append(try TreeEncoder.node(for: value, codingPath: codingPath))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let child = Node(.object)
            node.items.append(child)
            return KeyedEncodingContainer(Keyed<NestedKey>(node: child, codingPath: codingPath))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let child = Node(.array)
            node.items.append(child)
            return Unkeyed(node: child, codingPath: codingPath)
        }

        mutating func superEncoder() -> any Encoder {
            let encoder = TreeEncoder(codingPath: codingPath)
            node.items.append(encoder.containerNode(.object))
            return encoder
        }
    }

    struct Single: SingleValueEncodingContainer {
        let encoder: TreeEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }

        func encodeNil() throws { encoder.node = Node(.null) }
        func encode(_ value: Bool) throws { encoder.node = Node(.bool(value)) }
        func encode(_ value: String) throws { encoder.node = Node(.string(value)) }
        func encode(_ value: Int) throws { encoder.node = Node(.number(String(value))) }
        func encode<T: Encodable>(_ value: T) throws { encoder.node = try TreeEncoder.node(for: value, codingPath: codingPath) }
    }

    /// Writes a node tree as UTF-8 bytes.
    struct Writer {
        let pretty: Bool
        var bytes: [UInt8] = []
        var depth = 0

        init(pretty: Bool) {
            self.pretty = pretty
            bytes.reserveCapacity(4096)
        }

        mutating func write(_ node: Node) {
            switch node.kind {
            case let .string(text): writeString(text)
            case let .number(text): bytes += text.utf8
            case let .bool(value): bytes += (value ? "true" : "false").utf8
            case .null: bytes += "null".utf8
            case .array:
                writeContainer(open: 0x5B, close: 0x5D, count: node.items.count) { writer, index in writer.write(node.items[index]) }
            case .object:
                let keys = node.members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                writeContainer(open: 0x7B, close: 0x7D, count: keys.count) { writer, index in
                    writer.writeString(keys[index])
                    writer.bytes += writer.pretty ? [0x20, 0x3A, 0x20] : [0x3A]
                    if let member = node.members[keys[index]] { writer.write(member) }
                }
            }
        }

        mutating func writeContainer(open: UInt8, close: UInt8, count: Int, element: (inout Writer, Int) -> Void) {
            bytes.append(open)
            guard pretty else {
                for index in 0..<count {
                    if index > 0 { bytes.append(0x2C) }
                    element(&self, index)
                }
                bytes.append(close)
                return
            }
            depth += 1
            if count == 0 { bytes.append(0x0A) }  // Foundation prints an empty container over two lines
            for index in 0..<count {
                bytes += index > 0 ? [0x2C, 0x0A] : [0x0A]
                indent()
                element(&self, index)
            }
            depth -= 1
            bytes.append(0x0A)
            indent()
            bytes.append(close)
        }

        mutating func indent() {
            for _ in 0..<depth { bytes += [0x20, 0x20] }
        }

        mutating func writeString(_ text: String) {
            bytes.append(0x22)
            var text = text
            // `MachineJSON.encode` makes the whole text script-safe afterwards.
            text.withUTF8 { JSONByteWriter.appendEscaped($0, to: &bytes, scriptSafe: false) }
            bytes.append(0x22)
        }
    }
}
