@testable import RedlineParse
import Testing

@Suite("Buffers kept from one document to the next, reserved blocks, heading HTML")
struct ParseScratchTests {
    static let long = "# Titel\n\n" + String(repeating: """
        Wir verarbeiten Ihre Daten *nur* dann, wenn es nötig ist.  Zweiter   Satz.
        Dritter Satz über [Rechte](https://example.com). Vierter!

        - Punkt mit **Betonung** und Text. Noch ein Satz.
          - verschachtelt, e.g. so.
        > Zitat. Mit zwei Sätzen.

        ```
        code
        ```

        ## Abschnitt & mehr

        """, count: 60)
    static let bodies = [long, "Kurz.", "# A\n\n## B\n\nText. More text.\n\n- a\n- b\n", "", long.uppercased(), "> q\n> > r\n\n1. x\n2. y\n"]

    /// Each document parses the same whatever the thread parsed before it (its kept buffers).
    @Test func aDocumentParsesTheSameAfterAnyOther() {
        let first = Self.bodies.map { DocumentParser.parse($0) }
        let again = Self.bodies.reversed().map { DocumentParser.parse($0) }.reversed()
        #expect(first == Array(again))
        let interleaved = Self.bodies.flatMap { [DocumentParser.parse(Self.long), DocumentParser.parse($0)] }
        #expect(interleaved.enumerated().allSatisfy { $0.element == ($0.offset % 2 == 0 ? first[0] : first[$0.offset / 2]) })
        #expect(Self.bodies.concurrentMap { DocumentParser.parse($0) } == first)
    }

    /// The reserved room never shows: sections hold exactly the blocks they were given.
    @Test func reservedBlocksHoldWhatWasRead() {
        let document = DocumentParser.parse(Self.long).document
        #expect(document.sections.count == 61)
        #expect(document.sections[0].blocks.map(\.kind) == [.paragraph, .listItem, .listItem, .quote, .code])
        #expect(document.sections.dropLast().allSatisfy { $0.blocks.count == 5 })
        #expect(document.sections.last?.blocks.isEmpty == true)
    }

    /// A plain heading's HTML is its text; markup and entities are rendered.
    @Test func headingHTML() {
        let sections = DocumentParser.parse("# Plain heading\n\n## A & B\n\n## *Em* and `code`\n\n## e\u{301}t\u{E9}\n").document.sections
        #expect(sections.map(\.headingHTML) == ["Plain heading", "A &amp; B", "<em>Em</em> and <code>code</code>", "e\u{301}t\u{E9}"])
        #expect(sections.map(\.heading) == ["Plain heading", "A & B", "Em and code", "e\u{301}t\u{E9}"])
    }
}

@Suite("URLSafety's first-byte shortcut")
struct URLSafetyShortcutTests {
    /// A target whose first byte the shortcut calls safe is never unsafe by the full check.
    @Test func aSafeStartIsNeverUnsafe() {
        let rests = ["avascript:alert(1)", "bscript:x", "ile:///etc/passwd", "ata:text/html,x", "ttps://example.com", "", " x"]
        for byte in UInt8(0)...UInt8(0x7F) where URLSafety.isSafeStart(byte) {
            for rest in rests {
                let url = String(decoding: [byte], as: UTF8.self) + rest
                #expect(!URLSafety.isUnsafe(url, image: false) && !URLSafety.isUnsafe(url, image: true), "\(url)")
            }
        }
        #expect(!URLSafety.isSafeStart(UInt8(ascii: "J")) && !URLSafety.isSafeStart(UInt8(ascii: "d")) && !URLSafety.isSafeStart(0x20))
        #expect(URLSafety.isSafeStart(UInt8(ascii: "h")) && URLSafety.isSafeStart(UInt8(ascii: "#")))
    }
}

@Suite("A plain heading's HTML without rendering it")
struct PlainHeadingTests {
    /// Where the shortcut answers, it answers what cutting cmark's rendering gives.
    @Test func plainTextAgreesWithTheRenderedCut() {
        let literals = ["Plain", "A\tB", "e\u{301}t\u{E9}", "\u{301}mark first", "last mark e\u{301}", "Ünïcödé", "中文标题", "Привет",
                        "👨‍👩‍👧 family", "x", " ", "a 'quote'", "slash / here", "A & B", "x < y", "\"q\"", "a > b"]
        for literal in literals {
            for text in [literal, literal.collapsingWhitespace, "other"] {
                let rendered = Array("<h2>\(literal)</h2>\n".utf8)
                let cut = rendered.withUnsafeBufferPointer { MarkdownParser.innerHTML(ofHeading: $0, text: text) }
                let plain = Array(literal.utf8).withUnsafeBufferPointer { MarkdownParser.innerHTML(ofPlainText: $0, text: text) }
                let escapes = literal.contains { "\"&<>".contains($0) }
                #expect(escapes ? plain == nil : (plain == nil || plain == cut), "\(literal)")
            }
        }
        #expect(DocumentParser.parse("## A 'quote' / slash\n\n## A &amp; B\n").document.sections.map(\.headingHTML) == ["A 'quote' / slash", "A &amp; B"])
    }
}
