import Foundation
@testable import RedlineReview
import Testing

/// The byte paths of `QuantityExtractor.numeric` and `CorpusEvaluation.words` (ASCII text) give
/// what the Foundation string calls give.
@Suite struct QuantityExtractorTests {
    static let samples = [
        "We keep it for thirty (30) days, or a year.", "Thirty-five (35) days; forty-five days; forty five (45) days.",
        "An account: one, two, THREE, Four and twenty-one.", "a-an-one", "anyone someone oneself", "a_one one_ 1one one1",
        "18 ( 18 ) months, 5(5) years, 7 (7 days), 3 (x) weeks, (4) 4, 12 (12)(12) hours", "30\t(\r\n30 )days",
        "", " ", "a", "forty  five", "forty five five", "ninety-nine", "A\u{0B}one (2)", "one\u{0C}(1)",
        "Caf\u{E9} one (1) day", "under the age of thirteen (13) \u{2014} or sixteen", "na\u{301}ive one", "الأطفال دون سن 13",
        "It&apos;s &APOS one &aposs day", "\u{FB01}le one", "1.5 (2) years", "§ 1798.100 and Article fifteen",
        "We retain data for 90 days after you close your account.", "children under thirteen years of age",
    ]

    static let extractor = QuantityExtractor(LexiconIndex.named("en")!)

    @Test func numericBytePathMatchesGeneralPath() {
        #expect(Self.extractor.numberWordBytes != nil)
        for text in Self.samples {
            #expect(Self.extractor.numeric(text) == Self.extractor.numeric(text, bytePath: false), "\(text)")
        }
        #expect(Self.extractor.numeric("Thirty (30) days and one year") == " 30 days and 1 year ")
    }

    @Test func periodBytePathMatchesTheRegularExpression() {
        let sources = Self.samples + Self.samples.map { Self.extractor.numeric($0) } + [
            "article 15 days", "within 30days or 2.5 years, 3. days, 4.x weeks, 10 business daysx, 7 business day",
            "art12 months 1 calendar days 5 calendar day 6 secondsx 8 minutes_ 9hours", "§ 12 days", "12 days\u{301}",
            "  1   year", "x1.5.6 weeks", "dayS 2 DAYS 3 days.",
        ]
        for source in sources {
            #expect(Self.extractor.periodMatches(source) == Self.extractor.periodMatches(source, bytePath: false), "\(source)")
        }
        #expect(Self.extractor.periods(in: "We keep logs for thirty (30) days.").map(\.value) == [30])
    }

    @Test func wordsBytePathMatchesGeneralPath() {
        for text in Self.samples {
            #expect(CorpusEvaluation.words(text) == CorpusEvaluation.words(text, bytePath: false), "\(text)")
        }
    }

    /// Every line of the real corpus (PDF extractions among them), when `../shared` is present.
    @Test func bytePathsMatchOnTheCorpus() throws {
        guard let lines = try CorpusTests.realCorpusLines(for: "QuantityExtractorTests") else { return }
        var ascii = 0
        for line in lines {
            if Self.extractor.asciiNumeric(line) != nil { ascii += 1 }
            let source = Self.extractor.numeric(line)
            #expect(source == Self.extractor.numeric(line, bytePath: false), "\(line)")
            #expect(Self.extractor.periodMatches(source) == Self.extractor.periodMatches(source, bytePath: false), "\(line)")
            #expect(CorpusEvaluation.words(line) == CorpusEvaluation.words(line, bytePath: false), "\(line)")
        }
        #expect(ascii > 1000)
    }
}
