import RedlineDiff
import RedlineParse
@testable import RedlineReview
import Testing

@Suite struct RuleTests {
    @Test(arguments: RuleCases.all)
    func firesOnReduction(_ c: RuleCase) {
        #expect(ReviewFixtures.rules(c.old, c.new).contains(c.rule))
    }

    @Test(arguments: RuleCases.all)
    func firesWithoutTheDiffsPairs(_ c: RuleCase) {
        #expect(ReviewFixtures.rules(c.old, c.new, useDiff: false).contains(c.rule))
    }

    @Test(arguments: RuleCases.all)
    func quietOnTrap(_ c: RuleCase) {
        #expect(!ReviewFixtures.rules(c.trapOld, c.trapNew).contains(c.rule))
    }

    @Test(arguments: RuleCases.all)
    func reverseIsNoReduction(_ c: RuleCase) {
        #expect(!ReviewFixtures.rules(c.new, c.old).contains(c.rule))
    }

    @Test func unchangedTextHasNoFindings() {
        for c in RuleCases.all {
            #expect(ReviewFixtures.review(c.old, c.old) == Review(), "\(c.rule)")
        }
    }

    @Test func findingQuotesAndIdentifiesTheSection() throws {
        let review = ReviewFixtures.review("## Sharing\n\nWe will not sell your personal information.\n",
                                           "## Sharing\n\nWe may sell your personal information to data brokers.\n")
        let finding = try #require(review.findings.first { $0.rule == "sharing.prohibition-lifted" })
        #expect(finding.id == "sharing.prohibition-lifted@sharing")
        #expect(finding.severity == .material)
        #expect(finding.old?.text == "We will not sell your personal information.")
        #expect(finding.new?.text == "We may sell your personal information to data brokers.")
        #expect(finding.new?.line == 3)
        #expect(finding.explanation.contains("We may sell your personal information"))
    }

    @Test func severityFollowsTheCatalogue() {
        // Advertising gates; a new basic-service purpose only informs.
        let ads = ReviewFixtures.review("We use your information to provide our services.",
                                        "We use your information to provide our services and for targeted advertising.")
        #expect(ads.findings.first { $0.rule == "purpose.new-purpose" }?.severity == .material)
        let security = ReviewFixtures.review("We use your information to provide our services.",
                                             "We use your information to provide our services and to prevent fraud.")
        #expect(security.findings.first { $0.rule == "purpose.new-purpose" }?.severity == .minor)
        // A deleted section of commitments is for review ("medium (review)"), never a gate by itself.
        let deleted = ReviewFixtures.review("## Sharing\n\nWe share data.\n\n## Staff access\n\nWe will never access the contents of your messages.\n",
                                            "## Sharing\n\nWe share data.\n")
        #expect(deleted.findings.first { $0.rule == "other.commitment-section-deleted" }?.severity == .minor)
    }

    @Test func explanationsNameTheChangedQuantity() throws {
        let review = ReviewFixtures.review("We delete server logs after 90 days.", "We delete server logs after one year.")
        let finding = try #require(review.findings.first { $0.rule == "retention.period-lengthened" })
        #expect(finding.explanation.contains("(90 days → 1 year)"))
        #expect(finding.explanation.contains("We delete server logs after one year."))
        let notice = ReviewFixtures.review("We will notify you by email at least 30 days before changes to this policy take effect.",
                                           "We will notify you by email at least 7 days before changes to this policy take effect.")
        #expect(notice.findings.first { $0.rule == "notice-of-changes.period-shortened" }?.explanation.contains("(30 days → 1 week)") == true)
    }

    @Test func expansionsHaveTheirOwnTitles() throws {
        let review = ReviewFixtures.review("You can ask us to delete your data.",
                                           "You can ask us to delete your data. You can ask us to correct inaccurate data.")
        let expansion = try #require(review.expansions.first { $0.rule == "user-rights.right-removed" })
        #expect(expansion.explanation.hasPrefix("A right of users was added (correct)"))
    }

    @Test func expansionsAreReportedSeparately() {
        let review = ReviewFixtures.review("You can ask us to delete your data.",
                                           "You can ask us to delete your data. You can ask us to correct inaccurate data.")
        #expect(review.material.isEmpty)
        #expect(review.expansions.contains { $0.rule == "user-rights.right-removed" && $0.direction == .expansion })
    }

    @Test func legalCitationNumbersAreNotQuantities() {
        let rules = ReviewFixtures.rules("Under Article 15 you can access your personal data. We will notify you of changes to this policy by email.",
                                         "Under Article 30 you can access your personal data. We will notify you of changes to this policy by email.")
        #expect(rules.isEmpty)
    }

    @Test func localesWithoutLexiconHaveNoRules() {
        let old = ReviewFixtures.document("Wir verkaufen Ihre Daten nicht.")
        let new = ReviewFixtures.document("Wir verkaufen Ihre Daten.")
        #expect(Reviewer.review(old: old, new: new, diff: Differ.diff(old, new), locale: "de") == Review())
        #expect(Lexicon.named("en-GB") != nil)
    }
}
