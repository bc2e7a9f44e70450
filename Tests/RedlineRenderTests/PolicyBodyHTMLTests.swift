import Mustache
import Testing
@testable import RedlineParse
@testable import RedlineRender

@Suite("Policy sections, contents and unchanged sections written by Redline")
struct PolicyBodyHTMLTests {
    let buildDate = PolicyDate("2022-01-01")!

    /// The templates before `sectionsHTML`, `tocHTML` and `unchangedSectionsHTML`: they iterate the lists.
    static func iterating(_ theme: Theme) -> Theme {
        var theme = theme
        theme.templates["version"] = theme.templates["version"]?
            .replacingOccurrences(of: "{{{tocHTML}}}", with: "{{#toc}}\n      <li{{#sub}} class=\"sub\"{{/sub}}><a href=\"#{{slug}}\">{{heading}}</a></li>\n{{/toc}}\n")
            .replacingOccurrences(of: "{{{sectionsHTML}}}", with: """
                {{#sections}}
                    <section class="policy-section">
                {{#showHeading}}
                      <h{{level}} id="{{slug}}">{{{headingHTML}}} <a class="anchor" href="#{{slug}}" aria-hidden="true" tabindex="-1">#</a></h{{level}}>
                {{/showHeading}}
                {{^showHeading}}
                      <span id="{{slug}}"></span>
                {{/showHeading}}
                {{{bodyHTML}}}
                    </section>
                {{/sections}}

                """)
        theme.templates["version"] = theme.templates["version"]?
            .replacingOccurrences(of: "{{#noticesHTML}}\n{{{noticesHTML}}}\n{{/noticesHTML}}\n", with: VersionHeaderHTMLTests.noticesBlock)
            .replacingOccurrences(of: "{{{versionLinksHTML}}}", with: VersionHeaderHTMLTests.linksBlock)
        theme.templates["layout"] = theme.templates["layout"]?
            .replacingOccurrences(of: "{{{page.feedsHTML}}}", with: VersionHeaderHTMLTests.feedsBlock)
        theme.templates["changes"] = theme.templates["changes"]?
            .replacingOccurrences(of: "{{{findingsHTML}}}", with: FindingHTMLTests.findingsBlock)
            .replacingOccurrences(of: "{{{expansionsHTML}}}", with: FindingHTMLTests.expansionsBlock)
            .replacingOccurrences(of: "{{^noChanges}}\n{{{changedSectionsHTML}}}\n{{/noChanges}}\n", with: Self.changedSectionsBlock)
            .replacingOccurrences(of: "{{{unchangedSectionsHTML}}}", with: "{{#unchangedSections}}\n        <li><a href=\"{{versionLink}}#{{slug}}\">{{heading}}</a></li>\n{{/unchangedSections}}\n")
        return theme
    }

    /// The default theme's `{{#changedSections}}` before `changedSectionsHTML`.
    static let changedSectionsBlock = """
        {{#changedSections}}
            <section class="change change-{{status}}" id="{{slug}}">
              <h3>{{heading}} <span class="badge">{{statusLabel}}</span> <span class="counts">{{summary}}</span></h3>
        {{#oldHeading}}
              <p class="meta"><del>{{oldHeading}}</del></p>
        {{/oldHeading}}
        {{#movedFrom}}
              <p class="meta"><a href="{{movedFromLink}}">{{movedFrom}}</a></p>
        {{/movedFrom}}
              <div class="sentences">
        {{{body}}}
              </div>
            </section>
        {{/changedSections}}

        """

    @Test func changedSectionsAreWrittenAsTheListRendered() throws {
        let sections = [
            ChangedSection(slug: "change-a\"b", heading: "<x> & y", status: "renamed", statusLabel: "Renamed 'x'",
                           summary: "+1 −2", body: "<p class=\"added\"><ins>new</ins></p>\n", oldHeading: "Old & <b>",
                           movedFrom: "Moved from “A & B”", movedFromLink: "../x/?a=1&b=2#old"),
            ChangedSection(slug: "change-c", heading: "", status: "changed", statusLabel: "Changed", summary: "",
                           body: "", oldHeading: "", movedFrom: nil, movedFromLink: nil),
        ]
        // The templates' own escaping (the pragma TemplateSet puts above every template).
        MustacheContentTypes.register(FastHTMLContentType(), named: FastHTMLContentType.name)
        let template = try MustacheTemplate(string: FastHTMLContentType.pragma + Self.changedSectionsBlock)
        for list in [sections, [sections[0]], [sections[1]]] {
            let listed = template.render(MustacheText.wrapping(["changedSections": list.map(\.templateValues)]))
            #expect(ChangedSection.html(list) + "\n" == listed)
        }
        #expect(ChangedSection.html([]) == "")
    }

    @Test func aThemeIteratingTheListsGetsTheSamePages() throws {
        var source = try FixtureSite.source()
        let fast = try SiteRenderer(source: source, buildDate: buildDate).render()
        let theme = Self.iterating(source.theme)
        #expect(theme.templates != source.theme.templates, "the default theme takes the HTML variables")
        source.theme = theme
        let templates = try TemplateSet(theme: source.theme)
        #expect(templates.uses("sections") && templates.uses("toc") && templates.uses("unchangedSections") && templates.uses("changedSections"))
        let iterated = try SiteRenderer(source: source, buildDate: buildDate).render()
        #expect(fast.map(\.path) == iterated.map(\.path))
        for (a, b) in zip(fast, iterated) where a.path.hasSuffix(".html") {
            #expect(a.text == b.text, "\(a.path)")
        }
        let page = try #require(fast.first { $0.path == "en/privacy/2021-03-01/index.html" }).text
        #expect(page.contains("<section class=\"policy-section\">") && page.contains("<nav class=\"toc\""))
    }

    @Test func everyValueIsEscaped() {
        let section = Section(slug: "a\"b", heading: "<x> & y", level: 3, parents: [], line: 1, blocks: [],
                              headingHTML: "&lt;x&gt; &amp; y", bodyHTML: "<p>body</p>\n")
        let document = Document(title: "T", sections: [section])
        #expect(PolicyBodyHTML.tocHTML(document) == "      <li class=\"sub\"><a href=\"#a&quot;b\">&lt;x&gt; &amp; y</a></li>\n")
        #expect(PolicyBodyHTML.sectionsHTML(document) == """
                <section class="policy-section">
                  <h3 id="a&quot;b">&lt;x&gt; &amp; y <a class="anchor" href="#a&quot;b" aria-hidden="true" tabindex="-1">#</a></h3>
            <p>body</p>

                </section>

            """)
        #expect(RedlineHTML.unchangedHTML([(slug: "s'1", heading: "A & B")], versionLink: "../x/?a=1&b=2")
            == "        <li><a href=\"../x/?a=1&amp;b=2#s&#39;1\">A &amp; B</a></li>\n")
    }

    @Test func theListsAreBuiltOnlyForThemesThatNameThem() throws {
        let templates = try TemplateSet(theme: try FixtureSite.theme())
        #expect(!templates.uses("sections") && !templates.uses("toc") && !templates.uses("unchangedSections") && !templates.uses("changedSections"))
        #expect(templates.uses("sectionsHTML") && templates.uses("tocHTML") && templates.uses("unchangedSectionsHTML"))
    }
}
