/// Splits a block's text into sentences, knowing the abbreviations policies use
/// ("e.g.", "Inc.", "U.S.", "Art. 15") so that they do not end a sentence.
///
/// It scans UTF-8 bytes (a sentence can only end at an ASCII or CJK terminator) and decodes a
/// scalar only where a decision needs one. A scalar followed by a combining mark is part of a
/// larger character, so it never counts as a terminator, closer or quote: the behaviour is that
/// of splitting on `Character`s, at a fraction of the cost.
public enum SentenceSplitter {
    /// Abbreviations (lower-cased, without the final period) after which a period does not end a sentence.
    static let abbreviations: Set<String> = [
        "e.g", "i.e", "etc", "inc", "ltd", "llc", "co", "corp", "mr", "mrs", "ms", "dr", "st", "no", "nos",
        "vs", "u.s", "u.k", "e.u", "approx", "incl", "art", "arts", "sec", "para", "cf", "fig", "p", "pp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "z.b", "bzw",
        "ca", "ggf", "usw", "d.h", "s", "abs", "nr", "av", "ex",
    ]

    /// Each sentence with the number of line breaks before it in `text` (to derive its line).
    public static func split(_ text: String) -> [(text: String, lineOffset: Int)] {
        if let result = text.utf8.withContiguousStorageIfAvailable({ split(bytes: $0) }) { return result }
        var copy = text
        return copy.withUTF8 { split(bytes: $0) }
    }

    /// Each sentence collapsed on its own: the reference that `BlockText` (one collapse per
    /// block, sentences sliced from it) must agree with.
    static func split(bytes: UnsafeBufferPointer<UInt8>) -> [(text: String, lineOffset: Int)] {
        var spans: [Span] = []
        Scanner(bytes: bytes).split(into: &spans)
        return spans.map { (UTF8Text.collapsingWhitespace(bytes[$0.start..<$0.end]), $0.newlines) }
    }

    /// A sentence's bytes in the block's text (never empty once collapsed) and the line breaks before it.
    struct Span {
        var start: Int
        var end: Int
        var newlines: Int
    }

    static func isTerminator(_ v: UInt32) -> Bool { v == 0x2E || v == 0x21 || v == 0x3F || isFullWidthTerminator(v) || v == 0x061F }
    static func isFullWidthTerminator(_ v: UInt32) -> Bool { v == 0x3002 || v == 0xFF01 || v == 0xFF1F }
    /// `"'”’)]»`
    static func isCloser(_ v: UInt32) -> Bool { v == 0x22 || v == 0x27 || v == 0x201D || v == 0x2019 || v == 0x29 || v == 0x5D || v == 0xBB }
    /// `"'“‘(«[¿¡`
    static func isOpener(_ v: UInt32) -> Bool {
        v == 0x22 || v == 0x27 || v == 0x201C || v == 0x2018 || v == 0x28 || v == 0xAB || v == 0x5B || v == 0xBF || v == 0xA1
    }

    /// Whether `word` (the text before a period) is an abbreviation or an initial: the general rule.
    static func isAbbreviation(_ word: String) -> Bool {
        let word = word.lowercased()
        if word.count == 1, word.first?.isLetter == true { return true }  // initials: "J. Smith"
        return abbreviations.contains(word)
    }

    /// `isAbbreviation`'s answers for words with a non-ASCII scalar, by their bytes (shared by the threads of a build).
    static let generalRule = Memo<SlugKey.HeadingBytes, Bool>()

    /// The abbreviations packed into integers: length, then up to seven lower-cased ASCII bytes.
    static let packedAbbreviations: Set<UInt64> = Set(abbreviations.compactMap { pack(Array($0.utf8)[...]) })

