import Foundation

/// The same tokens as `TextTokens.init`, for ASCII text (curly quotes, dashes and a few other
/// marks allowed), on bytes: Foundation's
/// `replacingOccurrences` (run once per contraction on every sentence) and `Character`
/// iteration dominated the review's time. On ASCII text the literal byte replacement is exactly
/// Foundation's (no canonical equivalents to match) and a letter or number is `[a-z0-9]`.
/// `TextTokensTests` compares both paths.
extension TextTokens {
    /// Nil when the text has other non-ASCII characters or a contraction is not ASCII: the
    /// general path handles those.
    static func ascii(_ text: String, contractions: [String: String]) -> TextTokens? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            utf8.formIndex(after: &index)
            if byte < 0x80 {
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                continue
            }
            // Curly apostrophes become straight ones, as the general path makes them; a few other
            // punctuation marks (no letters, no case, no clause boundary) become a separator byte
            // that no lexicon phrase holds. Anything else takes the general path.
            let second = index != utf8.endIndex ? utf8[index] : 0
            if byte == 0xC2, second == 0xA0 {  // no-break space
                utf8.formIndex(after: &index)
                bytes.append(separator)
                continue
            }
            guard byte == 0xE2, second == 0x80 else { return nil }
            utf8.formIndex(after: &index)
            guard index != utf8.endIndex else { return nil }
            let third = utf8[index]
            utf8.formIndex(after: &index)
            switch third {
            case 0x98, 0x99: bytes.append(0x27)                               // ‘ ’
            case 0x9C, 0x9D, 0x93, 0x94, 0xA6, 0xA2: bytes.append(separator)  // “ ” – — … •
            default: return nil
            }
        }
        // The general path's replacements that can apply to ASCII text, in its order (sorted and
        // spelled out once per contraction list, not per sentence).
        guard let replacements = ContractionCache.shared.replacements(for: contractions) else { return nil }
        // Most sentences hold no apostrophe or "&": a needle with a byte the text lacks cannot
        // occur, so it is not searched for (each search was a pass over the sentence). A byte
        // a replacement brings in is added; one it takes out stays (a needless search at worst).
        var present = ByteSet(bytes)
        for (from, to) in replacements where present.containsAll(from) {
            if replace(&bytes, from, with: to) { present.insert(to) }
        }

        var tokens: [String] = []
        var surface: [String] = []
        tokens.reserveCapacity(bytes.count / 4 + 1)
        surface.reserveCapacity(bytes.count / 4 + 1)
        var start = -1
        func flush(_ end: Int) {
            if start >= 0 {
                let word = bytes[start..<end]
                let surfaceWord = String(decoding: word, as: UTF8.self)
                tokens.append(stemASCII(word) ?? surfaceWord)
                surface.append(surfaceWord)
                start = -1
            }
        }
        for (index, byte) in bytes.enumerated() {
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                if start < 0 { start = index }
                continue
            }
            flush(index)
            switch byte {
            case 0x3B, 0x3A, 0x2E, 0x21, 0x3F, 0x28, 0x29:  // ; : . ! ? ( )
                if tokens.last != boundary {
                    tokens.append(boundary)
                    surface.append(boundary)
                }
            default: break
            }
        }
        flush(bytes.count)
        return TextTokens(tokens: tokens, surface: surface)
    }

    /// `stem` of a word of `[a-z0-9]` bytes (where a `Character` is a byte), nil when it stays
    /// as it is: `String.count` and `hasSuffix` walk grapheme clusters, and were a third of the
    /// tokeniser's time. `TextTokensTests` compares it with `stem`.
    static func stemASCII(_ word: ArraySlice<UInt8>) -> String? {
        let count = word.count
        guard count > 3, word.last == 0x73 else { return nil }  // "s"
        let end = word.endIndex
        let second = word[end - 2]
        if count > 4, second == 0x65, word[end - 3] == 0x69 {  // "ies" → "y"
            var bytes = Array(word[word.startIndex..<(end - 3)])
            bytes.append(0x79)
            return String(decoding: bytes, as: UTF8.self)
        }
        guard second != 0x73, second != 0x75, second != 0x69 else { return nil }  // "ss", "us", "is"
        return String(decoding: word[word.startIndex..<(end - 1)], as: UTF8.self)
    }

    /// The byte replacements `ascii` makes, in order: the apostrophe entities, then each
    /// contraction (longest first) padded with spaces; nil when a contraction is not ASCII.
    static func replacements(_ contractions: [String: String]) -> [(from: [UInt8], to: [UInt8])]? {
        let ordered = sortedContractions(contractions)
        guard ordered.allSatisfy({ $0.from.allSatisfy { $0 < 0x80 && $0 != separator } && $0.to.allSatisfy { $0 < 0x80 && $0 != separator } })
        else { return nil }
        var result: [(from: [UInt8], to: [UInt8])] = [
            (Array("&apos;".utf8), Array("'".utf8)), (Array("&aposs".utf8), Array("'s".utf8)), (Array("&apos".utf8), Array("'".utf8)),
        ]
        for (from, to) in ordered {
            var padded: [UInt8] = [0x20]
            padded.append(contentsOf: to)
            padded.append(0x20)
            result.append((from, padded))
        }
        return result
    }

    /// Stands for a punctuation mark that separates words and does nothing else.
    static let separator: UInt8 = 0x01

    /// Longest contractions first, as the general path applies them.
    /// (Only called with ASCII text; for ASCII keys without "\r\n", byte length and byte order are
    /// `count` and `String` order, and far cheaper.)
    static func sortedContractions(_ contractions: [String: String]) -> [(from: [UInt8], to: [UInt8])] {
        let entries = contractions.map { (from: Array($0.key.utf8), to: Array($0.value.utf8)) }
        guard entries.allSatisfy({ entry in entry.from.allSatisfy { $0 < 0x80 && $0 != 0x0D } }) else {
            return contractions.sorted { ($0.key.count, $0.key) > ($1.key.count, $1.key) }.map { (Array($0.key.utf8), Array($0.value.utf8)) }
        }
        return entries.sorted { a, b in
            a.from.count != b.from.count ? a.from.count > b.from.count : a.from.lexicographicallyPrecedes(b.from) == false && a.from != b.from
        }
    }

    /// Every non-overlapping occurrence of `needle`, left to right, replaced (Foundation's order);
    /// whether there was one.
    @discardableResult
    static func replace(_ bytes: inout [UInt8], _ needle: [UInt8], with replacement: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var index = 0
        var result: [UInt8]?
        var copied = 0
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) {
                if result == nil { result = []; result!.reserveCapacity(bytes.count + 16) }
                result!.append(contentsOf: bytes[copied..<index])
                result!.append(contentsOf: replacement)
                index += needle.count
                copied = index
            } else {
                index += 1
            }
        }
        guard var result else { return false }
        result.append(contentsOf: bytes[copied...])
        bytes = result
        return true
    }

    /// Which byte values occur in some bytes (a superset once bytes are taken out).
    struct ByteSet {
        private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        init(_ bytes: [UInt8]) { insert(bytes) }

        mutating func insert(_ bytes: [UInt8]) {
            for byte in bytes {
                let bit = UInt64(1) << UInt64(byte & 63)
                switch byte >> 6 {
                case 0: bits.0 |= bit
                case 1: bits.1 |= bit
                case 2: bits.2 |= bit
                default: bits.3 |= bit
                }
            }
        }

        func contains(_ byte: UInt8) -> Bool {
            let bit = UInt64(1) << UInt64(byte & 63)
            switch byte >> 6 {
            case 0: return bits.0 & bit != 0
            case 1: return bits.1 & bit != 0
            case 2: return bits.2 & bit != 0
            default: return bits.3 & bit != 0
            }
        }

        func containsAll(_ bytes: [UInt8]) -> Bool { bytes.allSatisfy(contains) }
    }
}

/// `TextTokens.replacements` of the contraction lists in use (one per lexicon): sorting and
/// spelling them out for every sentence cost more than tokenising it. A list is recognised by
/// `==`, which is immediate for the lexicon's own dictionary (the same storage).
final class ContractionCache: @unchecked Sendable {
    static let shared = ContractionCache()
    private let lock = NSLock()
    private var entries: [(contractions: [String: String], replacements: [(from: [UInt8], to: [UInt8])]?)] = []

    func replacements(for contractions: [String: String]) -> [(from: [UInt8], to: [UInt8])]? {
        lock.lock()
        defer { lock.unlock() }
        if let entry = entries.first(where: { $0.contractions == contractions }) { return entry.replacements }
        let made = TextTokens.replacements(contractions)
        // A handful of lexicons: the list stays short (a caller's ad hoc lists are not kept forever).
        if entries.count < 16 { entries.append((contractions, made)) }
        return made
    }
}
