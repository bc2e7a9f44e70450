import Foundation
import RedlineParse
@testable import RedlineRender
import Testing

/// Issue 6's content hashes in `/versions.json` and the per-version JSON, and issue 7's amendment
/// note on the version page, over MachineReadableTests' site.
@Suite("Content hashes and amendments in the output")
struct ContentHashOutputTests {
    /// `sha256sum` of the 2020-01-01 English file as MachineReadableTests writes it (computed outside Swift).
    static let firstEnglish = "7c43d070eb13bee929bf7595849a34f24bcffa015dd1e85693f0a1d4807e41ad"

    @Test func versionsIndexCarriesEveryVersionsHash() throws {
        let source = try MachineReadableTests.source()
        let files = try MachineReadableTests.render()
        let index = try MachineReadableTests.json(files["versions.json"])
        let versions = try #require(index["versions"] as? [[String: Any]])
        #expect(versions.count == source.versions.count)
        var hashes = Set<String>()
        for entry in versions {
            let hash = try #require(entry["sha256"] as? String)
            #expect(hash.count == 64 && hash.allSatisfy { "0123456789abcdef".contains($0) })
            let path = "content/\(entry["policy"] as? String ?? "")/\(entry["version"] as? String ?? "")/\(entry["locale"] as? String ?? "").md"
            #expect(source.versions.first { $0.path == path }?.contentHash.hex == hash, "\(path)")
            hashes.insert(hash)
        }
        #expect(hashes.count == versions.count, "different texts, different hashes")
        #expect(versions.first { $0["version"] as? String == "2020-01-01" && $0["locale"] as? String == "en" }?["sha256"] as? String == Self.firstEnglish)
    }

    @Test func perVersionJSONHashMatchesAnIndependentSHA256() throws {
        let files = try MachineReadableTests.render()
        let json = try MachineReadableTests.json(files["en/privacy/2020-01-01.json"])
        #expect(json["sha256"] as? String == Self.firstEnglish)
        #expect(json["amendments"] == nil, "no amendments: the key is omitted")
    }

    @Test func amendmentsShowOnTheVersionPageAndInItsJSON() throws {
        var source = try MachineReadableTests.source()
        let index = try #require(source.versions.firstIndex { $0.path == "content/privacy/2021-03-01/en.md" })
        let old = ContentHash(of: "before")
        source.versions[index].amendments = [LockFile.Amendment(date: PolicyDate("2022-03-01")!, old: old, new: source.versions[index].contentHash,
                                                                reason: "Fixed a <b>typo</b> & a link.")]
        let files = Dictionary(uniqueKeysWithValues: try SiteRenderer(source: source, buildDate: MachineReadableTests.buildDate).render().map { ($0.path, $0) })
        let page = try #require(files["en/privacy/2021-03-01/index.html"]?.text)
        #expect(page.contains("Amended on March 1, 2022: Fixed a &lt;b&gt;typo&lt;/b&gt; &amp; a link."))
        #expect(!page.contains("<b>typo"))
        let other = try #require(files["en/privacy/2020-01-01/index.html"]?.text)
        #expect(!other.contains("Amended on"))
        let json = try MachineReadableTests.json(files["en/privacy/2021-03-01.json"])
        let amendment = try #require((json["amendments"] as? [[String: Any]])?.first)
        #expect(amendment["date"] as? String == "2022-03-01" && amendment["reason"] as? String == "Fixed a <b>typo</b> & a link.")
        #expect(amendment["old_sha256"] as? String == old.hex && amendment["new_sha256"] as? String == source.versions[index].contentHash.hex)
    }
}
