import RedlineParse

/// Round 7 (issue 4): whose action a sentence states when its subject is not "we". A first-party
/// product or feature ("the app collects", "Firefox sends", "the CAPTCHA service evaluates …")
/// acts for the company; a third party named as the subject ("our partners receive", "vendors
/// process") does not.
struct ProductSubjects {
    let index: LexiconIndex
    /// The service's own names: the document title's words that are no generic policy words
    /// ("Firefox" of "Firefox Privacy Notice").
    let ownNames: Set<String>

    init(index: LexiconIndex, title: String?) {
        self.index = index
        let generic = Set(index.lexicon.cueLists?["policyTitleWords"] ?? [])
        ownNames = Set(index.tokens(title ?? "").filter { $0.count > 2 && $0 != TextTokens.boundary && !generic.contains($0) })
    }

    /// Whether the active subject of the sentence's first collection or sharing verb is the
    /// service itself: its own name, or a product noun ("app", "service", "feature") after "the",
    /// "our" or "this", with no third party in the subject. A passive verb ("tokens are stored
    /// within the application sandbox") has no product subject.
    func isSubject(of sentence: Sentence) -> Bool {
        let tokens = index.tokens(sentence.text)
        let verbs = ["collect", "share", "use"].compactMap { index.verbs[$0]?.matches(in: tokens).first }
        guard let verb = verbs.min(by: { $0.start < $1.start }) else { return false }
        let clauseStart = tokens[..<verb.start].lastIndex(of: TextTokens.boundary).map { $0 + 1 } ?? 0
        // The noun phrase right before the verb ("When you fill forms, the CAPTCHA service evaluates").
        let subject = Array(tokens[max(clauseStart, verb.start - Self.subjectReach)..<verb.start])
        let passive: Set<String> = ["be", "been", "is", "are", "was", "were", "being"]
        guard !subject.isEmpty, !subject.suffix(2).contains(where: { passive.contains($0) }) else { return false }
        let determiners: Set<String> = ["the", "our", "this", "these"]
        let products = index.cue("productNouns").matches(in: subject).filter { match in
            subject[max(0, match.start - Self.determinerReach)..<match.start].contains { determiners.contains($0) }
        }
        // "The app" is the service's own; "apps you connect", "our partners" and "you" are not.
        let rest = subject.indices.filter { i in !products.contains { $0.start <= i && i < $0.end } }.map { subject[$0] }
        guard !index.thirdParty.contains(rest), !index.recipients.contains(rest), !index.user.contains(rest) else { return false }
        return !products.isEmpty || subject.contains { ownNames.contains($0) }
    }

    /// How far before a product noun its determiner may stand ("the CAPTCHA service").
    static let determinerReach = 3
    /// How many words before the verb its subject is read from.
    static let subjectReach = 4
}
