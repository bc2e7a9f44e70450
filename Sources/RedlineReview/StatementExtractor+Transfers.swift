/// Round 7 (issue 4): data sent somewhere with its object between the verb and the recipient.
extension StatementExtractor {
    /// "Firefox sends Interaction Data to Leanplum, our mobile marketing vendor", "these versions
    /// may send web activity and crash data to Mozilla and in some cases to our partners": a
    /// transfer verb (lexicon `cueLists.transferVerbs`) followed in its clause by "to" and a named
    /// recipient class is sharing, whatever product or feature is its subject. "Sends you emails"
    /// or "sent to us" names no recipient and stays no sharing.
    func transfer(in tokens: [String], recipients: [PhraseMatcher.Match]) -> PhraseMatcher.Match? {
        guard !recipients.isEmpty else { return nil }
        for verb in index.cue("transferVerbs").matches(in: tokens) {
            var position = verb.end
            while position < min(tokens.count, verb.end + Self.transferReach), tokens[position] != TextTokens.boundary {
                if tokens[position] == "to", recipients.contains(where: { $0.start > position && $0.start <= position + Self.recipientReach }) {
                    return verb
                }
                position += 1
            }
        }
        return nil
    }

    /// Round 11: data coming in to the company through a sharing or transfer verb is collection.
    /// "Firefox sends us what you type", "Firefox sends Mozilla your search queries" (the verb's
    /// indirect object is "us", or a bare name that is no recipient class and is followed by the
    /// data), "our ad partners may share information with us" ("with us"/"to us" after the
    /// object, in the verb's clause, before any recipient; what the user shares with us is read
    /// as before). "Sends you emails", "sends them",
    /// "shares your data with us and our partners" as outgoing sharing with partners are none of it
    /// (a recipient before "us" or right after it).
    func inbound(in tokens: [String], recipients: [PhraseMatcher.Match]) -> PhraseMatcher.Match? {
        let dataStarts = Set(index.data.matches(in: tokens).map(\.start))
        let verbs = (index.verbs["share"]?.matches(in: tokens) ?? []) + index.cue("transferVerbs").matches(in: tokens)
        for verb in verbs.sorted(by: { $0.start < $1.start }) where verb.end < tokens.count {
            let next = tokens[verb.end]
            let transfers = index.cue("transferVerbs").contains([tokens[verb.start]])
            if transfers, next == "us" { return verb }
            // "sends Mozilla your search queries": a bare name, then the data.
            if transfers, verb.end + 1 < tokens.count, next != TextTokens.boundary, !Self.notNames.contains(next),
               !index.user.contains([next]), !index.thirdParty.contains([next]), !dataStarts.contains(verb.end),
               !recipients.contains(where: { $0.start <= verb.end && verb.end < $0.end }),
               (verb.end + 1...min(tokens.count - 1, verb.end + 2)).contains(where: { dataStarts.contains($0) || ["what", "your"].contains(tokens[$0]) }) {
                return verb
            }
            // "may share information with us": "with us"/"to us" after the object.
            var position = verb.end
            while position + 1 < min(tokens.count, verb.end + Self.inboundReach), tokens[position] != TextTokens.boundary {
                if recipients.contains(where: { $0.start == position }) { break }
                if ["with", "to"].contains(tokens[position]), tokens[position + 1] == "us",
                   actor(tokens, clauseStart: tokens[..<verb.start].lastIndex(of: TextTokens.boundary).map { $0 + 1 } ?? 0, verb: verb.start).actor != .user {
                    let after = position + 2
                    if after < tokens.count, tokens[after] == "and" || recipients.contains(where: { $0.start == after }) { break }
                    return verb
                }
                position += 1
            }
        }
        return nil
    }

    /// Words after a transfer verb that are no name of whom the data goes to.
    static let notNames: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "it", "them", "him", "her", "their",
                                        "your", "our", "its", "his", "data", "information", "all", "any", "some", "such", "no",
                                        "back", "out", "over", "along", "in", "on", "to", "from", "with", "by", "for", "and", "or",
                                        "only", "also", "automatically", "anonymously", "periodically", "regularly", "certain", "other", "what"]
    /// How far after a sharing verb "with us" may stand (the data named between them).
    static let inboundReach = 10

    /// How far after a transfer verb its "to" may stand (the data named between them).
    static let transferReach = 30
    /// How far after "to" the recipient class may stand ("to Leanplum, our mobile marketing vendor").
    static let recipientReach = 5

    /// "The CAPTCHA service evaluates …", "our app collects …", "this feature sends …": a product
    /// noun (lexicon `cueLists.productNouns`) after "the", "our" or "this" is the service's own
    /// product acting for the company — unless it is part of a third party's name ("the service
    /// providers", "the third party app").
    func isProduct(_ tokens: [String], at position: Int) -> Bool {
        guard index.cue("productNouns").contains([tokens[position]]) else { return false }
        let before = tokens[max(0, position - 3)..<position]
        guard let determiner = before.lastIndex(where: { ["the", "our", "this"].contains($0) }) else { return false }
        let phrase = Array(tokens[determiner..<min(tokens.count, position + 2)])
        return !index.recipients.contains(phrase) && !index.thirdParty.contains(Array(tokens[(determiner + 1)..<position]))
            && !(position + 1 < tokens.count && ["provider", "providers"].contains(tokens[position + 1]))
    }
}
