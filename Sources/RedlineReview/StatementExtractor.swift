import RedlineParse

/// Reads statements out of a sentence: one per verb class it contains, with the subject,
/// negation and modal found between the clause start and the verb.
struct StatementExtractor {
    let index: LexiconIndex
    /// How far back from the verb a negation or modal still governs it.
    static let window = 6

    /// The text a sentence is read with. A list item that is a fragment ("advertising partners",
    /// "to improve our services") completes its lead-in and is read with it; an item with its own
    /// subject ("We store your messages") is a statement of its own.
    func readingText(_ sentence: Sentence) -> String {
        guard let leadIn = sentence.leadIn, !leadIn.isEmpty else { return sentence.text }
        let tokens = TextTokens(sentence.text, contractions: index.lexicon.contractions).tokens
        // "We" is always a subject; "you" only when it opens the item or its condition ("You can
        // delete", "Sync: If you link"), not as the object of the lead-in's verb ("Provide you with ads").
        let label = sentence.text.firstIndex(of: ":").flatMap { sentence.text.distance(from: sentence.text.startIndex, to: $0) < 40 ? $0 : nil }
        let body = label.map { String(sentence.text[sentence.text.index(after: $0)...]) } ?? sentence.text
        let opening = Array(TextTokens(body, contractions: index.lexicon.contractions).tokens.prefix(2))
        let opensWithUser = opening.indices.contains { position in
            index.user.contains([opening[position]]) && (position == 0 || index.conditionals.contains([opening[0]]))
        }
        if index.firstParty.contains(tokens) || opensWithUser { return sentence.text }
        return leadIn + " " + sentence.text
    }

    func statements(in sentence: Sentence, tokens: [String], audience: String) -> [Statement] {
        // Looked up once for every matcher below.
        let phraseTokens = index.phraseTokens(tokens)
        let restrictors = Set(index.restrictors.compactMap { $0.value.contains(phraseTokens) ? $0.key : nil })
        let data = index.data.ids(in: phraseTokens)
        // A purpose word inside a recipient's name ("our mobile marketing vendor", "advertising
        // partners") names who receives the data, not what the company uses it for: a phrase fills
        // one slot of the statement (domain.md §B.2).
        let named = index.recipients.matches(in: phraseTokens)
        var purposes: [String] = []
        for match in index.purposes.matches(in: phraseTokens) where !purposes.contains(match.id)
            && !named.contains(where: { $0.start <= match.start && match.end <= $0.end }) {
            purposes.append(match.id)
        }
        // "We receive information from our partners and publicly available sources": what stands
        // right after "from", or names a source, is where data comes from, not whom it goes to.
        // So does public data ("publicly available data" is a source); a group
        // that does something ("phrases other people have searched for") or a visibility the user
        // sets ("whether your Tweets are publicly available") receives nothing.
        let fromSource = { (match: PhraseMatcher.Match) in
            tokens[max(0, match.start - Self.sourceReach)..<match.start].contains("from")
                || (match.end < tokens.count && ["source", "sources"].contains(tokens[match.end]))
        }
        let receivesNothing = { (match: PhraseMatcher.Match) in
            (match.id == "public" && match.end < tokens.count && Self.sourceNouns.contains(tokens[match.end]))
                || (match.end < tokens.count && ["have", "has", "had"].contains(tokens[match.end])
                    && !tokens[max(0, match.start - 2)..<match.start].contains { ["with", "to"].contains($0) })
                || (match.id == "public" && tokens[max(0, match.start - 8)..<match.start].contains("whether"))
        }
        // "to protect the rights, property or safety of us, our users or third parties": whom a
        // disclosure protects is no recipient.
        let protected = { (match: PhraseMatcher.Match) in
            let window = Array(tokens[max(0, match.start - 5)..<match.start])
            return zip(window, window.dropFirst()).contains { Self.protectedThings.contains($0.0) && $0.1 == "of" }
        }
        let recipientMatches = index.recipients.matches(in: phraseTokens).filter { !fromSource($0) && !receivesNothing($0) && !protected($0) }
        // "provided to us", "shared with us": data coming in is collection, not sharing. ("Never
        // sent to us" still promises that nobody else gets it through us.)
        let toUs = { (match: PhraseMatcher.Match) in
            let next = Array(tokens[match.end..<min(tokens.count, match.end + 2)])
            let before = Array(tokens[max(0, match.start - Self.window)..<match.start])
            // "What data is shared with our Services": "our" not starting a recipient ("our partners") is us.
            let ours = next.count == 2 && next[1] == "our" && !recipientMatches.contains { [match.end + 1, match.end + 2].contains($0.start) }
            return (next.first == "us" || (next.count == 2 && ["with", "to"].contains(next[0]) && (next[1] == "us" || ours)))
                && !index.negation.contains(before)
        }
        let exceptionStart = index.restrictors["exception"]?.matches(in: phraseTokens).first?.start ?? tokens.count
        var recipients: [String] = []
        var excepted: [String] = []
        for match in recipientMatches {
            if match.start > exceptionStart { if !excepted.contains(match.id) { excepted.append(match.id) } }
            else if !recipients.contains(match.id) { recipients.append(match.id) }
        }
        var result: [Statement] = []
        // The same for every verb class (it reads only the tokens and recipients): read once.
        let incoming = inbound(in: tokens, recipients: recipientMatches)
        // "never sent to us" still promises that nobody else gets it through us (a denial of sharing too).
        let outgoing = incoming.map { index.negation.contains(Array(tokens[max(0, $0.start - Self.window)..<$0.start])) } ?? true
        for action in index.verbs.keys.sorted() {
            var inboundCollection = false
            let direct = index.verbs[action]?.matches(in: phraseTokens).first(where: { !fromSource($0) && !(action == "share" && (toUs($0) || ($0 == incoming && !outgoing))) })
            // The first verb states the sentence, an inbound one as a collection verb would
            // ("Firefox sends Mozilla your location" read before a list item's "Acme cannot access …").
            let inboundFirst = action == "collect" && incoming.map { inbound in direct.map { inbound.start < $0.start } ?? true } == true
            guard let verb = (inboundFirst ? incoming.map { inboundCollection = true; return $0 } : direct)
                    ?? (action == "share" ? transfer(in: tokens, recipients: recipientMatches).flatMap { $0 == incoming && !outgoing ? nil : $0 } : nil) else { continue }
            let clauseStart = tokens[..<verb.start].lastIndex(of: TextTokens.boundary).map { $0 + 1 } ?? 0
            let windowStart = max(clauseStart, verb.start - Self.window)
            let window = Array(tokens[windowStart..<verb.start])
            // Data coming in through a sharing or transfer verb is the company's collection, whoever sends it.
            let subject = inboundCollection ? (actor: Statement.Actor.firstParty, position: nil) : actor(tokens, clauseStart: clauseStart, verb: verb.start)
            // "Information your friends share with you": the friends are the subject, not recipients.
            let own = subject.position.map { p in recipientMatches.filter { $0.start <= p && p < $0.end }.map(\.id) } ?? []
            result.append(Statement(
                sentence: sentence, actor: subject.actor, action: action,
                negated: index.negation.contains(window) || tokens[verb.start].hasPrefix("un")
                    || index.immediateNegation.contains(Array(window.suffix(1))),
                modality: modality(window: window, sentence: tokens),
                restrictors: restrictors, data: data, recipients: recipients.filter { !own.contains($0) }, exceptedRecipients: excepted,
                purposes: purposes, audience: audience))
        }
        return result
    }

