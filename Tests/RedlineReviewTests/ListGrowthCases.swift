import Testing

/// Round 10 (issue 4): list growth in an existing frame — the families labels-team7's misses and
/// false alarm belong to (domain.md §B.4), written with invented sentences, each with a positive,
/// a §B.6 trap and the reverse. Run like `RuleCases` (`CaseFamilyTests`).
enum ListGrowthCases {
    static let all: [RuleCase] = [
        // A list of collected data gains a category of the data ontology; an example of a category the sentence already
        // listed ("device information, such as …") is a narrowing, not a new category (trap 6).
        RuleCase(rule: "collection.new-category",
                 old: "## Health report\n\nThe report helps us improve stability. This data includes, for example: device hardware, operating system, length of session, and count of crashes.\n",
                 new: "## Health report\n\nThe report helps us improve stability. This data includes, for example: device hardware, operating system, your search history, length of session, and count of crashes.\n",
                 trapOld: "## Data\n\nWe collect device information, such as your browser type, and your email address.\n",
                 trapNew: "## Data\n\nWe collect device information, such as your browser type and screen size, and your email address.\n"),
        // The grounds of an exception to a retention denial gain one; a ground that is the user's
        // own request is none.
        RuleCase(rule: "retention.limit-removed",
                 old: "## Comments\n\nComments sent to our filter are not stored on our servers unless they were marked as false positives, in which case we keep them to improve the filter.\n",
                 new: "## Comments\n\nComments sent to our filter are not stored on our servers unless they were marked as false positives or reported as abuse, in which case we keep them to improve the filter.\n",
                 trapOld: "## Comments\n\nComments sent to our filter are not stored on our servers unless they were marked as false positives, in which case we keep them to improve the filter.\n",
                 trapNew: "## Comments\n\nComments sent to our filter are not stored on our servers unless they were marked as false positives or at your request, in which case we keep them to improve the filter.\n"),
        // What the company scans content for, a carve-out from a denial, gains a purpose of the
        // ontology (material: the excluded use grew; a basic purpose added elsewhere only informs); a synonym of a purpose already
        // listed (abuse beside fraud and spam: one node of the purpose ontology) is none.
        RuleCase(rule: "purpose.new-purpose",
                 old: "## Scanning\n\nWe do not read the contents of your private files; however, we may scan uploaded files to detect malware or spam.\n",
                 new: "## Scanning\n\nWe do not read the contents of your private files; however, we may scan uploaded files to detect malware, spam or other content that violates our terms.\n",
                 trapOld: "## Scanning\n\nWe scan uploaded files to detect fraud or spam.\n",
                 trapNew: "## Scanning\n\nWe scan uploaded files to detect fraud, abuse or spam.\n"),
        // Where collected data comes from gains a source far from the verb; a source the old
        // version already covered ("from third parties") is none.
        RuleCase(rule: "collection.new-source",
                 old: "## What we receive\n\nWe receive information when you use our apps, our websites, our browser extensions and our email newsletters.\n",
                 new: "## What we receive\n\nWe receive information when you use our apps, our websites, our browser extensions and our email newsletters, and from our business partners.\n",
                 trapOld: "## What we receive\n\nWe receive information when you use our apps, our websites, our browser extensions and our email newsletters. We also receive information about you from third parties.\n",
                 trapNew: "## What we receive\n\nWe receive information when you use our apps, our websites, our browser extensions and our email newsletters, and from our business partners. We also receive information about you from third parties.\n"),
        // A sentence of its own continues the recipients of a sharing sentence with a new name; a
        // name the old sentence already gave (the list reformatted) is none.
        RuleCase(rule: "sharing.new-recipient",
                 old: "## Campaigns\n\nThe app shares campaign data with our marketing vendors. This includes Adjust, which has its own privacy policy.\n",
                 new: "## Campaigns\n\nThe app shares campaign data with our marketing vendors. This includes Adjust, which has its own privacy policy. It also includes Tapjoy.\n",
                 trapOld: "## Campaigns\n\nThe app shares campaign data with our marketing vendors, Adjust and Tapjoy.\n",
                 trapNew: "## Campaigns\n\nThe app shares campaign data with our marketing vendors. This includes Adjust, which has its own privacy policy. It also includes Tapjoy.\n"),
        // Cookies widened to "similar technologies" where the old version named no other tracker;
        // where it already named web beacons, the words add nothing.
        RuleCase(rule: "tracking.new-tracking-technology",
                 old: "## Cookies\n\nWe use cookie technology to collect website usage data.\n",
                 new: "## Cookies\n\nWe use cookies and similar technologies to collect website usage data.\n",
                 trapOld: "## Cookies\n\nWe use cookies and web beacons to collect website usage data.\n",
                 trapNew: "## Cookies\n\nWe use cookies, web beacons and similar technologies to collect website usage data.\n"),
        // A consequence of a choice added makes opting out harder; inside a new promise that no
        // permission is ever required it is a commitment (labels-team7's false alarm).
        RuleCase(rule: "choice-opt-out.opt-out-harder",
                 old: "## Permissions\n\nYou can turn off location access in your device settings.\n",
                 new: "## Permissions\n\nYou can turn off location access in your device settings. If you do, some features will not be available.\n",
                 trapOld: "## Permissions\n\nYou can turn off location access in your device settings.\n",
                 trapNew: "## Permissions\n\nYou can turn off location access in your device settings. You will never be required to grant any permission (although a given feature may not work without it).\n"),
    ]
}

@Suite struct ListGrowthTests {
    /// A synonym or a narrower term of data the sentence already listed adds no category.
    @Test func aSynonymOfAListedItemIsNone() {
        let rules = ReviewFixtures.rules("## Data\n\nWe collect your name, your phone number and your app version.\n",
                                         "## Data\n\nWe collect your name, your phone number, your mobile number and your app version.\n")
        #expect(!rules.contains("collection.new-category"))
    }

    /// An item moved into the list from another section of the old version is no new item.
    @Test func anItemMovedFromElsewhereIsNone() {
        let old = "## Data\n\nWe collect your name, your email address and your app version.\n\n## Support\n\nWhen you write to us we also receive your purchase history.\n"
        let new = "## Data\n\nWe collect your name, your email address, your purchase history and your app version.\n\n## Support\n\nWhen you write to us.\n"
        #expect(!ReviewFixtures.rules(old, new).contains("collection.new-category"))
    }

    /// A reordered list gains nothing.
    @Test func aReorderedListIsNone() {
        let rules = ReviewFixtures.rules("## Data\n\nWe collect your name, your app version and your search history.\n",
                                         "## Data\n\nWe collect your search history, your name and your app version.\n")
        #expect(!rules.contains("collection.new-category"))
    }
}
