import Testing
@testable import RedlineReview

/// Round 12: general defects found on labels-team8's Firefox 2021-07 → 2021-09 (domain.md §B.2,
/// §B.6), each with a positive, a trap and the reverse; invented sentences. Run like `RuleCases`
/// (`CaseFamilyTests`).
enum DenialScopeCases {
    static let all: [RuleCase] = [
        // A list item is one sentence to the parser however many periods it has. Its denial
        // ("Acme does not receive your browsing history") denies what its own sentence names, not
        // the "interactions" an earlier sentence of the item names — which, read as usage data,
        // covered every usage denial (search queries) the new version dropped.
        RuleCase(rule: "collection.prohibition-lifted",
                 old: "## Search\n\nYou can search from the address bar. Acme does not receive your search queries.\n\n"
                    + "## Recommendations\n\n* __Add-ons__: We base the recommendations on your interactions with the browser. Acme does not receive your browser history.\n",
                 new: "## Search\n\nYou can search from the address bar. The browser sends Acme what you type into the search bar.\n\n"
                    + "## Recommendations\n\n* __Add-ons__: We base the recommendations on your interactions with the browser. Acme does not receive your browser history.\n",
                 // The denial moved into the item's own sentence: it still denies the search queries.
                 trapOld: "## Search\n\nYou can search from the address bar. Acme does not receive your search queries.\n\n"
                    + "## Recommendations\n\n* __Add-ons__: We base the recommendations on your interactions with the browser.\n",
                 trapNew: "## Search\n\nYou can search from the address bar.\n\n"
                    + "## Recommendations\n\n* __Add-ons__: We base the recommendations on your interactions with the browser. Acme does not receive your search queries.\n"),
        // A consent gate is lost where a sentence that gated *sharing* on consent goes; consent in a
        // collection sentence ("when you choose to send us crash reports") is no sharing gate.
        RuleCase(rule: "sharing.consent-gate-removed",
                 old: "## Sharing\n\nWe share your information with service providers. We share it with others only when we have gotten your permission to share it.\n",
                 new: "## Sharing\n\nWe share your information with service providers. We share it with others.\n",
                 trapOld: "## Collection\n\nWe receive crash reports when you choose to send us crash reports.\n\n## Sharing\n\nWe share your information with service providers.\n",
                 trapNew: "## Collection\n\nWe receive crash reports.\n\n## Sharing\n\nWe share your information with service providers.\n"),
        // A modifier letter apostrophe (PDF text: "donʼt") is an apostrophe: the denial is read.
        RuleCase(rule: "sharing.new-recipient",
                 old: "## Sharing\n\nWe share your information with service providers.\n",
                 new: "## Sharing\n\nWe share your information with service providers. We share your information with advertisers.\n",
                 trapOld: "## Sharing\n\nWe share your information with service providers.\n",
                 trapNew: "## Sharing\n\nWe share your information with service providers. We donʼt share your information with advertisers.\n"),
        // A purpose word inside a recipient's name ("our email marketing vendor") names who handles
        // the data, not a purpose of use (domain.md §B.2: a phrase fills one slot).
        RuleCase(rule: "purpose.new-purpose",
                 old: "## Snippets\n\nWe use your email address to send you receipts.\n",
                 new: "## Snippets\n\nWe use your email address to send you receipts. We use your email address for targeted advertising.\n",
                 trapOld: "## Snippets\n\nWe use your email address to send you receipts.\n",
                 trapNew: "## Snippets\n\nWe use your email address to send you receipts. Your email address is received and handled by our email marketing vendor.\n"),
    ]
}

@Suite struct DenialScopeTests {
    /// The sentence quoted for a lost consent gate is the one that gated sharing, not an earlier
    /// collection sentence whose consent went too (Mozilla Accounts 2014-04's crash reports).
    @Test func aLostSharingGateIsQuotedFromTheSharingSentence() {
        let old = "## Collection\n\nWe receive crash reports when you choose to send us crash reports.\n\n## Sharing\n\nWe share your information with service providers. We share it with others when we have gotten your permission to share it.\n"
        let new = "## Collection\n\nWe receive crash reports.\n\n## Sharing\n\nWe share your information with service providers. We share it with others.\n"
        let finding = ReviewFixtures.review(old, new).findings.first { $0.rule == "sharing.consent-gate-removed" }
        #expect(finding?.old?.text.contains("permission to share") == true)
    }

