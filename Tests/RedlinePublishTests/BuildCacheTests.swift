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
        // Empty entries are a key alone; nested values are JSON in one field.
        let text = try String(contentsOf: folder.appendingPathComponent(BuildCache.fileName), encoding: .utf8)
        #expect(text.contains("\nreview\ta b\t\n"))
        #expect(text.contains("\nparsed\tx 1 false\t\n"))
        #expect(text.contains("\nreview\tc d\t{"))
        #expect(text.hasSuffix("\nend\n"))
    }

    @Test func textWithTabsNewlinesAndBackslashesSurvives() throws {
        var cache = BuildCache(tool: "tool\twith tab")
        let stamp = FileStamp(text: "12:34:0:56")!
        let awkward = "Tab\there, line\nbreak, back\\slash, bell\u{7}, é, 日本"
        cache.output = "/tmp/out\tput"
        cache.files = [
            "content/p/2020-01-01/en.md": KnownFile(
                stamp: stamp, hash: "h", frontMatter: FrontMatter(title: awkward, effective: PolicyDate("2020-01-01")!,
                                                                  announced: PolicyDate("2019-12-01")!, summary: "",
                                                                  acknowledges: ["a@b", awkward], line: 4),
                bodyLine: 7, readWarnings: [.warning(at: SourceLocation(path: "p.md", line: 1), awkward)], previous: "content/p/2019-01-01/en.md"),
            "content/p/2019-01-01/en.md": KnownFile(
                stamp: stamp, hash: "g", frontMatter: FrontMatter(title: "", effective: PolicyDate("2019-01-01")!),
                bodyLine: 1, readWarnings: [], previous: nil),
        ]
        cache.units = [awkward: .init(key: awkward, files: [])]
        let bytes = cache.records()
        #expect(try BuildCache(records: bytes, tool: "tool\twith tab") == cache)
        // One record per line: nothing the author wrote can start a record of its own.
        #expect(bytes.filter { $0 == 0x0A }.count == 6)
    }

    @Test(arguments: ["", "redline-build-cache\t6\tt\n", "redline-build-cache\t6\tt\nend", "redline-build-cache\t5\tt\nend\n",
                      "redline-build-cache\t6\tt\nstamp\tx\tnot-a-stamp\nend\n", "redline-build-cache\t6\tt\nfile\tbad\\q\nend\n",
                      "redline-build-cache\t6\tt\nend\nstamp\tx\t1:2:3:4\n",
                      // Across the sections read side by side: an end record before a later section,
                      // a header in a later section, a section with no header at all.
                      "redline-build-cache\t6\tt\nend\nparsed\tk\t\nunit\tu\tk\nend\n",
                      "redline-build-cache\t6\tt\nparsed\tk\t\nend\nunit\tu\tk\nend\n",
                      "redline-build-cache\t6\tt\nparsed\tk\t\nredline-build-cache\t6\tt\nunit\tu\tk\nend\n",
                      "parsed\tk\t\nunit\tu\tk\nend\n", "\nparsed\tk\t\nend\n"])
    func aCorruptTruncatedOrOlderCacheIsRefused(_ text: String) {
        #expect(throws: CacheRecords.Corrupt.self) { try BuildCache(records: Array(text.utf8), tool: "t") }
    }

    /// The sections are cut before the first `parsed` and `unit` records; reading them side by side
    /// gives what reading the lines in order gives, later records winning over earlier ones.
    @Test func theSectionsReadSideBySideAreTheCacheReadInOrder() throws {
        let text = "redline-build-cache\t6\tt\noutput\t/a\nparsed\tk\t\nreview\tr\t\noutput\t/b\n"
            + "unit\tu\tk\tf\npart\tp\tk\nstamp\tf\t1:2:3:4\nstamp\tf\t5:6:7:8\nend\n"
        #expect(BuildCache.sections(Array(text.utf8)).count == 3)
        let cache = try BuildCache(records: Array(text.utf8), tool: "t")
        #expect(cache.output == "/b")
        #expect(cache.parsed == ["k": []] && cache.reviews == ["r": Review()])
        #expect(cache.units == ["u": .init(key: "k", files: ["f"])] && cache.parts == ["p": .init(key: "k", files: [])])
        #expect(cache.stamps == ["f": FileStamp(text: "5:6:7:8")!])
        #expect(BuildCache.sections(Array("redline-build-cache\t6\tt\nend\n".utf8)) == [0..<28])
        #expect(BuildCache.sections([]) == [0..<0])
    }

    @Test func aWellFormedMinimalCacheIsRead() throws {
        let cache = try BuildCache(records: Array("redline-build-cache\t6\tt\noutput\t/o\nstamp\tx\t1:2:3:4\nend\n".utf8), tool: "t")
        #expect(cache.output == "/o")
        #expect(cache.stamps == ["x": FileStamp(text: "1:2:3:4")!])
    }
}

@Suite("Stamps and dates read from the cache")
struct CacheFieldTests {
    @Test func stampsRoundTripIncludingTimesBefore1970() throws {
        for text in ["12:34:0:56", "0:-5000000000:-1:18446744073709551615"] {
            #expect(FileStamp(text: text)?.text == text)
        }
        for bad in ["", "1:2:3", "1:2:3:4:5", "1::3:4", "a:2:3:4", "1:2:3:-4", "1:2:3:4 "] {
            #expect(FileStamp(text: bad) == nil, "\(bad)")
        }
    }

    @Test func datesAreExactlyTenASCIIDigitsAndDashesOfADayThatExists() {
        #expect(PolicyDate("2024-02-29") == PolicyDate(year: 2024, month: 2, day: 29))
        for bad in ["2023-02-29", "2021-1-011", "2021/01/01", "２０２１-01-01", "2021-01-01 ", "0000-01-01", "2021-13-01", ""] {
            #expect(PolicyDate(bad) == nil, "\(bad)")
        }
    }
}
