import RedlineParse

extension LexiconIndex {
    /// The words of `text`, contractions expanded as the lexicon spells them.
    func tokens(_ text: String) -> [String] {
        TextTokens(text, contractions: lexicon.contractions).tokens
    }

    /// Every word of a document's headings and sentences: what a version mentions at all
    /// (a feature added or removed is one whose name the other version never mentions).
    func words(in document: Document) -> Set<String> {
        var result: Set<String> = []
        for section in document.sections { result.formUnion(tokens(section.heading)) }
        for sentence in document.sentences { result.formUnion(tokens(sentence.text)) }
        return result
    }
}
