import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import RedlineParse
@testable import RedlineRender

/// Feeds, JSON-LD, per-version JSON, versions.json, sitemap and robots.txt of a small site
/// rendered in memory; every file is parsed back, never matched as text alone.
@Suite("Machine-readable output")
struct MachineReadableTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let buildDate = PolicyDate("2023-05-01")!
    static let base = "https://privacy.example.com/"

    // MARK: - The site

    static func version(_ policy: String, _ date: String, _ locale: String, title: String, front: String, body: String) throws -> PolicyVersion {
        var diagnostics: [Diagnostic] = []
        let text = "---\ntitle: \(title)\neffective: \(date)\n\(front)---\n\(body)"
        let version = PolicyVersion.parse(text, policy: policy, locale: locale, path: "content/\(policy)/\(date)/\(locale).md",
                                          folderDate: PolicyDate(date), unsafeHTML: false, diagnostics: &diagnostics)
        return try #require(version, "\(diagnostics)")
    }

    static func theme() throws -> Theme {
        let folder = repository.appendingPathComponent("templates")
        var templates: [String: String] = [:]
        for name in TemplateSet.requiredTemplates {
            templates[name] = try String(contentsOf: folder.appendingPathComponent("\(name).mustache"), encoding: .utf8)
        }
        var diagnostics: [Diagnostic] = []
        let en = ThemeLoader.parseStrings(try String(contentsOf: folder.appendingPathComponent("i18n/en.yml"), encoding: .utf8),
                                          path: "en.yml", diagnostics: &diagnostics)
        var de = en
        de["language"] = "Deutsch"
        de["feed"] = "Änderungsfeed"
        return Theme(templates: templates, strings: ["en": en, "de": de])
    }

    /// en: privacy 2020-01-01, 2021-03-01 (a reduction), 2023-06-01 (announced, upcoming),
    /// 2024-01-01 (not yet announced); cookies 2021-03-01 (announced the same day as privacy's).
    /// de: privacy 2020-01-01 only.
    static func source(baseURL: String = base) throws -> SiteSource {
        let v1 = "# Privacy Policy\n\nWe respect your privacy.\n\n## Sharing\n\nWe will not sell your personal information.\n\n## Contact\n\nWrite to privacy@example.com.\n"
        let v2 = "# Privacy Policy\n\nWe respect your privacy.\n\n## Sharing\n\nWe may sell your personal information to advertisers and data brokers.\n\n## Contact\n\nWrite to privacy@example.com.\n"
        let v3 = v2 + "\nYou can also call us.\n"
        let v4 = v3 + "\nOr write a letter.\n"
        let config = SiteConfig(title: "Example <Privacy> & Co", baseURL: baseURL, publisher: .init(name: "Example & Co", url: "https://example.com/"),
                                locales: ["en", "de"], defaultLocale: "en", canonicalLocale: "en")
        return SiteSource(config: config, versions: [
            try version("privacy", "2020-01-01", "en", title: "Privacy Policy", front: "announced: 2019-12-01\nsummary: First version.\n", body: v1),
            try version("privacy", "2021-03-01", "en", title: "Privacy Policy",
                        front: "announced: 2021-01-29\nsummary: \"We now *sell* data </script><!-- & more.\"\n", body: v2),
            try version("privacy", "2023-06-01", "en", title: "Privacy Policy", front: "announced: 2023-04-01\n", body: v3),
            try version("privacy", "2024-01-01", "en", title: "Privacy Policy", front: "announced: 2023-12-01\n", body: v4),
            try version("cookies", "2021-03-01", "en", title: "Cookie Policy", front: "announced: 2021-01-29\nsummary: Cookies.\n",
                        body: "# Cookie Policy\n\nWe use cookies.\n"),
            try version("privacy", "2020-01-01", "de", title: "Datenschutzerklärung", front: "announced: 2019-12-01\n",
                        body: "# Datenschutzerklärung\n\nWir achten Ihre Privatsphäre.\n\n## Weitergabe\n\nWir verkaufen Ihre Daten nicht.\n"),
        ], theme: try theme())
    }

    static func render(baseURL: String = base, buildDate: PolicyDate = buildDate) throws -> [String: OutputFile] {
        let files = try SiteRenderer(source: try source(baseURL: baseURL), buildDate: buildDate).render()
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })
    }

    // MARK: - Parsing helpers

    /// A tiny DOM: enough of an XML tree to assert on feeds and sitemaps.
    final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Element] = []
        var text = ""
        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }
        func all(_ name: String) -> [Element] { children.filter { $0.name == name } }
        func first(_ name: String) -> Element? { children.first { $0.name == name } }
        func value(_ name: String) -> String? { first(name)?.text }
    }

    final class TreeBuilder: NSObject, XMLParserDelegate {
        var stack: [Element] = [Element(name: "#document", attributes: [:])]
        var error: Error?
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let element = Element(name: qualifiedName ?? name, attributes: attributes)
            stack.last?.children.append(element)
            stack.append(element)
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { stack.removeLast() }
        func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.text += string }
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { error = parseError }
    }

    static func xml(_ file: OutputFile?) throws -> Element {
        let file = try #require(file)
        let parser = XMLParser(data: Data(file.bytes))
        let builder = TreeBuilder()
        parser.delegate = builder
        let ok = parser.parse()
        #expect(ok && builder.error == nil, "\(file.path) is not well-formed XML: \(String(describing: builder.error ?? parser.parserError))")
        return try #require(builder.stack.first?.children.first)
    }

    static func json(_ file: OutputFile?) throws -> [String: Any] {
        let file = try #require(file)
        return try #require(try JSONSerialization.jsonObject(with: Data(file.bytes)) as? [String: Any], "\(file.path)")
    }

    /// The `@graph` of the page's JSON-LD, by `@type`.
    static func graph(_ file: OutputFile?) throws -> [[String: Any]] {
        let html = try #require(file).text
        let start = try #require(html.range(of: "<script type=\"application/ld+json\">"))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let script = String(html[start.upperBound..<end.lowerBound])
        #expect(!script.contains("<") && !script.contains(">") && !script.contains("&"), "JSON-LD must be safe inside <script>")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: Any])
        #expect(object["@context"] as? String == "https://schema.org")
        return try #require(object["@graph"] as? [[String: Any]])
    }

    static func node(_ graph: [[String: Any]], _ type: String) throws -> [String: Any] {
        try #require(graph.first { $0["@type"] as? String == type }, "no \(type) in the graph")
    }

    static func ref(_ value: Any?) -> String? { (value as? [String: Any])?["@id"] as? String }

    // MARK: - Feeds

    @Test func atomFeedListsAnnouncedVersionsNewestFirst() throws {
        let files = try Self.render()
        let feed = try Self.xml(files["en/feed.xml"])
        #expect(feed.name == "feed")
        #expect(feed.attributes["xmlns"] == "http://www.w3.org/2005/Atom")
        #expect(feed.value("id") == "tag:privacy.example.com,2019:redline/en")
        #expect(feed.value("title") == "Example <Privacy> & Co · Change history feed")
        #expect(feed.first("fh:complete") != nil, "RFC 5005 complete feed")
        #expect(feed.first("author")?.value("name") == "Example & Co")
        let links = feed.all("link").map { [$0.attributes["rel"] ?? "", $0.attributes["href"] ?? ""] }
        #expect(links.contains(["self", "https://privacy.example.com/en/feed.xml"]))

        let entries = feed.all("entry")
        #expect(entries.map { $0.value("id") } == [
            "tag:privacy.example.com,2023-04-01:redline/en/privacy/2023-06-01",
            // Same announcement day and effective day: ordered by policy name.
            "tag:privacy.example.com,2021-01-29:redline/en/cookies/2021-03-01",
            "tag:privacy.example.com,2021-01-29:redline/en/privacy/2021-03-01",
            "tag:privacy.example.com,2019-12-01:redline/en/privacy/2020-01-01",
        ], "the 2024 version is not announced by the build date")
        #expect(entries.map { $0.value("updated") } == ["2023-04-01T00:00:00Z", "2021-01-29T00:00:00Z", "2021-01-29T00:00:00Z", "2019-12-01T00:00:00Z"])
        #expect(entries.map { $0.value("published") } == entries.map { $0.value("updated") })
        #expect(feed.value("updated") == "2023-04-01T00:00:00Z", "feed updated = newest entry, not the build date")

        let change = entries[2]
        let entryLinks = change.all("link").map { "\($0.attributes["rel"] ?? "")|\($0.attributes["type"] ?? "")|\($0.attributes["href"] ?? "")" }
        #expect(entryLinks == [
            "alternate|text/html|https://privacy.example.com/en/privacy/changes/2021-03-01/",
            "related|text/html|https://privacy.example.com/en/privacy/2021-03-01/",
            "alternate|application/json|https://privacy.example.com/en/privacy/2021-03-01.json",
        ])
        #expect(change.first("summary")?.attributes["type"] == "html")
        #expect(change.value("summary")?.contains("We now <em>sell</em> data") == true, "escaped HTML parses back to the summary")
        let first = try #require(entries.last)
        #expect(first.all("link").first?.attributes["href"] == "https://privacy.example.com/en/privacy/2020-01-01/",
                "a first version has no changes page; its entry links to the version")
        for path in files.keys where !path.hasSuffix(".html") && !path.hasPrefix("assets/") {
            #expect(!(files[path]?.text.contains("2023-05-01") ?? false), "\(path) carries the build date")
        }
    }

    @Test func feedsCarryTheReviewInPlainWords() throws {
        let renderer = try SiteRenderer(source: try Self.source(), buildDate: Self.buildDate)
        let files = Dictionary(uniqueKeysWithValues: renderer.render().map { ($0.path, $0) })
        let timeline = try #require(renderer.timelines.first { $0.policy == "privacy" && $0.locale == "en" })
        let review = try #require(timeline.entries.first { $0.version.date == PolicyDate("2021-03-01") }?.review)
        let feed = try Self.json(files["en/feed.json"])
        let items = try #require(feed["items"] as? [[String: Any]])
        let item = try #require(items.first { $0["id"] as? String == "tag:privacy.example.com,2021-01-29:redline/en/privacy/2021-03-01" })
        let content = try #require(item["content_text"] as? String)
        #expect(content.contains("Notice given: 31 days"))
        for finding in review.material + review.expansions {
            #expect(content.contains(finding.explanation))
        }
        let redline = try #require(item["_redline"] as? [String: Any])
        #expect((redline["findings"] as? [[String: Any]])?.map { $0["id"] as? String } == review.material.map(\.id))
        #expect((item["tags"] as? [String]) == Array(Set((review.material + review.expansions).map(\.category))).sorted())
    }

    @Test func jsonFeedMatchesTheAtomFeed() throws {
        let files = try Self.render()
        let atom = try Self.xml(files["en/feed.xml"])
        let feed = try Self.json(files["en/feed.json"])
        #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(feed["feed_url"] as? String == "https://privacy.example.com/en/feed.json")
        #expect(feed["home_page_url"] as? String == "https://privacy.example.com/en/")
        #expect(feed["language"] as? String == "en")
        let items = try #require(feed["items"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == atom.all("entry").map { $0.value("id") })
        #expect(items.map { $0["date_published"] as? String } == atom.all("entry").map { $0.value("published") })
        #expect(items.map { $0["url"] as? String } == atom.all("entry").map { $0.all("link").first?.attributes["href"] })
        for item in items {
            #expect(item["content_html"] is String && item["title"] is String)
        }
        let german = try Self.json(files["de/feed.json"])
        #expect((german["items"] as? [[String: Any]])?.map { $0["id"] as? String } == ["tag:privacy.example.com,2019-12-01:redline/de/privacy/2020-01-01"])
        #expect(german["title"] as? String == "Example <Privacy> & Co · Änderungsfeed")
    }

    @Test func idsSurviveAMoveToAnotherPathAndARebuild() throws {
        let here = try Self.render()
        let moved = try Self.render(baseURL: "https://privacy.example.com/legal/policies/", buildDate: PolicyDate("2023-05-20")!)
        let ids = { (files: [String: OutputFile]) in try Self.xml(files["en/feed.xml"]).all("entry").compactMap { $0.value("id") } }
        #expect(try ids(here) == ids(moved))
        #expect(try Self.xml(here["en/feed.xml"]).value("id") == Self.xml(moved["en/feed.xml"]).value("id"))
        let movedLinks = try Self.xml(moved["en/feed.xml"]).all("entry").first?.all("link").first?.attributes["href"]
        #expect(movedLinks == "https://privacy.example.com/legal/policies/en/privacy/changes/2023-06-01/")
        #expect(try TagURI(baseURL: "https://user@Privacy.Example.com:8443/x/").entry(locale: "en", policy: "privacy", effective: PolicyDate("2021-03-01")!, minted: PolicyDate("2021-01-29")!)
                == "tag:privacy.example.com,2021-01-29:redline/en/privacy/2021-03-01")
    }

    @Test func renderingIsByteIdentical() throws {
        let first = try SiteRenderer(source: try Self.source(), buildDate: Self.buildDate).render()
        let second = try SiteRenderer(source: try Self.source(), buildDate: Self.buildDate).render()
        #expect(first == second)
        #expect(first.map(\.path) == first.map(\.path).sorted())
    }

    // MARK: - JSON-LD

    @Test func versionPagesDescribeTheDocument() throws {
        let files = try Self.render()
        let graph = try Self.graph(files["en/privacy/2021-03-01/index.html"])
        let document = try Self.node(graph, "DigitalDocument")
        let id = "https://privacy.example.com/en/privacy/2021-03-01/#document"
        #expect(document["@id"] as? String == id)
        #expect(document["version"] as? String == "2021-03-01")
        #expect(document["datePublished"] as? String == "2021-01-29")
        #expect(document["dateModified"] as? String == "2021-01-29")
        #expect(document["inLanguage"] as? String == "en")
        #expect(document["url"] as? String == "https://privacy.example.com/en/privacy/2021-03-01/")
        #expect(document["temporalCoverage"] as? String == "2021-03-01/2023-05-31")
        #expect(document["creativeWorkStatus"] as? String == "In force", "in force until its announced successor")
        // Raw HTML in a summary is dropped (safe mode); what is left is plain text.
        #expect(document["abstract"] as? String == "We now sell data <!-- & more.")
        #expect(Self.ref(document["isBasedOn"]) == "https://privacy.example.com/en/privacy/2020-01-01/#document")
        #expect(Self.ref(document["publisher"]) == "https://privacy.example.com/#publisher")
        #expect(Self.ref(document["exampleOfWork"]) == "https://privacy.example.com/privacy/#work")
        let organization = try Self.node(graph, "Organization")
        #expect(organization["name"] as? String == "Example & Co")
        let page = try Self.node(graph, "WebPage")
        #expect(Self.ref(page["mainEntity"]) == id)
        let successor = try #require(graph.first { $0["@id"] as? String == "https://privacy.example.com/en/privacy/2023-06-01/#document" })
        #expect(Self.ref(successor["isBasedOn"]) == id, "the version that replaces it")
        let work = try Self.node(graph, "CreativeWork")
        #expect((work["workExample"] as? [[String: Any]])?.count == 4)
    }

    @Test func currentPageAndTranslationsAreLinked() throws {
        let files = try Self.render()
        let current = try Self.graph(files["en/privacy/index.html"])
        #expect(try Self.node(current, "WebPage")["@id"] as? String == "https://privacy.example.com/en/privacy/")
        #expect(try Self.node(current, "DigitalDocument")["temporalCoverage"] as? String == "2021-03-01/2023-05-31")
        let english = try Self.node(Self.graph(files["en/privacy/2020-01-01/index.html"]), "DigitalDocument")
        #expect((english["workTranslation"] as? [[String: Any]])?.compactMap { Self.ref($0) } == ["https://privacy.example.com/de/privacy/2020-01-01/#document"])
        let german = try Self.node(Self.graph(files["de/privacy/2020-01-01/index.html"]), "DigitalDocument")
        #expect(Self.ref(german["translationOfWork"]) == "https://privacy.example.com/en/privacy/2020-01-01/#document")
        #expect(german["inLanguage"] as? String == "de")
        #expect(german["temporalCoverage"] as? String == "2020-01-01/..", "no later German version")
        let upcoming = try Self.node(Self.graph(files["en/privacy/2024-01-01/index.html"]), "DigitalDocument")
        #expect(upcoming["creativeWorkStatus"] as? String == "Upcoming")
    }

    @Test func changesPagesAreReplaceActions() throws {
        let files = try Self.render()
        let graph = try Self.graph(files["en/privacy/changes/2021-03-01/index.html"])
        let action = try Self.node(graph, "ReplaceAction")
        #expect(Self.ref(action["replacee"]) == "https://privacy.example.com/en/privacy/2020-01-01/#document")
        #expect(Self.ref(action["replacer"]) == "https://privacy.example.com/en/privacy/2021-03-01/#document")
        #expect(action["startTime"] as? String == "2021-03-01")
        #expect(Self.ref(action["agent"]) == "https://privacy.example.com/#publisher")
        let page = try Self.node(graph, "WebPage")
        #expect(Self.ref(page["mainEntity"]) == action["@id"] as? String)
        #expect(page["inLanguage"] as? String == "en" && page["dateModified"] as? String == "2021-01-29")
    }

    // MARK: - Per-version JSON and versions.json

    @Test func perVersionJSONHasTextDiffAndReview() throws {
        let files = try Self.render()
        let json = try Self.json(files["en/privacy/2021-03-01.json"])
        #expect(json["policy"] as? String == "privacy" && json["locale"] as? String == "en" && json["canonical_locale"] as? String == "en")
        #expect(json["version"] as? String == "2021-03-01" && json["announced"] as? String == "2021-01-29")
        #expect(json["notice_days"] as? Int == 31)
        #expect(json["url"] as? String == "https://privacy.example.com/en/privacy/2021-03-01/")
        #expect((json["previous"] as? [String: Any])?["version"] as? String == "2020-01-01")
        #expect((json["next"] as? [String: Any])?["json"] as? String == "https://privacy.example.com/en/privacy/2023-06-01.json")
        let sections = try #require(json["sections"] as? [[String: Any]])
        #expect(sections.compactMap { $0["slug"] as? String }.contains("sharing"))
        let sharing = try #require(sections.first { $0["slug"] as? String == "sharing" })
        let sentence = try #require((sharing["sentences"] as? [[String: Any]])?.first)
        #expect(sentence["text"] as? String == "We may sell your personal information to advertisers and data brokers.")
        #expect(sentence["line"] is Int)
        let diff = try #require(json["diff"] as? [String: Any])
        #expect(diff["previous"] as? String == "2020-01-01")
        let changed = try #require((diff["sections"] as? [[String: Any]])?.first { $0["new_slug"] as? String == "sharing" })
        #expect(changed["status"] as? String == "edited")
        #expect(((changed["sentences"] as? [[String: Any]])?.isEmpty) == false)
        #expect(json["findings"] is [Any] && json["expansions"] is [Any])
        // The hash the lock keeps (hash correctness itself: ContentHashOutputTests).
        #expect(json["sha256"] as? String == (try Self.source().versions.first { $0.path == "content/privacy/2021-03-01/en.md" })?.contentHash.hex)

        let first = try Self.json(files["en/privacy/2020-01-01.json"])
        #expect(first["diff"] == nil && first["previous"] == nil)
        #expect((first["translations"] as? [[String: Any]])?.first?["locale"] as? String == "de")
    }

    @Test func versionsIndexListsEveryVersion() throws {
        let files = try Self.render()
        let index = try Self.json(files["versions.json"])
        let versions = try #require(index["versions"] as? [[String: Any]])
        let keys = versions.map { "\($0["policy"] as? String ?? "")/\($0["version"] as? String ?? "")/\($0["locale"] as? String ?? "")" }
        #expect(keys == ["cookies/2021-03-01/en", "privacy/2020-01-01/de", "privacy/2020-01-01/en", "privacy/2021-03-01/en",
                         "privacy/2023-06-01/en", "privacy/2024-01-01/en"])
        for version in versions {
            let json = try #require(version["json"] as? String)
            let path = String(json.dropFirst(Self.base.count))
            #expect(files[path] != nil, "\(json) is not a file of the site")
            let url = try #require(version["url"] as? String)
            #expect(files[String(url.dropFirst(Self.base.count)) + "index.html"] != nil)
        }
        #expect((index["site"] as? [String: Any])?["base_url"] as? String == Self.base)
    }

    // MARK: - Sitemap and robots.txt

    @Test func sitemapListsEveryPageWithAlternates() throws {
        let files = try Self.render()
        let sitemap = try Self.xml(files["sitemap.xml"])
        #expect(sitemap.name == "urlset")
        let urls = sitemap.all("url")
        let locs = urls.compactMap { $0.value("loc") }
        let pages = files.keys.filter { $0.hasSuffix("index.html") }.map { Self.base + $0.dropLast("index.html".count) }
        #expect(Set(locs) == Set(pages))
        #expect(locs.count == pages.count)
        #expect(!locs.contains { $0.hasSuffix("404.html") })

        let version = try #require(urls.first { $0.value("loc") == "https://privacy.example.com/en/privacy/2020-01-01/" })
        #expect(version.value("lastmod") == "2019-12-01")
        let alternates = version.all("xhtml:link").map { "\($0.attributes["hreflang"] ?? "")=\($0.attributes["href"] ?? "")" }
        #expect(alternates == ["en=https://privacy.example.com/en/privacy/2020-01-01/", "de=https://privacy.example.com/de/privacy/2020-01-01/",
                               "x-default=https://privacy.example.com/en/privacy/2020-01-01/"])
        let englishOnly = try #require(urls.first { $0.value("loc") == "https://privacy.example.com/en/privacy/2021-03-01/" })
        #expect(englishOnly.all("xhtml:link").isEmpty, "a page in one locale has no alternates")
        let home = try #require(urls.first { $0.value("loc") == "https://privacy.example.com/de/" })
        #expect(home.all("xhtml:link").last?.attributes["href"] == Self.base, "the root is the homes' x-default")
        #expect(home.value("lastmod") == "2019-12-01")
        let current = try #require(urls.first { $0.value("loc") == "https://privacy.example.com/en/privacy/" })
        #expect(current.value("lastmod") == "2021-01-29")

        let robots = try #require(files["robots.txt"]).text
        #expect(robots.contains("Sitemap: https://privacy.example.com/sitemap.xml\n"))
    }

    @Test func sitemapAlternatesAreEachPagesOwn() throws {
        // The sitemap finds a page's set of alternates by its kind, policy and date; each page's own
        // `<link rel="alternate">` lines are made apart (PageLinkSet): both list the same links.
        let files = try Self.render()
        for url in try Self.xml(files["sitemap.xml"]).all("url") {
            let loc = try #require(url.value("loc"))
            let page = try #require(files[String(loc.dropFirst(Self.base.count)) + "index.html"]).text
            let own = page.split(separator: "\n").filter { $0.hasPrefix("<link rel=\"alternate\" hreflang=") }.map(String.init)
            let listed = url.all("xhtml:link").map { "<link rel=\"alternate\" hreflang=\"\($0.attributes["hreflang"] ?? "")\" href=\"\($0.attributes["href"] ?? "")\">" }
            #expect(own == listed, "\(loc)")
        }
    }

    @Test func aSitemapBeyondOneFilesLimitsBecomesAnIndexOfParts() throws {
        let files = try Self.render()
        let single = try Self.xml(files["sitemap.xml"])
        let all = single.all("url")
        let urls = all.map { element in
            Sitemap.URL(loc: element.value("loc") ?? "", lastmod: PolicyDate(element.value("lastmod") ?? "") ?? PolicyDate("2000-01-01")!,
                        alternates: element.all("xhtml:link").map { ($0.attributes["hreflang"] ?? "", $0.attributes["href"] ?? "") })
        }
        let absolute = { (path: String) in Self.base + path }
        // Within the limits: the one file, byte for byte what the renderer wrote.
        #expect(Sitemap(urls: urls).files(absolute: absolute) == [try #require(files["sitemap.xml"])])
        // Three URLs per file, then a byte limit that fits about two: an index and its parts.
        for limits in [(urls: 3, bytes: 52_428_800), (urls: 50_000, bytes: 1_600)] {
            let split = Sitemap(urls: urls, maximumURLs: limits.urls, maximumBytes: limits.bytes).files(absolute: absolute)
            let index = try Self.xml(split.first)
            #expect(split.first?.path == "sitemap.xml" && index.name == "sitemapindex")
            let parts = index.all("sitemap")
            #expect(parts.compactMap { $0.value("loc") } == (1..<split.count).map { "\(Self.base)sitemap-\($0).xml" })
            var listed: [String] = []
            for (part, file) in zip(parts, split.dropFirst()) {
                let urlset = try Self.xml(file)
                #expect(urlset.name == "urlset")
                #expect(urlset.all("url").count <= limits.urls && file.bytes.count <= limits.bytes)
                #expect(part.value("lastmod") == urlset.all("url").compactMap { $0.value("lastmod") }.max())
                listed += urlset.all("url").compactMap { $0.value("loc") }
            }
            #expect(listed == all.compactMap { $0.value("loc") }, "every URL once, in order")
        }
    }

    @Test func escapingHelpers() {
        #expect(XMLText.escape("a<b>&\"c'\u{1}") == "a&lt;b&gt;&amp;&quot;c&apos;")
        // Tab and line ends stay; U+FFFE, U+FFFF and C0 controls go; other text passes as is.
        #expect(XMLText.escape("é\t\n\r\u{0}x\u{FFFE}\u{FFFF}\u{FFFD}ع\u{1F600}") == "é\t\n\rx\u{FFFD}ع\u{1F600}")
        #expect(MachineJSON.scriptSafe(#"{"a":"</script><!--&"}"#) == #"{"a":"\u003c/script\u003e\u003c!--\u0026"}"#)
        // Line and paragraph separators are escaped; other multi-byte text (é, ‐, ‰, Arabic) passes untouched.
        #expect(MachineJSON.scriptSafe("{\"a\":\"x\u{2028}y\u{2029}é‐‰ع<\"}") == "{\"a\":\"x\\u2028y\\u2029é‐‰ع\\u003c\"}")
        #expect(MachineJSON.scriptSafe("{\"a\":\"é‐‰\u{2027}\"}") == "{\"a\":\"é‐‰\u{2027}\"}")
    }
}
