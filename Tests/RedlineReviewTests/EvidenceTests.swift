import RedlineDiff
import RedlineParse
@testable import RedlineReview
import Testing

/// Which sentences a finding quotes: the changed ones, every one that shows the change, and
/// retention periods compared only where they speak of the same records.
@Suite struct EvidenceTests {
    @Test func secondSentenceShowingTheChangeIsFurtherEvidence() throws {
        let review = ReviewFixtures.review(
            "## Choices\n\nYou can opt out of marketing emails.\n\nWe keep your settings.\n\nYou can also opt out of marketing emails by writing to us.\n",
            "## Choices\n\nWe send marketing emails.\n\nWe keep your settings.\n")
        let findings = review.findings.filter { $0.rule == "choice-opt-out.opt-out-removed" }
        // Still one finding (one id to acknowledge), carrying both deleted sentences.
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.old?.text == "You can opt out of marketing emails.")
        #expect(finding.evidence.map { $0.old?.text } == ["You can also opt out of marketing emails by writing to us."])
        // Finding-level recall credits a judged quote of the second sentence.
        let judged = CorpusEvaluation.Pair.Judged(category: "choice", old_quote: "by writing to us", new_quote: "")
        #expect(CorpusEvaluation.quotesOverlap(judged, finding))
        var alone = finding
        alone.evidence = []
        #expect(!CorpusEvaluation.quotesOverlap(judged, alone))
    }

    @Test func unchangedSentencesAreNoFurtherEvidence() throws {
        let review = ReviewFixtures.review(
            "## Choices\n\nYou can opt out of marketing emails.\n\nYou can also opt out of marketing emails by writing to us.\n",
            "## Choices\n\nYou can also opt out of marketing emails by writing to us.\n\nWe may send marketing emails.\n")
        #expect(!review.findings.contains { $0.rule == "choice-opt-out.opt-out-removed" })
    }

    @Test func retentionPeriodsOfUnnamedRecordsAreComparedSentenceBySentence() {
        // Positive: the same sentence's period grew.
        #expect(ReviewFixtures.rules("## Retention\n\nWe retain support tickets for 30 days.\n",
                                     "## Retention\n\nWe retain support tickets for 90 days.\n").contains("retention.period-lengthened"))
        // Trap: the short period of other records was dropped; the long one was always there.
        let trap = ReviewFixtures.rules("## Retention\n\nWe retain support tickets for 30 days.\n\nWe retain invoices for seven years.\n",
                                        "## Retention\n\nWe retain invoices for seven years.\n")
        #expect(!trap.contains("retention.period-lengthened"))
    }

    @Test func linkOutIsUnresolvedAndMinor() throws {
        let review = ReviewFixtures.review("## Cookies\n\nYou can block cookies in your browser settings.\n",
                                           "## Cookies\n\nFor details about cookies, see our Cookie Policy.\n")
        let finding = try #require(review.findings.first { $0.rule == "other.unresolved-reference" })
        #expect(finding.severity == .minor)
        #expect(finding.new?.text == "For details about cookies, see our Cookie Policy.")
        #expect(review.material.isEmpty)
        // A link-out about something else does not stand in for the lost control.
        let unrelated = ReviewFixtures.review("## Cookies\n\nYou can block cookies in your browser settings.\n",
                                              "## Cookies\n\nTo learn more about our partners, see our Partner Directory.\n")
        #expect(unrelated.findings.contains { $0.rule == "choice-opt-out.opt-out-removed" && $0.severity == .material })
    }

    /// The most similar sentence is the same whether the versions' word sets were prepared (counted
    /// through an index of the sentences each word is in, and remembered) or read per question.
    @Test func preparedCounterpartsMatchTheUnpreparedOnes() {
        let old = ReviewFixtures.document("## Data\n\nWe collect your email address and your name.\n\nWe share your email address with advertisers.\n\n"
            + "## Retention\n\nWe keep your email address for 30 days.\n\nWe delete your name on request.\n")
        let new = ReviewFixtures.document("## Data\n\nWe collect your email address, your name and your phone number.\n\n"
            + "## Keeping\n\nWe keep your email address for 90 days.\n\nWe share your phone number with advertisers and partners.\n")
        let contractions = Lexicon.named("en")?.contractions ?? [:]
        let plain = Evidence(old: old, new: new, diff: PolicyDiff(sections: []), contractions: contractions)
        // Made apart: copies share what `plain` remembers.
        var prepared = Evidence(old: old, new: new, diff: PolicyDiff(sections: []), contractions: contractions)
        let oldInput = ReviewInput(old, locale: "en"), newInput = ReviewInput(new, locale: "en", reusing: oldInput)
        prepared.wordSets = (oldInput.wordSets, newInput.wordSets)
        for sentence in new.sentences {
            // Asked twice: the second answer comes from the memo.
            #expect(prepared.counterpartInOld(sentence) == plain.counterpartInOld(sentence))
            #expect(prepared.counterpartInOld(sentence) == plain.counterpartInOld(sentence))
        }
        for sentence in old.sentences {
            #expect(prepared.counterpartInNew(sentence) == plain.counterpartInNew(sentence))
        }
        #expect(prepared.counterpartInOld(new.sentences[1])?.text == "We keep your email address for 30 days.")
    }
}

