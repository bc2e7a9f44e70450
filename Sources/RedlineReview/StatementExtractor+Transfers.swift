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
