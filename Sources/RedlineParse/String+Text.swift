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
        guard index < bytes.count, bytes[index] >= 0xCC else { return false }
        let value = scalar(in: bytes, at: index).value
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isGraphemeExtend || scalar.properties.generalCategory == .spacingMark || value == 0x200D
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
        guard !bytes.isEmpty, let source = bytes.base.baseAddress else {
            for index in marks.indices { marks[index] = 0 }
            return ""
        }
        let start = bytes.startIndex, end = bytes.endIndex, base = bytes.base
        // The result is never longer than the input: one space replaces one or more whitespace scalars.
        return String(unsafeUninitializedCapacity: bytes.count) { output in
            guard let target = output.baseAddress else { return 0 }
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
                let byte = source[index]
                if byte > 0x20, byte < 0x80 {
                    // A run of plain ASCII (no whitespace, no control) is most of the text: copy it in one loop.
                    if pendingSpace { target[count] = 0x20; count += 1; pendingSpace = false }
                    target[count] = byte
                    count += 1
                    index += 1
                    let stop = min(end, nextMark)
                    while index < stop {
                        let next = source[index]
                        guard next > 0x20, next < 0x80 else { break }
                        target[count] = next
                        count += 1
                        index += 1
                    }
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
                    (target + count).update(from: source + index, count: length)
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
