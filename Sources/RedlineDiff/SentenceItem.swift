import RedlineParse

/// A sentence with what matching needs: its section, its place in reading order, its normalised form.
struct SentenceItem {
    var sentence: Sentence
    /// Index of its section in the document.
    var section: Int
    var match: MatchText
    /// Content word ids, sorted and unique.
    var tokens: [Int]

    /// Every sentence of `document` in reading order. `known` carries the normalised form of each
    /// text already seen (most sentences of a version are in the previous one, word for word):
    /// normalising is a pure function of the text, so reusing it changes nothing but the time.
    static func items(of document: Document, tokens: inout TokenTable, known: inout [String: (MatchText, [Int])]) -> [SentenceItem] {
        var items: [SentenceItem] = []
        for (index, section) in document.sections.enumerated() {
            for block in section.blocks {
                for sentence in block.sentences {
                    let (match, ids): (MatchText, [Int])
                    if let seen = known[sentence.text] {
                        (match, ids) = seen
                    } else {
                        match = MatchText(sentence.text)
                        ids = tokens.contentSet(match.words)
                        known[sentence.text] = (match, ids)
                    }
                    items.append(SentenceItem(sentence: sentence, section: index, match: match, tokens: ids))
                }
            }
        }
        return items
    }
}
