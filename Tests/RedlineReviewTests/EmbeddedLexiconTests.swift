import Foundation
@testable import RedlineReview
import Testing

/// The lexicons are compiled in from their JSON files; the two must not drift apart.
@Suite struct EmbeddedLexiconTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/RedlineReview/Lexicons")

    @Test func embeddedTextEqualsEveryLexiconFile() throws {
        let manager = FileManager.default
        var files: [String] = []
        var isFolder: ObjCBool = false
        for locale in try manager.contentsOfDirectory(atPath: Self.folder.path).sorted()
        where manager.fileExists(atPath: Self.folder.appendingPathComponent(locale).path, isDirectory: &isFolder) && isFolder.boolValue {
            files += try manager.contentsOfDirectory(atPath: Self.folder.appendingPathComponent(locale).path)
                .filter { $0.hasSuffix(".json") }.sorted().map { "\(locale)/\($0)" }
        }
        #expect(EmbeddedLexicons.parts.map { "\($0.locale)/\($0.name)" } == files, "run `make embed-lexicons`")
        for part in EmbeddedLexicons.parts {
            let text = try String(contentsOf: Self.folder.appendingPathComponent("\(part.locale)/\(part.name)"), encoding: .utf8)
            #expect(part.json == text, "\(part.locale)/\(part.name) differs from its embedded copy: run `make embed-lexicons`")
        }
    }

    /// Each top-level key lives in one part: a key in two would silently lose one of them.
    @Test func everyKeyIsInOnePartOnly() {
        var duplicates: [String] = []
        let merged = Lexicon.merged(duplicates: &duplicates)
        #expect(duplicates.isEmpty)
        #expect(merged["en"]?["data"] != nil && merged["en"]?["rules"] != nil && merged["en"]?["locale"] as? String == "en")
    }

    @Test func everyEmbeddedLexiconDecodes() {
        #expect(Lexicon.bundled.count == Set(EmbeddedLexicons.parts.map(\.locale)).count)
        #expect(Lexicon.named("en-GB")?.locale == "en")
        #expect(Lexicon.named("en")?.rules.isEmpty == false)
    }
}
