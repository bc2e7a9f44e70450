extension String {
    /// The string without leading and trailing whitespace and newlines.
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !UTF8Text.isWhitespace($0.value) }),
              let last = scalars.lastIndex(where: { !UTF8Text.isWhitespace($0.value) }) else { return "" }
        return String(scalars[first...last])
    }

    /// Runs of whitespace (newlines included) collapsed to one space, ends trimmed.
    public var collapsingWhitespace: String {
        if let result = utf8.withContiguousStorageIfAvailable({ UTF8Text.collapsingWhitespace($0[...]) }) { return result }
        var copy = self
        return copy.withUTF8 { UTF8Text.collapsingWhitespace($0[...]) }
    }
}

/// Text work on UTF-8 bytes: parsing touches every byte of every version, and going through
/// `Character` (grapheme breaking, normalising comparisons) or Unicode property tables there
/// cost several times more than the rest of the parse.
public enum UTF8Text {
    /// Whether the scalar has the Unicode White_Space property: the complete list, so no table lookup.
    @inline(__always)
    public static func isWhitespace(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// The scalar starting at `index` (which must start one) and its length in bytes. The bytes
    /// come from a Swift string, so they are valid UTF-8.
    @inline(__always)
    public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                    | UInt32(bytes[index + 3] & 0x3F), 4)
    }

    /// Whether the scalar at `index` extends the character before it (a combining mark, a variation
    /// selector, a joiner), so that the two are one `Character`.
    @inline(__always)
    public static func isExtending(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        // Nothing below U+0300 extends a character: its lead byte is below 0xCC.
        guard index < bytes.count, bytes[index] >= 0xCC, !neverExtends(lead: bytes[index]) else { return false }
        let value = scalar(in: bytes, at: index).value
        // Arabic and Hebrew letters, general punctuation (curly quotes) and kana are looked up
        // in tables worked out once by the same rule.
        if value < 0x800 { return extendsBelow0800[Int(value)] }
        if value >= 0x2000, value < 0x3100 { return extends2000To3100[Int(value - 0x2000)] }
        return extends(value)
    }

    /// The rule `isExtending` applies: Grapheme_Extend, a spacing mark, or the zero-width joiner.
    static func extends(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isGraphemeExtend || scalar.properties.generalCategory == .spacingMark || value == 0x200D
    }

    static let extendsBelow0800: [Bool] = (0..<0x800).map { extends(UInt32($0)) }
    static let extends2000To3100: [Bool] = (0x2000..<0x3100).map { extends(UInt32($0)) }

    /// Lead bytes whose scalars never extend a character, so the scripts a policy is mostly
    /// written in skip the property lookup: U+0380–U+047F (Greek, Cyrillic), U+4000–U+9FFF
    /// (CJK) and U+B000–U+CFFF (Hangul syllables). `TextScanningTests` checks every one.
    @inline(__always)
    static func neverExtends(lead: UInt8) -> Bool {
        (lead >= 0xCE && lead <= 0xD1) || (lead >= 0xE4 && lead <= 0xE9) || lead == 0xEB || lead == 0xEC
    }

    /// The end of the character starting at `index`: the scalar and the marks extending it
    /// (line breaks and other controls take none).
    @inline(__always)
    public static func characterEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (first: UInt32, end: Int) {
        let (value, length) = scalar(in: bytes, at: index)
        var end = index + length
        if value >= 0x20, value != 0x7F {
            while isExtending(bytes, at: end) { end += scalar(in: bytes, at: end).length }
        }
        return (value, end)
    }

    /// Whether `byte` can start a whitespace scalar: ASCII whitespace and controls, and the
    /// lead bytes of U+0085, U+00A0 (0xC2), U+1680 (0xE1), U+2000–U+205F (0xE2) and U+3000 (0xE3).
    @inline(__always)
    static func mayBeWhitespace(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0xC2 || (byte >= 0xE1 && byte <= 0xE3)
    }

    /// How many of the eight bytes in `chunk` (first byte lowest) can be copied as they are by
    /// `collapsingWhitespace`: bytes that cannot start whitespace, and single spaces between
    /// them. It stops at a control or line break, at a lead byte of a possible non-ASCII space
    /// (0xC2, 0xE1, 0xE2, 0xE3 0x80), at a space before another or before such a byte, at a
    /// space in the last byte (what follows is unknown) and, at the start of the text, at a space.
    @inline(__always)
    static func plainPrefix(_ chunk: UInt64, atStart: Bool) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080
        let spaces = bytes(chunk, equalTo: 0x20)
        // Bytes below 0x20: adding 0x60 to the low seven bits carries into the top bit from 0x20 up.
        var stop = ~(((chunk & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x6060_6060_6060_6060) | chunk) & high
        stop |= bytes(chunk, equalTo: 0xC2) | bytes(chunk, equalTo: 0xE1) | bytes(chunk, equalTo: 0xE2)
        stop |= bytes(chunk, equalTo: 0xE3) & ((bytes(chunk, equalTo: 0x80) >> 8) | (0x80 << 56))
        stop |= spaces & (((stop | spaces) >> 8) | (0x80 << 56) | (atStart ? 0x80 : 0))
        return stop == 0 ? 8 : stop.trailingZeroBitCount >> 3
    }

    /// The top bit of each byte of `chunk` that equals `byte`, exactly (no carries between bytes).
    @inline(__always)
    static func bytes(_ chunk: UInt64, equalTo byte: UInt8) -> UInt64 {
        let difference = chunk ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return ~(((difference & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | difference) & 0x8080_8080_8080_8080
    }

    /// Whether collapsing `bytes` may change them: false only when they neither start nor end
    /// with whitespace and hold no whitespace scalar but single spaces (a list item on one line).
    static func mayCollapse(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first <= 0x20 || last <= 0x20 { return true }
        var index = 0
        let base = bytes.baseAddress!
        while index < bytes.count {
            // Eight bytes at a time while none can need collapsing (see `plainPrefix`, whose
            // stops include every byte the check below answers true for).
            if index &+ 8 <= bytes.count {
                let chunk = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let plain = plainPrefix(chunk, atStart: false)
                index &+= plain
                if plain == 8 { continue }
            }
            let byte = bytes[index]
            if byte <= 0x20 {
                if byte != 0x20 || bytes[index + 1] == 0x20 { return true }  // a space is never last
            } else if byte == 0xC2 || (byte >= 0xE1 && byte <= 0xE3) {
                if isWhitespace(scalar(in: bytes, at: index).value) { return true }
            }
            index += 1
        }
        // A whitespace scalar of several bytes at the start or the end was seen in the loop.
        return false
    }

    /// `bytes` with runs of whitespace scalars collapsed to one space and the ends trimmed.
    public static func collapsingWhitespace(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        var noMarks: [Int] = []
        return collapsingWhitespace(bytes, marks: &noMarks)
    }

    /// `collapsingWhitespace`, also turning `marks` (non-decreasing offsets into `bytes.base`,
    /// each at the start of a scalar) into offsets in the result: where the scalar at the mark
    /// lands, or the end of the text written before it. So a span that starts and ends at a
    /// scalar that is not whitespace collapses to the result's bytes between its two marks.
    static func collapsingWhitespace(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, marks: inout [Int]) -> String {
        guard !bytes.isEmpty else {
            for index in marks.indices { marks[index] = 0 }
            return ""
        }
        // The result is never longer than the input: one space replaces one or more whitespace scalars.
        return String(unsafeUninitializedCapacity: bytes.count) { output in
            guard let target = output.baseAddress else { return 0 }
            return collapse(bytes, marks: &marks, into: target)
        }
    }

    /// Writes `collapsingWhitespace` of `bytes` to `target` (room for `bytes.count` bytes) and
    /// returns its length; `marks` as there.
    static func collapse(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, marks: inout [Int], into target: UnsafeMutablePointer<UInt8>) -> Int {
        guard !bytes.isEmpty, let source = bytes.base.baseAddress else {
            for index in marks.indices { marks[index] = 0 }
            return 0
        }
        let start = bytes.startIndex, end = bytes.endIndex, base = bytes.base
        do {
            var count = 0
            var pendingSpace = false
            var index = start
            var markIndex = 0
            var nextMark = marks.isEmpty ? Int.max : marks[0]
            while index < end {
                while index >= nextMark {
                    marks[markIndex] = count + (pendingSpace ? 1 : 0)
                    markIndex += 1
                    nextMark = markIndex < marks.count ? marks[markIndex] : Int.max
                }
                let limit = min(end, nextMark)
                // Eight bytes at a time while they need no decision (see `plainPrefix`).
                if !pendingSpace {
                    while index &+ 8 <= limit {
                        let chunk = UInt64(littleEndian: UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self))
                        let plain = plainPrefix(chunk, atStart: count == 0)
                        UnsafeMutableRawPointer(target + count).storeBytes(of: chunk, as: UInt64.self)
                        count &+= plain
                        index &+= plain
                        // A prefix stops before a byte that needs a look: the next chunk starts there.
                        guard plain > 0 else { break }
                    }
                    guard index < limit else { continue }
                }
                let byte = source[index]
                if !mayBeWhitespace(byte) {
                    if pendingSpace { target[count] = 0x20; count += 1; pendingSpace = false }
                    target[count] = byte
                    count &+= 1
                    index &+= 1
                    continue
                }
                if byte < 0x80 {
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                        pendingSpace = count > 0
                    } else {
                        if pendingSpace { target[count] = 0x20; count += 1; pendingSpace = false }
                        target[count] = byte
                        count += 1
                    }
                    index += 1
                    continue
                }
                let (value, length) = scalar(in: base, at: index)
                if isWhitespace(value) {
                    pendingSpace = count > 0
                } else {
                    if pendingSpace { target[count] = 0x20; count += 1; pendingSpace = false }
                    for offset in 0..<length { target[count + offset] = source[index + offset] }
                    count += length
                }
                index += length
            }
            // Marks at the end (or past it) point after the last scalar written: trailing space is dropped.
            while markIndex < marks.count {
                marks[markIndex] = count
                markIndex += 1
            }
            return count
        }
    }
}