    /// How far before a recipient "from" makes it a source.
    static let sourceReach = 3

    /// Words after "publicly available" that make it a kind of data or a source, not a recipient.
    static let sourceNouns: Set<String> = ["source", "sources", "data", "information", "records", "databases", "database"]

    /// What a disclosure may protect "of" someone.
    static let protectedThings: Set<String> = ["right", "rights", "property", "safety", "security", "interests", "interest"]

    /// The nearest subject before the verb and where it stands; a passive verb ("may be shared")
    /// leaves the company acting.
    func actor(_ tokens: [String], clauseStart: Int, verb: Int) -> (actor: Statement.Actor, position: Int?) {
        let before = tokens[max(clauseStart, verb - 2)..<verb]
        if before.contains(where: { ["be", "been", "is", "are", "was", "were", "being"].contains($0) }) { return (.firstParty, nil) }
        var position = verb - 1
        while position >= clauseStart {
            let word = [tokens[position]]
            if index.firstParty.contains(word) || isProduct(tokens, at: position) { return (.firstParty, position) }
            if index.user.contains(word) { return (.user, position) }
            if index.thirdParty.contains(word) { return (.thirdParty, position) }
            position -= 1
        }
        return (.firstParty, nil)
    }

    /// The weakest modal in the verb's window wins ("will try to" is an effort, not an obligation);
    /// "reasonable" anywhere in the sentence qualifies an otherwise firm commitment.
    func modality(window: [String], sentence: [String]) -> Statement.Modality {
        if index.permission.contains(window) { return .permission }
        if index.effort.contains(window) || index.effort.contains(sentence) { return .effort }
        if index.reasonable.contains(sentence) { return .reasonable }
        return .obligation
    }
}
