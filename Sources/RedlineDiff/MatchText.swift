import Foundation
import RedlineParse

/// Text normalised for matching only (never shown): two sentences that differ only in
/// noise — Unicode form, case, quote and dash styles, whitespace, Markdown remnants,
/// number words or US/UK spelling — get the same `key`.
public struct MatchText: Sendable, Equatable {
    /// The normalised sentence; empty for noise such as a "Last updated" line or a lone date.
    public var key: String
    /// Its words, in order (letters and digits, apostrophes inside words kept).
    public var words: [String]

    public init(_ text: String) {
        let (folded, rawWords, marks) = MatchText.foldAndSplit(text)
        let words = rawWords.map(MatchText.canonicalWord)
        let collapsed = MatchText.collapseNumbers(words)
        if MatchText.isNoise(collapsed) {
            key = ""
            self.words = []
        } else {
            self.words = collapsed
            key = MatchText.rebuildKey(folded, words: collapsed, marks: marks)
        }
    }

    /// Whether the sentence carries no content (a date line).
    public var isNoise: Bool { key.isEmpty }

    /// NFC, lower case, unified quotes and dashes, Markdown emphasis and link targets removed;
    /// with the words of the result and its punctuation marks (see `rebuildKey`).
    static func foldAndSplit(_ text: String) -> (folded: String, words: [String], marks: String) {
        var ascii = true
        var stable = true
        if !text.utf8.allSatisfy({ $0 < 0x80 }) {
            ascii = false
            // NFC through Foundation is slow; text whose every scalar is NFC-stable is already in NFC.
            stable = text.unicodeScalars.allSatisfy { NFCStable.contains($0.value) }
        }
        // Lower-casing can change the length (İ → i̇), so non-ASCII text goes through the standard library;
        // ASCII text is lower-cased byte by byte below.
        if ascii {
            var text = text
            return text.withUTF8 { fold($0) }
        }
        var lowered = lowercase(stable ? text : text.precomposedStringWithCanonicalMapping)
        return lowered.withUTF8 { fold($0) }
    }

