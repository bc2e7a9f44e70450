import Testing

/// The families of rounds 5 to 10 (`BurdenAndScopeCases`, `DefaultsAndPromisesCases`,
/// `SubjectsAndVendorsCases`, `ExceptionsAndSourcesCases`, `AggregationAndGroundsCases`, `ListGrowthCases`, round 11's `InboundAndOptInCases`, round 12's `DenialScopeCases`, round 13's `RewriteGateCases`, round 14's `NarrowedPromiseCases`, round 15's `ResponseAndRewrapCases`): every rule fires on its positive, stays
/// quiet on its §B.6 trap, and the reverse change is no material reduction. (`PrecisionCases` and
/// `FlowAndFeatureCases` ask more of the reverse — no finding of the rule at all — in their own suites.)
@Suite struct CaseFamilyTests {
    static let all = BurdenAndScopeCases.all + DefaultsAndPromisesCases.all
        + SubjectsAndVendorsCases.all + ExceptionsAndSourcesCases.all + AggregationAndGroundsCases.all + ListGrowthCases.all
        + InboundAndOptInCases.all + DenialScopeCases.all + RewriteGateCases.all + NarrowedPromiseCases.all
        + ResponseAndRewrapCases.all

    @Test(arguments: all)
    func firesOnReduction(_ c: RuleCase) {
        #expect(ReviewFixtures.rules(c.old, c.new).contains(c.rule))
    }

    @Test(arguments: all)
    func quietOnTrap(_ c: RuleCase) {
        #expect(!ReviewFixtures.rules(c.trapOld, c.trapNew).contains(c.rule))
    }

    @Test(arguments: all)
    func reverseIsNoReduction(_ c: RuleCase) {
        #expect(!ReviewFixtures.review(c.new, c.old).findings.contains { $0.rule == c.rule && $0.severity == .material })
    }
}
