import Mustache
import Testing
@testable import RedlineParse
@testable import RedlineRender

/// The fast paths of render6 against the straightforward ones they replace.
@Suite("Values made once and shared across pages, and byte scans")
struct SharedRenderingTests {
    let buildDate = PolicyDate("2022-01-01")!

    @Test func needsEscapingAnswersAsAPlainSearchForEveryByte() {
        for byte in UInt8(0)...UInt8(127) {
            let text = "ab" + String(UnicodeScalar(byte)) + "é"
            let plain = text.utf8.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }
            #expect(HTMLText.needsEscaping(text) == plain, "byte \(byte)")
        }
        #expect(!HTMLText.needsEscaping("") && !HTMLText.needsEscaping("مرحبا ‘quoted’"))
        let unchanged = "Privacy Policy · 1 March 2021"
        #expect(HTMLText.escape(unchanged) == unchanged)
    }

    @Test func carriageReturnsAreFoundWherever() {
        #expect(!TextDecoding.containsCarriageReturn(""))
        #expect(!TextDecoding.containsCarriageReturn(String(repeating: "line\n", count: 100)))
        #expect(TextDecoding.containsCarriageReturn(String(repeating: "x", count: 1000) + "\r"))
        var diagnostics: [Diagnostic] = []
        #expect(TextDecoding.decode(Array("a\r\nb\rc".utf8), path: "f.md", diagnostics: &diagnostics) == "a\nb\nc")
    }

    @Test func jsonEscapesMatchAPlainPerByteEscaper() {
        // Every byte value that stops a run, in script-safe and plain output.
        var text = ""
        for scalar in 0..<0x80 { text.unicodeScalars.append(UnicodeScalar(UInt8(scalar))) }
        text += "\u{2028}\u{2029}’é"
        for scriptSafe in [true, false] {
            var fast: [UInt8] = []
            var copy = text
            copy.withUTF8 { JSONByteWriter.appendEscaped($0, to: &fast, scriptSafe: scriptSafe) }
            var plain = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": plain += "\\\""
                case "\\": plain += "\\\\"
                case "\u{8}": plain += "\\b"
                case "\t": plain += "\\t"
                case "\n": plain += "\\n"
                case "\u{C}": plain += "\\f"
                case "\r": plain += "\\r"
                case "<" where scriptSafe: plain += "\\u003c"
                case ">" where scriptSafe: plain += "\\u003e"
                case "&" where scriptSafe: plain += "\\u0026"
                case "\u{2028}" where scriptSafe: plain += "\\u2028"
                case "\u{2029}" where scriptSafe: plain += "\\u2029"
                case _ where scalar.value < 0x20: plain += "\\u00" + String(format: "%02x", scalar.value)
                default: plain.unicodeScalars.append(scalar)
                }
            }
            #expect(String(decoding: fast, as: UTF8.self) == plain, "scriptSafe \(scriptSafe)")
        }
    }

    @Test func aSharedSwitcherIsThePagesOwnSwitcher() {
        let languages: [PageLinks.Language] = [
            .init(code: "en", name: "English", href: "../../en/p/", isCurrent: false, dir: "ltr"),
            .init(code: "ar", name: "العربية", href: "../../ar/p/", isCurrent: false, dir: "rtl"),
            .init(code: "x\"y", name: "<b>", href: "a'b", isCurrent: false, dir: "ltr"),
        ]
        let links = [(hreflang: "en", href: "https://e.com/en/p/"), (hreflang: "x-default", href: "https://e.com/en/p/?a&b")]
        let set = PageLinkSet(links: links, languages: languages)
        #expect(set.alternatesHTML == PageLinks.alternatesHTML(links))
        for current in ["en", "ar", "x\"y", "fr"] {
            let own = languages.map { language in
                var language = language
                language.isCurrent = language.code == current
                return language
            }
            #expect(set.languagesHTML(current: current) == PageLinks.languagesHTML(own), "\(current)")
        }
    }

    @Test func aGraphJoinedFromEncodedNodesIsTheEncodedGraph() throws {
        let renderer = try SiteRenderer(source: FixtureSite.source(), buildDate: buildDate)
        let timeline = try #require(renderer.timelines.first)
        let page: JSONValue = ["@type": "WebPage", "name": "a <b> & \"c\"", "isPartOf": .ref("x")]
        let whole = MachineJSON.encode(["@context": "https://schema.org",
                                        "@graph": [renderer.organizationNode(), renderer.websiteNode(), renderer.workNode(timeline), page]] as JSONValue,
                                       pretty: false)
        #expect(renderer.jsonLD(work: renderer.workJSON(timeline), [page]) == whole)
        let withoutWork = MachineJSON.encode(["@context": "https://schema.org",
                                              "@graph": [renderer.organizationNode(), renderer.websiteNode(), page]] as JSONValue, pretty: false)
        #expect(renderer.jsonLD([page]) == withoutWork)
    }

    @Test func aWrappedTableAnswersAsTheDictionaryItReplaces() throws {
        let table = ["feed": "Feed & more", "contents": "Contents"]
        let wrapped = MustacheTable(table)
        let template = try MustacheTemplate(string: "{{t.feed}}|{{#t}}{{contents}}{{/t}}|{{count(t)}}|{{^t}}none{{/t}}")
        let dictionary = MustacheText.wrapping(["t": table])
        #expect(template.render(["t": wrapped]) == template.render(dictionary))
        #expect(template.render(["t": wrapped]) == "Feed &amp; more|Contents|2|")
    }

    @Test func wrappedContextsRenderAsThePlainDictionaries() throws {
        let context: [String: Any] = [
            "a": ["b": "<1> & 2", "d": ["e": "E"], "n": 3, "yes": true] as [String: Any],
            "list": [["name": "n1"], ["name": "n2", "x": "X"]] as [[String: Any]],
            "x": "root-x", "c": "root-c", "strings": ["s1", "s2"], "empty": [String: Any](),
        ]
        let template = try MustacheTemplate(string: """
            {{a.b}}|{{#list}}{{name}}{{x}},{{/list}}|{{#a}}{{b}}{{c}}{{n}}{{#yes}}y{{/yes}}{{/a}}|{{^nothing}}n{{/nothing}}|\
            {{count(a)}}|{{#a.d}}{{e}}{{x}}{{/a.d}}|{{#empty}}e{{/empty}}{{^empty}}ne{{/empty}}|{{count(empty)}}|\
            {{#strings}}{{.}};{{/strings}}|{{#first(list)}}{{name}}{{/first(list)}}|{{a.d.e}}{{a.missing.e}}
            """)
        let wrapped = try #require(MustacheText.wrapping(context) as? MustacheTable)
        #expect(template.render(wrapped) == template.render(context))
        #expect(template.render(wrapped).hasPrefix("&lt;1&gt; &amp; 2|n1root-x,n2X,|&lt;1&gt; &amp; 2root-c3y|n|4|Eroot-x|"))
    }

    @Test func eachSetOfPagesHasItsLinksMadeOnce() throws {
        let renderer = try SiteRenderer(source: FixtureSite.source(), buildDate: buildDate)
        let set = renderer.linkSet("version\u{0}privacy\u{0}2020-01-01", root: "../../../") { [] }
        #expect(renderer.linkSet("version\u{0}privacy\u{0}2020-01-01", root: "../../../") { [("en", "x/")] } === set)
        #expect(renderer.linkSet("version\u{0}privacy\u{0}2020-01-01", root: "../../") { [] } !== set, "another depth")
    }
}
