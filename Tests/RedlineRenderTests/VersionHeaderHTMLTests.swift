import Mustache
import Testing
@testable import RedlineRender

/// `versionLinksHTML`, `noticesHTML` and `page.feedsHTML` against the default theme's blocks
/// they replace, rendered by swift-mustache (`PolicyBodyHTMLTests` also renders whole sites
/// both ways).
@Suite("Version header and feed links written by Redline")
struct VersionHeaderHTMLTests {
    /// The default `version.mustache`'s notices before `noticesHTML`.
    static let noticesBlock = """
        {{#notice}}
            <p class="notice" role="note">{{notice}}{{#currentLink}} <a href="{{currentLink}}">{{t.current_version}}</a>{{/currentLink}}</p>
        {{/notice}}
        {{#upcomingMaterial}}
            <p class="notice notice-warning" role="note">{{text}} <a href="{{link}}">{{t.what_changed}}</a></p>
        {{/upcomingMaterial}}
        {{#drift}}
            <p class="notice" role="note">{{text}} <a href="{{link}}">{{t.current_version}}</a></p>
        {{/drift}}
        {{#amendments}}
            <p class="notice notice-amended" role="note" data-amended="{{dateISO}}">{{text}}</p>
        {{/amendments}}

        """

    /// The default `version.mustache`'s version links before `versionLinksHTML`.
    static let linksBlock = """
                <li><a href="{{historyLink}}">{{t.version_history}}</a></li>
        {{#changesLink}}
                <li><a href="{{changesLink}}">{{t.what_changed}}</a></li>
        {{/changesLink}}
        {{#previousLink}}
                <li><a href="{{previousLink}}">{{t.previous_version}}</a></li>
        {{/previousLink}}

        """

    /// The default `layout.mustache`'s feed links before `page.feedsHTML`.
    static let feedsBlock = """
        <link rel="alternate" type="application/atom+xml" title="{{t.feed}} (Atom)" href="{{root}}{{page.lang}}/feed.xml">
        <link rel="alternate" type="application/feed+json" title="{{t.feed}} (JSON Feed)" href="{{root}}{{page.lang}}/feed.json">

        """

    static func render(_ block: String, _ context: [String: Any]) throws -> String {
        MustacheContentTypes.register(FastHTMLContentType(), named: FastHTMLContentType.name)
        return try MustacheTemplate(string: FastHTMLContentType.pragma + block).render(MustacheText.wrapping(context))
    }

    static let hostile = "<b>\"x\" & 'y'</b> …"
    static let strings = UIStrings(["version_history": "History & <all>", "what_changed": "What \"changed\"",
                                    "previous_version": "Previous 'one'", "current_version": "Current <now>", "feed": "Feed & \"news\""])

    @Test func versionLinksAreTheBlockRendered() throws {
        for (changes, previous) in [(nil, nil), ("../c?a=1&b=2/", nil), (nil, "../p\"/"), ("c/", "p/")] as [(String?, String?)] {
            var context: [String: Any] = ["historyLink": "../h<1>/", "t": Self.strings.table]
            if let changes { context["changesLink"] = changes }
            if let previous { context["previousLink"] = previous }
            #expect(VersionHeaderHTML.links(history: "../h<1>/", changes: changes, previous: previous, strings: Self.strings)
                    == (try Self.render(Self.linksBlock, context)))
        }
        // A missing UI string renders empty, as `{{t.x}}` does.
        #expect(VersionHeaderHTML.links(history: "h/", changes: nil, previous: nil, strings: UIStrings([:]))
                == (try Self.render(Self.linksBlock, ["historyLink": "h/", "t": [String: String]()])))
    }

    @Test func noticesAreTheBlockRendered() throws {
        let upcoming = VersionHeaderHTML.LinkedNotice(text: Self.hostile, link: "../u?x=1&y=2/")
        let drift = VersionHeaderHTML.LinkedNotice(text: "newer <en>", link: "../../en/p/")
        let amendments = [(dateISO: "2021-01-02", text: Self.hostile), (dateISO: "2021-02-03\"", text: "typo")]
        for notice in [nil, Self.hostile] as [String?] {
            for currentLink in [nil, "../cur&/"] as [String?] {
                for (upcoming, drift) in [(nil, nil), (upcoming, nil), (nil, drift), (upcoming, drift)] as [(VersionHeaderHTML.LinkedNotice?, VersionHeaderHTML.LinkedNotice?)] {
                    for amendments in [[], amendments] {
                        var context: [String: Any] = ["t": Self.strings.table, "amendments": amendments.map { ["dateISO": $0.dateISO, "text": $0.text] }]
                        if let notice { context["notice"] = notice }
                        if let currentLink { context["currentLink"] = currentLink }
                        if let upcoming { context["upcomingMaterial"] = ["text": upcoming.text, "link": upcoming.link] }
                        if let drift { context["drift"] = ["text": drift.text, "link": drift.link] }
                        let html = VersionHeaderHTML.notices(notice: notice, currentLink: currentLink, upcoming: upcoming, drift: drift,
                                                             amendments: amendments, strings: Self.strings)
                        #expect((html.map { $0 + "\n" } ?? "") == (try Self.render(Self.noticesBlock, context)))
                    }
                }
            }
        }
    }

    @Test func feedLinksAreTheBlockRendered() throws {
        for root in ["", "../../", "https://example.com/a&b/"] {
            let context: [String: Any] = ["root": root, "page": ["lang": "pt-BR"], "t": Self.strings.table]
            #expect(PageLinks.feedsHTML(root: root, locale: "pt-BR", title: Self.strings.table["feed"] ?? "")
                    == (try Self.render(Self.feedsBlock, context)))
        }
    }
}
