import Testing

/// Positive and trap examples for the false-positive patterns found in the consecutive sweep
/// (domain.md §B.6) and the recall gaps of §B.4 closed alongside; run like `RuleCases`.
enum PrecisionCases {
    static let all: [RuleCase] = [
        // A refusal to opt out of service messages takes no choice away.
        RuleCase(rule: "choice-opt-out.opt-out-removed",
                 old: "You can opt out of product news emails in your settings.",
                 new: "You may not opt out of product news emails.",
                 trapOld: "We send you product news.",
                 trapNew: "We send you product news. You may not opt out of service-related emails, which are not promotional."),
        // Silent, then "not honoured": a disclosure; mentioned, then "not honoured": a step down.
        RuleCase(rule: "tracking.signal-no-longer-honored",
                 old: "Some browsers send Do Not Track signals to websites.",
                 new: "We do not respond to Do Not Track signals.",
                 trapOld: "We use cookies to remember your settings.",
                 trapNew: "We use cookies to remember your settings. At this time we do not respond to Do Not Track signals."),
        // A right granted only to EEA users is not conditioned by a general "depending on where you live".
        RuleCase(rule: "user-rights.right-conditioned",
                 old: "You can ask us to delete your data.",
                 new: "In certain circumstances, you can ask us to delete your data.",
                 trapOld: "## EEA users\n\nUsers in the European Economic Area have the right to request erasure of their personal data.\n",
                 trapNew: "## Your rights\n\nDepending on where you live, you may have the right to request erasure of your personal data.\n\n## EEA users\n\nUsers in the European Economic Area have the right to request erasure of their personal data.\n"),
        // …but a general grant that now depends on where the user lives is narrowed.
        RuleCase(rule: "user-rights.scope-narrowed",
                 old: "## Your rights\n\nYou can ask us to delete your data.\n\n## EEA users\n\nYou can ask us to delete your data.\n",
                 new: "## Your rights\n\nDepending on where you live, you can ask us to delete your data.\n\n## EEA users\n\nYou can ask us to delete your data.\n",
                 trapOld: "## Your rights\n\nYou can ask us to delete your data.\n",
                 trapNew: "## Your rights\n\nYou can ask us to delete your data at any time.\n"),
        // Collection "from third parties" covers vendors, partners and affiliates; not data brokers.
        RuleCase(rule: "collection.new-source",
                 old: "We may collect personal data about you from third parties.",
                 new: "We may collect personal data about you from third parties and from data brokers.",
                 trapOld: "We may collect personal data about you from third parties.",
                 trapNew: "We may receive information about you from third parties, like vendors, partners, or affiliates."),
        // Disclosure the law compels is not a recipient the company chose.
        RuleCase(rule: "sharing.new-recipient",
                 old: "We share your information with service providers.",
                 new: "We share your information with service providers and government agencies.",
                 trapOld: "We share your information with service providers.",
                 trapNew: "We share your information with service providers. We disclose information to law enforcement when required by law, such as in response to a subpoena."),
        // Sources, the subject of someone else's sharing, whom a disclosure protects, data sent to us.
        RuleCase(rule: "sharing.new-recipient",
                 old: "We share your information with service providers.",
                 new: "We share your information with service providers and our advertising partners.",
                 trapOld: "We share your information with service providers.",
                 trapNew: "We share your information with service providers. We receive information about you from publicly available sources. Information your friends share with you appears in your feed. We may disclose information to protect the rights, property or safety of our users or third parties. Contact details may be provided to us by other users."),
        RuleCase(rule: "tracking.new-tracking-technology",
                 old: "We use cookies to remember your preferences.",
                 new: "We use cookies to remember your preferences and device fingerprinting to recognise you across websites.",
                 trapOld: "We use cookies to remember your preferences.",
                 trapNew: "We use cookies to remember your preferences. We scan uploads for known malware using algorithmic fingerprinting techniques."),
        // Data kept for a legal request is kept because the law says so.
        RuleCase(rule: "retention.limit-removed",
                 old: "We keep your usage data for 12 months.",
                 new: "We keep your usage data for 12 months. Information may be retained for an extended period of time.",
                 trapOld: "We keep your usage data for 12 months.",
                 trapNew: "We keep your usage data for 12 months. Information may be retained for an extended period of time when it is the subject of a legal request or obligation."),
        // "We only delete this after you delete your account" promises deletion.
        RuleCase(rule: "retention.deletion-weakened",
                 old: "You can delete your account at any time.",
                 new: "You can delete your account at any time. We may retain certain information even after you delete your account.",
                 trapOld: "You can delete your account at any time.",
                 trapNew: "You can delete your account at any time. Some information is needed to provide the service, so we only delete it after you delete your account."),
        // "By updating our website or sending an email" keeps the website notice.
        RuleCase(rule: "notice-of-changes.channel-weakened",
                 old: "We will notify you of material changes to this policy at least 30 days prior to the change taking effect by posting a notice on our home page or sending email.",
                 new: "We will notify you of material changes to this policy at least 30 days prior to the change taking effect by sending email.",
                 trapOld: "We will notify you of material changes to this policy at least 30 days prior to the change taking effect by posting a notice on our home page or sending email.",
                 trapNew: "If there are material changes to this policy, we will provide at least 30 days prior notice by updating our website or sending an email."),
        // "modify" corrects; "To opt out…, you can click" grants.
        RuleCase(rule: "user-rights.right-removed",
                 old: "You may access and update or correct the information you provide. You may opt out of sharing data for advertising by selecting Cookie Preferences.",
                 new: "You may access the information you provide.",
                 trapOld: "You may access and update or correct the information you provide. You may opt out of sharing data for advertising by selecting Cookie Preferences.",
                 trapNew: "We provide you with tools to access or modify the personal information you provide. To opt out of the sharing of your personal information, you can click the Do Not Share link."),
        // New sources (domain.md collection.new-source): app stores are no ordinary third party.
        RuleCase(rule: "collection.new-source",
                 old: "We may receive information about you from third parties.",
                 new: "We may receive information about you from third parties. We may also receive information about you from app store APIs, such as your age range.",
                 trapOld: "We may receive information about you from app stores and third parties.",
                 trapNew: "We may receive information about you from third parties and app stores."),
        // Widened scope: use across a family of products, or by recipients for their own ends.
        RuleCase(rule: "other.scope-or-controller-changed",
                 old: "We use your IP address to prevent fraud.",
                 new: "We use your IP address to prevent fraud across our products.",
                 trapOld: "We use your IP address to prevent fraud across our products.",
                 trapNew: "Across our products, we use your IP address to prevent fraud."),
        RuleCase(rule: "other.scope-or-controller-changed",
                 old: "We share device identifiers with our affiliates to help provide the Service.",
                 new: "We share device identifiers with our affiliates to help provide the Service and our affiliates' own services.",
                 trapOld: "We share device identifiers with our affiliates to help provide the Service.",
                 trapNew: "We share device identifiers with our affiliates, who help us provide the Service."),
        // A stated period that became open-ended in the same sentence.
        RuleCase(rule: "retention.limit-removed",
                 old: "We keep the records we collect for a maximum of 18 months.",
                 new: "We keep the records we collect for the duration of your account.",
                 trapOld: "We keep the records we collect for a maximum of 18 months.",
                 trapNew: "We keep the records we collect for at most eighteen months."),
        // One transfer mechanism replacing another is no removal; losing all of them is.
        RuleCase(rule: "international-transfer.safeguard-removed",
                 old: "We transfer data to the United States under the EU-US Privacy Shield.",
                 new: "We transfer data to the United States.",
                 trapOld: "We rely on the EU-US Privacy Shield and on standard contractual clauses for transfers.",
                 trapNew: "We rely on standard contractual clauses approved by the European Commission for transfers."),
        // Sale named in an opt-out right or a denial, marketing pages, and machine learning used
        // (not trained) are no new purposes.
        RuleCase(rule: "purpose.new-purpose",
                 old: "We use your information to provide our services.",
                 new: "We use your information to provide our services and to train machine learning models.",
                 trapOld: "We use your information to provide our services.",
                 trapNew: "We use your information to provide our services. You may request to opt out of the sale of personal information, although we do not sell personal information."),
        // A sentence broken across paragraphs by a PDF extraction is read whole.
        RuleCase(rule: "children.prohibition-lifted",
                 old: "## Children\n\nChildren under 13 are not\n\nallowed to register.\n",
                 new: "## Children\n\nChildren under 13 may register with a parent.\n",
                 trapOld: "## Children\n\nChildren under 13 are not allowed to register.\n",
                 trapNew: "## Children\n\nChildren under 13 are not\n\nallowed to register.\n"),
    ]
}

