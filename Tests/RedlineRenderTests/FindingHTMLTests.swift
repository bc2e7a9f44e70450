import Mustache
import Testing
import RedlineReview
@testable import RedlineRender

/// `findingsHTML` and `expansionsHTML` against the default theme's blocks they replace,
/// rendered by swift-mustache from the lists (`PolicyBodyHTMLTests` also renders whole sites
/// both ways).
@Suite("Findings and expansions written by Redline")
struct FindingHTMLTests {
    /// The default `changes.mustache`'s `{{#findings}}` before `findingsHTML`.
    static let findingsBlock = """
        {{#findings}}
              <li class="finding finding-{{severity}}" id="{{id}}">
                <p><span class="badge badge-{{severity}}">{{severityLabel}}</span> <span{{#reviewLanguage}} lang="{{tag}}" dir="{{dir}}"{{/reviewLanguage}}>{{explanation}}</span>{{#acknowledged}} <span class="badge">{{t.acknowledged}}</span>{{/acknowledged}}</p>
        {{#old}}
                <blockquote class="old"{{#reviewLanguage}} lang="{{tag}}" dir="{{dir}}"{{/reviewLanguage}}><del>{{old}}</del></blockquote>
        {{/old}}
        {{#new}}
                <blockquote class="new"{{#reviewLanguage}} lang="{{tag}}" dir="{{dir}}"{{/reviewLanguage}}><ins>{{new}}</ins></blockquote>
        {{/new}}
                <p class="rule"><code>{{id}}</code></p>
              </li>
        {{/findings}}

        """

    /// The default `changes.mustache`'s `{{#expansions}}` before `expansionsHTML`.
    static let expansionsBlock = """
        {{#expansions}}
              <li class="finding finding-expansion">
                <p{{#reviewLanguage}} lang="{{tag}}" dir="{{dir}}"{{/reviewLanguage}}>{{explanation}}</p>
        {{#new}}
                <blockquote class="new"{{#reviewLanguage}} lang="{{tag}}" dir="{{dir}}"{{/reviewLanguage}}><ins>{{new}}</ins></blockquote>
        {{/new}}
              </li>
        {{/expansions}}

        """

    static let hostile = "<b>\"x\" & 'y'</b> … ‫"

    @Test func findingsAndExpansionsAreTheBlocksRendered() throws {
        MustacheContentTypes.register(FastHTMLContentType(), named: FastHTMLContentType.name)
        let findingsTemplate = try MustacheTemplate(string: FastHTMLContentType.pragma + Self.findingsBlock)
        let expansionsTemplate = try MustacheTemplate(string: FastHTMLContentType.pragma + Self.expansionsBlock)
        let quote = Finding.Quote(text: Self.hostile, line: 3)
        let findings = [
            Finding(rule: "sharing.prohibition-lifted", severity: .material, section: "s&<1>", old: quote, new: .init(text: "new", line: 4),
                    explanation: Self.hostile),
            Finding(rule: "retention.extended", severity: .minor, section: "b", old: nil, new: quote, explanation: "e"),
            Finding(rule: "x.y", severity: .material, section: "c", old: .init(text: "", line: 1), new: nil, explanation: ""),
        ]
        let expansions = [Finding(rule: "rights.added", severity: .minor, direction: .expansion, section: "d", old: nil, new: quote,
                                  explanation: Self.hostile),
                          Finding(rule: "rights.more", severity: .minor, direction: .expansion, section: "e", old: quote, new: nil,
                                  explanation: "x")]
        let acknowledges = [findings[0].id]
        for strings in [UIStrings(["acknowledged": "Acknowledged <ok>", "material": "Material & big", "minor": "Minor"]), UIStrings([:])] {
            for language in [nil, (tag: "en", dir: "ltr"), (tag: "a\"r", dir: "<rtl>")] as [(tag: String, dir: String)?] {
                let renderer = try SiteRenderer(source: FixtureSite.source(), buildDate: .init("2022-01-01")!)
                let version = try #require(renderer.timelines.first?.entries.first?.version)
                var withAcknowledged = version
                withAcknowledged.frontMatter.acknowledges = acknowledges
                var context: [String: Any] = [
                    "t": strings.table,
                    "findings": findings.map { renderer.findingContext($0, version: withAcknowledged, strings: strings) },
                    "expansions": expansions.map { renderer.findingContext($0, version: withAcknowledged, strings: strings) },
                ]
                if let language { context["reviewLanguage"] = ["tag": language.tag, "dir": language.dir] }
                let wrapped = MustacheText.wrapping(context)
                #expect(FindingHTML.findings(findings, acknowledges: acknowledges, strings: strings, language: language)
                        == findingsTemplate.render(wrapped))
                #expect(FindingHTML.expansions(expansions, language: language) == expansionsTemplate.render(wrapped))
            }
        }
        #expect(FindingHTML.findings([], acknowledges: [], strings: UIStrings([:]), language: nil) == "")
    }
}
