import Foundation
import RedlineParse

/// Text normalised for matching only (never shown): two sentences that differ only in
/// noise — Unicode form, case, quote and dash styles, whitespace, Markdown remnants,
/// number words or US/UK spelling — get the same `key`.
public struct MatchText: Sendable, Equatable {
    /// The normalised sentence; empty for noise such as a "Last updated" line or a lone date.
    public var key: String
    /// Its words, in order (letters and digits, apostrophes inside words kept): the key up to its
    /// marks, split at spaces (no word holds a space or a `|`).
    public var words: [String] {
        key.isEmpty ? [] : MatchText.words(Array(key.utf8))
    }

    public init(_ text: String) {
        var text = text
        key = text.withUTF8 { MatchText.normalise($0) } ?? MatchText.normaliseSlowly(text)
    }

    /// Whether the sentence carries no content (a date line).
    public var isNoise: Bool { key.isEmpty }

    public static func == (a: MatchText, b: MatchText) -> Bool { a.key == b.key }

    /// The key of text whose every scalar is ASCII or in `ScalarTable` with a usable lowercase
    /// mapping (nil otherwise): lower-cased through the table, then folded.
    static func normalise(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var ascii = true
        for byte in bytes where byte >= 0x80 {
            ascii = false
            break
        }
        return ScalarTable.entries.withUnsafeBufferPointer { table in
            if ascii { return key(fold(bytes, table: table)) }
            // Written in place rather than appended scalar by scalar (each append checked the
            // array's uniqueness and capacity). A lowercase mapping in the table is one BMP scalar
            // (at most three bytes) for a scalar of at least two: the text grows by half at most.
            var usable = true
            let lowered = [UInt8](unsafeUninitializedCapacity: bytes.count + bytes.count / 2 + 4) { out, count in
                usable = lower(bytes, table: table, into: out, count: &count)
            }
            guard usable else { return nil }
            return lowered.withUnsafeBufferPointer { key(fold($0, table: table)) }
        }
    }

