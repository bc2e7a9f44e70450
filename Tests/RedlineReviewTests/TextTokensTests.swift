import Foundation
@testable import RedlineReview
import Testing

/// The byte path of `TextTokens` (ASCII text) gives the general path's tokens and surface forms.
@Suite struct TextTokensTests {
    static let contractions = Lexicon.named("en")?.contractions ?? [:]

    static let samples = [
        "We won't sell your data; we can't and we shan't.", "You're able to opt out (we'll honour it).",
        "Not limited to cookies, whether or not you're signed in!", "It&apos;s ours &aposs &apos x",
        "COOKIES, Advertisers and Companies: 30 days.", "", "...", "a\r\nb\tc", "don't|doesn't?", "not only this, not just that",
        "Retention: \u{2019}quoted\u{2019} and ﬁle", "Caf\u{E9} na\u{301}ive", "We don\u{2019}t \u{201C}sell\u{201D} \u{2014} ever\u{2026}",
        "not\u{2013}limited to \u{2022} item\u{A0}two \u{2018}we\u{2019}re\u{2019}", "\u{2019}", "a\u{2019}\u{301}b",
    ]

    @Test func bytePathMatchesGeneralPath() {
        for text in Self.samples {
            let fast = TextTokens(text, contractions: Self.contractions)
            let general = TextTokens(text, contractions: Self.contractions, bytePath: false)
            #expect(fast == general, "\(text)")
        }
        #expect(TextTokens("We won't sell.", contractions: Self.contractions).tokens == ["we", "will", "not", "sell", "|"])
    }

    /// Every line of the real corpus, when `../shared` is present.
    @Test func bytePathMatchesOnTheCorpus() throws {
        guard let lines = try CorpusTests.realCorpusLines(for: "TextTokensTests") else { return }
        var ascii = 0
        for line in lines {
            if line.utf8.allSatisfy({ $0 < 0x80 }) { ascii += 1 }
            let fast = TextTokens(line, contractions: Self.contractions)
            #expect(fast == TextTokens(line, contractions: Self.contractions, bytePath: false), "\(line)")
        }
        #expect(ascii > 1000)
    }
}

/// Explanations name the term as the policy wrote it, not as the tokens read it.
@Suite struct TermSpellingTests {
    @Test func aPossessiveAndCapitalsComeBackAsWritten() {
        let sentence = "We do this by comparing your friend's pictures with Google Analytics data."
        #expect(TermSpelling.asWritten("comparing your friend s pictures", in: [sentence]) == "comparing your friend's pictures")
        #expect(TermSpelling.asWritten("google analytics", in: [sentence]) == "Google Analytics")
    }

    @Test func theModifierLetterApostropheSplitsWordsAsTheTokensDo() {
        #expect(TermSpelling.asWritten("your friend s pictures", in: ["comparing your friendʼs pictures to"]) == "your friendʼs pictures")
    }

    @Test func theNewSentenceIsTriedFirstThenTheOld() {
        #expect(TermSpelling.asWritten("data brokers", in: [nil, "We share with Data Brokers."]) == "Data Brokers")
        #expect(TermSpelling.asWritten("data brokers", in: ["Data brokers may buy it.", "We share with DATA BROKERS."]) == "Data brokers")
    }

    @Test func whatIsNotARunOfWordsOrNotFoundStaysAsItIs() {
        #expect(TermSpelling.asWritten("google, facebook", in: ["Google, Facebook"]) == "google, facebook")
        #expect(TermSpelling.asWritten("do not share", in: ["We don't share it."]) == "do not share", "a contraction the tokens expanded")
        #expect(TermSpelling.asWritten("advertisers", in: ["We share it with advertising partners."]) == "advertisers")
        #expect(TermSpelling.asWritten("", in: ["Anything."]) == "")
        #expect(TermSpelling.asWritten("share", in: ["We shared it."]) == "share", "a whole word, not a prefix")
    }
}
