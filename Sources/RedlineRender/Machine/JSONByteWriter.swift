/// Writes JSON straight to bytes, member by member, in the layout `MachineJSON.encode` gives
/// (Foundation's `.prettyPrinted` indentation when `pretty`, slashes unescaped) and already
/// script-safe (`<`, `>`, `&`, U+2028 and U+2029 escaped inside strings, as `MachineJSON.scriptSafe`
/// does to the whole text). No intermediate tree and no sorting: the caller writes each object's
/// members in sorted key order (UTF-8 byte order), which `VersionDocumentJSONTests` checks
/// against the generic encoder.
struct JSONByteWriter {
    let pretty: Bool
    private(set) var bytes: [UInt8] = []
    /// Elements written so far in each open container, innermost last.
    private var counts: [Int] = []

    /// `depth`: containers already open around what this writer writes, so its indentation is
    /// that of a value written at that depth (a value encoded once and copied in with `raw`).
    init(pretty: Bool, capacity: Int = 4096, depth: Int = 0) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
        counts = Array(repeating: 1, count: depth)
    }

    // MARK: Containers

    mutating func object(_ body: (inout JSONByteWriter) -> Void) { container(open: 0x7B, close: 0x7D, body) }
    mutating func array(_ body: (inout JSONByteWriter) -> Void) { container(open: 0x5B, close: 0x5D, body) }

    private mutating func container(open: UInt8, close: UInt8, _ body: (inout JSONByteWriter) -> Void) {
        bytes.append(open)
        counts.append(0)
        body(&self)
        let count = counts.removeLast()
        if pretty {
            if count == 0 { bytes.append(0x0A) }  // Foundation prints an empty container over two lines
            bytes.append(0x0A)
            indent()
        }
        bytes.append(close)
    }

    /// Before each member or element: the comma, and in pretty output the line break and indentation.
    private mutating func separate() {
        guard let count = counts.last else { return }
        if count > 0 { bytes.append(0x2C) }
        counts[counts.count - 1] = count + 1
        if pretty {
            bytes.append(0x0A)
            indent()
        }
    }

    private mutating func indent() {
        for _ in 0..<counts.count { bytes.append(0x20); bytes.append(0x20) }
    }

    /// Starts an object member (keys are Redline's own ASCII names: no escaping needed).
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(0x22)
        name.withUTF8Buffer { bytes += $0 }
        // Byte by byte: an array literal here was an allocation per key.
        bytes.append(0x22)
        if pretty { bytes.append(0x20) }
        bytes.append(0x3A)
        if pretty { bytes.append(0x20) }
    }

    /// Starts an object member whose key is data (escaped like any string).
    mutating func key(_ name: String) {
        separate()
        value(name)
        if pretty { bytes.append(0x20) }
        bytes.append(0x3A)
        if pretty { bytes.append(0x20) }
    }

    /// Ends the text with a line break (pretty files end so).
    mutating func newline() { bytes.append(0x0A) }

    /// Starts an array element.
    mutating func element() { separate() }

    /// A value already encoded by a writer made with the depth this one is at now.
    mutating func raw(_ encoded: [UInt8]) { bytes += encoded }

    // MARK: Values

    mutating func value(_ number: Int) { bytes += String(number).utf8 }
    mutating func value(_ flag: Bool) { bytes += (flag ? "true" : "false").utf8 }
    /// A value built in code; object keys in sorted (UTF-8 byte) order.
    mutating func value(_ json: JSONValue) {
        switch json {
        case .string(let text): value(text)
        case .int(let number): value(number)
        case .bool(let flag): value(flag)
        case .null: bytes += "null".utf8
        case .array(let items): array { for item in items { $0.element(); $0.value(item) } }
        case .object(let members):
            object { json in
                for key in members.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                    json.key(key)
                    if let member = members[key] { json.value(member) }
                }
            }
        }
    }

    mutating func value(_ strings: [String]) { array { for string in strings { $0.element(); $0.value(string) } } }

    mutating func value(_ text: String) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { Self.appendEscaped($0, to: &bytes, scriptSafe: true) }
        bytes.append(0x22)
    }

    /// Appends a JSON string's contents (without its quotes) to `bytes`, copying runs of plain
    /// bytes at once; only the bytes JSON (and, when `scriptSafe`, a `<script>` element) cannot
    /// hold as they are stop the run. `MachineJSONEncoder` writes its strings with this too.
    static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8], scriptSafe: Bool) {
        let stopsBelow40 = scriptSafe ? scriptStopsBelow40 : plainStopsBelow40
        var run = 0, index = 0
        while index < utf8.count {
            let byte = utf8[index]
            // One comparison and a bit test for the bytes below 0x40, two comparisons above.
            let stops = byte < 0x40 ? stopsBelow40 & (1 << UInt64(byte)) != 0 : byte == 0x5C || (scriptSafe && byte == 0xE2)
            guard stops else {
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
            index += 1
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x08: bytes += [0x5C, 0x62]
            case 0x09: bytes += [0x5C, 0x74]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0C: bytes += [0x5C, 0x66]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x3C: bytes += Self.lessThan
            case 0x3E: bytes += Self.greaterThan
            case 0x26: bytes += Self.ampersand
            case 0xE2:
                // E2 80 A8 and E2 80 A9 (U+2028, U+2029) end a line in older JavaScript parsers;
                // any other character starting with E2 is copied with the run that follows.
                if index + 1 < utf8.count, utf8[index] == 0x80, utf8[index + 1] == 0xA8 || utf8[index + 1] == 0xA9 {
                    bytes += utf8[index + 1] == 0xA8 ? Self.lineSeparator : Self.paragraphSeparator
                    index += 2
                } else {
                    bytes.append(byte)
                }
            default: bytes += [0x5C, 0x75, 0x30, 0x30, Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0x0F)]]
            }
            run = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
    }

    /// Bit n set: byte n (below 0x40) ends a run of plain bytes. Control characters and `"`;
    /// script-safe output also `&`, `<` and `>`. (Above 0x40: the backslash, and E2 when script-safe.)
    private static let plainStopsBelow40: UInt64 = 0xFFFF_FFFF | 1 << 0x22
    private static let scriptStopsBelow40: UInt64 = plainStopsBelow40 | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)
    private static let lessThan: [UInt8] = Array("\\u003c".utf8)
    private static let greaterThan: [UInt8] = Array("\\u003e".utf8)
    private static let ampersand: [UInt8] = Array("\\u0026".utf8)
    private static let lineSeparator: [UInt8] = Array("\\u2028".utf8)
    private static let paragraphSeparator: [UInt8] = Array("\\u2029".utf8)
}
