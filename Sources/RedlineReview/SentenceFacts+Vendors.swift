import RedlineParse

/// Round 7 (issue 4): third parties named by name that place trackers on the service.
extension SentenceFacts {
    /// "Optimizely and ShareProgress, which place a cookie on your device", "Flashtalking sets
    /// pixels": a capitalised name in the clause before a placing verb (lexicon
    /// `cueLists.placingVerbs`) whose object is a cookie or tracker. Each name is a `tracker-vendor`
    /// fact (lower-cased), which `NamedVendors` compares between versions. "We set cookies" and
    /// "Cookies we place" name nobody.
    mutating func readTrackerVendors() {
        guard surface.contains(where: { $0.hasPrefix("cookie") }) || has(index.trackers) else { return }
        let words = Self.words(text)
        let placing = index.cue("placingVerbs")
        let stop = Set(index.lexicon.cueLists?["vendorStopWords"] ?? [])
        let trackerWords: Set<String> = ["cookie", "cookies", "pixel", "pixels", "beacon", "beacons", "tag", "tags", "tracker", "trackers", "sdk", "sdks"]
        for (i, word) in words.enumerated() where placing.contains([TextTokens.stem(word.lowercased())]) {
            // The tracker is the verb's object: within three words after it ("place a cookie on").
            guard words[(i + 1)..<min(words.count, i + 4)].contains(where: { trackerWords.contains($0.lowercased()) }) else { continue }
            var position = i - 1
            var names: [String] = []
            while position >= 0, i - position <= Self.vendorReach, !Self.clauseEnds.contains(words[position]) {
                let candidate = words[position]
                let lower = candidate.lowercased()
                let stem = TextTokens.stem(lower)
                if let first = candidate.first, first.isUppercase, candidate.count > 2, !stop.contains(lower),
                   !index.firstParty.contains([stem]), !index.thirdParty.contains([stem]), !index.recipients.contains([stem]) {
                    names.append(lower)
                }
                position -= 1
            }
            for name in names.reversed() { facts.append(Fact("tracker-vendor", name, sentence, term: name)) }
        }
    }

    /// Words of the raw text, punctuation that ends a clause kept as its own word.
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber || character == "-" || character == "'" {
                current.append(character)
            } else {
                if !current.isEmpty { result.append(current); current = "" }
                if clauseEnds.contains(String(character)) { result.append(String(character)) }
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Punctuation that ends the clause a vendor's name may stand in (a comma does not:
    /// "Optimizely and ShareProgress, which place …").
    static let clauseEnds: Set<String> = [".", ";", ":", "(", ")", "!", "?"]
    /// How far before the placing verb a name may stand.
    static let vendorReach = 8
}
