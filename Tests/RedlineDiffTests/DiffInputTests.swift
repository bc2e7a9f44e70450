import Foundation
import RedlineParse
import Testing
@testable import RedlineDiff

/// Prepared versions (`DiffInput`) give the diff of the documents, however they were prepared:
/// alone, from the version before (shared word ids, reused text), or from an unrelated version.
@Suite struct DiffInputTests {
    static let old = """
        # Privacy

        ## What we collect

        We collect your email address. We collect your name.

        ## Sharing

        We never sell your data. We share data with service providers.

        ## Contact

        Write to us.
        """
    static let new = """
        # Privacy

        ## Sharing

        We never sell your data. We share data with advertising partners.

        ## What we collect

        We collect your email address. We collect your name and your phone number.

        ## Contact us

        Write to us. Call us.
        """

    @Test func preparedInputsGiveTheDocumentsDiff() {
        let (a, b) = (TestSupport.document(Self.old), TestSupport.document(Self.new))
        let expected = Differ.diff(a, b)
        #expect(!expected.isEmpty)
        let chained = DiffInput(a)
        #expect(Differ.diff(chained, DiffInput(b, reusing: chained)) == expected)
        // Prepared separately: the word ids differ, and the pair maps them by word.
        #expect(Differ.diff(DiffInput(a), DiffInput(b)) == expected)
        // Prepared from an unrelated version, and in the other direction.
        let unrelated = DiffInput(TestSupport.document("# Other\n\nNothing in common here at all.\n"))
        #expect(Differ.diff(DiffInput(a, reusing: unrelated), DiffInput(b, reusing: unrelated)) == expected)
        let reverse = DiffInput(b)
        #expect(Differ.diff(DiffInput(a, reusing: reverse), reverse) == expected)
    }

    @Test func reusedTextIsTheTextOfThisVersion() {
        let a = DiffInput(TestSupport.document(Self.old))
        let b = DiffInput(TestSupport.document(Self.new), reusing: a)
        for entry in b.entries { #expect(entry.match == MatchText(entry.sentence.text)) }
        #expect(b.headingKeys == b.document.sections.map { MatchText($0.heading).key })
        #expect(a.vocabulary.isPrefix(of: b.vocabulary))
        #expect(!b.vocabulary.isPrefix(of: a.vocabulary))
    }

    /// Every consecutive pair of the real corpus, chained as the build chains them.
    @Test func chainedInputsMatchOnTheCorpus() throws {
        guard let corpus = TestSupport.corpus else {
            print("DiffInputTests: skipped the corpus run: ../shared/corpus/real not found beside the package")
            return
        }
        var pairs = 0
        for service in try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() {
            let folder = corpus.appendingPathComponent(service)
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            var previous: (document: Document, input: DiffInput)?
            for name in files.filter({ $0.hasSuffix(".md") }).sorted() {
                let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
                    .replacingOccurrences(of: "\r\n", with: "\n")
                let document = TestSupport.document(text)
                let input = DiffInput(document, reusing: previous?.input)
                if let previous {
                    #expect(Differ.diff(previous.input, input) == Differ.diff(previous.document, document), "\(service) \(name)")
                    pairs += 1
                }
                previous = (document, input)
            }
        }
        #expect(pairs > 300)
    }
}
