import Testing
@testable import RedlineReview

/// Round 14: general defects found on labels-team10's rewrites (domain.md §B.4, §B.6), each with a
/// positive, a trap and the reverse; invented sentences. Run like `RuleCases` (`CaseFamilyTests`).
enum NarrowedPromiseCases {
    static let all: [RuleCase] = [
        // A denial of sharing "any of your information" narrowed to the information that identifies
        // the user: the rest may now go to the same recipients (a narrowed promise, FTC Gateway).
        // The trap: the old denial was already about identifying information, reworded (§B.6.1).
        RuleCase(rule: "sharing.prohibition-lifted",
                 old: "## Ads\n\nWe do not share any of your information with advertisers.\n",
                 new: "## Ads\n\nWe do not share your information (information that personally identifies you, such as your name) with advertisers.\n",
                 trapOld: "## Ads\n\nWe do not share information that personally identifies you with advertisers.\n",
                 trapNew: "## Ads\n\nWe never share information that can be used to identify you with advertisers.\n"),
        // Grouping or segmenting users by their attributes is profiling (domain.md purpose: high).
        // The trap: the old version already built profiles (§B.6.5, pre-existing text).
        RuleCase(rule: "purpose.new-purpose",
                 old: "## Use\n\nWe use this data to personalize the content you see.\n",
                 new: "## Use\n\nWe use this data to personalize the content you see and to group users based on common attributes.\n",
                 trapOld: "## Use\n\nWe use this data to build a profile of your interests.\n",
                 trapNew: "## Use\n\nWe use this data to group users based on common attributes.\n"),
        // A promised opt-in choice that is gone (domain.md choice-opt-out: the top of OPP-115's
        // choice ladder). The trap: the same promise reworded.
        RuleCase(rule: "choice-opt-out.opt-out-removed",
                 old: "## Location\n\nIf we offer location sharing, we will present you with an opt-in choice of whether you want to participate.\n",
                 new: "## Location\n\nWe may offer location features.\n",
                 trapOld: "## Location\n\nIf we offer location sharing, we will present you with an opt-in choice of whether you want to participate.\n",
                 trapNew: "## Location\n\nIf we offer location sharing, we will first give you the opportunity to opt in.\n"),
        // A new source of data is `collection.new-source`; the trap: the sources named in a right to
        // know ("the categories of sources from which the information came") are what the user may
        // learn, not a collection the sentence states (§B.6.4 subject confusion).
        RuleCase(rule: "collection.new-source",
                 old: "## Data\n\nWe collect the information you provide.\n",
                 new: "## Data\n\nWe collect the information you provide. We also collect information about you from third parties.\n",
                 trapOld: "## Data\n\nWe collect the information you provide.\n",
                 trapNew: "## Data\n\nWe collect the information you provide.\n\n## California\n\n* Request to know the categories of personal information we collect, "
                    + "the categories of sources from which the information came, and the categories of third parties we share it with.\n"),
        // Lexicon completions of catalogue nodes: "device and application IDs" (a coordinated
        // ellipsis) are device identifiers. The trap: old device identifiers reworded (§B.6.1).
        RuleCase(rule: "collection.new-category",
                 old: "## Log Data\n\nLog Data may include your IP address, pages visited and search terms.\n",
                 new: "## Log Data\n\nLog Data may include your IP address, pages visited, your mobile carrier, device and application IDs, and search terms.\n",
                 trapOld: "## Log Data\n\nWe collect your IP address and device identifiers.\n",
                 trapNew: "## Log Data\n\nWe collect your IP address and device and application IDs.\n"),
        // A blockchain or wallet address is payment data. The trap: one named only in a denial.
        RuleCase(rule: "collection.new-category",
                 old: "## Data\n\nWe collect your email address.\n",
                 new: "## Data\n\nWe collect your email address. We may collect public blockchain addresses when you buy a collectible.\n",
                 trapOld: "## Data\n\nWe collect your email address.\n",
                 trapNew: "## Data\n\nWe collect your email address. We do not collect blockchain addresses.\n"),
    ]
}

