@testable import RedlineParse
import Testing

@Suite("Slugs: the ASCII fast path agrees with Unicode folding")
struct SlugTests {
    @Test func asciiHeadingsGiveTheSameSlugBothWays() {
        let headings = [
            "Information We Collect", "1. Who we are", "  Your Rights (GDPR Art. 15–22)  ", "Cookies & Similar Technologies",
            "What's new?", "A", "", "---", "Section 3.2: Data-Retention", "COPPA / Children Under 13", "x" + String(repeating: "ab ", count: 60),
            "Do Not Track", "e-mail", "100% of_data", "tab\tand\nnewline",
        ]
        for heading in headings where heading.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(Slug.asciiSlug(heading) == Slug.unicodeSlug(heading), "\(heading)")
        }
        // Every printable ASCII character, alone and between words.
        for byte in UInt8(0x20)...UInt8(0x7E) {
            let text = "Ab\(Character(Unicode.Scalar(byte)))9z \(Character(Unicode.Scalar(byte)))"
            #expect(Slug.asciiSlug(text) == Slug.unicodeSlug(text), "\(text)")
        }
        // Seeded random ASCII strings.
        var state: UInt64 = 0x5106
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<(Int(state % 120)) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.append(Character(Unicode.Scalar(UInt8(0x20 + (state >> 33) % 95))))
            }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            #expect(Slug.asciiSlug(text) == Slug.unicodeSlug(text), "\(text)")
        }
    }

    @Test func nonASCIIHeadingsKeepTheirLetters() {
        #expect(Slug.make("Données personnelles") == "donnees-personnelles")
        #expect(Slug.make("حقوقك") == "حقوقك")
        #expect(Slug.make("Ｆｕｌｌ Width") == "full-width")
        #expect(Slug.make(String(repeating: "é", count: 100)).unicodeScalars.count == 80)
    }
}
