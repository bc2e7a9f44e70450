import Testing

/// Round 4's false-positive families of the consecutive sweep (domain.md §B.6 and the §B.4 traps):
/// a removed feature's section, the direction of a flow, sharing the user starts or of
/// de-identified data, a denied opt-out of a sale that never happens, reworded children's text;
/// and one recall gap, a tracker added to a section that never had it. Run like `RuleCases`.
enum FlowAndFeatureCases {
    static let all: [RuleCase] = [
        // The right goes while the feature stays: removed. The feature goes with its section: not.
        RuleCase(rule: "user-rights.right-removed",
                 old: "## Screenshots\n\nWe store the screenshots you upload. You can delete your personal data at any time.\n",
                 new: "## Screenshots\n\nWe store the screenshots you upload.\n",
                 trapOld: "## Your account\n\nWe collect your email address.\n\n## Screenshots\n\nWe store the screenshots you upload. You can delete your personal data at any time.\n",
                 trapNew: "## Your account\n\nWe collect your email address.\n"),
        // Data coming to us ("shared with our Services") names no recipient of ours.
        RuleCase(rule: "sharing.new-recipient",
                 old: "We share your information with service providers.",
                 new: "We share your information with service providers. We share your information with advertisers.",
                 trapOld: "We share your information with service providers.",
                 trapNew: "We share your information with service providers. Review what data advertisers have shared with our Services."),
        // Sharing the user starts ("at your direction") is the user's choice, not a new recipient.
        RuleCase(rule: "sharing.new-recipient",
                 old: "We share your information with service providers.",
                 new: "We share your information with service providers. We may share your information with third parties.",
                 trapOld: "We share your information with service providers.",
                 trapNew: "We share your information with service providers. At your direction, we may share your information with third parties."),
        // Aggregated data shared is not a person's data going to a new recipient.
        RuleCase(rule: "sharing.new-recipient",
                 old: "We share your information with service providers.",
                 new: "We share your information with service providers. We share your usage information with advertisers.",
                 trapOld: "We share your information with service providers.",
                 trapNew: "We share your information with service providers. We share aggregated statistics with advertisers."),
        // No opt-out of a sale that the policy says never happens takes nothing away.
        RuleCase(rule: "choice-opt-out.opt-out-removed",
                 old: "You can opt out of the sale of your personal information.",
                 new: "We do not offer an opt-out of the sale of personal information.",
                 trapOld: "We do not sell your personal information.",
                 trapNew: "We do not sell your personal information. So, we do not offer an opt-out of the sale of personal information."),
        // Consent as a way around the age bar, dropped while the bar stays, leaves the bar stricter.
        RuleCase(rule: "children.parental-consent-dropped",
                 old: "Children under 13 may use the service with the consent of a parent or guardian.",
                 new: "Children under 13 may use the service.",
                 trapOld: "If you are below the minimum age in your country, you may not use the service without your parent's consent.",
                 trapNew: "If you are below the minimum age in your country, you may not have an account."),
        // The parent's consent in other words ("your child … without your consent").
        RuleCase(rule: "children.parental-consent-dropped",
                 old: "We do not knowingly collect data from children. If a parent or guardian learns that a child provided data without their consent, they should contact us.",
                 new: "We do not knowingly collect data from children.",
                 trapOld: "We do not knowingly collect data from children. If a parent or guardian learns that a child provided data without their consent, they should contact us.",
                 trapNew: "We do not knowingly collect data from children. If you become aware that your child has provided us with data without your consent, please contact us."),
        // Acceptance by continued use, not notice given before continuing to use.
        RuleCase(rule: "notice-of-changes.implied-consent-added",
                 old: "We may change this policy.",
                 new: "We may change this policy. Your continued use of the services means that you accept the changes.",
                 trapOld: "We may change this policy.",
                 trapNew: "We may change this policy. We will notify you before we make changes to this policy and give you the opportunity to review the revised policy before continuing to use our services."),
        // Cookies kept "for an extended period" on a device are no records kept without limit.
        RuleCase(rule: "retention.limit-removed",
                 old: "We keep your usage data for 12 months.",
                 new: "We keep your usage data for 12 months. We store your messages for an extended period of time.",
                 trapOld: "We keep your usage data for 12 months. Cookie information: cookies are small pieces of data we store for an extended period of time on your device.",
                 trapNew: "We keep your usage data for 12 months. We use cookies (small pieces of data we store for an extended period of time on your device)."),
        // A tracker reaching off the service, added to a section that never had it, while another
        // section already spoke of it; merged in from a sentence of the same section, it is no change.
        RuleCase(rule: "tracking.new-tracking-technology",
                 old: Self.trackerOld,
                 new: Self.trackerOld.replacingOccurrences(of: "advertising on our services", with: "advertising on and off our services"),
                 trapOld: Self.trackerOld.replacingOccurrences(of: "* Monitor trends.", with: "* Measure ads on and off our services."),
                 trapNew: Self.trackerOld.replacingOccurrences(of: "advertising on our services;", with: "advertising and measure ads on and off our services;")
                    .replacingOccurrences(of: "* Monitor trends.\n", with: "")),
    ]

    static let trackerOld = """
        ## What we collect

        We receive information from partners about your activity on and off our services. We collect your email address.

        ## How we use information

        We use information about you to:

        * Provide customer service;
        * Show you personalized advertising on our services;
        * Monitor trends.

        """
}

@Suite struct FlowAndFeatureTests {
    @Test(arguments: FlowAndFeatureCases.all)
    func firesOnReduction(_ c: RuleCase) {
        #expect(ReviewFixtures.rules(c.old, c.new).contains(c.rule))
    }

    @Test(arguments: FlowAndFeatureCases.all)
    func quietOnTrap(_ c: RuleCase) {
        #expect(!ReviewFixtures.rules(c.trapOld, c.trapNew).contains(c.rule))
    }

    @Test(arguments: FlowAndFeatureCases.all)
    func reverseIsNoReduction(_ c: RuleCase) {
        #expect(!ReviewFixtures.rules(c.new, c.old).contains(c.rule))
    }

    /// A deleted section about rights names no feature: losing it still removes the right.
    @Test func aDeletedRightsSectionStillRemovesTheRight() {
        let old = "## Your account\n\nWe collect your email address.\n\n## Your rights\n\nWe store your requests. You can delete your personal data at any time.\n"
        #expect(ReviewFixtures.rules(old, "## Your account\n\nWe collect your email address.\n").contains("user-rights.right-removed"))
    }

    /// A removed feature's lost commitments are still shown, as the minor section-deleted note.
    @Test func aRemovedFeatureStillInforms() {
        let c = FlowAndFeatureCases.all[0]
        let review = ReviewFixtures.review(c.trapOld, c.trapNew)
        #expect(review.material.isEmpty)
        #expect(review.findings.contains { $0.rule == "other.commitment-section-deleted" && $0.severity == .minor })
    }
}
