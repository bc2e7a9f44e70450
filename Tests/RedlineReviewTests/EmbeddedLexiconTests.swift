import Foundation
@testable import RedlineReview
import Testing

/// The lexicons are compiled in from their JSON files; the two must not drift apart.
@Suite struct EmbeddedLexiconTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/RedlineReview/Lexicons")

    @Test func embeddedTextEqualsEveryLexiconFile() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(EmbeddedLexicons.files.map(\.name) == names, "run `make embed-lexicons`")
        for file in EmbeddedLexicons.files {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(file.name), encoding: .utf8)
            #expect(file.json == text, "\(file.name) differs from its embedded copy: run `make embed-lexicons`")
        }
    }

    @Test func everyEmbeddedLexiconDecodes() {
        #expect(Lexicon.bundled.count == EmbeddedLexicons.files.count)
        #expect(Lexicon.named("en-GB")?.locale == "en")
    }
}
