import Foundation
import Testing
@testable import RedlineParse
@testable import RedlineRender

@Suite("Whole site rendered in memory")
struct SiteRendererTests {
    let buildDate = PolicyDate("2022-01-01")!

    func render() throws -> [String: OutputFile] {
        let files = try SiteRenderer(source: try FixtureSite.source(), buildDate: buildDate).render()
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })
    }

    @Test func everyPageOfTheDesignExists() throws {
        let files = try render()
        for path in ["index.html", "404.html", "en/index.html", "ar/index.html", "en/privacy/index.html",
                     "en/privacy/2020-01-01/index.html", "en/privacy/2021-03-01/index.html", "en/privacy/history/index.html",
                     "en/privacy/changes/2021-03-01/index.html", "ar/privacy/index.html", "ar/privacy/history/index.html",
                     "assets/redline.css"] {
            #expect(files[path] != nil, "missing \(path)")
        }
        #expect(files["en/privacy/changes/2020-01-01/index.html"] == nil, "the first version has no changes page")
    }

    @Test func aUnitRenderedOnEveryCoreIsTheSameAsOneRenderedInOrder() throws {
        let renderer = try SiteRenderer(source: try FixtureSite.source(), buildDate: buildDate)
        for unit in renderer.units {
            let serial = renderer.renderTimelines { $0 == unit.policy && $1 == unit.locale }.flatMap(\.files)
            let concurrent = renderer.renderTimeline(policy: unit.policy, locale: unit.locale, documents: [:], diffs: [:], concurrently: true)
            #expect(!serial.isEmpty)
            #expect(concurrent.map(\.path) == serial.map(\.path))
            #expect(concurrent.map(\.bytes) == serial.map(\.bytes))
        }
    }

    @Test func versionsAreMarkedRelativeToTheBuildDate() throws {
        let files = try SiteRenderer(source: try FixtureSite.source(), buildDate: PolicyDate("2021-01-01")!).render()
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.text) })
        #expect(byPath["en/privacy/2021-03-01/index.html"]?.contains("This version is upcoming. It takes effect on March 1, 2021.") == true)
        #expect(byPath["en/privacy/index.html"]?.contains("<time datetime=\"2020-01-01\">January 1, 2020</time>") == true)
        let later = try render()
        #expect(later["en/privacy/2020-01-01/index.html"]?.text.contains("It was in effect from January 1, 2020 to February 28, 2021.") == true)
        #expect(later["en/privacy/index.html"]?.text.contains("datetime=\"2021-03-01\"") == true)
    }

    @Test func frontMatterAndSiteValuesAreEscaped() throws {
        let files = try render()
        let page = try #require(files["en/privacy/index.html"]?.text)
        #expect(page.contains("Example &lt;Privacy&gt; Center"))
        #expect(!page.contains("<Privacy>"))
        let history = try #require(files["en/privacy/history/index.html"]?.text)
        #expect(!history.contains("<b>version</b>"), "raw HTML in a summary is dropped")
        #expect(history.contains("<em>Sharing</em>"), "Markdown in a summary is rendered")
        let version = try #require(files["en/privacy/2021-03-01/index.html"]?.text)
        #expect(version.contains("<meta name=\"description\" content=\"Editorial: the Sharing section moved.\">"),
                "the meta description is the summary as plain text")
    }

    @Test func rightToLeftLocalesGetDirAndArabicDates() throws {
        let files = try render()
        let page = try #require(files["ar/privacy/index.html"]?.text)
        #expect(page.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(page.contains("يناير"))
        #expect(page.contains("hreflang=\"x-default\""))
        let englishOnly = try #require(files["en/privacy/2021-03-01/index.html"]?.text)
        #expect(!englishOnly.contains("hreflang=\"x-default\""), "only one locale has this date's page")
    }

    @Test func aTranslationBehindTheCanonicalLocaleSaysSoAndLinksToIt() throws {
        let files = try render()
        // Arabic has only 2020-01-01; English has 2021-03-01 in effect on the build date.
        let arabic = try #require(files["ar/privacy/index.html"]?.text)
        #expect(arabic.contains("A newer version of this policy (effective \(LocalizedDates(locale: "ar").long(PolicyDate("2021-03-01")!))) exists in English."))
        #expect(arabic.contains("href=\"../../en/privacy/\""))
        let english = try #require(files["en/privacy/index.html"]?.text)
        #expect(!english.contains("A newer version of this policy"))
        // Before the English version takes effect, the translation is not behind.
        let earlier = try SiteRenderer(source: try FixtureSite.source(), buildDate: PolicyDate("2021-01-01")!).render()
        #expect(earlier.first { $0.path == "ar/privacy/index.html" }?.text.contains("A newer version of this policy") == false)
    }

    @Test func alternatesAreReciprocal() throws {
        let files = try render()
        let en = try #require(files["en/privacy/2020-01-01/index.html"]?.text)
        let ar = try #require(files["ar/privacy/2020-01-01/index.html"]?.text)
        for page in [en, ar] {
            #expect(page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://privacy.example.com/en/privacy/2020-01-01/\">"))
            #expect(page.contains("<link rel=\"alternate\" hreflang=\"ar\" href=\"https://privacy.example.com/ar/privacy/2020-01-01/\">"))
            #expect(page.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://privacy.example.com/en/privacy/2020-01-01/\">"))
        }
    }

    @Test func headingsHaveAnchors() throws {
        let page = try #require(try render()["en/privacy/index.html"]?.text)
        #expect(page.contains("<h2 id=\"sharing\">Sharing <a class=\"anchor\" href=\"#sharing\""))
        #expect(page.contains("<a href=\"#sharing\">Sharing</a>"), "table of contents")
    }

    @Test func renderingIsDeterministic() throws {
        let first = try SiteRenderer(source: try FixtureSite.source(), buildDate: buildDate).render()
        let second = try SiteRenderer(source: try FixtureSite.source(), buildDate: buildDate).render()
        #expect(first == second)
    }

    @Test(arguments: ["en/privacy/2021-03-01/index.html", "en/privacy/history/index.html", "ar/privacy/2020-01-01/index.html"])
    func goldenPages(path: String) throws {
        let actual = try #require(try render()[path]?.text)
        let name = path.replacingOccurrences(of: "/", with: "_")
        let golden = FixtureSite.repository.appendingPathComponent("Tests/RedlineRenderTests/Golden/\(name)")
        if ProcessInfo.processInfo.environment["REDLINE_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected, "regenerate with REDLINE_UPDATE_GOLDEN=1 swift test if the change is intended")
    }
}

