import Foundation
import RedlineParse

/// Turns a document into the facts the rules compare (domain.md §B.2 projections).
struct FactExtractor {
    let index: LexiconIndex

    /// A sentence's facts depend on its text, lead-in and section, what a PDF extraction broke off
    /// it (`PDFFragments`), and its section's headings (audience, children) — not on its line. `Known` keeps them by that, so a version prepared
    /// from the one before reads only the sentences that changed.
    typealias Known = [SentenceKey: [Fact]]

    func facts(in document: Document) -> FactSet { facts(in: document, reusing: [:]).facts }

    /// The document's facts, and every sentence's facts for the next version to reuse.
    func facts(in document: Document, reusing previous: Known) -> (facts: FactSet, known: Known) {
        var facts: [Fact] = []
        var known: Known = [:]
        let extractor = StatementExtractor(index: index)
        let quantities = QuantityExtractor(index)
        for section in document.sections {
            let headings = ([section.heading] + section.parents.compactMap { document.section($0)?.heading }).joined(separator: " ")
            var context: (audience: String?, children: Bool)?
            for (sentence, continuation) in PDFFragments.readings(section.blocks, openEnds: index.openEnds) {
                let key = SentenceKey(headings: headings, sentence: sentence, continuation: continuation)
                if let seen = known[key] ?? previous[key] {
                    known[key] = seen
                    // The same facts, read from this sentence (its line may differ).
                    facts += seen.map { fact in
                        var fact = fact
                        if key.matches(fact.sentence) { fact.sentence = sentence }
                        return fact
                    }
                    continue
                }
                if context == nil {
                    let headingTokens = TextTokens(headings, contractions: index.lexicon.contractions).tokens
                    // A sentence under a children's heading is about children even when it says "users".
                    context = (index.audiences.ids(in: headingTokens).first, index.children.contains(headingTokens))
                }
                let sectionAudience = context?.audience
                let childrenSection = context?.children ?? false
                let text = extractor.readingText(sentence) + continuation
                let read = TextTokens(text, contractions: index.lexicon.contractions)
                let tokens = read.tokens
                let audience = sectionAudience ?? index.audiences.ids(in: tokens).first ?? "all"
                let statements = extractor.statements(in: sentence, tokens: tokens, audience: audience)
                var reader = SentenceFacts(index: index, sentence: sentence, tokens: tokens, phraseTokens: index.phraseTokens(tokens), surface: read.surface, text: text, statements: statements, quantities: quantities,
                                            childrenSection: childrenSection, audience: audience)
                reader.read()
                known[key] = reader.facts
                facts += reader.facts
            }
        }
        return (FactSet(facts), known)
    }

    /// What a sentence's facts are read from, compared byte for byte (hashing `String`s
    /// normalises them first, which costs more than the lookup saves).
    struct SentenceKey: Hashable, Sendable {
        let headings: String
        let text: String
        let section: String
        let leadIn: String?
        let continuation: String
        /// The parts' bytes hashed once: a key is looked up in two tables and stored in a third
        /// (and rehashed when a table grows), and hashing the headings and text each time cost more
        /// than the look-ups.
        private let digest: Int

        init(headings: String, sentence: Sentence, continuation: String = "") {
            self.headings = headings
            text = sentence.text
            section = sentence.section
            leadIn = sentence.leadIn
            self.continuation = continuation
            var hasher = Hasher()
            for var part in [text, headings, section, leadIn ?? "", continuation] {
                part.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
                hasher.combine(0xFF as UInt8)  // no UTF-8 text holds this byte: parts stay apart
            }
            hasher.combine(leadIn == nil)
            digest = hasher.finalize()
        }

        func matches(_ sentence: Sentence) -> Bool {
            Self.same(sentence.text, text) && Self.same(sentence.section, section) && Self.same(sentence.leadIn ?? "", leadIn ?? "")
                && (sentence.leadIn == nil) == (leadIn == nil)
        }

        static func == (a: SentenceKey, b: SentenceKey) -> Bool {
            a.digest == b.digest && same(a.text, b.text) && same(a.headings, b.headings) && same(a.section, b.section) && same(a.continuation, b.continuation)
                && same(a.leadIn ?? "", b.leadIn ?? "") && (a.leadIn == nil) == (b.leadIn == nil)
        }

        static func same(_ a: String, _ b: String) -> Bool {
            var a = a, b = b
            return a.withUTF8 { x in b.withUTF8 { y in x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) } }
        }

        func hash(into hasher: inout Hasher) { hasher.combine(digest) }
    }
}
