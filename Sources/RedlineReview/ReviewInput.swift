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
    private let knownFacts: FactExtractor.Known
    private let knownWords: [FactExtractor.SentenceKey: Set<String>]

    public init(_ document: Document, locale: String, reusing previous: ReviewInput? = nil) {
        self.document = document
        self.locale = locale
        guard let index = LexiconIndex.named(locale) else {
            (facts, wordSets, knownFacts, knownWords) = (nil, [], [:], [:])
            return
        }
        let reusable = previous?.locale == locale ? previous : nil
        let read = FactExtractor(index: index).facts(in: document, reusing: reusable?.knownFacts ?? [:])
        (facts, knownFacts) = (read.facts, read.known)
        var knownWords: [FactExtractor.SentenceKey: Set<String>] = [:]
        wordSets = document.sentences.map { sentence in
            // Keyed by the text alone (the other parts left empty): word sets depend on nothing else.
            let key = FactExtractor.SentenceKey(headings: "", sentence: Sentence(text: sentence.text, line: 0, section: ""))
            if let seen = knownWords[key] ?? reusable?.knownWords[key] {
                knownWords[key] = seen
                return seen
            }
            let words = TextTokens(sentence.text, contractions: index.lexicon.contractions).wordSet
            knownWords[key] = words
            return words
        }
        self.knownWords = knownWords
    }
}