    /// Lower-cases `bytes` (not all ASCII) through the table into `out`, setting `count`; false
    /// when a scalar is outside the table or has no usable mapping (the general path then runs).
    static func lower(_ bytes: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt32>,
                      into out: UnsafeMutableBufferPointer<UInt8>, count: inout Int) -> Bool {
        var n = 0
        var previous: UInt32 = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                out[n] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                n += 1
                previous = UInt32(byte)
                index += 1
                continue
            }
            let (value, length) = UTF8Text.scalar(in: bytes, at: index)
            guard value < 0x10000 else { return false }
            let entry = table[Int(value)]
            guard entry & ScalarTable.usable != 0 else { return false }
            // A lone mark is copied as it stands, where NFC keeps it (right after a stable scalar).
            if entry & ScalarTable.loneMark != 0, !ScalarTable.isStableStarter(previous) { return false }
            if entry & ScalarTable.haraka != 0 {
                // NFC puts a run of harakat in order (see `ScalarTable.isHaraka`): insert this one in place.
                guard ScalarTable.isPlainArabicLetter(previous) || ScalarTable.isHaraka(previous) else { return false }
                var at = n
                while at >= 2, out[at - 2] == 0xD9, out[at - 1] >= 0x8B, out[at - 1] <= 0x92,
                      UInt32(out[at - 1]) - 0x80 + 0x640 > value {
                    at -= 2
                }
                var move = n
                while move > at {
                    move -= 1
                    out[move + length] = out[move]
                }
                for offset in 0..<length { out[at + offset] = bytes[index + offset] }
                n += length
                // A run's order holds whatever came first; `previous` stays a haraka.
                previous = value
                index += length
                continue
            }
            let mapped = entry & ScalarTable.loweredMask
            if mapped == value {
                for offset in 0..<length { out[n + offset] = bytes[index + offset] }
                n += length
            } else if mapped < 0x80 {
                out[n] = UInt8(mapped)
                n += 1
            } else if mapped < 0x800 {
                out[n] = UInt8(0xC0 | mapped >> 6)
                out[n + 1] = UInt8(0x80 | mapped & 0x3F)
                n += 2
            } else {
                out[n] = UInt8(0xE0 | mapped >> 12)
                out[n + 1] = UInt8(0x80 | (mapped >> 6) & 0x3F)
                out[n + 2] = UInt8(0x80 | mapped & 0x3F)
                n += 3
            }
            previous = value
            index += length
        }
        count = n
        return true
    }

    /// The general path (text with scalars outside the table): NFC unless every scalar is
    /// NFC-stable, then the standard library's lowercase mapping, then the same fold.
    static func normaliseSlowly(_ text: String) -> String {
        // NFC through Foundation is slow; text whose every scalar is NFC-stable is already in NFC.
        let stable = text.unicodeScalars.allSatisfy { NFCStable.contains($0.value) }
        var lowered = lowercase(stable ? text : text.precomposedStringWithCanonicalMapping)
        return lowered.withUTF8 { bytes in ScalarTable.entries.withUnsafeBufferPointer { key(fold(bytes, table: $0)) } }
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

    /// The result of one pass over lower-cased bytes (ASCII may still be upper case): the folded
    /// bytes (unified quotes and dashes, Markdown emphasis and link targets removed), its words as
    /// ranges of them, and its punctuation marks (see `key`).
    struct Folded {
        var bytes: [UInt8] = []
        var words: [Range<Int>] = []
        var marks: [UInt8] = []
    }

    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<UInt32>) -> Folded {
        var result = Folded()
        result.bytes.reserveCapacity(bytes.count)
        // One allocation each instead of growing word by word.
        result.words.reserveCapacity(bytes.count / 4 + 1)
        result.marks.reserveCapacity(8)
        var wordStart = -1
        /// Whether the last scalar appended is a word scalar (letters, digits, marks).
        var lastIsWord = false
        /// Output position of an apostrophe that may join two word parts ("we're"), -1 when none.
        var apostrophe = -1
        func endWord() {
            if wordStart >= 0 {
                let end = apostrophe >= 0 ? apostrophe : result.bytes.count
                result.words.append(wordStart..<end)
                wordStart = -1
            }
            apostrophe = -1
        }
        func appendSpace() {
            endWord()
            lastIsWord = false
            if let last = result.bytes.last, last != 0x20 { result.bytes.append(0x20) }
        }
        func append(ascii byte: UInt8) {
            let isWord = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A)
            if isWord {
                if wordStart < 0 { wordStart = result.bytes.count }
                apostrophe = -1
            } else if byte == 0x27, wordStart >= 0, lastIsWord {
                apostrophe = result.bytes.count  // kept in the word only if a word scalar follows
            } else {
                endWord()
                switch byte {
                case 0x2C, 0x3B, 0x3A, 0x25, 0x24, 0x3F, 0x21: result.marks.append(byte)  // , ; : % $ ? !
                default: break
                }
            }
            lastIsWord = isWord
            result.bytes.append(byte)
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
            let entry = value < 0x10000 ? table[Int(value)] : 0
            let kind = entry & ScalarTable.hasKind != 0 ? ScalarTable.kind(entry)
                : Unicode.Scalar(value).map(ScalarTable.kind(of:)) ?? .other
            switch kind {
            case .apostrophe: append(ascii: 0x27)
            case .quote: append(ascii: 0x22)
            case .dash: append(ascii: 0x2D)
            case .space: appendSpace()
            case .word, .other, .currency:
                if kind == .word {
                    if wordStart < 0 { wordStart = result.bytes.count }
                    apostrophe = -1
                } else {
                    endWord()
                    if kind == .currency { result.marks.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length])) }  // € £
                }
                lastIsWord = kind == .word
                // Byte by byte: `append(contentsOf:)` of a two- or three-byte slice cost more than the rest.
                for offset in 0..<length { result.bytes.append(bytes[index + offset]) }
            }
            index += length
        }
        endWord()
        return result
    }

    /// The key of folded text: its words (number words as digits, British spellings as American,
    /// "30 (30)" once) joined by spaces, then its marks after " |", so a changed comma is still
    /// an edit while a curly quote is not; empty when the words are a date line.
    static func key(_ folded: Folded) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(folded.bytes.count + folded.marks.count + 2)
        var kept = 0
        var last = 0..<0
        folded.bytes.withUnsafeBufferPointer { bytes in
            for range in folded.words {
                let start = key.count
                if kept > 0 { key.append(0x20) }
                let wordStart = key.count
                let word = UnsafeBufferPointer(rebasing: bytes[range])
                if let replacement = Canonical.replacement(for: word) { key.append(contentsOf: replacement) } else { key.append(contentsOf: word) }
                // "30 (30)" — a number written out and then in digits — counts once.
                if kept > 0, key[wordStart] >= 0x80 || (key[wordStart] >= 0x30 && key[wordStart] <= 0x39),
                   repeats(key, last, wordStart..<key.count) {
                    key.removeSubrange(start...)
                    continue
                }
                last = wordStart..<key.count
                kept += 1
            }
        }
        guard kept > 0 else { return "" }
        if kept <= 12, mayBeNoise(key, words: kept, last: last), isNoise(words(key)) { return "" }
        // Sentence-internal punctuation that changes meaning, as separate marks.
        if !folded.marks.isEmpty {
            key.append(contentsOf: [0x20, 0x7C])
            key.append(contentsOf: folded.marks)
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// Words of key bytes (before any marks).
    static func words(_ key: [UInt8]) -> [String] {
        var words: [String] = []
        for part in key.split(separator: 0x20) {
            if part.first == 0x7C { break }
            words.append(String(decoding: part, as: UTF8.self))
        }
        return words
    }

    /// Whether the word at `current` equals the one at `previous` (as `String`s) and starts with
    /// a number (a `Character`'s `isNumber`).
    static func repeats(_ key: [UInt8], _ previous: Range<Int>, _ current: Range<Int>) -> Bool {
        guard let first = key[current].first else { return false }
        if first < 0x80 {
            guard first >= 0x30 && first <= 0x39 else { return false }
        } else {
            // `Character.isNumber` is its first scalar's `numericType != nil`.
            let value = key.withUnsafeBufferPointer { UTF8Text.scalar(in: $0, at: current.lowerBound).value }
            let isNumber = value < 0x10000 && ScalarTable.entries[Int(value)] & ScalarTable.hasKind != 0
                ? ScalarTable.entries[Int(value)] & ScalarTable.number != 0
                : Unicode.Scalar(value)?.properties.numericType != nil
            guard isNumber else { return false }
        }
        if key[previous].elementsEqual(key[current]) { return true }
        // Different bytes can still be canonically equivalent `String`s (non-ASCII only).
        guard key[previous].contains(where: { $0 >= 0x80 }) || key[current].contains(where: { $0 >= 0x80 }) else { return false }
        return String(decoding: key[previous], as: UTF8.self) == String(decoding: key[current], as: UTF8.self)
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark
    }

    /// Number words as digits and British spellings as American ones (one table: number words
    /// win, as they did), looked up by bytes.
    enum Canonical {
        static let table: (keys: ByteKeyTable, values: [[UInt8]]) = {
            let merged = Spelling.american.merging(NumberWords.digits) { _, digits in digits }
            var keys = ByteKeyTable(capacity: merged.count)
            var values = [[UInt8]](repeating: [], count: merged.count)
            for (word, replacement) in merged {
                var word = word
                let id = word.withUTF8 { keys.insert($0).id }
                values[id] = Array(replacement.utf8)
            }
            return (keys, values)
        }()
        static let maxLength = max(Spelling.american.keys.map(\.utf8.count).max() ?? 0, NumberWords.digits.keys.map(\.utf8.count).max() ?? 0)

        /// Every key is lower-case ASCII, which no other text equals.
        static func replacement(for word: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
            guard word.count <= maxLength, !word.contains(where: { $0 >= 0x80 }) else { return nil }
            return table.keys.id(of: word).map { table.values[$0] }
        }
    }
}
