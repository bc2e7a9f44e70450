import Testing

/// Round 7 (issue 4): the families team4's misses belong to (domain.md §B) — data flows whose
/// subject is a product or feature rather than "we", data sent by a feature to a named vendor,
/// a named third party newly placing cookies, link-click tracking — each with a §B.6 trap
/// (a negation, a third party as the subject, a renamed vendor, a moved sentence). Run like `RuleCases`.
enum SubjectsAndVendorsCases {
    static let all: [RuleCase] = [
        // A product sends data to a marketing vendor ("Firefox sends … to Leanplum, our mobile
        // marketing vendor"); a promise that it never does is no recipient.
        RuleCase(rule: "sharing.new-recipient",
                 old: "Firefox sends crash reports to our service providers.",
                 new: "Firefox sends crash reports to our service providers. On iOS, Firefox sends interaction data to Leanplum, our mobile marketing vendor.",
                 trapOld: "Firefox sends crash reports to our service providers.",
                 trapNew: "Firefox sends crash reports to our service providers. Firefox never sends interaction data to marketing vendors."),
        // The verb and its recipient apart, the object between them; moved to another section it is no change.
        RuleCase(rule: "sharing.new-recipient",
                 old: "## Builds\n\nPre-release versions may contain different privacy characteristics.\n",
                 new: "## Builds\n\nPre-release versions may send web activity and crash data to Mozilla and in some cases to our advertising partners.\n",
                 trapOld: "## Builds\n\nPre-release versions may send web activity to our advertising partners.\n\n## Other\n\nNothing else.\n",
                 trapNew: "## Other\n\nPre-release versions may send web activity to our advertising partners.\n\n## Builds\n\nNothing else.\n"),
        // A new feature's section in which a product collects ("the CAPTCHA service evaluates your
        // IP address"); a third party named as the subject ("the CAPTCHA vendor") is not the company.
        RuleCase(rule: "collection.new-feature",
                 old: "## Account\n\nWe collect your email address.\n",
                 new: "## Account\n\nWe collect your email address.\n\n## Anti-bot checks\n\nWhen you fill in a form, the CAPTCHA service evaluates your IP address and mouse movements.\n",
                 trapOld: "## Account\n\nWe collect your email address.\n",
                 trapNew: "## Account\n\nWe collect your email address.\n\n## Anti-bot checks\n\nWhen you fill in a form, the CAPTCHA vendor evaluates your IP address and mouse movements.\n"),
        // "The app collects …": the service's own app; a passive sentence about the device has no product subject.
        RuleCase(rule: "collection.new-feature",
                 old: "## Account\n\nWe collect your email address.\n",
                 new: "## Account\n\nWe collect your email address.\n\n## Workouts\n\nThe app collects your precise location while you record a workout.\n",
                 trapOld: "## Account\n\nWe collect your email address.\n",
                 trapNew: "## Account\n\nWe collect your email address.\n\n## Workouts\n\nYour precise location is stored on your phone while you record a workout.\n"),
        // A named vendor newly placing cookies; the vendor renamed in the same sentence is the catalogue's trap.
        RuleCase(rule: "tracking.new-tracking-technology",
                 old: "We use Optimizely, which places a cookie on your device, to test variations of web content.",
                 new: "We use Optimizely and ShareProgress, which place a cookie on your device, to test variations of web content.",
                 trapOld: "We use Flashtalking, which places a cookie on your device, to test variations of web content.",
                 trapNew: "We use Innovid, which places a cookie on your device, to test variations of web content."),
        // A company suffix added to the same vendor names nobody new.
        RuleCase(rule: "tracking.new-tracking-technology",
                 old: "## Cookies\n\nWe set cookies to remember your settings.\n",
                 new: "## Cookies\n\nWe set cookies to remember your settings. Hotjar sets cookies to record how you use our pages.\n",
                 trapOld: "## Cookies\n\nWe set cookies to remember your settings. Hotjar sets cookies to record how you use our pages.\n",
                 trapNew: "## Cookies\n\nWe set cookies to remember your settings. Hotjar Ltd. sets cookies to record how you use our pages.\n"),
        // Link-click tracking is new; saying it does not happen is none.
        RuleCase(rule: "tracking.new-tracking-technology",
                 old: "We collect and use your information to provide our Services.",
                 new: "We collect and use your information to provide our Services. We may keep track of how you interact with links by redirecting clicks.",
                 trapOld: "We collect and use your information to provide our Services.",
                 trapNew: "We collect and use your information to provide our Services. We do not track which links you click."),
        // Aggregated sharing dropped where identifiable sharing to that recipient is new; where the
        // old version already sent identifiable data to it, dropping the aggregated flow weakens nothing.
        RuleCase(rule: "sharing.identifiability-weakened",
                 old: "We share aggregated statistics with advertisers.",
                 new: "We share your usage information with advertisers.",
                 trapOld: "We share aggregated statistics with advertisers. We share your email address with advertisers.",
                 trapNew: "We share your email address with advertisers."),
        // A named vendor that gets a data category no old flow covered; the same vendor renamed in
        // the aligned sentence, or sharing the user directs, is none.
        RuleCase(rule: "sharing.new-recipient",
                 old: "## Sharing\n\nWe share your email address with our service providers.\n",
                 new: "## Sharing\n\nWe share your email address with our service providers. The text of messages you send may be shared with Lingvo to translate them.\n",
                 trapOld: "## Sharing\n\nWe share your email address with our service providers.\n",
                 trapNew: "## Sharing\n\nWe share your email address with our service providers. If you choose to connect your account, your messages are shared with Lingvo.\n"),
        // Data newly kept without limit; the same data's indefinite retention reworded is none.
        RuleCase(rule: "retention.limit-removed",
                 old: "We keep your IP address forever to fight spam. We keep your messages for 30 days.",
                 new: "We keep your IP address forever to fight spam. We keep your messages forever.",
                 trapOld: "We keep your IP address forever to fight spam. We keep your messages for 30 days.",
                 trapNew: "We retain your IP address indefinitely to fight spam. We keep your messages for 30 days."),
        // A right turned into a question about it; the right restated in other words is none.
        RuleCase(rule: "user-rights.right-removed",
                 old: "You may delete your information through Contact Support.",
                 new: "You may inquire about how to delete your information through Contact Support.",
                 trapOld: "You may delete your information through Contact Support.",
                 trapNew: "Through Contact Support, you can delete your information."),
        // A product sending data home is the company collecting it; a promise that it never does is none.
        RuleCase(rule: "collection.new-category",
                 old: "We collect your email address.",
                 new: "We collect your email address. Firefox sends your device identifier to Mozilla.",
                 trapOld: "We collect your email address.",
                 trapNew: "We collect your email address. Firefox never sends your device identifier to Mozilla."),
        // Call recordings are audio; saying none are kept collects nothing.
        RuleCase(rule: "collection.sensitive-category",
                 old: "We store a copy of our communications with you.",
                 new: "We store a copy of our communications with you, including any call recordings.",
                 trapOld: "We store a copy of our communications with you.",
                 trapNew: "We store a copy of our communications with you. We do not store call recordings."),
    ]
}

