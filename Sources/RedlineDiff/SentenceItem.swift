import RedlineParse

/// A sentence with what matching needs: its section, its place in reading order, its normalised form.
struct SentenceItem {
    var sentence: Sentence
    /// Index of its section in the document.
    var section: Int
    var match: MatchText
    /// Content word ids, sorted and unique.
    var tokens: [Int]

    /// Every sentence of `document` in reading order.
    static func items(of document: Document, tokens: inout TokenTable) -> [SentenceItem] {
        var items: [SentenceItem] = []
        for (index, section) in document.sections.enumerated() {
            for block in section.blocks {
                for sentence in block.sentences {
                    let match = MatchText(sentence.text)
                    items.append(SentenceItem(sentence: sentence, section: index, match: match,
                                              tokens: tokens.contentSet(match.words)))
                }
            }
        }
        return items
    }
}
