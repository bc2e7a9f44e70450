@testable import RedlineParse
import Testing

@Suite("The duplicate check's whitespace-insensitive comparison")
struct CollapsedScalarsTests {
    static let texts = [
        "", " ", "a", " a", "a ", "a b", "a  b", "a\tb", "a\nb", "a\u{00A0}b", "a\u{2003}\u{2003}b", "ab", "a b ",
        "\n\nWe keep “your” data.\n", "We keep “your” data.", "We keep “your” data", "We  keep “your”\r\ndata.",
        "Wir speichern Ihre Daten.", "a\u{0085}b", "a\u{3000}b\u{3000}", "\u{205F}a\u{200A}\u{202F}b", "a\u{1680}", "日本語", "日本 語", "نحتفظ ببياناتك.", " نحتفظ   ببياناتك. ",
    ]

    @Test func agreesWithCollapsingWhitespace() {
        for a in Self.texts {
            for b in Self.texts {
                #expect(SiteLoader.sameCollapsed(a, b) == (a.collapsingWhitespace == b.collapsingWhitespace), "\(a.debugDescription) vs \(b.debugDescription)")
            }
        }
    }
}
