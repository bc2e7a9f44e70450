import RedlineParse

/// Turns a document into the facts the rules compare (domain.md §B.2 projections).
struct FactExtractor {
    let index: LexiconIndex

    func facts(in document: Document) -> FactSet {
        var facts: [Fact] = []
        let extractor = StatementExtractor(index: index)
        let quantities = QuantityExtractor(index)
        for section in document.sections {
            let headings = ([section.heading] + section.parents.compactMap { document.section($0)?.heading }).joined(separator: " ")
            let headingTokens = TextTokens(headings, contractions: index.lexicon.contractions).tokens
            let sectionAudience = index.audiences.ids(in: headingTokens).first
            // A sentence under a children's heading is about children even when it says "users".
            let childrenSection = index.children.contains(headingTokens)
            for (sentence, continuation) in PDFFragments.readings(section.blocks) {
                let text = extractor.readingText(sentence) + continuation
                let read = TextTokens(text, contractions: index.lexicon.contractions)
                let tokens = read.tokens
                let audience = sectionAudience ?? index.audiences.ids(in: tokens).first ?? "all"
                let statements = extractor.statements(in: sentence, tokens: tokens, audience: audience)
                var reader = SentenceFacts(index: index, sentence: sentence, tokens: tokens, surface: read.surface, text: text, statements: statements, quantities: quantities,
                                            childrenSection: childrenSection, audience: audience)
                reader.read()
                facts += reader.facts
            }
        }
        return FactSet(facts)
    }
}
