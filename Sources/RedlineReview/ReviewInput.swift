import RedlineParse

/// One version prepared for the review: its facts and each sentence's word set (for quoting the
/// most similar sentence), read once however many pairs the version is in (the build reviews it
/// against the version before and the version after). Prepared `reusing` the version before,
/// it reads only the sentences that version did not have; a sentence's facts and words do not
/// depend on its line, so what is reused changes nothing but the time.
public struct ReviewInput: Sendable {
    public let document: Document
    public let locale: String
    /// Nil when no lexicon exists for the locale (nothing is reviewed).
    let facts: FactSet?
    /// `TextTokens.wordSet` of each of `document.sentences`, in order (empty without a lexicon).
    let wordSets: [Set<String>]
    /// Every word of the headings and sentences (`LexiconIndex.words(in:)`, empty without a
    /// lexicon): the rules that ask whether a version mentions a name at all read it in both of
    /// the version's pairs, so it is gathered once, from the tokens read for `wordSets`.
    let documentWords: Set<String>
    private let knownFacts: FactExtractor.Known
    private let knownWords: [FactExtractor.SentenceKey: Words]

    /// A text's tokens (`TextTokens.tokens`) and its `TextTokens.wordSet`.
    private struct Words: Sendable {
        var set: Set<String>
        var tokens: [String]
    }

    public init(_ document: Document, locale: String, reusing previous: ReviewInput? = nil) {
        self.document = document
        self.locale = locale
        guard let index = LexiconIndex.named(locale) else {
            (facts, wordSets, documentWords, knownFacts, knownWords) = (nil, [], [], [:], [:])
            return
        }
        let reusable = previous?.locale == locale ? previous : nil
        let read = FactExtractor(index: index).facts(in: document, reusing: reusable?.knownFacts ?? [:])
        (facts, knownFacts) = (read.facts, read.known)
        var knownWords: [FactExtractor.SentenceKey: Words] = [:]
        func words(_ text: String) -> Words {
            // Keyed by the text alone (the other parts left empty): tokens depend on nothing else.
            let key = FactExtractor.SentenceKey(headings: "", sentence: Sentence(text: text, line: 0, section: ""))
            if let seen = knownWords[key] ?? reusable?.knownWords[key] {
                knownWords[key] = seen
                return seen
            }
            let read = TextTokens(text, contractions: index.lexicon.contractions)
            let words = Words(set: read.wordSet, tokens: read.tokens)
            knownWords[key] = words
            return words
        }
        // Headings, then sentences, as `LexiconIndex.words(in:)` gathers them.
        var all: Set<String> = []
        for section in document.sections { all.formUnion(words(section.heading).tokens) }
        wordSets = document.sentences.map { sentence in
            let read = words(sentence.text)
            all.formUnion(read.tokens)
            return read.set
        }
        documentWords = all
        self.knownWords = knownWords
    }
}
