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
            return UTF8Text.string(valid: inner)  // cut at scalar boundaries of cmark's rendering
        }
        return innerHTML(ofHeading: String(decoding: bytes, as: UTF8.self))
    }

    /// What `innerHTML(ofHeading:text:)` gives for a heading rendered as `<hN>` + `literal` +
    /// `</hN>`, when cmark's rendering of `literal` is itself (no `"`, `&`, `<`, `>` to escape);
    /// nil when it would not cut on bytes (a mark at either end), and for a literal to escape.
    static func innerHTML(ofPlainText literal: UnsafeBufferPointer<UInt8>, text: String) -> String? {
        guard let base = literal.baseAddress, !literal.isEmpty,
              memchr(base, 0x22, literal.count) == nil, memchr(base, 0x26, literal.count) == nil,
              memchr(base, 0x3C, literal.count) == nil, memchr(base, 0x3E, literal.count) == nil else { return nil }
        if literal[0] >= 0x80 || literal[literal.count - 1] >= 0x80 {
            // The rendering's cut points, `>` before the literal and `<` after it, decided as `innerHTML(ofHeading:text:)` does.
            let framed = [0x3E] + Array(literal) + [0x3C]
            let cuts = framed.withUnsafeBufferPointer { isCharacterBoundary($0, at: 1) && isCharacterBoundary($0, at: framed.count - 1) }
            guard cuts else { return nil }
        }
        var text = text
        if text.withUTF8({ $0.count == literal.count && memcmp($0.baseAddress!, base, literal.count) == 0 }) { return text }
        return String(decoding: literal, as: UTF8.self)
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
