import Testing

/// Round 9 (issue 4): the families labels-team6's misses and false alarms belong to (domain.md
/// §B.4), written with invented sentences, each with a positive, a §B.6 trap and the reverse.
/// Run like `RuleCases` (`CaseFamilyTests`).
enum AggregationAndGroundsCases {
    static let all: [RuleCase] = [
        // Data the company only aggregated is now collected as it is (per person); the same
        // sentence with a new one saying it is kept only in aggregate form is none.
        RuleCase(rule: "purpose.aggregate-to-individual",
                 old: "## Reading statistics\n\nWe aggregate how often articles are opened, the article title and your app version.\n",
                 new: "## Reading statistics\n\nWe may collect how often articles are opened, the article title and your app version.\n",
                 trapOld: "## Reading statistics\n\nWe aggregate how often articles are opened, the article title and your app version.\n",
                 trapNew: "## Reading statistics\n\nWe may collect how often articles are opened, the article title and your app version. This information is stored only in aggregated form.\n"),
        // Aggregated at once → aggregated only after a period (per person until then); the same
        // period reworded is none.
        RuleCase(rule: "purpose.aggregate-to-individual",
                 old: "## Reading statistics\n\nWe keep how often articles are opened and your app version only in aggregate form.\n",
                 new: "## Reading statistics\n\nWe keep how often articles are opened and your app version, and after 90 days only in aggregate form.\n",
                 trapOld: "## Reading statistics\n\nWe keep how often articles are opened and your app version in aggregate form after 90 days.\n",
                 trapNew: "## Reading statistics\n\nAfter 90 days, we keep how often articles are opened and your app version only in aggregate form.\n"),
        // A closed list of exceptions to "our staff do not look at your files" gains a ground of
        // the company's own judgment; a ground that is the user's own choice is none.
        RuleCase(rule: "security.commitment-hedged",
                 old: "## Access\n\nOur staff do not look at your files unless required for security purposes or to help you with a support request.\n",
                 new: "## Access\n\nOur staff do not look at your files except for:\n\n* security purposes\n* to help you with a support request\n* if we suspect the files break our community rules\n",
                 trapOld: "## Access\n\nOur staff do not look at your files unless required for security purposes or to help you with a support request.\n",
                 trapNew: "## Access\n\nOur staff do not look at your files except for:\n\n* security purposes\n* to help you with a support request\n* with your consent\n"),
        // The same list gaining a legal duty (domain.md §B.6 trap 7) is none; a practice the old
        // section described beside the list, merged into it, is none either.
        RuleCase(rule: "security.commitment-hedged",
                 old: "## Access\n\nOur staff do not look at your files unless required for security purposes.\n",
                 new: "## Access\n\nOur staff do not look at your files unless required for security purposes or if we believe the files help someone commit fraud.\n",
                 trapOld: "## Access\n\nOur staff do not look at your files unless required for security purposes. We may scan files automatically for known malware.\n",
                 trapNew: "## Access\n\nOur staff do not look at your files except for:\n\n* security purposes\n* automated scanning for known malware\n* to comply with a subpoena or court order\n"),
        // Data routed by the product to an outside service the old version never spoke of; a
        // service the old version already described is none.
        RuleCase(rule: "sharing.new-recipient",
                 old: "## Connections\n\nThe app connects to our servers to check for updates.\n",
                 new: "## Connections\n\nThe app connects to our servers to check for updates. The app routes your voice commands to a transcription service that has agreed to our privacy standards.\n",
                 trapOld: "## Connections\n\nWe use a transcription service to turn your voice commands into text.\n",
                 trapNew: "## Connections\n\nThe app routes your voice commands to a transcription service that has agreed to our privacy standards.\n"),
        // Every transfer mechanism dropped is a removal; Privacy Shield dropped while the
        // Commission-approved contractual arrangements stay is a replacement (domain.md trap).
        RuleCase(rule: "international-transfer.safeguard-removed",
                 old: "## Transfers\n\nWhen we transfer your information to the United States, we rely on the EU-US Privacy Shield.\n",
                 new: "## Transfers\n\nWe may transfer your information to the United States.\n",
                 trapOld: "## Transfers\n\nWe protect transfers by entering into European Commission approved standard contractual arrangements with recipients, or by ensuring they have signed up to the EU-US Privacy Shield.\n",
                 trapNew: "## Transfers\n\nWe protect transfers by entering into European Commission approved standard contractual arrangements with recipients.\n"),
        // A deletion promise dropped is weakened; the same promise made firmer with an adverb
        // ("are immediately deleted") is none.
        RuleCase(rule: "retention.deletion-weakened",
                 old: "## Your account\n\nWhen you close your account, your drafts will be deleted from our servers.\n",
                 new: "## Your account\n\nWhen you close your account, your drafts may stay on our servers.\n",
                 trapOld: "## Your account\n\nWhen you close your account, your drafts will be deleted from our servers.\n",
                 trapNew: "## Your account\n\nWhen you close your account, your drafts are immediately deleted from our servers.\n"),
        // A cookie control dropped is an opt-out removed; dropped together with the tracking it
        // controlled (the new version newly promises no third-party analytics) it is none.
        RuleCase(rule: "choice-opt-out.opt-out-removed",
                 old: "## Cookies\n\nWe use third-party analytics cookies. You can disable cookies in your browser.\n",
                 new: "## Cookies\n\nWe use third-party analytics cookies.\n",
                 trapOld: "## Cookies\n\nWe use third-party analytics cookies. You can disable cookies in your browser.\n",
                 trapNew: "## Cookies\n\nWe only use strictly necessary cookies and do not use any third-party analytics services.\n"),
        // An exception cut into a denial of sharing is a hole; one that needs the user's
        // permission keeps the user in control (opt-in) and is none.
        RuleCase(rule: "sharing.prohibition-lifted",
                 old: "## Advertisers\n\nWe report to advertisers how their ads perform, but we do not share information that identifies you.\n",
                 new: "## Advertisers\n\nWe report to advertisers how their ads perform, but we do not share information that identifies you unless an advertiser sponsors a contest you enter.\n",
                 trapOld: "## Advertisers\n\nWe report to advertisers how their ads perform, but we do not share information that identifies you.\n",
                 trapNew: "## Advertisers\n\nWe report to advertisers how their ads perform, but we do not share information that identifies you unless you give us permission.\n"),
    ]
}

