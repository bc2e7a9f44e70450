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
        guard !gained.isEmpty || !new["named-recipient"].isEmpty || !new["named-source"].isEmpty || !new["outside-service"].isEmpty else { return [] }
        let oldWords = evidence.words(inOld: true, index: index)
        let newWords = evidence.words(inOld: false, index: index)
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
        return result + recipients(old: old, new: new, oldWords: oldWords, ownNames: ownNames)
            + sources(old: old, new: new, ownNames: ownNames) + outsideServices(new: new, oldWords: oldWords)
    }

    /// Round 9: data routed to an outside service the old version never mentions by what it does
    /// ("Firefox routes DNS requests to a resolver service", where no old sentence speaks of
    /// resolvers): a new recipient, described rather than named (domain.md `sharing.new-recipient`).
    /// A destination whose describing words the old version already used is an old one reworded.
    func outsideServices(new: FactSet, oldWords: Set<String>) -> [Candidate] {
        var seen: Set<String> = []
        return new["outside-service"].compactMap { fact in
            let words = fact.value.split(separator: " ").map { TextTokens.stem(String($0)) }
            guard seen.insert(fact.value).inserted, !words.contains(where: oldWords.contains),
                  evidence.counterpartInOld(fact.sentence)?.text != fact.sentence.text else { return nil }
            return Candidate(rule: "sharing.new-recipient", severity: .material, direction: .reduction, old: nil, new: fact)
        }
    }

    /// A recipient named by name that the old version never mentions (domain.md §B.4
    /// `sharing.new-recipient`, and its trap: a new named vendor inside a class already named is a
    /// narrowing definition). It is material only when the vendor gets a data category no old flow
    /// to anyone covered, or the sentence gives it a purpose the lexicon marks high (advertising);
    /// otherwise it is the minor notice that a name was added.
    func recipients(old: FactSet, new: FactSet, oldWords: Set<String>, ownNames: Set<String>) -> [Candidate] {
        let split = { (fact: Fact) -> (String, String) in
            let parts = fact.value.split(separator: SentenceFacts.flowSeparator, maxSplits: 1).map(String.init)
            return (parts.first ?? "", parts.count > 1 ? parts[1] : "")
        }
        let oldData = (old["flow"] + old["named-flow"]).map { split($0).1 }
        var result: [Candidate] = []
        var seen: Set<String> = []
        for fact in new["named-recipient"] where seen.insert(fact.value).inserted {
            let stem = TextTokens.stem(fact.value)
            // A name the old version mentions at all (the company's own name, a sign-in, an app
            // store) is no new vendor: the sweep showed "Mozilla" read as a recipient of itself.
            guard !oldWords.contains(stem), !ownNames.contains(stem), !old["named-recipient"].contains(where: { $0.value == fact.value }),
                  evidence.counterpartInOld(fact.sentence)?.text != fact.sentence.text else { continue }
            let data = new["named-flow"].filter { $0.sentence == fact.sentence && split($0).0 == fact.value }.map { split($0).1 }
            let newData = data.filter { item in
                item != RuleEngine.unnamedData && !oldData.contains { index.covers($0, item) && !(index.sensitive.contains(item) && !index.sensitive.contains($0)) }
            }
            let highPurpose = new["purpose"].contains { $0.sentence == fact.sentence && index.high.contains($0.value) }
            var shown = fact
            shown.term = SentenceFacts.words(fact.sentence.text).first { $0.lowercased() == fact.value } ?? fact.value
            if let item = newData.first { shown.term += " (\(new["named-flow"].first { split($0) == (fact.value, item) }?.term ?? item))" }
            let material = !newData.isEmpty || highPurpose
            result.append(Candidate(rule: "sharing.new-recipient", severity: material ? .material : .minor,
                                    direction: .reduction, old: nil, new: shown))
        }
        return result
    }

    /// A source named by name that the old version never named as a source ("we'll receive your
    /// payment information from Stripe", where Stripe was only a payment vendor we send data to):
    /// data now comes from a new company (domain.md `collection.new-source`). The service's own
    /// name, or a source the aligned old sentence already named, is none.
    func sources(old: FactSet, new: FactSet, ownNames: Set<String>) -> [Candidate] {
        var seen: Set<String> = []
        return new["named-source"].compactMap { fact in
            let stem = TextTokens.stem(fact.value)
            guard seen.insert(fact.value).inserted, !old["named-source"].contains(where: { $0.value == fact.value }), !ownNames.contains(stem),
                  evidence.counterpartInOld(fact.sentence)?.text != fact.sentence.text else { return nil }
            return Candidate(rule: "collection.new-source", severity: .material, direction: .reduction, old: nil, new: fact)
        }
    }
}
