import RedlineParse

/// Round 7 (issue 4): a named third party that now places cookies or trackers on the service
/// (`tracking.new-tracking-technology`): "Optimizely, which places a cookie" → "Optimizely and
/// ShareProgress, which place a cookie". The name must be new to the document (the old version
/// never mentions it) and not the service's own (a title word). A vendor renamed in the aligned
/// sentence (its old name gone from the new version) is the catalogue's trap and stays quiet.
struct NamedVendors {
    let index: LexiconIndex
    let evidence: Evidence

    func candidates(old: FactSet, new: FactSet) -> [Candidate] {
        let gained = new["tracker-vendor"]
        guard !gained.isEmpty else { return [] }
        let oldWords = index.words(in: evidence.old)
        let newWords = index.words(in: evidence.new)
        let ownNames = ProductSubjects(index: index, title: evidence.new.title).ownNames
            .union(ProductSubjects(index: index, title: evidence.old.title).ownNames)
        let oldVendors = old["tracker-vendor"]
        var result: [Candidate] = []
        var seen: Set<String> = []
        for fact in gained where seen.insert(fact.value).inserted {
            let stem = TextTokens.stem(fact.value)
            guard !oldWords.contains(stem), !ownNames.contains(stem) else { continue }
            // A renamed vendor: the aligned old sentence named a vendor the new version never mentions.
            let counterpart = evidence.counterpartInOld(fact.sentence)
            let renamed = counterpart.map { sentence in
                oldVendors.contains { $0.sentence == sentence && !newWords.contains(TextTokens.stem($0.value)) }
            } ?? false
            guard !renamed else { continue }
            var shown = fact
            shown.term = SentenceFacts.words(fact.sentence.text).first { $0.lowercased() == fact.value } ?? fact.value
            result.append(Candidate(rule: "tracking.new-tracking-technology", severity: .material, direction: .reduction,
                                    old: nil, new: shown))
        }
        return result
    }
}
