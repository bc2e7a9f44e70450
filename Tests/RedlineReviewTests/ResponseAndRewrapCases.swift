import Testing
@testable import RedlineReview

/// Round 15: general defects found on labels-team11's rewrites (domain.md §B.4, §B.6), each with a
/// positive, a trap and the reverse; invented sentences. Run like `RuleCases` (`CaseFamilyTests`).
enum ResponseAndRewrapCases {
    static let all: [RuleCase] = [
        // A deadline for answering the user's requests that is gone (domain.md user-rights
        // `exercise-harder`: a longer deadline; none at all is the longest). The trap: the same
        // deadline reworded ("one month" for "30 days", §B.6.1).
        RuleCase(rule: "user-rights.exercise-harder",
                 old: "## Your rights\n\nYou can ask for a copy of your data. We answer every request within 30 days.\n",
                 new: "## Your rights\n\nYou can ask for a copy of your data. We answer every request as soon as we can.\n",
                 trapOld: "## Your rights\n\nYou can ask for a copy of your data. We answer every request within 30 days.\n",
                 trapNew: "## Your rights\n\nYou can ask for a copy of your data. We will reply to each request within one month.\n"),
        // A lengthened deadline on a complaint the company answers ("we will respond"). The trap:
        // the deadline moved to another section, kept (§B.6.2).
        RuleCase(rule: "user-rights.exercise-harder",
                 old: "## Complaints\n\nWrite to our privacy team with any complaint. We will respond within 15 days.\n",
                 new: "## Complaints\n\nWrite to our privacy team with any complaint. We will respond within 60 days.\n",
                 trapOld: "## Complaints\n\nWrite to our privacy team with any complaint. We will respond within 15 days.\n\n## Contact\n\nEmail us.\n",
                 trapNew: "## Complaints\n\nWrite to our privacy team with any complaint.\n\n## Contact\n\nEmail us. We will respond within 15 days.\n"),
        // A deletion deadline that is gone: data may now be kept with no stated end (domain.md
        // retention `deletion-weakened`). The trap: the deadline moved to another section (§B.6.2).
        RuleCase(rule: "retention.deletion-weakened",
                 old: "## Closing your account\n\nWhen you close your account, we erase your files within 14 days.\n",
                 new: "## Closing your account\n\nWhen you close your account, we erase your files when we no longer need them.\n",
                 trapOld: "## Closing your account\n\nWhen you close your account, we erase your files within 14 days.\n\n## Storage\n\nFiles live on our servers.\n",
                 trapNew: "## Closing your account\n\nYou can close your account at any time.\n\n## Storage\n\nFiles live on our servers. After an account is closed we erase its files within 14 days.\n"),
        // A new kind of recipient: professional advisers (lawyers, auditors, insurers) are a
        // recipient class of their own (domain.md sharing `new-recipient`). The trap: the same
        // advisers under other names (§B.6.1).
        RuleCase(rule: "sharing.new-recipient",
                 old: "## Sharing\n\nWe share personal data with our hosting vendors.\n",
                 new: "## Sharing\n\nWe share personal data with our hosting vendors. We may also share personal data with our lawyers, auditors and insurers.\n",
                 trapOld: "## Sharing\n\nWe share personal data with our hosting vendors. We may also share personal data with our attorneys and accountants.\n",
                 trapNew: "## Sharing\n\nWe share personal data with our hosting vendors. We may also share personal data with our legal counsel and auditors.\n"),
        // A promise to collect no more than needed, gone: a limit on all collection is lifted
        // (domain.md collection `prohibition-lifted`; GDPR Art. 5(1)(c)). The trap: the promise
        // reworded (§B.6.1).
        RuleCase(rule: "collection.prohibition-lifted",
                 old: "## Data\n\nWe will always gather the minimum amount of data necessary to run your account.\n",
                 new: "## Data\n\nWe gather the data necessary to run your account and to develop new offerings.\n",
                 trapOld: "## Data\n\nWe will always gather the minimum amount of data necessary to run your account.\n",
                 trapNew: "## Data\n\nWe gather only the data we need to run your account.\n"),
        // A condition put on a right inside its sentence, while another sentence of the old version
        // already put that condition on the same right (domain.md user-rights `right-conditioned`).
        // The trap: the aligned old sentence had the condition already, reworded (§B.6.1).
        RuleCase(rule: "user-rights.right-conditioned",
                 old: "## Rights\n\nYou may delete your posts at any time.\n\n## Accounts\n\nSubject to our retention duties, you may delete your account.\n",
                 new: "## Rights\n\nSubject to applicable law, you may delete your posts at any time.\n\n## Accounts\n\nSubject to our retention duties, you may delete your account.\n",
                 trapOld: "## Rights\n\nSubject to local law, you may delete your posts at any time.\n",
                 trapNew: "## Rights\n\nSubject to applicable law, you may remove your posts whenever you like.\n"),
        // A PDF extraction re-wrapped: a sentence broken before "(such as …" in one version and
        // after it in the other is the same sentence (§B.6.9 noise); a tracker added inside the
        // bracketed part is still a change. The trap: only the line breaks moved.
        RuleCase(rule: "tracking.new-tracking-technology",
                 old: "## Partners\n\nPartners send us information through tools they use, including our plug-ins\n\n(such as the share button) and our login service. These partners are bound by contracts.\n",
                 new: "## Partners\n\nPartners send us information through tools they use, including our plug-ins (such as\n\nthe share button), our login service and our SDKs. These partners are bound by contracts.\n",
                 trapOld: "## Partners\n\nPartners send us information through tools they use, including our plug-ins\n\n(such as the share button), our login service and our SDKs. These partners are bound by contracts.\n",
                 trapNew: "## Partners\n\nPartners send us information through tools they use, including our plug-ins (such as\n\nthe share button), our login service and our SDKs. These partners are bound by contracts.\n"),
    ]
}

