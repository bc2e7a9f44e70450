import RedlineParse

/// Round 7 (issue 4): third parties named by name that place trackers on the service.
extension SentenceFacts {
    /// "Optimizely and ShareProgress, which place a cookie on your device", "Flashtalking sets
    /// pixels": a capitalised name in the clause before a placing verb (lexicon
    /// `cueLists.placingVerbs`) whose object is a cookie or tracker. Each name is a `tracker-vendor`
    /// fact (lower-cased), which `NamedVendors` compares between versions. "We set cookies",
    /// "Cookies we place" and "Whether we set cookies" name nobody.
    mutating func readTrackerVendors() {
        guard surface.contains(where: { $0.hasPrefix("cookie") }) || has(index.trackers) else { return }
        let words = Self.words(text)
        let placing = index.cue("placingVerbs")
        let stop = Set(index.lexicon.cueLists?["vendorStopWords"] ?? [])
        let trackerWords: Set<String> = ["cookie", "cookies", "pixel", "pixels", "beacon", "beacons", "tag", "tags", "tracker", "trackers", "sdk", "sdks", "gif", "gifs"]
        for (i, word) in words.enumerated() where placing.contains([TextTokens.stem(word.lowercased())]) {
            // The tracker is the verb's object: within three words after it ("place a cookie on").
            let objectIsTracker = words[(i + 1)..<min(words.count, i + 4)].contains { trackerWords.contains($0.lowercased()) }
            var position = i - 1
            var names: [String] = []
            while position >= 0, i - position <= Self.vendorReach, !Self.clauseEnds.contains(words[position]) {
                let candidate = words[position]
                let lower = candidate.lowercased()
                let stem = TextTokens.stem(lower)
                // "Whether we set analytics cookies": the company places them, so no word before
                // its subject names a vendor (a sentence-initial capital is no name).
                if index.firstParty.contains([stem]) { break }
                if let first = candidate.first, first.isUppercase, candidate.count > 2, !stop.contains(lower),
                   !index.firstParty.contains([stem]), !index.thirdParty.contains([stem]), !index.recipients.contains([stem]) {
                    names.append(lower)
                }
                position -= 1
            }
            // Round 10: "Yahoo Dot Pixel, which uses JavaScript on our download page": the tracker
            // is named in the vendor's product name, whatever the verb's object.
            let named = words[(position + 1)..<i].contains { trackerWords.contains($0.lowercased()) }
            guard objectIsTracker || named else { continue }
            for name in names.reversed() { facts.append(Fact("tracker-vendor", name, sentence, term: name)) }
        }
    }

    /// "Messages users translate may be shared with Google", "search terms are sent to Gandi.net
    /// and Mailfence": a capitalised name right after "with" or "to" following a sharing or
    /// transfer verb is a named recipient (`named-recipient`, and `named-flow` = `name|data` per
    /// data category shared). Sharing the user directs, de-identified data and a negated verb name
    /// none; `NamedVendors` decides whether the name is new and what it receives.
    mutating func readNamedRecipients() {
        guard let share = statements.first(where: { ["share", "sell"].contains($0.action) && !$0.negated && $0.actor != .user }),
              !share.restrictors.contains("directed"), !sharesDeidentifiedData else { return }
        let verbWords = index.oneWordSharingStems
        let stop = Set(index.lexicon.cueLists?["vendorStopWords"] ?? [])
        let words = Self.words(text)
        var names: [String] = []
        for (i, word) in words.enumerated() where verbWords.contains(TextTokens.stem(word.lowercased())) {
            var position = i + 1
            while position < min(words.count, i + Self.vendorReach + 4), !Self.clauseEnds.contains(words[position]) {
                // "with Lingvo", "to Gandi.net", "with our email vendors, such as Acoustic".
                let lower = words[position].lowercased()
                if ["with", "to", "including"].contains(lower) || (lower == "as" && words[position - 1].lowercased() == "such") {
                    var next = position + 1
                    while next < words.count, let first = words[next].first {
                        let lower = words[next].lowercased()
                        if lower == "and" { next += 1; continue }
                        let stem = TextTokens.stem(lower)
                        guard first.isUppercase, words[next].count > 2, !stop.contains(lower), !index.firstParty.contains([stem]),
                              !index.user.contains([stem]), !index.thirdParty.contains([stem]), !index.recipients.contains([stem]),
                              !index.months.contains([stem]) else { break }
                        if !names.contains(lower) { names.append(lower) }
                        next += 1
                    }
                }
                position += 1
            }
        }
        guard !names.isEmpty else { return }
        let data = share.data.filter { !locallyNegatedData.contains($0) }
        for name in names {
            facts.append(Fact("named-recipient", name, sentence, term: name))
            for item in data.isEmpty ? [RuleEngine.unnamedData] : data {
                facts.append(Fact("named-flow", "\(name)\(Self.flowSeparator)\(item)", sentence, term: phraseByID[item] ?? item))
            }
        }
    }

    /// "Firefox sends to Mozilla data relating to the tiles, such as your IP address", "the app
    /// sends your location to our servers": a product sending data home, with no third party as
    /// the destination, is the company collecting that data (`collect`). A user's own sending
    /// ("you send us") and a negated verb collect nothing.
    mutating func readProductTransfers() {
        let extractor = StatementExtractor(index: index)
        let recipients = index.recipients.matches(in: phraseTokens)
        for verb in index.cue("transferVerbs").matches(in: phraseTokens) {
            let clauseStart = tokens[..<verb.start].lastIndex(of: TextTokens.boundary).map { $0 + 1 } ?? 0
            let clauseEnd = tokens[verb.end...].firstIndex(of: TextTokens.boundary) ?? tokens.count
            guard extractor.actor(tokens, clauseStart: clauseStart, verb: verb.start).actor == .firstParty,
                  !negatedBefore(verb.start, distance: StatementExtractor.window),
                  let to = tokens[verb.end..<clauseEnd].firstIndex(of: "to"),
                  !recipients.contains(where: { $0.start > to && $0.start <= to + StatementExtractor.recipientReach }) else { continue }
            let data = index.data.matches(in: phraseTokens).filter { $0.start >= clauseStart && $0.end <= clauseEnd }.map(\.id)
            add("collect", data.filter { !locallyNegatedData.contains($0) })
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
    /// "Optimizely and ShareProgress, which place …"); a table's cell border does ("| Social
    /// Media | GitHub and third parties use social media cookies" names no vendor "Media").
    static let clauseEnds: Set<String> = [".", ";", ":", "(", ")", "!", "?", "|"]
    /// How far before the placing verb a name may stand.
    static let vendorReach = 8
}
