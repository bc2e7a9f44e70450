/// Escaping for HTML that Redline assembles itself (the redline), outside Mustache.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        // Bytes, not Characters: every word of every redline passes here, and the five
        // characters to replace are ASCII (escaped even when a combining mark follows).
        // Most values (names, dates, links, headings) need nothing: they are returned as they are.
        guard needsEscaping(text) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: result += "&amp;".utf8
            case 0x3C: result += "&lt;".utf8
            case 0x3E: result += "&gt;".utf8
            case 0x22: result += "&quot;".utf8
            case 0x27: result += "&#39;".utf8
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether `text` holds any of the five bytes `escape` replaces (`&`, `<`, `>`, `"`, `'`).
    static func needsEscaping(_ text: String) -> Bool {
        // All five are below 0x40: one comparison and a bit test per byte, on the string's own
        // contiguous bytes (a native string always has them).
        if let found = text.utf8.withContiguousStorageIfAvailable({ bytes in bytes.contains(where: isEscaped) }) { return found }
        return text.utf8.contains(where: isEscaped)
    }

    /// Bit n set: byte n is one of the five escaped bytes.
    private static let escapedBytes: UInt64 = 1 << 0x26 | 1 << 0x3C | 1 << 0x3E | 1 << 0x22 | 1 << 0x27

    @inline(__always)
    private static func isEscaped(_ byte: UInt8) -> Bool {
        byte < 0x40 && escapedBytes & (1 << UInt64(byte)) != 0
    }
}