    /// A lifted denial with no aligned sentence is quoted beside the new sentence that states the
    /// collection, and keeps the id of the denial's section.
    @Test func aLiftedDenialIsQuotedBesideWhatLiftsIt() throws {
        let old = "## Search\n\nYou can search from the address bar. Acme does not receive your search queries.\n\n## Suggest\n\nSuggest shows you sponsored content.\n"
        let new = "## Search\n\nYou can search from the address bar.\n\n## Suggest\n\nSuggest shows you sponsored content.\n\n* __Searches__: The browser sends Acme what you type into the search bar.\n"
        let finding = try #require(ReviewFixtures.review(old, new).findings.first { $0.rule == "collection.prohibition-lifted" })
        #expect(finding.old?.text.contains("does not receive") == true)
        #expect(finding.new?.text.contains("sends Acme") == true)
        #expect(finding.id.hasSuffix("@search"))
    }

    /// The trap: a denial of all personal data is lifted by any collection, so no sentence is
    /// quoted as lifting it.
    @Test func aLiftedDenialOfAllDataIsQuotedAlone() throws {
        let old = "## Children\n\nAcme does not collect personal information from anyone under the age of 13.\n\n## Use\n\nWe use your email address to send receipts.\n"
        let new = "## Children\n\nChildren may use the service.\n\n## Use\n\nWe use your email address to send receipts. How we use your information.\n"
        let finding = ReviewFixtures.review(old, new).findings.first { $0.rule == "collection.prohibition-lifted" }
        #expect(finding?.new?.text.contains("How we use") != true)
    }

    /// "donʼt" reads as "do not".
    @Test func aModifierLetterApostropheIsAnApostrophe() {
        #expect(TextTokens("We donʼt share it.", contractions: ["don't": "do not"]).tokens.prefix(4) == ["we", "do", "not", "share"])
    }

    /// The pieces of a list item: cut after a full stop that a capital (or markup before one) follows.
    @Test func anItemIsCutIntoItsSentences() {
        #expect(SentenceFacts.sentencePieces("Add-ons: We use your interactions. Acme does not receive it. _Never._").count == 3)
        #expect(SentenceFacts.sentencePieces("We use e.g. cookies, and 3.5 percent of visits.").count == 1)
        #expect(SentenceFacts.sentencePieces("One sentence only.").count == 1)
    }

    /// A new sentence that sends the reader elsewhere ("Learn more") but itself states the
    /// collection the old version denied shows the reduction: no unresolved reference.
    @Test func aLinkingSentenceThatLiftsTheDenialIsNoLinkOut() {
        let old = "## Search\n\n* __Queries__: Your queries go to your search provider. Acme does not receive your search queries.\n"
        let new = "## Search\n\n* __Queries__: Your queries go to your search provider. If you enable Suggest, we may also receive your search queries. [Learn more in our Suggest Policy](https://example.com/suggest).\n"
        let rules = ReviewFixtures.rules(old, new)
        #expect(rules.contains("collection.prohibition-lifted"))
        #expect(!rules.contains("other.unresolved-reference"))
    }

    /// The trap: a denial replaced by a reference alone stays an unresolved reference.
    @Test func aDenialReplacedByAReferenceStaysUnresolved() {
        let old = "## Search\n\n* __Queries__: Your queries go to your search provider. Acme does not receive your search queries.\n\n## Suggest\n\nWe may receive your search queries when you enable Suggest.\n"
        let new = "## Search\n\n* __Queries__: Your queries go to your search provider. Learn more about how search queries are handled in our [Search Policy](https://example.com/search).\n\n## Suggest\n\nWe may receive your search queries when you enable Suggest.\n"
        let rules = ReviewFixtures.rules(old, new)
        #expect(!rules.contains("collection.prohibition-lifted"))
        #expect(rules.contains("other.unresolved-reference"))
    }
}
