import Foundation
import Testing
import RedlineParse
@testable import RedlineDiff

/// The byte-level sentence splitter, whitespace collapsing and match normalisation must give
/// exactly what the `Character`-based versions they replaced gave (kept in Reference/).
struct TextEquivalenceTests {
    static let samples = [
        "We collect data. We share it with Acme Inc. and its affiliates! Do we sell it? No.",
        "See e.g. Art. 15 GDPR. J. Smith, Esq. answers within thirty (30) days.\nNext line here.",
        "“Quoted.” Then ‘more’ (text). [Bracketed.] «Guillemets.» ¿Qué? ¡Sí! 日本語。次の文。",
        "Trailing   spaces\u{00A0}and\u{2003}em\u{3000}spaces.   Tabs\tand\nbreaks.\u{2028}Line sep.",
        "A period with a mark.\u{301} Still the same sentence. Emoji ✍️ here. ALL CAPS FOLLOW. lower follows.",
        "Café naïve coöperate. Cafe\u{301} decomposed. ﬁnance ligature. İstanbul. Straße. ΣΊΣΥΦΟΣ.",
        "See our **Cookie** [policy](https://example.com/cookies). And [broken](link. And x](y) z.",
        "We’re 100% sure: €5, £3; $4! Don't 'quote' ''twice'' `code` it's.",
        "هل نجمع بياناتك؟ نعم. We use U.S. and E.U. servers. Mr. Dr. St. Louis.",
        "", "   ", ".", "...", "a.b.c. D", "Ends with a quote.” Next", "\u{FEFF}BOM. Next.",
    ]

    @Test func collapsingMatchesTheReference() {
        for sample in Self.samples { #expect(sample.collapsingWhitespace == sample.referenceCollapsingWhitespace, "\(sample)") }
    }

    @Test func splittingMatchesTheReference() {
        for sample in Self.samples { expectSameSplit(sample) }
    }

    @Test func matchTextMatchesTheReference() {
        for sample in Self.samples {
            for sentence in SentenceSplitter.split(sample) + [(sample, 0)] { expectSameMatch(sentence.text) }
        }
    }

    /// Every block of every version in the real corpus, when it is there.
    @Test func corpusTextMatchesTheReference() throws {
        guard let corpus = TestSupport.corpus else {
            print("TextEquivalenceTests: ../shared/corpus/real absent, corpus equivalence skipped (samples still checked)")
            return
        }
        let manager = FileManager.default
        // Consecutive versions share most of their text: check each distinct text once.
        var seen: Set<String> = []
        var blocks = 0, sentences = 0
        for service in try manager.contentsOfDirectory(atPath: corpus.path).sorted() {
            let folder = corpus.appendingPathComponent(service)
            guard let files = try? manager.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in files.sorted() where name.hasSuffix(".md") {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                    .replacingOccurrences(of: "\r\n", with: "\n")
                // Raw paragraphs keep their line breaks, for the line offsets and the collapsing.
                for paragraph in text.components(separatedBy: "\n\n") where seen.insert(paragraph).inserted {
                    blocks += 1
                    expectSameSplit(paragraph)
                    #expect(paragraph.collapsingWhitespace == paragraph.referenceCollapsingWhitespace)
                }
                let document = DocumentParser.parse(FrontMatter.split(text).body).document
                for sentence in document.sentences where seen.insert(sentence.text).inserted {
                    sentences += 1
                    expectSameMatch(sentence.text)
                }
            }
        }
        print("TextEquivalenceTests: \(blocks) distinct paragraphs and \(sentences) distinct sentences checked")
        #expect(blocks > 1_000 && sentences > 1_000)
    }

    /// Text made of "stable" scalars is in NFC: no scalar in the list decomposes to something
    /// else, reorders, or ends another character's canonical decomposition (so never composes).
    @Test func nfcStableScalarsAreStable() {
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            let decomposed = Array(text.decomposedStringWithCanonicalMapping.unicodeScalars)
            if decomposed.count > 1 {
                for tail in decomposed.dropFirst() {
                    #expect(!NFCStable.contains(tail.value), "U+\(String(tail.value, radix: 16)) composes (in U+\(String(value, radix: 16)))")
                    #expect(!NFCStable.isLoneMark(tail.value), "U+\(String(tail.value, radix: 16)) composes (in U+\(String(value, radix: 16)))")
                }
            }
            // Scalar by scalar: `==` on `String`s would accept a canonically equivalent result.
            let nfc = Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
            if NFCStable.isLoneMark(value) {
                #expect(!NFCStable.contains(value))
                #expect(scalar.properties.canonicalCombiningClass != .notReordered, "U+\(String(value, radix: 16)) is a starter")
                #expect(nfc == [scalar] && decomposed == [scalar], "U+\(String(value, radix: 16)) changes in NFC")
            }
            guard NFCStable.contains(value) else { continue }
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(value, radix: 16)) reorders")
            #expect(nfc == [scalar], "U+\(String(value, radix: 16)) changes in NFC")
        }
    }

    func expectSameSplit(_ text: String) {
        let new = SentenceSplitter.split(text)
        let old = ReferenceSplitter.split(text)
        #expect(new.map(\.text) == old.map(\.text), "\(text)")
        #expect(new.map(\.lineOffset) == old.map(\.lineOffset), "\(text)")
    }

    func expectSameMatch(_ text: String) {
        let new = MatchText(text)
        let old = ReferenceMatchText(text)
        #expect(new.key == old.key, "\(text)")
        #expect(new.words == old.words, "\(text)")
        #expect(WordDiff.tokens(text) == ReferenceWordTokens.tokens(text), "\(text)")
    }
}
