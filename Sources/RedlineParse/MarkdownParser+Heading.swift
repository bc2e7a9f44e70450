#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cutting a rendered heading down to its inline HTML, on bytes (no cmark here: the bytes
/// come from `MarkdownParser`).
extension MarkdownParser {
    /// The inside of a rendered heading (`<hN>…</hN>\n`), taken on bytes when the cut points
    /// are also `Character` boundaries, which is how the string version below cuts.
    /// When those bytes are `text`'s (a heading without markup or characters to escape: most
    /// of them), `text` itself is returned, so the heading's HTML is not validated and stored again.
    static func innerHTML(ofHeading bytes: UnsafeBufferPointer<UInt8>, text: String? = nil) -> String {
        let count = bytes.count
        if count >= 10, bytes[0] == 0x3C, bytes[1] == 0x68, bytes[3] == 0x3E, bytes[count - 6] == 0x3C, bytes[count - 5] == 0x2F,
           bytes[count - 4] == 0x68, bytes[count - 3] == bytes[2], bytes[count - 2] == 0x3E, bytes[count - 1] == 0x0A,
           isCharacterBoundary(bytes, at: 4), isCharacterBoundary(bytes, at: count - 6) {
            let inner = UnsafeBufferPointer(rebasing: bytes[4..<(count - 6)])
            if var text, text.withUTF8({ $0.count == inner.count && (inner.isEmpty || memcmp($0.baseAddress!, inner.baseAddress!, inner.count) == 0) }) {
                return text
            }
            return String(decoding: inner, as: UTF8.self)
        }
        return innerHTML(ofHeading: String(decoding: bytes, as: UTF8.self))
    }

    /// Whether a `Character` ends at `index`: decided by the two scalars around it, since the
    /// other side is `<` or `>` (no emoji or flag sequence spans them).
    static func isCharacterBoundary(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var before = index - 1
        while before > 0, bytes[before] & 0xC0 == 0x80 { before -= 1 }
        let after = UTF8Text.scalar(in: bytes, at: index)
        if bytes[before] < 0x80, after.value < 0x80 { return !(bytes[before] == 0x0D && after.value == 0x0A) }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[before..<(index + after.length)]), as: UTF8.self).count == 2
    }

    static func innerHTML(ofHeading html: String) -> String {
        var inner = Substring(html)
        if inner.hasPrefix("<h"), let close = inner.firstIndex(of: ">") { inner = inner[inner.index(after: close)...] }
        while inner.last == "\n" { inner = inner.dropLast() }
        if let open = inner.range(of: "</h", options: .backwards) { inner = inner[..<open.lowerBound] }
        return String(inner)
    }
}
