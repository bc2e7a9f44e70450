import Foundation
import RedlineParse
@testable import RedlineRender
import Testing

/// `versions.json` written member by member must be the generic encoder's bytes
/// (`MachineJSON.encode`, itself checked against Foundation in `MachineJSONEncoderTests`).
@Suite("versions.json written straight to bytes")
struct VersionsIndexJSONTests {
    static func same(_ index: VersionsIndex, _ label: String) {
        let direct = String(decoding: index.jsonBytes(), as: UTF8.self)
        #expect(direct == MachineJSON.encode(index, pretty: true), "\(label)")
    }

    @Test func theExampleAndFixtureSites() throws {
        for source in [try SiteLoader(siteDirectory: FixtureSite.repository).load(), try FixtureSite.source()] {
            let renderer = try SiteRenderer(source: source, buildDate: PolicyDate("2026-11-24")!)
            let index = renderer.versionsIndex()
            #expect(index.versions.count > 1)
            Self.same(index, source.config.title)
        }
    }

    @Test func everyOptionalMemberEmptyListsAndHostileText() {
        var controls = ""
        for value in 0..<0x21 { controls.unicodeScalars.append(Unicode.Scalar(value)!) }
        let hostile = "</script><!-- & \"q\" \\ / \u{2028}\u{2029} … € é 😀 \(controls)"
        let version = VersionsIndex.Version(policy: hostile, locale: "en", version: "2021-01-01", announced: "2020-12-01", status: "current",
                                            title: hostile, url: "https://e.com/a?b=1&c=<", json: hostile, changesURL: hostile,
                                            materialFindings: 3, expansions: -1, sha256: String(repeating: "a", count: 64))
        var bare = version
        (bare.announced, bare.changesURL) = (nil, nil)
        let site = VersionsIndex.Site(title: hostile, baseURL: "https://e.com/", publisher: hostile, publisherURL: hostile,
                                      locales: ["en", hostile], defaultLocale: "en", canonicalLocale: "en")
        var noURL = site
        noURL.publisherURL = nil
        noURL.locales = []
        let feed = VersionsIndex.Feed(locale: "en", atom: hostile, json: "j")
        Self.same(VersionsIndex(site: site, feeds: [feed, feed], versions: [version, bare]), "full")
        Self.same(VersionsIndex(site: noURL, feeds: [], versions: []), "empty")
    }
}
