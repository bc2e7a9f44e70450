/// `QuantityExtractor.numeric` on bytes, for ASCII text: its Foundation regular expressions
/// (one `\bword\b` replacement per number word the text holds as bytes — "a", "an" and "one"
/// almost always — and the "thirty (30)" collapse) were most of a sentence's fact reading.
/// On ASCII text ICU's `\b` is the change between `[a-z0-9_]` and anything else, `\d` is
/// `[0-9]` and `\s` the blanks below, so each replacement is redone exactly, step by step in the
/// same order. `QuantityExtractorTests` compares both paths.
extension QuantityExtractor {
    /// The number words in `numeric`'s order as bytes, or nil when one is not lower-case ASCII
    /// letters with single inner spaces (the general path handles such a lexicon).
    static func numberWordBytes(_ numberWords: [String: Int]) -> [(word: [UInt8], value: [UInt8])]? {
        let sorted = numberWords.sorted(by: { ($0.key.count, $0.key) > ($1.key.count, $1.key) })
        var result: [(word: [UInt8], value: [UInt8])] = []
        for (word, value) in sorted {
            let bytes = Array(word.utf8)
            let isLetter = { (byte: UInt8) in byte >= 0x61 && byte <= 0x7A }
            guard let first = bytes.first, let last = bytes.last, isLetter(first), isLetter(last),
                  bytes.allSatisfy({ isLetter($0) || $0 == 0x20 }) else { return nil }
            result.append((bytes, Array(String(value).utf8)))
        }
        return result
    }

    /// `numeric(text)` for text of printable ASCII, tabs and line breaks; nil for other text.
    func asciiNumeric(_ text: String) -> String? {
        guard let numberWords = numberWordBytes else { return nil }
        var bytes: [UInt8] = [0x20]
        bytes.reserveCapacity(text.utf8.count + 2)
        for byte in text.utf8 {
            // Other control bytes (vertical tab, form feed, …) are left to ICU's own `\s`.
            guard (byte >= 0x20 && byte < 0x7F) || byte == 0x09 || byte == 0x0A || byte == 0x0D else { return nil }
            bytes.append(byte == 0x2D ? 0x20 : (byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte))
        }
        bytes.append(0x20)
        for (word, value) in numberWords { Self.replaceWord(word, with: value, in: &bytes) }
        if bytes.contains(0x28) { Self.collapseRepeatedNumbers(&bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// ICU's `\w` on an ASCII byte.
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// ICU's `\s` on the bytes `asciiNumeric` lets through.
    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// `replacingOccurrences(of: "\\bword\\b", with: value, options: .regularExpression)`: every
    /// match found left to right in the text as it was, none overlapping.
    static func replaceWord(_ word: [UInt8], with value: [UInt8], in bytes: inout [UInt8]) {
        let count = word.count
        guard bytes.count >= count else { return }
        func matches(at start: Int) -> Bool {
            guard bytes[start] == word[0], start + count <= bytes.count,
                  start == 0 || !isWordByte(bytes[start - 1]),
                  start + count == bytes.count || !isWordByte(bytes[start + count]) else { return false }
            for offset in 1..<count where bytes[start + offset] != word[offset] { return false }
            return true
        }
        guard let first = bytes.indices.first(where: matches) else { return }
        var result = Array(bytes[..<first])
        result.reserveCapacity(bytes.count)
        var index = first
        while index < bytes.count {
            if matches(at: index) {
                result += value
                index += count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        bytes = result
    }

    /// `replacingOccurrences(of: "(\\d+)\\s*\\(\\s*\\d+\\s*\\)", with: "$1", options: .regularExpression)`.
    /// No backtracking can make a match: greedy `\d+` is followed by a blank or "(" and greedy
    /// `\s*` by "(" or a digit, none of which the shorter reading could take.
    static func collapseRepeatedNumbers(_ bytes: inout [UInt8]) {
        func match(at start: Int) -> (digitsEnd: Int, end: Int)? {
            var index = start
            func skip(_ test: (UInt8) -> Bool) { while index < bytes.count, test(bytes[index]) { index += 1 } }
            skip(isDigit)
            let digitsEnd = index
            guard digitsEnd > start else { return nil }
            skip(isBlank)
            guard index < bytes.count, bytes[index] == 0x28 else { return nil }
            index += 1
            skip(isBlank)
            let inner = index
            skip(isDigit)
            guard index > inner else { return nil }
            skip(isBlank)
            guard index < bytes.count, bytes[index] == 0x29 else { return nil }
            return (digitsEnd, index + 1)
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if let found = match(at: index) {
                result += bytes[index..<found.digitsEnd]
                index = found.end
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        bytes = result
    }
}

/// `QuantityExtractor.periods`' regular expression, `([a-z§]*)\s*(\d+(?:\.\d+)?)\s*(units)\b`,
/// on the bytes of an ASCII `numeric` text (compiling it and running it was most of `periods`).
/// No backtracking changes a match: each greedy run stops at a byte the next part cannot start
/// with (a letter before a blank or digit, a digit before ".", a blank or a unit, a blank before a
/// unit), so only the units' alternation is tried in order, the first followed by a boundary winning.
extension QuantityExtractor {
    /// The units in the alternation's order as bytes, or nil when one is not lower-case ASCII
    /// letters with single inner spaces.
    static func unitBytes(_ units: [String: Double]) -> [[UInt8]]? {
        var result: [[UInt8]] = []
        for unit in units.keys.sorted(by: { ($0.count, $0) > ($1.count, $1) }) {
            let bytes = Array(unit.utf8)
            let isLetter = { (byte: UInt8) in byte >= 0x61 && byte <= 0x7A }
            guard let first = bytes.first, let last = bytes.last, isLetter(first), isLetter(last),
                  bytes.allSatisfy({ isLetter($0) || $0 == 0x20 }) else { return nil }
            result.append(bytes)
        }
        return result
    }

    /// The regular expression's matches in `source` (each: the whole match and its three groups),
    /// or nil when `source` holds a byte other than printable ASCII, tabs and line breaks.
    func asciiPeriodMatches(_ source: String) -> [[String]]? {
        guard let units = unitBytes else { return nil }
        let bytes = Array(source.utf8)
        guard bytes.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return nil }
        let isLetter = { (byte: UInt8) in byte >= 0x61 && byte <= 0x7A }
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        func match(at start: Int) -> [String]? {
            var index = start
            func skip(_ test: (UInt8) -> Bool) { while index < bytes.count, test(bytes[index]) { index += 1 } }
            skip(isLetter)
            let prefixEnd = index
            skip(Self.isBlank)
            let numberStart = index
            skip(Self.isDigit)
            guard index > numberStart else { return nil }
            if index + 1 < bytes.count, bytes[index] == 0x2E, Self.isDigit(bytes[index + 1]) {
                index += 1
                skip(Self.isDigit)
            }
            let numberEnd = index
            skip(Self.isBlank)
            for unit in units where index + unit.count <= bytes.count
                && bytes[index..<(index + unit.count)].elementsEqual(unit)
                && (index + unit.count == bytes.count || !Self.isWordByte(bytes[index + unit.count])) {
                return [text(start..<(index + unit.count)), text(start..<prefixEnd), text(numberStart..<numberEnd), text(index..<(index + unit.count))]
            }
            return nil
        }
        var result: [[String]] = []
        var index = 0
        while index < bytes.count {
            if let found = match(at: index) {
                result.append(found)
                index += found[0].utf8.count
            } else {
                index += 1
            }
        }
        return result
    }
}
