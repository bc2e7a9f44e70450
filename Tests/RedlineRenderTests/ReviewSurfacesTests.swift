import Foundation
import Testing
@testable import RedlineParse
import RedlineDiff
import RedlineReview
@testable import RedlineRender

/// The review's findings and expansions reach every place a reader meets a change: each
/// `redline diff` format, the changes page of every locale, the history page and both feeds.
@Suite("Findings on every surface")
struct ReviewSurfacesTests {
    static let v1 = "# Privacy Policy\n\n## Sharing\n\nWe will not sell your personal information.\n\n## Your rights\n\nYou can ask us to delete your data.\n"
    static let v2 = "# Privacy Policy\n\n## Sharing\n\nWe may sell your personal information to data brokers.\n\n"
        + "## Your rights\n\nYou can ask us to delete your data. You can ask us to correct inaccurate data.\n"
    /// Plain words of the lexicon's titles, free of characters any format escapes.
    static let reductionWords = "A commitment not to sell or share data was removed or made permissive"
    static let expansionWords = "A right of users was added"

    static func review() -> (PolicyDiff, Review) {
        let old = DocumentParser.parse(v1).document
        let new = DocumentParser.parse(v2).document
        let diff = Differ.diff(old, new)
        return (diff, Reviewer.review(old: old, new: new, diff: diff))
    }

    @Test func theFixtureHasAReductionAndAnExpansion() {
        let (_, review) = Self.review()
        #expect(review.material.contains { $0.id == "sharing.prohibition-lifted@sharing" })
        #expect(review.expansions.contains { $0.rule == "user-rights.right-removed" })
    }

    @Test func everyDiffFormatListsFindingsAndExpansions() throws {
        let (diff, review) = Self.review()
        let report = DiffReport(oldLabel: "a.md", newLabel: "b.md", diff: diff, review: review)
        let outputs = ["text": TextReport.render(report), "markdown": MarkdownReport.render(report),
                       "html": HTMLReport.render(report), "json": JSONReport.render(report)]
        for (format, output) in outputs {
            #expect(output.contains(Self.reductionWords), "\(format) lacks the reduction")
            #expect(output.contains(Self.expansionWords), "\(format) lacks the expansion")
            #expect(output.contains("sharing.prohibition-lifted"), "\(format) lacks the rule id")
        }
        let json = try #require(JSONSerialization.jsonObject(with: Data(JSONReport.render(report).utf8)) as? [String: Any])
        #expect((json["findings"] as? [[String: Any]])?.contains { $0["id"] as? String == "sharing.prohibition-lifted@sharing" } == true)
        #expect((json["expansions"] as? [[String: Any]])?.contains { $0["direction"] as? String == "expansion" } == true)
    }

    @Test func siteShowsTheReviewOnChangesHistoryAndFeeds() throws {
        let config = SiteConfig(title: "Example", baseURL: "https://privacy.example.com/", publisher: .init(name: "Example", url: "https://example.com/"),
                                locales: ["en", "ar"], defaultLocale: "en", canonicalLocale: "en")
        let arabic = "# سياسة الخصوصية\n\n## المشاركة\n\nنص.\n"
        let source = SiteSource(config: config, versions: [
            FixtureSite.version("privacy", "2020-01-01", "en", "announced: 2019-12-01\n", Self.v1),
            FixtureSite.version("privacy", "2021-03-01", "en", "announced: 2021-01-29\nacknowledges:\n  - sharing.prohibition-lifted@sharing\n", Self.v2),
            FixtureSite.version("privacy", "2020-01-01", "ar", "announced: 2019-12-01\n", arabic),
            FixtureSite.version("privacy", "2021-03-01", "ar", "announced: 2021-01-29\n", arabic + "\nنص آخر.\n"),
        ], theme: try FixtureSite.theme())
        let files = try SiteRenderer(source: source, buildDate: PolicyDate("2022-01-01")!).render()
        let text = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.text) })
        // The canonical locale's review shows on every locale's changes page.
        for locale in ["en", "ar"] {
            let page = try #require(text["\(locale)/privacy/changes/2021-03-01/index.html"])
            #expect(page.contains("id=\"sharing.prohibition-lifted@sharing\""), "\(locale) changes page lacks the finding")
            #expect(page.contains(Self.reductionWords), "\(locale) changes page lacks the explanation")
            #expect(page.contains("class=\"expansions\"") && page.contains(Self.expansionWords), "\(locale) changes page lacks the expansion")
        }
        // On a translation's page the English explanations and quotes are marked as English, left to right.
        let arabicChanges = try #require(text["ar/privacy/changes/2021-03-01/index.html"])
        #expect(arabicChanges.contains("<blockquote class=\"new\" lang=\"en\" dir=\"ltr\"><ins>"))
        #expect(arabicChanges.contains("<span lang=\"en\" dir=\"ltr\">"))
        #expect(!(text["en/privacy/changes/2021-03-01/index.html"] ?? "").contains("<span lang=\"en\" dir=\"ltr\">"), "the canonical page needs no marking")
        let history = try #require(text["en/privacy/history/index.html"])
        #expect(history.contains("badge-material"), "the history page marks the version with material findings")
        for feed in ["en/feed.xml", "en/feed.json"] {
            let body = try #require(text[feed])
            #expect(body.contains(Self.reductionWords), "\(feed) lacks the reduction in plain words")
            #expect(body.contains(Self.expansionWords), "\(feed) lacks the expansion in plain words")
        }
    }
}