@Suite struct PrecisionTests {
    @Test(arguments: PrecisionCases.all)
    func firesOnReduction(_ c: RuleCase) {
        #expect(ReviewFixtures.rules(c.old, c.new).contains(c.rule))
    }

    @Test(arguments: PrecisionCases.all)
    func quietOnTrap(_ c: RuleCase) {
        #expect(!ReviewFixtures.rules(c.trapOld, c.trapNew).contains(c.rule))
    }

    @Test(arguments: PrecisionCases.all)
    func reverseIsNoReduction(_ c: RuleCase) {
        #expect(!ReviewFixtures.rules(c.new, c.old).contains(c.rule))
    }

    /// "Marketing pages" name pages, and machine learning *used* is no training: neither gates.
    @Test func marketingPagesAndMachineLearningUsedAreNoMaterialPurposes() {
        let review = ReviewFixtures.review("We use your information to provide our services.",
                                           "We use your information to provide our services. When you browse our marketing pages, we collect your browser version. We process a selfie to estimate your age using machine learning technology.")
        #expect(!review.material.contains { $0.rule == "purpose.new-purpose" })
        let training = ReviewFixtures.review("We use your information to provide our services.",
                                             "We use your information to provide our services and to improve our machine learning models.")
        #expect(training.material.contains { $0.rule == "purpose.new-purpose" })
    }
}