@Suite struct AggregationAndGroundsTests {
    /// "Firefox routes …": a product named by its own name is the subject even when "users"
    /// stands earlier in the clause ("For some Acme users in Canada, Acme routes …").
    @Test func aProductNamedAfterItsUsersIsTheSubject() {
        let rules = ReviewFixtures.rules("## Connections\n\nAcme checks for updates.\n",
                                         "## Connections\n\nAcme checks for updates. For some Acme users in Canada, Acme routes address lookups to a resolver service.\n")
        #expect(rules.contains("sharing.new-recipient"))
    }

    /// Sending data to "a service provider" names a class the recipient sets compare, and to a
    /// service the user chooses is the user's own sharing: neither is a described outside service.
    @Test func aClassOrTheUsersChoiceIsNoDescribedService() {
        for sentence in ["The app sends your location to a hosting service provider.",
                         "If you choose to, the app sends your voice commands to a transcription service."] {
            let review = ReviewFixtures.review("## Connections\n\nThe app checks for updates.\n", "## Connections\n\nThe app checks for updates. \(sentence)\n")
            // (A new "service provider" class is the set rule's own finding; no described service is reported.)
            #expect(!review.findings.contains { $0.rule == "sharing.new-recipient" && ($0.explanation.contains("(a transcription service") || $0.explanation.contains("(a hosting service")) })
        }
    }

    /// A ground that refers back to the policy ("except as provided in this Privacy Statement")
    /// adds nothing the list does not say.
    @Test func aGroundThatPointsToThePolicyIsNone() {
        let rules = ReviewFixtures.rules("## Access\n\nOur staff do not look at your files unless required for security purposes.\n",
                                         "## Access\n\nOur staff do not look at your files except as provided in this Privacy Policy and for security purposes.\n")
        #expect(!rules.contains("security.commitment-hedged"))
    }
}
