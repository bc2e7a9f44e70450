import RedlineParse

/// The `@id`s of the JSON-LD graph: absolute IRIs from `base_url`, the same on every page so
/// that graphs from different pages merge into one description of the site.
struct LinkedDataIDs: Sendable {
    let paths: SitePaths

    var organization: String { paths.absolute("#publisher") }
    var website: String { paths.absolute("#website") }
    /// The policy as an abstract work, across its versions and languages.
    func work(_ policy: String) -> String { paths.absolute("\(policy)/#work") }
    /// One version in one locale; its page's URL with a fragment.
    func document(_ locale: String, _ policy: String, _ date: PolicyDate) -> String {
        paths.absolute(SitePaths.version(locale, policy, date)) + "#document"
    }
    func change(_ locale: String, _ policy: String, _ date: PolicyDate) -> String {
        paths.absolute(SitePaths.changes(locale, policy, date)) + "#change"
    }
}
