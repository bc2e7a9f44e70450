import Foundation
@testable import RedlineDiff

// The scalar-based normalisation the byte-level one replaced, for the equivalence tests.

/// Text normalised for matching only (never shown): two sentences that differ only in
/// noise — Unicode form, case, quote and dash styles, whitespace, Markdown remnants,
/// number words or US/UK spelling — get the same `key`.
struct ReferenceMatchText: Sendable, Equatable {
    /// The normalised sentence; empty for noise such as a "Last updated" line or a lone date.
    var key: String
    /// Its words, in order (letters and digits, apostrophes inside words kept).
    var words: [String]

    init(_ text: String) {
        let folded: String
        let rawWords: [String]
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            (folded, rawWords) = ReferenceMatchText.foldASCII(text)
        } else {
            folded = ReferenceMatchText.fold(text)
            rawWords = ReferenceMatchText.words(of: folded)
        }
        let words = rawWords.map(ReferenceMatchText.canonicalWord)
        let collapsed = ReferenceMatchText.collapseNumbers(words)
        if ReferenceMatchText.isNoise(collapsed) {
            key = ""
            self.words = []
        } else {
            self.words = collapsed
            key = ReferenceMatchText.rebuildKey(folded, words: collapsed)
        }
    }

    /// Whether the sentence carries no content (a date line).
    var isNoise: Bool { key.isEmpty }

    /// NFC, lower case, unified quotes and dashes, Markdown emphasis and link targets removed.
    static func fold(_ text: String) -> String {
        // NFC through Foundation is slow; ASCII text is already in NFC.
        let lowered = (text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping).lowercased()
        var output = String.UnicodeScalarView()
        let scalars = Array(lowered.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "`", "\u{00B4}":
                output.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2033}":
                output.append("\"")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}":
                output.append("-")
            case "*", "_":
                // Emphasis remnants; underscores inside identifiers are rare in policies.
                break
            case "]" where index + 1 < scalars.count && scalars[index + 1] == "(":
                // A link that survived as text: keep the label, drop "(target)".
                var end = index + 2
                while end < scalars.count, scalars[end] != ")", scalars[end] != " " { end += 1 }
                index = end < scalars.count && scalars[end] == ")" ? end : index
            case "[":
                break
            default:
                if isSpace(scalar) {
                    if let last = output.last, last != " " { output.append(" ") }
                } else {
                    output.append(scalar)
                }
            }
            index += 1
        }
        if output.last == " " { output.removeLast() }
        return String(output)
    }

    /// `fold` and `words(of:)` in one pass over bytes, for ASCII text (most policies): the same
    /// result, several times faster than going through Unicode scalars.
    static func foldASCII(_ text: String) -> (String, [String]) {
        let bytes = Array(text.utf8)
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            var byte = bytes[index]
            if byte >= 0x41, byte <= 0x5A { byte += 0x20 }
            switch byte {
            case 0x2A, 0x5F, 0x5B: break  // * _ [
            case 0x60: folded.append(0x27)  // ` → '
            case 0x5D where index + 1 < bytes.count && bytes[index + 1] == 0x28:  // ](target)
                var end = index + 2
                while end < bytes.count, bytes[end] != 0x29, bytes[end] != 0x20 { end += 1 }
                if end < bytes.count, bytes[end] == 0x29 { index = end }
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
                if let last = folded.last, last != 0x20 { folded.append(0x20) }
            default: folded.append(byte)
            }
            index += 1
        }
        if folded.last == 0x20 { folded.removeLast() }
        func isWord(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) }
        var words: [String] = []
        var start = -1
        for (i, b) in folded.enumerated() {
            if isWord(b) {
                if start < 0 { start = i }
            } else if b == 0x27, start >= 0, i + 1 < folded.count, isWord(folded[i + 1]) {
                continue
            } else if start >= 0 {
                words.append(String(decoding: folded[start..<i], as: UTF8.self))
                start = -1
            }
        }
        if start >= 0 { words.append(String(decoding: folded[start...], as: UTF8.self)) }
        return (String(decoding: folded, as: UTF8.self), words)
    }

    /// Words: runs of letters and digits, with inner apostrophes ("we're") and inner periods/commas of numbers.
    static func words(of text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if scalar == "'", !current.isEmpty, index + 1 < scalars.count, isWordScalar(scalars[index + 1]) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// Unicode property lookups are slow, and policies are mostly ASCII: answer those directly.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar.value == 0x0B || scalar.value == 0x0C }
        return scalar.properties.isWhitespace
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
        NumberWords.digits[word] ?? Spelling.american[word] ?? word
    }

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
    static func rebuildKey(_ folded: String, words: [String]) -> String {
        var key = words.joined(separator: " ")
        // Keep sentence-internal punctuation that changes meaning as separate marks.
        var marks = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            switch scalar {
            case ",", ";", ":", "%", "$", "€", "£", "?", "!": marks.append(scalar)
            default: break
            }
        }
        if !marks.isEmpty { key += " |" + String(marks) }
        return key
    }

    /// "Last updated: May 25, 2018", "Effective date: January 26, 2017" or a lone date.
    static func isNoise(_ words: [String]) -> Bool {
        guard !words.isEmpty else { return true }
        guard words.count <= 12 else { return false }
        let joined = words.prefix(4).joined(separator: " ")
        let prefixes = ["last updated", "last modified", "last revised", "effective date", "effective as of", "effective",
                        "updated", "date of last revision", "this version", "version date", "revised", "last update"]
        let rest: ArraySlice<String>
        if let prefix = prefixes.first(where: { joined == $0 || joined.hasPrefix($0 + " ") }) {
            rest = words.dropFirst(prefix.split(separator: " ").count)
        } else {
            rest = words[...]
        }
        return rest.allSatisfy(isDateWord) && (rest.count < words.count || rest.contains { $0.first?.isNumber == true })
    }

    static func isDateWord(_ word: String) -> Bool {
        if word.allSatisfy(\.isNumber) { return true }
        if ["on", "of", "the", "as", "at", "st", "nd", "rd", "th", "date", "v", "version"].contains(word) { return true }
        if let first = word.first, first.isNumber, ["st", "nd", "rd", "th"].contains(String(word.drop(while: \.isNumber))) { return true }
        return NumberWords.months.contains(word)
    }
}
