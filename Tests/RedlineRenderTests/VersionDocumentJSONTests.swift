import Foundation
import RedlineParse
@testable import RedlineRender
import Testing

/// The per-version JSON written member by member must be the generic encoder's bytes
/// (`MachineJSON.encode`, itself checked against Foundation in `MachineJSONEncoderTests`).
@Suite("Per-version JSON written straight to bytes")
struct VersionDocumentJSONTests {
    static func same(_ document: VersionDocument, _ label: String) {
        let direct = String(decoding: document.jsonBytes(), as: UTF8.self)
        #expect(direct == MachineJSON.encode(document, pretty: true), "\(label)")
    }

    @Test func everyVersionOfTheExampleAndFixtureSites() throws {
        var count = 0
        for source in [try SiteLoader(siteDirectory: FixtureSite.repository).load(), try FixtureSite.source()] {
            let renderer = try SiteRenderer(source: source, buildDate: PolicyDate("2026-11-24")!)
            for timeline in renderer.timelines {
                for entry in timeline.entries {
                    Self.same(renderer.versionDocument(entry, timeline: timeline), entry.version.path)
                    count += 1
                }
            }
        }
        #expect(count > 10)
    }

    @Test func everyOptionalMemberAndHostileText() throws {
        var controls = ""
        for value in 0..<0x21 { controls.unicodeScalars.append(Unicode.Scalar(value)!) }
        let hostile = "</script><!-- & \"q\" \\ / \u{2028}\u{2029} … € é 😀 \(controls)"
        let sentence = VersionDocument.Sentence(text: hostile, line: 7)
        let link = VersionDocument.Link(version: "2020-01-01", locale: "en", url: "https://e.com/a?b=1&c=<", json: hostile)
        let finding = VersionDocument.FindingRecord(id: "r.x#1", rule: "r.x", category: hostile, severity: "high", direction: "reduction",
                                                    section: "s", old: sentence, new: nil, explanation: hostile, acknowledged: true)
        let full = VersionDocument(
            policy: "privacy", locale: "en", canonicalLocale: "en", version: "2021-01-01", announced: "2020-12-01", noticeDays: 31,
            status: "current", title: hostile, summary: hostile, url: "u", changesURL: "c", previous: link, next: link,
            translations: [link, link], acknowledges: ["a", hostile], sections: [
                .init(slug: "s", heading: hostile, level: 2, parents: ["p", hostile], line: 3, sentences: [sentence, sentence]),
                .init(slug: "e", heading: "", level: 1, parents: [], line: 1, sentences: []),
            ],
            diff: .init(previous: "2020-01-01", unchanged: false, sections: [
                .init(status: "modified", oldSlug: "o", oldHeading: hostile, newSlug: "n", newHeading: "h", moved: true, related: ["x"],
                      sentences: [.init(status: "changed", old: sentence, new: sentence, words: [.init(op: "insert", text: hostile)]),
                                  .init(status: "added", old: nil, new: sentence, words: [])]),
                .init(status: "added", oldSlug: nil, oldHeading: nil, newSlug: nil, newHeading: nil, moved: false, related: [], sentences: []),
            ]),
            reviewLocale: "en", findings: [finding, finding], expansions: [],
            sha256: String(repeating: "ab", count: 32),
            amendments: [.init(date: "2021-02-01", reason: hostile, oldSHA256: "0", newSHA256: "1"), .init(date: "2021-03-01", reason: "r", oldSHA256: "2", newSHA256: nil)])
        Self.same(full, "every member")
        var bare = full
        (bare.announced, bare.noticeDays, bare.summary, bare.changesURL, bare.previous, bare.next) = (nil, nil, nil, nil, nil, nil)
        (bare.diff, bare.reviewLocale, bare.amendments, bare.translations, bare.sections) = (nil, nil, nil, [], [])
        Self.same(bare, "no optional member")
        // Translations encoded once for every locale's copy (`VersionTranslations`) give the same file.
        let other = VersionDocument.Link(version: "2021-01-01", locale: "ar", url: hostile, json: "j")
        let set = VersionTranslations(links: [link, other, VersionDocument.Link(version: "2021-01-01", locale: "de", url: "u", json: "j")])
        for locale in ["en", "ar", "fr"] {
            var shared = full
            (shared.translations, shared.encodedTranslations) = set.excluding(locale)
            #expect(shared.translations.count == (locale == "fr" ? 3 : 2))
            Self.same(shared, "shared translations without \(locale)")
            var encodedHere = shared
            encodedHere.encodedTranslations = nil
            #expect(shared.jsonBytes() == encodedHere.jsonBytes())
        }
        var none = full
        (none.translations, none.encodedTranslations) = ([], [])
        Self.same(none, "no translations, encoded")
        let text = String(decoding: full.jsonBytes(), as: UTF8.self)
        #expect(!text.contains("<") && !text.contains("\u{2028}") && text.contains("\\u003c/script\\u003e"))
        #expect(try JSONSerialization.jsonObject(with: Data(full.jsonBytes())) is [String: Any])
    }
}
