#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Markdown being parsed, for blocks whose text is a stretch of it unchanged.
struct SourceText {
    let string: String
    /// The string's UTF-8 bytes: valid only while `MarkdownParser.parse` runs.
    let bytes: UnsafeBufferPointer<UInt8>
}

/// A block's text and sentences, made from its raw bytes (inline Markdown removed, line breaks
/// kept) in two passes: the sentence scanner over the raw bytes, then one whitespace collapse
/// of the whole block that also places each sentence in the result (skipped when the scanner
/// saw nothing for it to do: one line with single spaces, most paragraphs). Each sentence is then a
/// copy of a slice of the block's text, which is already valid UTF-8, so no sentence is
/// collapsed or validated again (that was most of the parse's time).
enum BlockText {
    /// The block's collapsed text and its sentences (`split: false`: the whole text is one
    /// sentence, as for list items and code). Sentences are empty when the text is.
    ///
    /// When the collapsed text is, byte for byte, the Markdown at `sourceOffset` (a paragraph
    /// on one line without inline markup: most of a policy), the string is copied from the
    /// Markdown, which is already valid UTF-8, instead of being validated again.
    static func make(_ raw: UnsafeBufferPointer<UInt8>, split: Bool, line: Int, section: String, leadIn: String?,
                     source: SourceText?, sourceOffset: Int?,
                     spans: inout [SentenceSplitter.Span], marks: inout [Int], buffer: inout [UInt8]) -> (text: String, sentences: [Sentence]) {
        // Sentence lines count the line breaks before each sentence, so the text must start with one.
        let bytes = split ? trimmed(raw) : raw
        spans.removeAll(keepingCapacity: true)
        marks.removeAll(keepingCapacity: true)
        var collapses = true
        if !split {
            // A list item's text ends with a line break; without its ends it may need nothing more.
            let inner = trimmed(raw)
            if !inner.isEmpty, !UTF8Text.mayCollapse(inner) {
                let text = string(inner, source: source, offset: sourceOffset)
                return (text, [Sentence(text: text, line: line, section: section, leadIn: leadIn)])
            }
        }
        if split {
            collapses = SentenceSplitter.Scanner(bytes: bytes).split(into: &spans)
            for span in spans {
                marks.append(span.start)
                marks.append(span.end)
            }
        }
        var text = ""
        if !bytes.isEmpty, !collapses {
            // Nothing to collapse (the scanner saw no whitespace but single spaces): the text is
            // the bytes as they are, and every mark stays where it is.
            text = string(bytes, source: source, offset: sourceOffset)
        } else if !bytes.isEmpty {
            if buffer.count < bytes.count { buffer = [UInt8](repeating: 0, count: max(bytes.count, 2 * buffer.count, 4096)) }
            text = buffer.withUnsafeMutableBufferPointer { output in
                let length = UTF8Text.collapse(bytes[...], marks: &marks, into: output.baseAddress!)
                return string(UnsafeBufferPointer(rebasing: output[..<length]), source: source, offset: sourceOffset)
            }
        }
        guard split else { return (text, text.isEmpty ? [] : [Sentence(text: text, line: line, section: section, leadIn: leadIn)]) }
        let utf8 = text.utf8
        let length = utf8.count
        var sentences: [Sentence] = []
        sentences.reserveCapacity(spans.count)
        for (number, span) in spans.enumerated() {
            let (from, to) = (marks[2 * number], marks[2 * number + 1])
            let sentence: String
            if from == 0, to == length {
                sentence = text
            } else if bordersOnText(bytes, span) {
                sentence = String(text[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)])
            } else {
                // A span that starts or ends with whitespace collapses differently from its slice.
                sentence = UTF8Text.collapsingWhitespace(bytes[span.start..<span.end])
            }
            sentences.append(Sentence(text: sentence, line: line + span.newlines, section: section))
        }
        return (text, sentences)
    }

    /// `collapsed` as a string: a copy of the Markdown's bytes at `offset` when they are the
    /// same (equal bytes from a valid string start and end on scalar boundaries), else a copy of
    /// the bytes (cmark's literals, collapsed: valid UTF-8, see `UTF8Text.string(valid:)`).
    static func string(_ collapsed: UnsafeBufferPointer<UInt8>, source: SourceText?, offset: Int?) -> String {
        if let source, let offset, let base = source.bytes.baseAddress, let bytes = collapsed.baseAddress,
           offset >= 0, collapsed.count <= source.bytes.count - offset, memcmp(base + offset, bytes, collapsed.count) == 0 {
            let utf8 = source.string.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: offset)
            return String(source.string[start..<utf8.index(start, offsetBy: collapsed.count)])
        }
        return UTF8Text.string(valid: collapsed)
    }

    /// `bytes` without leading and trailing whitespace scalars.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        while start < bytes.count {
            let (value, length) = UTF8Text.scalar(in: bytes, at: start)
            guard UTF8Text.isWhitespace(value) else { break }
            start += length
        }
        var end = bytes.count
        while end > start {
            var last = end - 1
            while last > start, bytes[last] & 0xC0 == 0x80 { last -= 1 }
            guard UTF8Text.isWhitespace(UTF8Text.scalar(in: bytes, at: last).value) else { break }
            end = last
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// Whether the span's first and last scalars are not whitespace (the scanner's spans almost always).
    static func bordersOnText(_ bytes: UnsafeBufferPointer<UInt8>, _ span: SentenceSplitter.Span) -> Bool {
        guard span.start < span.end else { return false }
        guard !UTF8Text.isWhitespace(UTF8Text.scalar(in: bytes, at: span.start).value) else { return false }
        var last = span.end - 1
        while last > span.start, bytes[last] & 0xC0 == 0x80 { last -= 1 }
        return !UTF8Text.isWhitespace(UTF8Text.scalar(in: bytes, at: last).value)
    }
}