@Suite struct NarrowedPromiseTests {
    /// The reverse: a denial about identifying information widened to all information is an expansion.
    @Test func aDenialWidenedToAllInformationIsAnExpansion() {
        let review = ReviewFixtures.review("## Ads\n\nWe do not share your information (information that personally identifies you) with advertisers.\n",
                                           "## Ads\n\nWe do not share any of your information with advertisers.\n")
        #expect(review.expansions.contains { $0.rule == "sharing.prohibition-lifted" })
        #expect(!review.findings.contains { $0.rule == "sharing.prohibition-lifted" })
    }

    /// A PDF line break inside the narrowed denial: the old denial aligns with the fragment the
    /// new one runs on into, and another denial of "your information" elsewhere keeps the
    /// document-level set covered; the aligned pair still shows the narrowing.
    @Test func aDenialNarrowedAcrossAPDFLineBreakIsFound() {
        let other = "\n\nWe do not share your information with data brokers.\n"
        let old = "## Ads\n\nWe do not share any of your information with advertisers (unless you give us permission)." + other
        let new = "## Ads\n\nWhen we deliver ads, we do not share your information (information that personally identifies you, such as your name or contact\n\n"
            + "information) with advertisers unless you give us permission." + other
        #expect(ReviewFixtures.rules(old, new).contains("sharing.prohibition-lifted"))
    }

    /// An old denial of "your information" already qualified as the identifying part, reworded:
    /// the same narrow scope, no finding (§B.6.5).
    @Test func aDenialAlreadyAboutIdentifyingInformationIsNoNarrowing() {
        let other = "\n\nWe do not share your information with data brokers.\n"
        let old = "## Ads\n\nWe do not share your information (information that personally identifies you) with advertisers." + other
        let new = "## Ads\n\nWhen we deliver ads, we don't share your information (information that personally identifies you, such as your name) with advertisers." + other
        #expect(!ReviewFixtures.rules(old, new).contains("sharing.prohibition-lifted"))
    }

    /// A qualifier that names another thing than "your information" ("… an identifier that
    /// identifies you") does not narrow a denial of all personal information.
    @Test func aQualifierOfAnotherNounDoesNotNarrowTheDenial() {
        let old = "## Ads\n\nWe do not share your personal information with advertisers.\n"
        let new = "## Ads\n\nWe do not share your personal information with advertisers, and we reset the cookie identifier that identifies you every month.\n"
        #expect(!ReviewFixtures.rules(old, new).contains("sharing.prohibition-lifted"))
    }

    /// The reverse: profiling that stopped is an expansion.
    @Test func groupingThatStoppedIsAnExpansion() {
        let review = ReviewFixtures.review("## Use\n\nWe use this data to group users based on common attributes.\n",
                                           "## Use\n\nWe use this data to personalize the content you see.\n")
        #expect(review.expansions.contains { $0.rule == "purpose.new-purpose" })
    }

    /// The reverse: an opt-in choice promised where there was none is an expansion.
    @Test func aNewOptInChoiceIsAnExpansion() {
        let review = ReviewFixtures.review("## Location\n\nWe may offer location features.\n",
                                           "## Location\n\nIf we offer location sharing, we will present you with an opt-in choice of whether you want to participate.\n")
        #expect(review.expansions.contains { $0.rule == "choice-opt-out.opt-out-removed" })
        #expect(!review.findings.contains { $0.rule == "choice-opt-out.opt-out-removed" })
    }

    /// The reverse of a new source: a source no longer named is no reduction.
    @Test func aSourceNoLongerNamedIsNoReduction() {
        let old = "## Data\n\nWe collect the information you provide. We also collect information about you from third parties.\n"
        let new = "## Data\n\nWe collect the information you provide.\n"
        #expect(!ReviewFixtures.rules(old, new).contains("collection.new-source"))
    }
}