@Suite("Templates")
struct TemplateSetTests {
    @Test func syntaxErrorsAndMissingPartialsAreContentErrors() {
        do {
            _ = try TemplateSet(theme: Theme(templates: ["layout": "{{#open}}never closed", "version": "{{> nowhere}}"]))
            Issue.record("expected an error")
        } catch {
            let text = error.description
            #expect(text.contains("templates/layout.mustache:1:"))
            #expect(text.contains("template syntax error"))
            #expect(text.contains("templates/history.mustache:1:1: error: missing template `history`"))
            #expect(text.contains("uses the missing partial `nowhere`"))
        }
        // Line numbers are the author's, not shifted by the content-type pragma Redline adds.
        do {
            _ = try TemplateSet(theme: Theme(templates: ["layout": "<p>\n{{#open}}\nnever closed"]))
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("templates/layout.mustache:3:"), "\(error.description)")
        }
    }

    @Test func valuesAreEscapedInTemplatesAndPartialsAndTripleBracesAreNot() throws {
        var required: [String: String] = [:]
        for name in TemplateSet.requiredTemplates { required[name] = name }
        let templates = try TemplateSet(theme: Theme(templates: required.merging([
            "page": "{{! a comment }}\n<b>{{value}}</b>{{{value}}}\n{{> part}}{{#list}}[{{.}}]{{/list}}",
            "part": "<i>{{value}}</i>\n",
        ]) { $1 }))
        let hostile = "<\u{301}script>&\"'"
        let html = templates.render("page", ["value": hostile, "list": ["<a>", "b"]])
        #expect(html == "<b>&lt;\u{301}script&gt;&amp;&quot;&#39;</b>\(hostile)\n<i>&lt;\u{301}script&gt;&amp;&quot;&#39;</i>\n[&lt;a&gt;][b]")
    }

    @Test func stringValuesKeepTheirTransformsAndTruthiness() throws {
        var templates: [String: String] = [:]
        for name in TemplateSet.requiredTemplates { templates[name] = name }
        templates["page"] = "{{uppercased(name)}}|{{#name}}yes{{/name}}{{^missing}}none{{/missing}}|{{#empty}}[{{.}}]{{/empty}}"
        let html = try TemplateSet(theme: Theme(templates: templates)).render("page", ["name": "ada <3", "empty": ""])
        #expect(html == "ADA &lt;3|yesnone|[]")
    }
}
