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

    /// The byte stem of `[a-z0-9]` words is `stem`'s, for every short word over letters that
    /// make up its suffixes (and a few longer ones).
    @Test func asciiStemMatchesStem() {
        let letters = Array("iesuxy1")
        var words = ["cookies", "advertisers", "status", "analysis", "class", "ties", "series", "bus", "its", "s", "ies"]
        var frontier = [""]
        for _ in 0..<5 {
            frontier = frontier.flatMap { prefix in letters.map { prefix + String($0) } }
            words += frontier
        }
        for word in words {
            let fast = TextTokens.stemASCII(ArraySlice(Array(word.utf8))) ?? word
            #expect(fast == TextTokens.stem(word), "\(word)")
        }
    }

    /// A matcher finds the same phrases from a sentence's phrase-word ids as from its tokens.
    @Test func phraseIDsMatchLikeTokens() throws {
        let index = try #require(LexiconIndex.named("en"))
        let matchers = [index.data, index.recipients, index.purposes, index.rights, index.negation, index.months]
            + index.verbs.keys.sorted().compactMap { index.verbs[$0] } + index.restrictors.keys.sorted().compactMap { index.restrictors[$0] }
            + index.cues.keys.sorted().compactMap { index.cues[$0] } + [index.cue("no such list")]
        var lines = Self.samples + ["We share your email address and device identifiers with advertising partners, except as required by law.",
                                    "You may request deletion of your personal information; we respond within 45 days."]
        lines += (try CorpusTests.realCorpusLines(for: "TextTokensTests")).map { Array($0.sorted().prefix(400)) } ?? []
        for line in lines {
            let tokens = TextTokens(line, contractions: Self.contractions).tokens
            let ids = index.phraseTokens(tokens)
            for matcher in matchers {
                #expect(matcher.matches(in: ids) == matcher.matches(in: tokens), "\(line)")
                #expect(matcher.ids(in: ids) == matcher.ids(in: tokens))
                #expect(matcher.contains(ids) == matcher.contains(tokens))
            }
        }
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

