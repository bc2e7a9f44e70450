/// Round 8 (issue 4): data combined with another company's data, a source named by name, and
/// faces matched across photos — collection described without the lexicon's collection words.
extension SentenceFacts {
    mutating func readSourcesAndMatching() {
        readCombination()
        readNamedSources()
        readFaceMatching()
    }

    /// "Personal information collected by Twitch may be combined with personal information about
    /// Amazon customers": data combined with data about other people or from elsewhere
    /// (`combine`, `other.scope-or-controller-changed`, domain.md: "combine information across our
    /// products"); `other-company` when a company is named there. Data combined with what the user told us ("combined with information about
    /// you") or a denial ("we do not combine") is none.
    mutating func readCombination() {
        for match in index.scopeCombine.matches(in: phraseTokens) where !negatedBefore(match.start) {
            let end = tokens[match.end...].firstIndex(of: TextTokens.boundary) ?? tokens.count
            let clause = Array(tokens[match.end..<end])
            guard clause.first == "with", let data = index.data.matches(in: clause).first, data.start <= 3 else { continue }
            let tail = clause[data.end..<min(clause.count, data.end + 3)]
            guard let link = tail.firstIndex(where: { ["about", "from", "of"].contains($0) }), link + 1 < clause.count,
                  !index.user.contains([clause[link + 1]]), !["your", "yourself"].contains(clause[link + 1]) else { continue }
            // With a named company's data ("about Amazon customers") the data is pooled across
            // companies, which a general "combined with information from other sources" never said.
            let name = Self.words(text).dropFirst().first { $0.lowercased() == clause[link + 1] && $0.first?.isUppercase == true }
            add("combine", [name == nil ? "combine" : "other-company"])
            return
        }
    }

    /// "If you use WooPay, we'll receive your payment information from Stripe": a capitalised name
    /// right after "from" following a collection verb is a named source (`named-source`, lower-cased),
    /// which `NamedVendors` reports when the old version never mentions it. "Requests from Courts"
    /// has no collection verb; data must stand between the verb and "from" ("receive ads from
    /// Twitter", "logged out from Facebook", "data received from Switzerland" name no source of
    /// data); a place or its people ("from California residents", lexicon `cueLists.placeNames`) is
    /// no company; a table row (whose cells a conversion glues into words) is not read.
    mutating func readNamedSources() {
        // (No "|" byte, no "|": Foundation's search only when there is one.)
        guard !(text.utf8.contains(0x7C) && text.contains("|")),
              statements.contains(where: { $0.action == "collect" && !$0.negated && $0.actor != .user }) else { return }
        let collect = index.oneWordCollectVerbs
        let stop = Set(index.lexicon.cueLists?["vendorStopWords"] ?? [])
        let words = Self.words(text)
        for (i, word) in words.enumerated() where collect.contains(word.lowercased()) {
            var position = i + 1
            while position + 1 < min(words.count, i + Self.sourceReach + 2), !Self.clauseEnds.contains(words[position]) {
                defer { position += 1 }
                guard words[position].lowercased() == "from", let first = words[position + 1].first, first.isUppercase,
                      words[position + 1].count > 2,
                      index.data.contains(TextTokens(words[(i + 1)..<position].joined(separator: " "), contractions: index.lexicon.contractions).tokens)
                else { continue }
                let lower = words[position + 1].lowercased()
                let stem = TextTokens.stem(lower)
                let next = position + 2 < words.count ? TextTokens.stem(words[position + 2].lowercased()) : ""
                guard !stop.contains(lower), !index.firstParty.contains([stem]), !index.user.contains([stem]), !index.thirdParty.contains([stem]),
                      !index.recipients.contains([stem]), !index.months.contains([stem]), !index.jurisdictions.contains([stem]), !index.cue("placeNames").contains([stem]),
                      !index.user.contains([next]), !["resident", "citizen", "people"].contains(next) else { continue }
                facts.append(Fact("named-source", lower, sentence, term: words[position + 1]))
            }
        }
    }

    /// "We do this by comparing your friend's pictures to information we've put together from the
    /// photos you've been tagged in": matching faces across photos is biometric processing
    /// (domain.md collection.sensitive-category: face geometry), however it is worded. A
    /// comparison verb (lexicon `cueLists.comparisonVerbs`) shortly before a picture word
    /// (`likenessNouns`), in a sentence about tagging or faces (`likenessCues`), the company acting.
    mutating func readFaceMatching() {
        let compare = index.cue("comparisonVerbs").matches(in: phraseTokens)
        let likeness = index.cue("likenessNouns").matches(in: phraseTokens)
        guard has(index.cue("likenessCues")),
              let verb = compare.first(where: { verb in likeness.contains { $0.start > verb.start && $0.start - verb.end <= 3 } }),
              !negatedBefore(verb.start, distance: StatementExtractor.window),
              index.firstParty.contains(Array(tokens[max(0, verb.start - 6)..<verb.start])) else { return }
        phraseByID["biometric"] = surface[verb.start..<min(surface.count, verb.end + 4)].joined(separator: " ")
        add("collect", ["biometric"])
    }
}
