import Testing
@testable import RedlineParse
@testable import RedlineRender

@Suite("Language switcher and hreflang links written by Redline")
struct PageLinksTests {
    let buildDate = PolicyDate("2022-01-01")!

    /// The layout before `languagesHTML` and `page.alternatesHTML`: it iterates the lists itself.
    static func iteratingLayout(_ layout: String) -> String {
        layout
            .replacingOccurrences(of: "{{{page.alternatesHTML}}}", with: "{{#page.alternates}}\n<link rel=\"alternate\" hreflang=\"{{hreflang}}\" href=\"{{href}}\">\n{{/page.alternates}}\n")
            .replacingOccurrences(of: "{{{languagesHTML}}}", with: "{{#languages}}\n        <li><a href=\"{{href}}\" hreflang=\"{{code}}\" lang=\"{{code}}\" dir=\"{{dir}}\"{{#current}} aria-current=\"page\"{{/current}}>{{name}}</a></li>\n{{/languages}}\n")
    }

    @Test func aThemeIteratingTheListsGetsTheSamePages() throws {
        var source = try FixtureSite.source()
        let layout = try #require(source.theme.templates["layout"])
        #expect(layout.contains("{{{languagesHTML}}}") && layout.contains("{{{page.alternatesHTML}}}"))
        let fast = try SiteRenderer(source: source, buildDate: buildDate).render()
        source.theme.templates["layout"] = Self.iteratingLayout(layout)
        #expect(try TemplateSet(theme: source.theme).uses("languages"))
        let iterated = try SiteRenderer(source: source, buildDate: buildDate).render()
        #expect(fast.map(\.path) == iterated.map(\.path))
        for (a, b) in zip(fast, iterated) where a.path.hasSuffix(".html") {
            #expect(a.text == b.text, "\(a.path)")
        }
        // The pages do show both lists (two locales: two languages, two alternates and x-default).
        let page = try #require(fast.first { $0.path == "en/privacy/2020-01-01/index.html" }).text
        #expect(page.components(separatedBy: "<link rel=\"alternate\" hreflang=").count == 4)
        #expect(page.contains("<li><a href=\"../../../ar/privacy/2020-01-01/\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</a></li>"))
        #expect(page.contains("hreflang=\"en\" lang=\"en\" dir=\"ltr\" aria-current=\"page\">English</a></li>"))
    }

    @Test func everyValueIsEscaped() {
        let html = PageLinks.languagesHTML([.init(code: "x\"y", name: "<script>&", href: "a'b", isCurrent: true, dir: "ltr")])
        #expect(html == "        <li><a href=\"a&#39;b\" hreflang=\"x&quot;y\" lang=\"x&quot;y\" dir=\"ltr\" aria-current=\"page\">&lt;script&gt;&amp;</a></li>\n")
        let links = PageLinks.alternatesHTML([(hreflang: "en", href: "https://e.com/?a=1&b=\"2\"")])
        #expect(links == "<link rel=\"alternate\" hreflang=\"en\" href=\"https://e.com/?a=1&amp;b=&quot;2&quot;\">\n")
        #expect(PageLinks.alternatesHTML([]) == "")
    }

    @Test func theListsAreBuiltOnlyForThemesThatNameThem() throws {
        #expect(TemplateSet.tagNames(in: "a {{#page.alternates}}{{{ languagesHTML }}}{{/page.alternates}} {{first(languages)}}")
            == ["page", "alternates", "languagesHTML", "first", "languages"])
        #expect(TemplateSet.tagNames(in: "{{=<% %>=}}<%languages%>") == nil)
        let theme = try FixtureSite.theme()
        let templates = try TemplateSet(theme: theme)
        #expect(!templates.uses("languages") && !templates.uses("alternates") && templates.uses("languagesHTML"))
        var delimiters = theme
        delimiters.templates["404"] = "{{=<% %>=}}<%title%>"
        #expect(try TemplateSet(theme: delimiters).uses("languages"), "names cannot be told: everything counts")
    }
}
