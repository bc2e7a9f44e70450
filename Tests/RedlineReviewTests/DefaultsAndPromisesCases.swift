import Testing

/// Round 6 (issue 4): the families team3's misses belong to (domain.md §B) — a default switched
/// from off to on, a deletion the service says it cannot perform, a dropped promise not to use
/// third-party tracking, an exception cut into a commitment, a dispute route removed, data about
/// a new group of people, an enrichment vendor as a source — each with the §B.6 traps: moved
/// text, a reworded equivalent, examples added, a clarification, a negation. Run like `RuleCases`.
enum DefaultsAndPromisesCases {
    static let all: [RuleCase] = [
        // A default switched on; the same default reworded ("disabled" for "turned off") is none.
        RuleCase(rule: "choice-opt-out.opt-in-to-opt-out",
                 old: "Crash reports are turned off by default in the Beta version.",
                 new: "Crash reports are turned on by default in the Beta version.",
                 trapOld: "Crash reports are turned off by default in the Beta version.",
                 trapNew: "Crash reports are disabled by default in the Beta version."),
        // A channel moved from the off list to the on list; an on list that grew by a channel
        // nobody said was off, while the off list stays, is no switch.
        RuleCase(rule: "choice-opt-out.opt-in-to-opt-out",
                 old: "Telemetry is enabled by default in Nightly. In Beta, telemetry is turned off by default.",
                 new: "Telemetry is enabled by default in Nightly and Beta. In the release version, telemetry is turned off by default.",
                 trapOld: "Telemetry is enabled by default in Nightly. In Beta, telemetry is turned off by default.",
                 trapNew: "Telemetry is enabled by default in Nightly and Aurora. In Beta, telemetry is turned off by default."),
        // Moved defaults, and "not enabled by default" (a negation), switch nothing.
        RuleCase(rule: "choice-opt-out.opt-in-to-opt-out",
                 old: "## Reports\n\nCrash reports are off by default.\n",
                 new: "## Reports\n\nCrash reports are on by default.\n",
                 trapOld: "## Reports\n\nCrash reports are off by default.\n\n## Telemetry\n\nTelemetry is on by default.\n",
                 trapNew: "## Telemetry\n\nTelemetry is on by default.\n\n## Reports\n\nCrash reports are not enabled by default.\n"),
        // A deletion the service now says it cannot perform; the same refusal reworded is none.
        RuleCase(rule: "retention.deletion-weakened",
                 old: "You can delete your account at any time.",
                 new: "You can delete your account at any time. We are unable to delete messages you sent to other users.",
                 trapOld: "You can delete your account at any time. We cannot delete messages you sent to other users.",
                 trapNew: "You can delete your account at any time. We are unable to delete messages that you sent to other users."),
        // Deletion the law forbids is a legal hold, not the company's choice.
        RuleCase(rule: "retention.deletion-weakened",
                 old: "You can delete your account at any time.",
                 new: "You can delete your account at any time. Some records cannot be deleted once a payment is made.",
                 trapOld: "You can delete your account at any time.",
                 trapNew: "You can delete your account at any time. We cannot delete records that we are required by law to keep."),
        // A promise not to use third-party analytics dropped; reworded or moved, it stays.
        RuleCase(rule: "tracking.new-tracking-technology",
                 old: "We use first-party cookies to remember your settings. We do not use third-party analytics.",
                 new: "We use first-party cookies to remember your settings.",
                 trapOld: "We use first-party cookies to remember your settings. We do not use third-party analytics.",
                 trapNew: "We don't use any third party analytics tools. We use first-party cookies to remember your settings."),
        // A withdrawal under way ("we are removing third-party analytics") is a promise too.
        RuleCase(rule: "tracking.new-tracking-technology",
                 old: "## Analytics\n\nWe are in the process of removing third-party analytics from our websites.\n",
                 new: "## Analytics\n\nWe measure visits to our websites.\n",
                 trapOld: "## Analytics\n\nWe are in the process of removing third-party analytics from our websites.\n\n## Cookies\n\nWe use cookies.\n",
                 trapNew: "## Cookies\n\nWe use cookies.\n\n## Analytics\n\nWe have stopped using third-party analytics on our websites.\n"),
        // An exception cut into a commitment not to collect; the same exception moved in the sentence is none.
        RuleCase(rule: "collection.prohibition-lifted",
                 old: "We do not collect your payment information.",
                 new: "Except for payments made by check, we do not collect your payment information.",
                 trapOld: "Except for payments made by check, we do not collect your payment information.",
                 trapNew: "We do not collect your payment information, except for payments made by check."),
        // An example added to the commitment is no exception.
        RuleCase(rule: "collection.prohibition-lifted",
                 old: "We do not collect your precise location.",
                 new: "Other than for deliveries, we do not collect your precise location.",
                 trapOld: "We do not collect your precise location.",
                 trapNew: "We do not collect your precise location, such as the GPS coordinates of your phone."),
        // An independent dispute-resolution route removed; moved to another section, it stays.
        RuleCase(rule: "user-rights.redress-removed",
                 old: "## Disputes\n\nWe will try to resolve any complaint. If we cannot, we have selected an independent dispute resolution provider to handle it.\n",
                 new: "## Disputes\n\nWe will try to resolve any complaint.\n",
                 trapOld: "## Disputes\n\nWe will try to resolve any complaint. If we cannot, we have selected an independent dispute resolution provider to handle it.\n\n## Contact\n\nEmail us.\n",
                 trapNew: "## Contact\n\nEmail us. If we cannot resolve a complaint, an independent provider handles dispute resolution.\n\n## Disputes\n\nWe will try to resolve any complaint.\n"),
        // Data collected about a new group of people; naming the group without collecting is none.
        RuleCase(rule: "collection.new-category",
                 old: "We collect your email address.",
                 new: "We collect your email address. When you apply for a job, we collect your email address and references.",
                 trapOld: "We collect your email address.",
                 trapNew: "We collect your email address. Job applicants should see our careers page."),
        // "We do not collect information about job applicants" collects nothing.
        RuleCase(rule: "collection.new-category",
                 old: "We collect your email address.",
                 new: "We collect your email address. We collect the email address of donors.",
                 trapOld: "We collect your email address.",
                 trapNew: "We collect your email address. We do not collect information about job applicants on this site."),
        // More data about a group already named (applicants' IP addresses); an example of a
        // category already collected about them is none.
        RuleCase(rule: "collection.new-category",
                 old: "When you apply for a job, we collect your contact information.",
                 new: "When you apply for a job, we collect your contact information. During the hiring process we may also collect your IP address.",
                 trapOld: "When you apply for a job, we collect your contact information.",
                 trapNew: "When you apply for a job, we collect your contact information, such as your email address."),
        // An enrichment vendor as a source; "we do not use" one obtains nothing.
        RuleCase(rule: "collection.new-source",
                 old: "We collect your name and email address when you donate.",
                 new: "We collect your name and email address when you donate. We use a wealth screening service to improve our fundraising.",
                 trapOld: "We collect your name and email address when you donate.",
                 trapNew: "We collect your name and email address when you donate. We do not use wealth screening services."),
        // A new section about what the service does not collect is no new feature collecting data.
        RuleCase(rule: "collection.new-feature",
                 old: "## Account\n\nWe collect your email address.\n",
                 new: "## Account\n\nWe collect your email address.\n\n## Voice assistant\n\nWhen you use the voice assistant, we collect your email address and your device identifier.\n",
                 trapOld: "## Account\n\nWe collect your email address.\n",
                 trapNew: "## Account\n\nWe collect your email address.\n\n## Information we do not collect\n\nWe do not collect your precise location. We collect your device identifier only to keep your session.\n"),
        // The sweep's new-recipient false alarms: publicly available data is a source, others who
        // searched receive nothing, and a visibility the user sets names no recipient.
        RuleCase(rule: "sharing.new-recipient",
                 old: "We share your search queries with partners.",
                 new: "We share your search queries with partners and advertisers.",
                 trapOld: "We share your search queries with partners.",
                 trapNew: "We share your search queries with partners to show phrases other people have searched for."),
        RuleCase(rule: "sharing.new-recipient",
                 old: "We share your information with partners.",
                 new: "We share your information with partners. We share your posts with the public.",
                 trapOld: "We share your information with partners.",
                 trapNew: "We share your information with partners. We use publicly available data to estimate your age. You decide whether the posts we share are publicly available."),
    ]
}

@Suite struct DefaultsAndPromisesTests {
    /// The reverse of a switch to on is an expansion, and the explanation names what switched.
    @Test func aDefaultSwitchedOffIsAnExpansionNamingTheSetting() throws {
        let review = ReviewFixtures.review("Crash reports are turned on by default in the Beta version.",
                                           "Crash reports are turned off by default in the Beta version.")
        #expect(review.material.isEmpty)
        #expect(review.expansions.contains { $0.rule == "choice-opt-out.opt-in-to-opt-out" })
        let reduction = try #require(ReviewFixtures.review("Crash reports are turned off by default in the Beta version.",
                                                           "Crash reports are turned on by default in the Beta version.").material.first)
        #expect(reduction.explanation.contains("on by default"))
    }
}
