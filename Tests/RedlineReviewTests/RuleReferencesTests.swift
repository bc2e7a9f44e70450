import Foundation
@testable import RedlineReview
import Testing

@Suite struct RuleReferencesTests {
    /// Every rule the catalogue can emit names its authority (domain.md §B.7 `legal_refs`).
    @Test func everyCatalogueRuleHasLegalReferences() {
        let cases: [[RuleCase]] = [RuleCases.all, PrecisionCases.all, BurdenAndScopeCases.all, DefaultsAndPromisesCases.all,
                                   SubjectsAndVendorsCases.all, ExceptionsAndSourcesCases.all,
                                   AggregationAndGroundsCases.all]
        let rules = Set(SetRule.catalogue.map(\.rule) + cases.joined().map(\.rule)).subtracting(["other.unresolved-reference"])
        for rule in rules.sorted() {
            #expect(!RuleReferences.legalRefs(rule).isEmpty, "\(rule)")
        }
    }

    @Test func confidenceFollowsHowTheRuleReads() {
        #expect(RuleReferences.confidence("sharing.new-recipient") == .ontology)
        #expect(RuleReferences.confidence("notice-of-changes.implied-consent-added") == .exactLexical)
        #expect(RuleReferences.confidence("retention.period-lengthened") == .heuristic)
        #expect(RuleReferences.legalRefs("collection.sensitive-category").contains("GDPR Art. 9"))
        // A rule without its own entry takes its category's references.
        #expect(RuleReferences.legalRefs("user-rights.right-removed") == RuleReferences.byCategory["user-rights"])
    }

    @Test func findingJSONCarriesConfidenceAndReferencesAndReadsBack() throws {
        let review = ReviewFixtures.review("We will not sell your personal information.", "We may sell your personal information to data brokers.")
        let finding = try #require(review.findings.first { $0.rule == "sharing.prohibition-lifted" })
        let data = try JSONEncoder().encode(finding)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["confidence"] as? String == "ontology")
        #expect((object["legal_refs"] as? [String])?.isEmpty == false)
        #expect(try JSONDecoder().decode(Finding.self, from: data) == finding)
    }
}
