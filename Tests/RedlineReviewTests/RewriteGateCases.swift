import Testing
@testable import RedlineReview

/// Round 13: general defects found on labels-team9's rewrites (domain.md §B.4, §B.6), each with
/// a positive, a trap and the reverse; invented sentences. Run like `RuleCases` (`CaseFamilyTests`).
enum RewriteGateCases {
    static let all: [RuleCase] = [
        // A flow the old version stated only under an opt-in lead-in ("If you choose to enable …")
        // is stated with no gate: what was off until the user turned it on is now on for everyone.
        // The trap: the gate moved into the item itself (the same condition, reworded).
        RuleCase(rule: "choice-opt-out.opt-in-to-opt-out",
                 old: "## Suggestions\n\nIf you choose to enable Smart Suggestions, the browser shares the following information:\n\n"
                    + "* __Location__: We share your location data with our partners.\n",
                 new: "## Suggestions\n\nSmart Suggestions show you sponsored content.\n\n"
                    + "* __Location__: We temporarily share your location data with our partners.\n",
                 trapOld: "## Suggestions\n\nIf you choose to enable Smart Suggestions, the browser shares the following information:\n\n"
                    + "* __Location__: We share your location data with our partners.\n",
                 trapNew: "## Suggestions\n\nSmart Suggestions show you sponsored content.\n\n"
                    + "* __Location__: If you turn on Smart Suggestions, we temporarily share your location data with our partners.\n"),
        // A deletion deadline that now bounds only when deletion starts: the same period promises
        // less. The trap: the start is added beside a completion that keeps its deadline.
        RuleCase(rule: "retention.deletion-weakened",
                 old: "## Deleting your account\n\nAfter you ask us to delete your account, it may take up to 90 days for our systems to complete deletion.\n",
                 new: "## Deleting your account\n\nAfter you ask us to delete your account, our systems commence the deletion process within 90 days.\n",
                 trapOld: "## Deleting your account\n\nAfter you ask us to delete your account, it may take up to 90 days for our systems to complete deletion.\n",
                 trapNew: "## Deleting your account\n\nAfter you ask us to delete your account, our systems begin deleting it at once and complete deletion within 90 days.\n"),
        // "Message data" is what a service calls the contents of users' messages (domain.md: message
        // contents are sensitive). The trap: a category named only in a denial is no collection.
        RuleCase(rule: "collection.sensitive-category",
                 old: "## Data\n\nWe collect your email address.\n",
                 new: "## Data\n\nWe collect your email address. Where you use messaging, we collect and process message data.\n",
                 trapOld: "## Data\n\nWe collect your email address.\n",
                 trapNew: "## Data\n\nWe collect your email address. We do not collect message data.\n"),
        // Coordinates are precise geolocation (domain.md: "approximate location from IP" and "precise
        // GPS location" are different nodes). The trap: a new example of precise location already
        // collected is a narrowing definition (§B.6.6).
        RuleCase(rule: "collection.sensitive-category",
                 old: "## Location\n\nWe collect your approximate location from your IP address.\n",
                 new: "## Location\n\nWe collect your approximate location from your IP address. If you tag a photo with a place, we store its latitude and longitude.\n",
                 trapOld: "## Location\n\nWe collect your precise location when you post a photo.\n",
                 trapNew: "## Location\n\nWe collect your precise location when you post a photo, such as its latitude and longitude.\n"),
        // A denial of tracking the user's browsing on other services ("We do not track your online
        // browsing activity on other online services") dropped while the new version says cookies
        // do (domain.md §B.4 tracking: OPP-115 *track user on other websites*). The trap: the
        // denial reworded.
        RuleCase(rule: "tracking.new-tracking-technology",
                 old: "## Do Not Track\n\nWe do not track your online browsing activity on other online services over time.\n",
                 new: "## Do Not Track\n\nCookies on some parts of our website track your online browsing activity on other online services over time.\n",
                 trapOld: "## Do Not Track\n\nWe do not track your online browsing activity on other online services over time.\n",
                 trapNew: "## Do Not Track\n\nWe don't track your browsing activity on other online services.\n"),
    ]
}

@Suite struct RewriteGateTests {
    static let gated = "## Suggestions\n\nIf you choose to enable Smart Suggestions, the browser shares the following information:\n\n"
        + "* __Location__: We share your location data with our partners.\n"

    /// Sharing that follows the user's own use ("When you use Smart Suggestions, …") may still be
    /// off by default: no default is read into it.
    @Test func sharingOnTheUsersOwnUseIsNoDefault() {
        let new = "## Suggestions\n\nWhen you use Smart Suggestions, the browser shares the following information:\n\n"
            + "* __Location__: We temporarily share your location data with our partners.\n"
        #expect(!ReviewFixtures.rules(Self.gated, new).contains("choice-opt-out.opt-in-to-opt-out"))
    }

