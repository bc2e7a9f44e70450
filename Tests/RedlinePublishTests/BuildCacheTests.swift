import Foundation
@testable import RedlinePublish
import RedlineParse
import RedlineReview
import Testing

@Suite("The build cache reads back what it wrote")
struct BuildCacheTests {
    @Test func emptyAndFullEntriesSurviveTheRoundTrip() throws {
        var cache = BuildCache(tool: "test-tool")
        cache.output = "/tmp/site/public"
        let finding = Finding(rule: "sharing.new-recipient", severity: .material, section: "sharing",
                              old: nil, new: .init(text: "We share it with advertisers.", line: 9), explanation: "A new recipient.")
        cache.reviews = ["a b": Review(), "c d": Review(findings: [finding])]
        cache.parsed = ["x 1 false": [], "y 2 false": [.warning(at: SourceLocation(path: "y.md", line: 3), "raw HTML dropped")]]
        let stamp = try #require(FileStamp(path: "/", changeTime: true))
        cache.files = ["content/p/2020-01-01/en.md": KnownFile(stamp: stamp, hash: String(repeating: "a", count: 64),
                                                               frontMatter: FrontMatter(title: "P", effective: PolicyDate("2020-01-01")!),
                                                               bodyLine: 5, readWarnings: [], previous: nil)]
        cache.stamps = ["en/index.html": stamp]
        cache.units = ["p/en": .init(key: "k", files: ["en/index.html"])]
        cache.parts = ["sitemap": .init(key: "s", files: ["sitemap.xml"])]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("redline-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        cache.save(to: folder)
        #expect(BuildCache.load(from: folder, tool: "test-tool") == cache)
        // Another binary's cache counts as empty.
        #expect(BuildCache.load(from: folder, tool: "other-tool") == BuildCache(tool: "other-tool"))
        // Empty entries are stored as lists of keys, not as objects.
        let text = try String(contentsOf: folder.appendingPathComponent(BuildCache.fileName), encoding: .utf8)
        #expect(text.contains(#""reviews_empty":["a b"]"#))
        #expect(text.contains(#""parsed_clean":["x 1 false"]"#))
    }
}
