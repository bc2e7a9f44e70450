import Foundation

/// Finds periods ("thirty (30) days", "18 months") and age thresholds ("under the age of 13",
/// "16 years of age or older") in a sentence, skipping legal citations ("Article 15", "§ 1798.100").
struct QuantityExtractor {
    let words: Lexicon.QuantityWords
    let jurisdictions: PhraseMatcher
    let contractions: [String: String]
    /// The number words in replacement order, as bytes (`QuantityExtractor+ASCII`).
    let numberWordBytes: [(word: [UInt8], value: [UInt8])]?
    /// The units in `periods`' alternation order, as bytes (`QuantityExtractor+ASCII`).
    let unitBytes: [[UInt8]]?

    init(_ index: LexiconIndex) {
        words = index.lexicon.quantity
        jurisdictions = index.jurisdictions
        contractions = index.lexicon.contractions
        numberWordBytes = Self.numberWordBytes(words.numberWords)
        unitBytes = Self.unitBytes(words.units)
    }

    /// The text with number words as digits and "thirty (30)" collapsed to "30".
    /// `bytePath: false` forces the general path (tests compare the two).
    func numeric(_ text: String, bytePath: Bool = true) -> String {
        if bytePath, let fast = asciiNumeric(text) { return fast }
        var result = " " + text.lowercased().replacingOccurrences(of: "-", with: " ") + " "
        for (word, value) in words.numberWords.sorted(by: { ($0.key.count, $0.key) > ($1.key.count, $1.key) }) {
            // A regular expression cannot match a word the text does not contain.
            guard !Self.lacks(result, word) else { continue }
            result = result.replacingOccurrences(of: "\\b\(word)\\b", with: String(value), options: .regularExpression)
        }
        guard result.utf8.contains(0x28) else { return result }  // no "(": nothing to collapse
        return result.replacingOccurrences(of: "(\\d+)\\s*\\(\\s*\\d+\\s*\\)", with: "$1", options: .regularExpression)
    }

    func periods(in text: String) -> [Quantity] {
        let source = numeric(text)
        guard words.units.keys.contains(where: { !Self.lacks(source, $0) }) else { return [] }
        return periodMatches(source).compactMap { groups in
            guard !words.citationWords.contains(groups[1]), !groups[1].hasPrefix("§"),
                  let number = Double(groups[2]), let factor = words.units[groups[3]] else { return nil }
            return Quantity(kind: .days, value: number * factor, jurisdictions: [])
        }
    }

    /// A number and a unit, with the word before them (a citation: "article 15 days"): each match
    /// as the whole match and its three groups. `bytePath: false` forces the regular expression.
    func periodMatches(_ source: String, bytePath: Bool = true) -> [[String]] {
        if bytePath, let fast = asciiPeriodMatches(source) { return fast }
        let units = words.units.keys.sorted { ($0.count, $0) > ($1.count, $1) }
            .map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
        let pattern = "([a-z§]*)\\s*(\\d+(?:\\.\\d+)?)\\s*(\(units))\\b"
        return matches(pattern, in: source)
    }

    func ages(in text: String) -> [Quantity] {
        let source = numeric(text)
        // Each pattern needs one of these words (a quick test before the regular expressions).
        guard Self.ageWords.contains(where: { !Self.lacks(source, $0) }) else { return [] }
        let patterns = [
            "(?:under|younger than|below|over|older than|aged|age of|ages of|at least)\\s+(?:the age of\\s+)?(\\d{1,2})\\b(?!\\s*(?:days|months|percent|%))",
            "\\b(\\d{1,2})\\s+(?:years? of age|years? old|or older|and older|or younger|or over|and under)",
        ]
        var result: [Quantity] = []
        var seen: Set<Int> = []
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            let ns = source as NSString
            for match in regex.matches(in: source, range: NSRange(location: 0, length: ns.length)) {
                guard let value = Int(ns.substring(with: match.range(at: 1))), (8...25).contains(value),
                      !seen.contains(match.range.location) else { continue }
                seen.insert(match.range.location)
                // A jurisdiction named right after the number ("14 for anyone living in Spain") scopes it.
                let tailStart = match.range.location + match.range.length
                let tail = ns.substring(with: NSRange(location: tailStart, length: min(60, ns.length - tailStart)))
                let clause = String(tail.prefix { $0 != ")" && $0 != ";" && $0 != "," && $0 != "." })
                let named = jurisdictions.ids(in: TextTokens(clause, contractions: contractions).tokens)
                result.append(Quantity(kind: .age, value: Double(value), jurisdictions: named.isEmpty ? ["default"] : named))
            }
        }
        return result
    }

    static let ageWords = ["under", "younger", "below", "over", "older", "age", "least", "year"]

    /// Whether `text` surely does not contain `word` (letters and spaces only; anything else is
    /// left to the regular expression): a byte search, far cheaper than a regular expression.
    static func lacks(_ text: String, _ word: String) -> Bool {
        let needle = Array(word.utf8)
        guard let first = needle.first, needle.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x20 }) else { return false }
        var haystack = text
        return haystack.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return true }
            for start in 0...(bytes.count - needle.count) where bytes[start] == first {
                var matched = true
                for offset in 1..<needle.count where bytes[start + offset] != needle[offset] { matched = false; break }
                if matched { return false }
            }
            return true
        }
    }

    private func matches(_ pattern: String, in text: String) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { match in
            (0..<match.numberOfRanges).map { i in
                let range = match.range(at: i)
                return range.location == NSNotFound ? "" : ns.substring(with: range)
            }
        }
    }
}