@Suite struct SubjectsAndVendorsTests {
    /// A name added inside a class already named (a narrowing definition, domain.md §B.6) only
    /// informs: "our email vendors, such as Acoustic" gets no data the old flows did not.
    @Test func aNamedVendorInAClassAlreadyNamedIsMinor() {
        let review = ReviewFixtures.review("We share your email address with our email vendors.",
                                           "We share your email address with our email vendors, such as Acoustic.")
        #expect(review.material.isEmpty)
        #expect(review.findings.contains { $0.rule == "sharing.new-recipient" && $0.severity == .minor && $0.explanation.contains("Acoustic") })
    }

    /// The company placing cookies names no vendor, whatever capitalised word opens the sentence
    /// (the example site's cookie policy was flagged for a vendor called "Whether").
    @Test func theCompanyPlacingCookiesNamesNoVendor() {
        let review = ReviewFixtures.review(
            "## Do Not Track\n\nWe set analytics cookies only if you accept them in the cookie banner.\n",
            "## Do Not Track\n\nWhether we set analytics cookies depends only on the choice you make in the cookie banner.\n")
        #expect(!review.findings.contains { $0.rule == "tracking.new-tracking-technology" })
        #expect(ReviewFixtures.rules("We use Optimizely to test pages.", "We use Optimizely to test pages. Hotjar sets cookies to record visits.")
            .contains("tracking.new-tracking-technology"))
    }

    /// The finding names the new vendor, without the punctuation around it.
    @Test func aNewCookieVendorIsNamed() throws {
        let finding = try #require(ReviewFixtures.review(SubjectsAndVendorsCases.all[4].old, SubjectsAndVendorsCases.all[4].new)
            .findings.first { $0.rule == "tracking.new-tracking-technology" })
        #expect(finding.explanation.contains("(ShareProgress)"))
    }
}
