@testable import RedlineParse
import Testing

@Suite("Section HTML and slug keys: the parse's shortcuts agree with the plain ways")
struct SectionHTMLTests {
    /// With no heading the document is one section, whose HTML must be cmark's rendering of the
    /// whole text, byte for byte, whichever nodes are taken as a paragraph's string.
    @Test func sectionHTMLIsCmarksRendering() {
        let bodies = [
            "Plain paragraph.\n\nZweiter Absatz über Daten. Noch ein Satz.\n\nدر این سیاست. 我们收集数据。",
            "A & B < C \"quoted\" and 'single'.\n\n*emphasis* and `code` and [a link](https://example.com).",
            "Two\nlines wrapped.\n\n  Indented start.\n\nTrailing spaces  \nhard break.",
            "- item one\n- item two\n\nAfter the list.\n\n> quoted text\n\n    code block\n\nLast «paragraph» — with “quotes”.",
            "<div>raw</div>\n\nText after raw HTML.\n\n",
            "Entity &amp; &copy; &#x41; kept.\n\nÉtape 1. Étape 2.",
            "",
        ]
        for body in bodies {
            for unsafe in [false, true] {
                let sections = DocumentParser.parse(body, unsafeHTML: unsafe).document.sections
                let html = sections.map(\.bodyHTML).joined()
                #expect(html == DocumentParser.html(body, unsafeHTML: unsafe), "\(body) unsafe=\(unsafe)")
                #expect(sections.count <= 1)
            }
        }
    }

    @Test func aPlainParagraphIsRecognisedOnlyWhenTheBytesMatch() {
        func check(_ rendered: String, _ text: String) -> Bool {
            var rendered = rendered
            return rendered.withUTF8 { SectionHTML.isPlainParagraph($0, text: text) }
        }
        #expect(check("<p>Hello.</p>\n", "Hello."))
        #expect(check("<p></p>\n", ""))
        #expect(!check("<p>Hello.</p>\n", "Hello"))
        #expect(!check("<p>A &amp; B</p>\n", "A & B"))
        #expect(!check("<li>Hello.</li>\n", "Hello."))
        #expect(!check("<p>Hello.</p>", "Hello."))
    }

    @Test func slugKeysCompareAsStrings() {
        // Canonically equivalent slugs are the same slug, as in a `Set<String>`.
        let composed = SlugKey("caf\u{E9}"), decomposed = SlugKey("cafe\u{301}")
        #expect(composed == decomposed)
        #expect(Set([composed, decomposed]).count == 1)
        #expect(SlugKey("a") != SlugKey("b"))
        // The memo's answer is `unicodeSlug`'s, asked twice or not.
        for heading in ["Données personnelles", "حقوقك", "Ｆｕｌｌ Width", "Données personnelles"] {
            #expect(SlugKey.of(heading).slug == Slug.unicodeSlug(heading))
            #expect(SlugKey.of(heading).hash == Slug.unicodeSlug(heading).hashValue)
        }
        #expect(SlugKey.of("Hello, World").slug == "hello-world")
    }
}
