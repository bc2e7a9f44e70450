import Foundation

/// Noise lines: a sentence that only dates the document ("Last updated: May 25, 2018") pairs
/// with its counterpart whatever the date, so a changed date is not a change of the policy.
extension MatchText {
    /// False when `isNoise` is: a noise line's last word is a date word unless its words are
    /// exactly a noise prefix ("Last updated").
    static func mayBeNoise(_ key: [UInt8], words: Int, last: Range<Int>) -> Bool {
        if isDateWord(key[last]) { return true }
        guard words <= 4 else { return false }
        let joined = String(decoding: key, as: UTF8.self)
        return noisePrefixes.contains { $0.text == joined }
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
        if dateWords.contains(word) { return true }
        if let first = word.first, first.isNumber, ordinals.contains(String(word.drop(while: \.isNumber))) { return true }
        return NumberWords.months.contains(word)
    }

    static let dateWords = ["on", "of", "the", "as", "at", "st", "nd", "rd", "th", "date", "v", "version"]
    static let ordinals = ["st", "nd", "rd", "th"]
    static let dateWordBytes = dateWords.map { Array($0.utf8) }
    static let ordinalBytes = ordinals.map { Array($0.utf8) }
    static let monthBytes = NumberWords.months.map { Array($0.utf8) }

    /// `isDateWord` of a key word's bytes. An ASCII word is read on its bytes (its letters and
    /// numbers are `[0-9a-z]`, and `String` equality with ASCII needs no normalising); any other
    /// goes through the `String` (non-ASCII digits are numbers too). It ran on the last word of
    /// every short sentence, and `String` comparisons of non-ASCII words cost most of the key.
    static func isDateWord(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.allSatisfy({ $0 < 0x80 }) else {
            let text = String(decoding: word, as: UTF8.self)
            let isNFC = word.withUnsafeBufferPointer(ScalarTable.isNFC)
            // A word in NFC with a non-ASCII scalar equals no ASCII word (equal `String`s have the
            // same NFC), so only the number readings are left to ask.
            guard isNFC else { return isDateWord(text) }
            if text.allSatisfy(\.isNumber) { return true }
            if let first = text.first, first.isNumber, ordinals.contains(String(text.drop(while: \.isNumber))) { return true }
            return false
        }
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        if word.allSatisfy(isDigit) { return true }
        if dateWordBytes.contains(where: { $0.elementsEqual(word) }) { return true }
        if let first = word.first, isDigit(first) {
            let rest = word.drop(while: isDigit)
            if ordinalBytes.contains(where: { $0.elementsEqual(rest) }) { return true }
        }
        return monthBytes.contains { $0.elementsEqual(word) }
    }
}