    /// The old version already shared the same data with the same recipient with no gate: the
    /// gate dropped from one statement of it changes nothing.
    @Test func aFlowAlreadySharedWithoutTheGateIsNoChange() {
        let old = "## Sharing\n\nWe share your location data with our partners to show you local news.\n\n" + Self.gated
        let new = "## Sharing\n\nWe share your location data with our partners to show you local news.\n\n"
            + "## Suggestions\n\nSmart Suggestions show you sponsored content.\n\n* __Location__: We temporarily share your location data with our partners.\n"
        #expect(!ReviewFixtures.rules(old, new).contains("choice-opt-out.opt-in-to-opt-out"))
    }

    /// The reverse: a flow put behind an opt-in gate is an expansion.
    @Test func aFlowPutBehindAGateIsAnExpansion() {
        let old = "## Suggestions\n\nSmart Suggestions show you sponsored content.\n\n* __Location__: We temporarily share your location data with our partners.\n"
        let review = ReviewFixtures.review(old, Self.gated)
        #expect(review.expansions.contains { $0.rule == "choice-opt-out.opt-in-to-opt-out" })
    }

    /// A rewrite that adds the same new practice in two sections shows it in each: the one finding
    /// (its id is what front matter acknowledges) quotes the second section's sentence as evidence.
    @Test func aNewPracticeIsQuotedInEverySectionThatShowsIt() throws {
        let old = "## Use\n\nWe use your email address to send receipts.\n\n## Cookies\n\nWe use cookies to remember your settings.\n"
        let new = "## Use\n\nWe use your email address to send receipts. We use your email address for targeted advertising.\n\n"
            + "## Cookies\n\nWe use cookies to remember your settings. We use cookie data for targeted advertising.\n"
        let findings = ReviewFixtures.review(old, new).findings.filter { $0.rule == "purpose.new-purpose" }
        #expect(findings.count == 1)
        let quoted = try #require(findings.first).excerpts.compactMap { $0.new?.text }
        #expect(quoted.contains { $0.contains("email address") } && quoted.contains { $0.contains("cookie data") })
    }

    /// The trap: a practice the old version already stated, moved into another section, is no
    /// finding in either (§B.6.2).
    @Test func aMovedPracticeIsNoFindingInAnySection() {
        let old = "## Use\n\nWe use your email address for targeted advertising.\n\n## Cookies\n\nWe use cookies to remember your settings.\n"
        let new = "## Use\n\nWe use your email address to send receipts.\n\n## Cookies\n\nWe use cookies to remember your settings and for targeted advertising.\n"
        #expect(!ReviewFixtures.rules(old, new).contains("purpose.new-purpose"))
    }

    /// The reverse: a practice dropped from two sections is one expansion, as before.
    @Test func aPracticeDroppedFromTwoSectionsIsOneExpansion() {
        let old = "## Use\n\nWe use your email address to send receipts and for targeted advertising.\n\n"
            + "## Cookies\n\nWe use cookies to remember your settings and for targeted advertising.\n"
        let new = "## Use\n\nWe use your email address to send receipts.\n\n## Cookies\n\nWe use cookies to remember your settings.\n"
        let review = ReviewFixtures.review(old, new)
        #expect(review.expansions.filter { $0.rule == "purpose.new-purpose" }.count == 1)
        #expect(!review.findings.contains { $0.rule == "purpose.new-purpose" })
    }

    /// A start verb that is not about deletion ("the 90-day period begins …") reads no start of deletion.
    @Test func aPeriodThatBeginsIsNoStartOfDeletion() {
        let old = "## Deleting your account\n\nWe delete your data within 90 days of your request.\n"
        let new = "## Deleting your account\n\nWe delete your data within 90 days; the period begins when you send your request.\n"
        #expect(!ReviewFixtures.rules(old, new).contains("retention.deletion-weakened"))
    }

    /// The reverse: a deletion that was only begun within the period is now completed within it.
    @Test func aDeletionNowCompletedIsAnExpansion() {
        let old = "## Deleting your account\n\nAfter you ask us to delete your account, our systems commence the deletion process within 90 days.\n"
        let new = "## Deleting your account\n\nAfter you ask us to delete your account, our systems complete deletion within 90 days.\n"
        let review = ReviewFixtures.review(old, new)
        #expect(review.expansions.contains { $0.rule == "retention.deletion-weakened" })
        #expect(!review.findings.contains { $0.rule == "retention.deletion-weakened" })
    }
}
