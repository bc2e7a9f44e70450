import Testing
@testable import RedlineParse

@Suite("Document parsing (cmark → value tree)")
struct DocumentParserTests {
    let markdown = """
    # Privacy Policy

    Intro sentence one. Intro sentence two, e.g. with an abbreviation.

    ## What We Collect

    We collect:

    - your name,
    - your email address.

    ## Your Rights

    ### Access

    You may ask for a copy.

    ## Your Rights
    Duplicate heading text.
    """

    @Test func sectionsFollowTheHeadingHierarchyWithUniqueSlugs() {
        let document = DocumentParser.parse(markdown).document
        #expect(document.title == "Privacy Policy")
        #expect(document.sections.map(\.slug) == ["privacy-policy", "what-we-collect", "your-rights", "access", "privacy-policy-your-rights"])
        #expect(document.sections.map(\.level) == [1, 2, 2, 3, 2])
        #expect(document.section("access")?.parents == ["privacy-policy", "your-rights"])
    }

    @Test func sentencesKnowTheirLineAndAbbreviationsDoNotSplit() {
        let document = DocumentParser.parse("First one. Second\none, i.e. still second.\nThird.", firstLine: 4)
        let sentences = document.document.sentences
        #expect(sentences.map(\.text) == ["First one.", "Second one, i.e. still second.", "Third."])
        #expect(sentences.map(\.line) == [4, 4, 6])
    }

    @Test func listItemsAreSentencesWithTheirLeadIn() {
        let section = DocumentParser.parse(markdown).document.section("what-we-collect")
        let items = section?.blocks.filter { $0.kind == .listItem } ?? []
        #expect(items.map(\.text) == ["your name,", "your email address."])
        #expect(items.allSatisfy { $0.leadIn == "We collect:" })
        #expect(items.first?.sentences.first?.line == 9)
    }

    @Test func safeModeDropsRawHTMLAndJavascriptLinks() {
        let result = DocumentParser.parse("## Hi\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b onclick=\"x\">b</b>\n")
        let html = result.document.sections.map(\.bodyHTML).joined()
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("onclick"))
        #expect(result.warnings.contains { $0.message.contains("raw HTML dropped") })
        #expect(result.warnings.contains { $0.message.contains("unsafe link target") })
    }

    @Test func unsafeModeKeepsRawHTMLWhenTheSiteOptsIn() {
        let result = DocumentParser.parse("<div class=\"x\">kept</div>\n", unsafeHTML: true)
        #expect(result.document.sections.map(\.bodyHTML).joined().contains("<div class=\"x\">kept</div>"))
        #expect(result.warnings.isEmpty)
    }

    @Test func deepNestingIsFlattenedNotCrashing() {
        let deep = String(repeating: "> ", count: 500) + "deep text\n" + (1...300).map { String(repeating: "  ", count: $0) + "- item\n" }.joined()
        let result = DocumentParser.parse(deep)
        #expect(result.document.sentences.contains { $0.text.contains("deep text") })
        #expect(result.warnings.contains { $0.message.contains("flattened") })
    }

    @Test func slugsFoldDiacriticsAndKeepOtherScripts() {
        #expect(Slug.make("Données & Sécurité!") == "donnees-securite")
        #expect(Slug.make("حقوقك") == "حقوقك")
        #expect(Slug.make("***") == "section")
    }
}
