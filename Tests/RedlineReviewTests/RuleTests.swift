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
