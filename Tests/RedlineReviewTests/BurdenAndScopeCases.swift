import Testing

/// Round 5 (issue 4): the reductions round 4 found unmodelled on untuned pairs — a new data
/// category to a recipient already named, an identity check or an exemption on a right, the
/// policy's own scope narrowed, a retention clock started later, collection by a new feature —
/// each with the catalogue's traps (§B.6: moved text, reworded-equivalent, examples added to a
/// list, clarifications); and the false-alarm families that generalise. Run like `RuleCases`.
enum BurdenAndScopeCases {
    static let all: [RuleCase] = [
        // (a) What an existing recipient gets grew; an example of a category already shared did not.
        RuleCase(rule: "sharing.new-data-shared",
                 old: "We share your email address with advertisers.",
                 new: "We share your email address and your phone number with advertisers.",
                 trapOld: "We share your contact information with advertisers.",
                 trapNew: "We share your contact information, such as your email address and phone number, with advertisers."),
        // (a) The same flow moved into another section and merged with one already there.
        RuleCase(rule: "sharing.new-data-shared",
                 old: "## Ads\n\nWe share your email address with advertisers.\n",
                 new: "## Ads\n\nWe share your email address with advertisers. We share your usage data with advertisers.\n",
                 trapOld: "## Ads\n\nWe share your email address with advertisers.\n\n## Logs\n\nWe share your usage data with advertisers.\n",
                 trapNew: "## Ads\n\nWe share your email address and your usage data with advertisers.\n"),
        // (b) An identity check before a request is answered; the same check in other words is none.
        RuleCase(rule: "user-rights.exercise-harder",
                 old: "You can delete your personal data at any time. Send requests to privacy@example.com.",
                 new: "You can delete your personal data at any time. Send requests to privacy@example.com. Before we act on a request, we will verify your identity.",
                 trapOld: "You can delete your personal data at any time. We will confirm your identity before responding to a request.",
                 trapNew: "You can delete your personal data at any time. Before we answer a request, we will verify your identity."),
        // (c) A promise made conditional: requests may be refused under exemptions.
        RuleCase(rule: "user-rights.right-conditioned",
                 old: "You can delete your personal data at any time.",
                 new: "You can delete your personal data at any time. Certain information may be exempt from such requests under applicable law.",
                 trapOld: "You can delete your personal data at any time. Some requests are subject to exceptions under applicable law.",
                 trapNew: "You can delete your personal data at any time. Certain information may be exempt from such requests under applicable law."),
        // (c) The policy's scope narrowed; a clarification it already made, reworded, did not.
        RuleCase(rule: "other.scope-narrowed",
                 old: "This policy applies to information we collect through our services.",
                 new: "This policy applies to information we collect through our services. This policy does not cover information we process on behalf of our business customers.",
                 trapOld: "This policy does not apply to third-party websites that you visit.",
                 trapNew: "This privacy policy does not apply to websites of third parties that you visit."),
        // (d) The retention clock starts later; "after you submit it" is "after submission".
        RuleCase(rule: "retention.period-lengthened",
                 old: "We delete the copy of your ID 30 days after submission.",
                 new: "We delete the copy of your ID 30 days after review.",
                 trapOld: "We delete the copy of your ID 30 days after submission.",
                 trapNew: "We delete the copy of your ID 30 days after you submit it."),
        // (e) A new feature's section collects data; a section renamed around the same feature does not.
        RuleCase(rule: "collection.new-feature",
                 old: "## Account\n\nWe collect your email address.\n",
                 new: "## Account\n\nWe collect your email address.\n\n## Voice assistant\n\nWhen you use the voice assistant, we collect your email address and your device identifier.\n",
                 trapOld: "## Account\n\nWe collect your email address.\n\n## Assistant\n\nWhen you use the voice assistant, we collect your email address.\n",
                 trapNew: "## Account\n\nWe collect your email address.\n\n## Voice assistant\n\nWhen you use the voice assistant, we collect your email address.\n"),
        // A heading turned into a bullet puts the old heading's text under a lead-in that names
        // whom the product connects to: a structure-only change creates no recipient.
        RuleCase(rule: "sharing.new-recipient",
                 old: "We share your information with partners.",
                 new: "We share your information with partners. We share your usage data with our service providers.",
                 trapOld: "Firefox connects to us and our service providers to provide the features below.\n\n### Security\n\nFirefox sends to the certificate's status provider information identifying the site.\n",
                 trapNew: "Firefox connects to us and our service providers to provide the features below.\n\n* Security: Firefox sends to the certificate's status provider information identifying the site.\n"),
        // Removing a transfer mechanism's section (Privacy Shield's own notice principle) is no
        // weaker notice of the policy's changes; dropping e-mail notice from the policy is.
        RuleCase(rule: "notice-of-changes.channel-weakened",
                 old: "## Changes\n\nIf we make material changes to this policy, we will notify you by email and post a notice on our website.\n",
                 new: "## Changes\n\nIf we make material changes to this policy, we will post a notice on our website.\n",
                 trapOld: "## Sharing\n\nWe share data with service providers.\n\n## Privacy Shield\n\nWe comply with the Privacy Shield framework. If we make material changes to this policy that affect Privacy Shield data, we will notify you by email and offer an opt in.\n",
                 trapNew: "## Sharing\n\nWe share data with service providers.\n"),
        // A right widened from EU individuals to "you" under a GDPR heading reaches the same people.
        RuleCase(rule: "user-rights.scope-narrowed",
                 old: "## Your rights\n\nYou have the right to make a complaint to a supervisory authority.\n",
                 new: "## Your rights\n\n### EEA residents\n\nYou have the right to make a complaint to a supervisory authority.\n",
                 trapOld: "## Your rights\n\nEU individuals also have the right to make a complaint to a supervisory authority.\n",
                 trapNew: "## Your rights\n\n### GDPR\n\nYou also have the right to make a complaint to a supervisory authority.\n"),
        // Saying data is not encrypted at rest, where encryption was never promised, discloses a practice.
        RuleCase(rule: "security.safeguard-removed",
                 old: "We encrypt your data at rest.",
                 new: "Your data is not encrypted at rest.",
                 trapOld: "We limit access to your data to staff who need it.",
                 trapNew: "We limit access to your data to staff who need it. Our data is not encrypted at rest."),
        // Security "across our services" protects them all; personalising across them is cross-context use.
        RuleCase(rule: "purpose.aggregate-to-individual",
                 old: "We use your information to personalize your experience.",
                 new: "We use your information to personalize your experience across our services.",
                 trapOld: "We use your information to prevent fraud.",
                 trapNew: "We use your information to prevent fraud and abuse across our services."),
        // The time to answer a request is no retention period.
        RuleCase(rule: "retention.period-lengthened",
                 old: "We keep your usage data for 30 days.",
                 new: "We keep your usage data for 90 days.",
                 trapOld: "Requests to delete data received last year got a response in 4 days on average.",
                 trapNew: "Requests to delete data received last year got a response in 9 days on average."),
    ]
}

@Suite struct BurdenAndScopeTests {
    /// A burden that comes with a right the old version never granted is part of an expansion.
    @Test func aCheckThatComesWithANewRightIsNoReduction() {
        let review = ReviewFixtures.review("You can delete your personal data at any time.",
                                           "You can delete your personal data at any time. You can object to our processing. We will verify your identity before we act on a request.")
        #expect(!review.findings.contains { $0.rule == "user-rights.exercise-harder" })
    }

    /// The clock counted from an earlier event is an expansion, and the explanation names both events.
    @Test func anEarlierClockIsAnExpansionAndTheClocksAreNamed() throws {
        let review = ReviewFixtures.review("We delete the copy of your ID 30 days after review.",
                                           "We delete the copy of your ID 30 days after submission.")
        #expect(review.material.isEmpty)
        let expansion = try #require(review.expansions.first { $0.rule == "retention.period-lengthened" })
        #expect(expansion.explanation.contains("after review"))
        let reduction = try #require(ReviewFixtures.review("We delete the copy of your ID 30 days after submission.",
                                                           "We delete the copy of your ID 30 days after review.").material.first)
        #expect(reduction.explanation.contains("after submission") && reduction.explanation.contains("after review"))
    }
}
