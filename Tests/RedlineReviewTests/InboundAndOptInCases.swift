import Testing

/// Round 11: labels-team8's misses and false alarms, as general families (domain.md §B.4, §B.6),
/// each with a positive, a trap and the reverse; invented sentences. Run like `RuleCases`
/// (`CaseFamilyTests`).
enum InboundAndOptInCases {
    static let all: [RuleCase] = [
        // A denial of collection lifted by the product sending the company the data, the company
        // named right after the verb ("sends Acme your search queries"); a product sending the data
        // to the user's own search provider keeps the denial (the denial stays in the new version).
        RuleCase(rule: "collection.prohibition-lifted",
                 old: "## Search\n\nYou can search from the address bar. _Acme does not receive your search queries._ Queries go to your search provider.\n",
                 new: "## Search\n\nYou can search from the address bar.\n\n* __Searches__: The browser sends Acme your search queries and Acme may share that data with its partners.\n",
                 trapOld: "## Search\n\nYou can search from the address bar. _Acme does not receive your search queries._\n",
                 trapNew: "## Search\n\nYou can search from the address bar. _Acme does not receive your search queries._ The browser sends your search queries to your search provider.\n"),
        // "sends us" is the company receiving it, as "we receive" would be.
        RuleCase(rule: "collection.prohibition-lifted",
                 old: "## Location\n\nWe do not receive your location.\n",
                 new: "## Location\n\nThe app sends us your location.\n",
                 trapOld: "## Location\n\nWe do not receive your location.\n",
                 trapNew: "## Location\n\nThe app sends you a reminder. We do not receive your location.\n"),
        // An ad partner sharing information with the company is a new source (advertisers); what
        // the user shares with us names no source.
        RuleCase(rule: "collection.new-source",
                 old: "## Third parties\n\nThese service providers may collect information sent by your browser, such as cookies.\n",
                 new: "## Third parties\n\nThese service providers may collect information sent by your browser, such as cookies. Third-party ad partners may share information with us, like a browser cookie ID, to help us measure ad quality.\n",
                 trapOld: "## Third parties\n\nThese service providers may collect information sent by your browser, such as cookies.\n",
                 trapNew: "## Third parties\n\nThese service providers may collect information sent by your browser, such as cookies. You may share information with us, like your email address, to get help.\n"),
    ]
}

@Suite struct InboundAndOptInTests {
    /// A new category collected outright is material; gated on the user turning a feature on it is
    /// opt-in (the top of the choice ladder) and only informs (labels-team8's Find My Device).
    @Test func aCategoryCollectedOnlyWhenTheUserEnablesAFeatureIsMinor() {
        let old = "## Accounts\n\nWe receive your email address when you sign in.\n"
        let outright = "## Accounts\n\nWe receive your email address when you sign in. We receive the approximate location of your device when you sign in.\n"
        let optIn = "## Accounts\n\nWe receive your email address when you sign in.\n\n* Find My Phone: If you enable Find My Phone, we receive the approximate location of your device only when you request it.\n"
        #expect(ReviewFixtures.review(old, outright).findings.contains { $0.rule == "collection.new-category" && $0.severity == .material })
        #expect(!ReviewFixtures.review(old, optIn).findings.contains { $0.rule == "collection.new-category" && $0.severity == .material })
    }

    /// A denial lifted "when you enable …" is still `collection.prohibition-lifted` (the catalogue's own example).
    @Test func aDenialLiftedByAnOptInStillFires() {
        let rules = ReviewFixtures.rules("## Location\n\nWe do not collect precise location.\n",
                                         "## Location\n\nWe may collect precise location when you enable location services.\n")
        #expect(rules.contains("collection.prohibition-lifted"))
    }

    /// An inbound sentence that leads in a list is read by its own verb, not by a denial in the
    /// item after it (labels-team8's Firefox 2021-09: "Mozilla cannot access the content of messages").
    @Test func anInboundLeadInIsReadByItsOwnVerb() {
        let old = "## S\n\nMozilla does not receive your location.\n\n* Acme cannot access your files.\n"
        let new = "## S\n\nFirefox sends Mozilla your location.\n\n* Acme cannot access your files.\n"
        #expect(ReviewFixtures.rules(old, new).contains("collection.prohibition-lifted"))
    }

    /// A list item broken by a PDF line break is read with the line that holds its verb.
    @Test func aBrokenSentenceIsReadWhole() {
        let old = "## What we receive\n\nWe receive information when you use our apps, our websites, our browser extensions and our\n\nemail newsletters.\n"
        let new = "## What we receive\n\nWe receive information when you use our apps, our websites, our browser extensions and our\n\nemail newsletters, and from advertisers.\n"
        #expect(ReviewFixtures.rules(old, new).contains("collection.new-source"))
    }
}