    /// `String.lowercased()` (each scalar's lowercase mapping), without its cost on the scalars
    /// that have none: ASCII is lowered byte by byte and scripts without case are copied
    /// (`MatchTextTests` checks both against the standard library).
    static func lowercase(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value) >= 0x41 && UInt8(value) <= 0x5A ? UInt8(value) + 0x20 : UInt8(value))
            } else if isUncased(value) {
                bytes.append(contentsOf: UTF8.encode(scalar)!)
            } else {
                bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Ranges whose scalars have no lowercase mapping other than themselves.
    static func isUncased(_ value: UInt32) -> Bool {
        switch value {
        case 0x0590...0x08FF: true   // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic
        case 0x0900...0x0DFF: true   // Indic scripts, Sinhala
        case 0x0E00...0x0EFF: true   // Thai, Lao
        case 0x2000...0x206F: true   // general punctuation
        case 0x3000...0x9FFF: true   // CJK punctuation, kana, CJK ideographs
        case 0xAC00...0xD7A3: true   // Hangul syllables
        default: false
        }
    }

    /// One pass over the (lower-cased, unless ASCII) bytes: the folded text, its words, its marks.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>) -> (folded: String, words: [String], marks: String) {
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count)
        var marks: [UInt8] = []
        var words: [String] = []
        var wordStart = -1
        /// Whether the last scalar appended is a word scalar (letters, digits, marks).
        var lastIsWord = false
        /// Output position of an apostrophe that may join two word parts ("we're"), -1 when none.
        var apostrophe = -1
        func endWord() {
            if wordStart >= 0 {
                let end = apostrophe >= 0 ? apostrophe : folded.count
                words.append(String(decoding: folded[wordStart..<end], as: UTF8.self))
                wordStart = -1
            }
            apostrophe = -1
        }
        func appendSpace() {
            endWord()
            lastIsWord = false
            if let last = folded.last, last != 0x20 { folded.append(0x20) }
        }
        func append(ascii byte: UInt8) {
            let isWord = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A)
            if isWord {
                if wordStart < 0 { wordStart = folded.count }
                apostrophe = -1
            } else if byte == 0x27, wordStart >= 0, lastIsWord {
                apostrophe = folded.count  // kept in the word only if a word scalar follows
            } else {
                endWord()
                switch byte {
                case 0x2C, 0x3B, 0x3A, 0x25, 0x24, 0x3F, 0x21: marks.append(byte)  // , ; : % $ ? !
                default: break
                }
            }
            lastIsWord = isWord
            folded.append(byte)
        }
        var index = 0
        while index < bytes.count {
            var byte = bytes[index]
            if byte < 0x80 {
                if byte >= 0x41, byte <= 0x5A { byte += 0x20 }
                switch byte {
                case 0x2A, 0x5F, 0x5B: break  // * _ [
                case 0x60: append(ascii: 0x27)  // ` → '
                case 0x5D where index + 1 < bytes.count && bytes[index + 1] == 0x28:  // ](target)
                    var end = index + 2
                    while end < bytes.count, bytes[end] != 0x29, bytes[end] != 0x20 { end += 1 }
                    if end < bytes.count, bytes[end] == 0x29 { index = end }
                case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: appendSpace()
                default: append(ascii: byte)
                }
                index += 1
                continue
            }
            let (value, length) = UTF8Text.scalar(in: bytes, at: index)
            switch value {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0xB4: append(ascii: 0x27)
            case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033: append(ascii: 0x22)
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: append(ascii: 0x2D)
            default:
                if UTF8Text.isWhitespace(value) {
                    appendSpace()
                } else {
                    let isWord = Unicode.Scalar(value).map(isWordScalar) ?? false
                    if isWord {
                        if wordStart < 0 { wordStart = folded.count }
                        apostrophe = -1
                    } else {
                        endWord()
                        if value == 0x20AC || value == 0xA3 { marks.append(contentsOf: bytes[index..<index + length]) }  // € £
                    }
                    lastIsWord = isWord
                    folded.append(contentsOf: bytes[index..<index + length])
                }
            }
            index += length
        }
        endWord()
        if folded.last == 0x20 { folded.removeLast() }
        return (String(decoding: folded, as: UTF8.self), words, String(decoding: marks, as: UTF8.self))
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark
    }

    /// Number words as digits and British spellings as American ones.
    static func canonicalWord(_ word: String) -> String {
        // Every key is lower-case ASCII, which no other text equals: skip hashing the rest.
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return word }
        return canonical[word] ?? word
    }

    /// Both tables in one, so each word costs one lookup (number words win, as they did).
    static let canonical: [String: String] = Spelling.american.merging(NumberWords.digits) { _, digits in digits }

    /// "30 (30)" — a number written out and then in digits — counts once.
    static func collapseNumbers(_ words: [String]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(words.count)
        for word in words {
            if let last = result.last, last == word, word.first?.isNumber == true { continue }
            result.append(word)
        }
        return result
    }

    /// The key keeps the words (normalised) and the punctuation between them, so a changed
    /// comma is still an edit while a curly quote is not.
    static func rebuildKey(_ folded: String, words: [String], marks: String) -> String {
        var key = ""
        key.reserveCapacity(words.reduce(marks.utf8.count + 2) { $0 + $1.utf8.count + 1 })
        for word in words {
            if !key.isEmpty { key += " " }
            key += word
        }
        // Sentence-internal punctuation that changes meaning, as separate marks.
        if !marks.isEmpty { key += " |" + marks }
        return key
    }

    /// "Last updated: May 25, 2018", "Effective date: January 26, 2017" or a lone date.
    static func isNoise(_ words: [String]) -> Bool {
        guard !words.isEmpty else { return true }
        guard words.count <= 12 else { return false }
        // A noise line ends with a date word, unless it is a bare prefix (at most four words): most sentences stop here.
        if words.count > 4, !isDateWord(words[words.count - 1]) { return false }
        let joined = words.prefix(4).joined(separator: " ")
        let rest: ArraySlice<String>
        if let prefix = noisePrefixes.first(where: { joined == $0.text || joined.hasPrefix($0.text + " ") }) {
            rest = words.dropFirst(prefix.words)
        } else {
            rest = words[...]
        }
        return rest.allSatisfy(isDateWord) && (rest.count < words.count || rest.contains { $0.first?.isNumber == true })
    }

    static let noisePrefixes: [(text: String, words: Int)] = [
        "last updated", "last modified", "last revised", "effective date", "effective as of", "effective",
        "updated", "date of last revision", "this version", "version date", "revised", "last update",
    ].map { ($0, $0.split(separator: " ").count) }

    static func isDateWord(_ word: String) -> Bool {
        if word.allSatisfy(\.isNumber) { return true }
        if ["on", "of", "the", "as", "at", "st", "nd", "rd", "th", "date", "v", "version"].contains(word) { return true }
        if let first = word.first, first.isNumber, ["st", "nd", "rd", "th"].contains(String(word.drop(while: \.isNumber))) { return true }
        return NumberWords.months.contains(word)
    }
}
