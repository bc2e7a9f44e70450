@testable import RedlineReview
import Testing

/// `PDFFragments.isOpen`'s ASCII shortcut answers as the trimming reading does.
@Suite struct PDFFragmentsTests {
    @Test func asciiEndingsMatchTheTrimmingReading() {
        var texts = ["", "a", ",", " ", "We share data with", "We share data.", "for 30", "items,", "text \t", "text\r\n", "(see below)",
                     "caf\u{E9}", "cafe\u{301}", "plus \u{00A0}", "d\u{00A0}a", "\u{0661}2", "\u{0600}1", "end\u{3000}", "x\u{200D}a", "\u{1F600}a"]
        for a in 0..<128 {
            for b in 0..<128 {
                let pair = String(decoding: [UInt8(a), UInt8(b)], as: UTF8.self)
                texts.append(pair)
                texts.append("Sentence " + pair)
                texts.append("\u{E9}" + pair)
            }
        }
        for text in texts {
            #expect(PDFFragments.isOpen(text) == PDFFragments.isOpenSlowly(text), "\(Array(text.utf8))")
        }
    }
}
