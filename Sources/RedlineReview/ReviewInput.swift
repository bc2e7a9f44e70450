import RedlineParse

/// One version prepared for the review: its facts, read once however many pairs the version is
/// in (the build reviews it against the version before and the version after).
public struct ReviewInput: Sendable {
    public let document: Document
    public let locale: String
    /// Nil when no lexicon exists for the locale (nothing is reviewed).
    let facts: FactSet?

    public init(_ document: Document, locale: String) {
        self.document = document
        self.locale = locale
        facts = LexiconIndex.named(locale).map { FactExtractor(index: $0).facts(in: document) }
    }
}