    static func pack<Bytes: Collection>(_ bytes: Bytes) -> UInt64? where Bytes.Element == UInt8 {
        guard bytes.count <= 7 else { return nil }
        var key: UInt64 = 0
        for byte in bytes { key = key << 8 | UInt64((byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte) }
        return UInt64(bytes.count) << 56 | key
    }

    /// `isAbbreviation` for a word of ASCII bytes, without making a string.
    static func isASCIIAbbreviation(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        if word.count == 1, let byte = word.first { return (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        guard let key = pack(word) else { return false }
        return packedAbbreviations.contains(key)
    }

    /// Whether a word with a non-ASCII scalar is surely neither an initial nor an abbreviation:
    /// its first two scalars are plain letters (so it has two `Character`s) and one of its
    /// letters lower-cases to a letter outside ASCII (so it cannot equal an abbreviation).
    /// Most words of Russian, Greek, Arabic, Hebrew, Chinese, Japanese and Korean sentences are.
    static func isPlainWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !word.isEmpty else { return false }
        let (first, length) = UTF8Text.scalar(in: word, at: 0)
        guard length < word.count else { return false }
        let (second, secondLength) = UTF8Text.scalar(in: word, at: length)
        let firstIsLetter = isPlainNonASCIILetter(first), secondIsLetter = isPlainNonASCIILetter(second)
        guard firstIsLetter || isASCIIAlphanumeric(first), secondIsLetter || isASCIIAlphanumeric(second) else { return false }
        if firstIsLetter || secondIsLetter { return true }
        // Two ASCII letters first ("geändert"): one such letter anywhere in the word will do.
        var index = length + secondLength
        while index < word.count {
            let (value, scalarLength) = UTF8Text.scalar(in: word, at: index)
            if isPlainNonASCIILetter(value) { return true }
            index += scalarLength
        }
        return false
    }

    static func isASCIIAlphanumeric(_ v: UInt32) -> Bool { (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) }

    /// Letters that never join the scalar before or after them into one `Character` and whose
    /// lower case is not ASCII, even after normalisation (`TextScanningTests` checks each).
    static func isPlainNonASCIILetter(_ v: UInt32) -> Bool {
        switch v {
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F,  // Latin-1 letters, Latin Extended-A and -B
             0x388...0x3CE,  // Greek
             0x400...0x481, 0x48A...0x4FF,  // Cyrillic
             0x5D0...0x5EA, 0x620...0x64A,  // Hebrew, Arabic
             0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3:  // kana, CJK, Hangul
            return true
        default:
            return false
        }
    }

    /// Whether the scalar after a terminator and whitespace can start a new sentence (not a
    /// lower-case letter or punctuation); `extended` when a mark follows it.
    static func canStartSentence(_ value: UInt32, extended: Bool) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return true }
        let properties = scalar.properties
        if properties.isUppercase || properties.numericType != nil || (!extended && isOpener(value)) { return true }
        let isPunctuation = switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation: true
        default: false
        }
        return !(properties.isLowercase || isPunctuation)
    }

    /// `canStartSentence` for every scalar below U+0800 without a mark after it (Latin, Greek,
    /// Cyrillic, Hebrew, Arabic), worked out once.
    static let startsSentenceBelow0800: [Bool] = (0..<0x800).map { canStartSentence(UInt32($0), extended: false) }

    /// Letters without case, numbers or punctuation in them, which can always start a sentence:
    /// kana, CJK ideographs, Hangul syllables (`TextScanningTests` checks each).
    static func isOtherLetter(_ v: UInt32) -> Bool {
        (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3041 && v <= 0x3096) || (v >= 0x30A1 && v <= 0x30FA) || (v >= 0xAC00 && v <= 0xD7A3)
    }

    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>

        /// Appends the sentences' spans to `spans`. Returns whether collapsing the whitespace of
        /// `bytes` may change them: false only when no whitespace scalar but single spaces was
        /// seen and no space follows another (so `BlockText` can skip the collapse).
        @discardableResult
        func split(into spans: inout [Span]) -> Bool {
            let count = bytes.count
            var collapses = false
            var start = 0
            var newlines = 0
            var newlinesAtStart = 0
            var index = 0
            // Bytes below 0x40 the loop stops at: line feed, `!`, `.`, `?`.
            let lowCandidates: UInt64 = 1 << 0x0A | 1 << 0x21 | 1 << 0x2E | 1 << 0x3F

            // A span is kept when its collapsed text is not empty: when it holds a scalar that is not whitespace.
            func emit(upTo end: Int) {
                var probe = start
                while probe < end {
                    let (value, length) = UTF8Text.scalar(in: bytes, at: probe)
                    if !UTF8Text.isWhitespace(value) {
                        spans.append(Span(start: start, end: end, newlines: newlinesAtStart))
                        return
                    }
                    probe += length
                }
            }

            while index < count {
                let byte = bytes[index]
                // Terminators are `.`, `!`, `?`, or ؟ (D8 9F), 。 (E3 80 82), ！ and ？ (EF BC 81/9F):
                // every other byte, and the line breaks that are counted, is passed over here.
                if byte < 0x40 {
                    guard (lowCandidates >> UInt64(byte)) & 1 != 0 else {
                        // A control or a space before another space: the collapse has work to do.
                        if byte <= 0x20, byte >= 0x09, byte != 0x20 || (index + 1 < count && bytes[index + 1] == 0x20) { collapses = true }
                        index += 1
                        continue
                    }
                    if byte == 0x0A {
                        collapses = true
                        newlines += 1
                        index += 1
                        continue
                    }
                } else {
                    guard byte >= 0xD8 else {
                        // U+0085 and U+00A0 start with 0xC2.
                        if byte == 0xC2, UTF8Text.isWhitespace(UTF8Text.scalar(in: bytes, at: index).value) { collapses = true }
                        // A lead byte's continuation byte is neither a terminator nor a line break.
                        index += byte >= 0xC0 ? 2 : 1
                        continue
                    }
                    let second = bytes[index + 1]
                    guard (byte == 0xD8 && second == 0x9F) || (byte == 0xE3 && second == 0x80) || (byte == 0xEF && second == 0xBC) else {
                        // U+1680 starts with E1 9A, U+2000–U+205F with E2 80 or E2 81 (U+3000, E3 80, is
                        // read below): no other scalar here is whitespace.
                        if (byte == 0xE1 && second == 0x9A) || (byte == 0xE2 && second <= 0x81),
                           UTF8Text.isWhitespace(UTF8Text.scalar(in: bytes, at: index).value) { collapses = true }
                        // Past the whole scalar (text of three-byte scripts: CJK, kana, Hangul, Devanagari, Thai).
                        index += byte < 0xE0 ? 2 : (byte < 0xF0 ? 3 : 4)
                        continue
                    }
                }
                let (value, length) = UTF8Text.scalar(in: bytes, at: index)
                guard SentenceSplitter.isTerminator(value), !isExtended(at: index + length) else {
                    if UTF8Text.isWhitespace(value) { collapses = true }  // U+3000
                    index += length
                    continue
                }
                var end = index + length
                while end < count {
                    let (next, nextLength) = UTF8Text.scalar(in: bytes, at: end)
                    guard SentenceSplitter.isCloser(next) || SentenceSplitter.isTerminator(next), !isExtended(at: end + nextLength) else { break }
                    end += nextLength
                }
                if SentenceSplitter.isFullWidthTerminator(value)
                    || (startsNewSentence(at: end) && !isAbbreviation(periodAt: index, value: value, start: start)) {
                    emit(upTo: end)
                    start = end
                    // Count the newlines we skip over so the next sentence's offset is right.
                    while start < count, let next = whitespaceEnd(at: start) {
                        if bytes[start] == 0x0A { newlines += 1 }
                        // Anything but one space between the sentences is the collapse's work.
                        if start > end || bytes[start] != 0x20 || next != start + 1 { collapses = true }
                        start = next
                    }
                    newlinesAtStart = newlines
                    index = start
                    continue
                }
                index += length
            }
            emit(upTo: count)
            return collapses
        }

        func isExtended(at index: Int) -> Bool { UTF8Text.isExtending(bytes, at: index) }

        /// The end of the whitespace character at `index` (with any marks on it), nil when it is not whitespace.
        func whitespaceEnd(at index: Int) -> Int? {
            let (value, end) = UTF8Text.characterEnd(bytes, at: index)
            return UTF8Text.isWhitespace(value) ? end : nil
        }

        /// A sentence boundary needs whitespace and then something that can start a sentence.
        func startsNewSentence(at index: Int) -> Bool {
            guard index < bytes.count else { return true }
            guard var next = whitespaceEnd(at: index) else { return false }
            while next < bytes.count, let end = whitespaceEnd(at: next) { next = end }
            guard next < bytes.count else { return true }
            let (value, length) = UTF8Text.scalar(in: bytes, at: next)
            let extended = isExtended(at: next + length)
            // Most sentences start with a letter of a few scripts: their answers are precomputed
            // by the general rule (below U+0800) or the same for the whole block (CJK, kana, Hangul).
            if !extended {
                if value < 0x800 { return SentenceSplitter.startsSentenceBelow0800[Int(value)] }
                if SentenceSplitter.isOtherLetter(value) { return true }
            }
            return SentenceSplitter.canStartSentence(value, extended: extended)
        }

        func isAbbreviation(periodAt index: Int, value: UInt32, start: Int) -> Bool {
            guard value == 0x2E else { return false }
            var wordStart = index
            var ascii = true
            while wordStart > start {
                var previous = wordStart - 1
                while previous > start, bytes[previous] & 0xC0 == 0x80 { previous -= 1 }
                let scalar = UTF8Text.scalar(in: bytes, at: previous).value
                if UTF8Text.isWhitespace(scalar) || scalar == 0x28 { break }
                if scalar >= 0x80 { ascii = false }
                wordStart = previous
            }
            // An ASCII word is lower-cased and looked up as bytes; other words as the general rule does.
            if ascii { return SentenceSplitter.isASCIIAbbreviation(bytes[wordStart..<index]) }
            if SentenceSplitter.isPlainWord(UnsafeBufferPointer(rebasing: bytes[wordStart..<index])) { return false }
            // The rest (Devanagari, Thai, Vietnamese, quoted words) recur from version to version:
            // the general rule (lower-casing, grapheme counting, a normalising set lookup) is asked once per word.
            let word = String(decoding: bytes[wordStart..<index], as: UTF8.self)
            return SentenceSplitter.generalRule.value(for: SlugKey.HeadingBytes(word)) { SentenceSplitter.isAbbreviation(word) }
        }
    }
}