@Suite struct ResponseAndRewrapTests {
    /// The reverse: a shorter deadline, or one newly stated, is an expansion.
    @Test func aShorterResponseDeadlineIsAnExpansion() {
        let review = ReviewFixtures.review("## Your rights\n\nWe answer every request within 45 days.\n",
                                           "## Your rights\n\nWe answer every request within 30 days.\n")
        #expect(review.expansions.contains { $0.rule == "user-rights.exercise-harder" })
        #expect(!review.findings.contains { $0.rule == "user-rights.exercise-harder" })
    }

    /// A table of past response times reports what happened, not a promise (§B.6.8).
    @Test func responseStatisticsAreNoDeadline() {
        let old = "## Requests\n\nLast year we answered requests in an average of 12 days.\n"
        let new = "## Requests\n\nLast year we answered requests in an average of 20 days.\n"
        #expect(!ReviewFixtures.rules(old, new).contains("user-rights.exercise-harder"))
    }

    /// A paragraph that stops on a word no sentence ends on ("… and the") runs on into the next
    /// one even when that opens with a capital: a re-wrap that moves the break is no new tracker.
    @Test func aRewrapAfterAnArticleIsNoChange() {
        let old = "## Partners\n\nPartners send us data through our plug-ins, our login service and the\n\nAcme pixel. These partners are bound by contracts.\n"
        let new = "## Partners\n\nPartners send us data through our plug-ins, our login service and the Acme\n\npixel. These partners are bound by contracts.\n"
        #expect(!ReviewFixtures.rules(old, new).contains("tracking.new-tracking-technology"))
        #expect(PDFFragments.endsOnOpenWord("our login service and the", ["the"]))
    }

    /// A continuation opening with a bracket runs on from an open paragraph, like one in lower case.
    @Test func aBracketedContinuationJoins() {
        #expect(PDFFragments.startsLower("(such as the share button)"))
        #expect(PDFFragments.startsLower("“our partners”"))
        #expect(!PDFFragments.startsLower("(Section 2) Our partners"))
    }
}
