import RedlineParse

/// Feed and entry ids as tag URIs (RFC 4151): `tag:<host>,<date>:redline/<locale>[/<policy>/<effective>]`.
///
/// Minted only from content — the base URL's host and the version's dates — so a rebuild, a
/// new build date or moving the site to another path of the same host keeps every id; feed
/// readers then never show a version twice.
public struct TagURI: Sendable, Equatable {
    /// The tagging authority: the base URL's host, lower-cased, without user info or port.
    public let authority: String

    public init(baseURL: String) { authority = Self.host(of: baseURL) }

    /// The id of a locale's feed; `since` is the day of the site's first version (the year is kept).
    public func feed(locale: String, since: PolicyDate) -> String {
        "tag:\(authority),\(since.year):redline/\(locale)"
    }

    /// The id of one version's entry, the same in Atom and JSON Feed. `minted` is the day the
    /// version was announced (else its effective day): a day the authority already owned the
    /// host, as RFC 4151 asks, and never later than the day the entry first appears.
    public func entry(locale: String, policy: String, effective: PolicyDate, minted: PolicyDate) -> String {
        // Locales are BCP 47 tags and policy names are [a-z0-9-] (PathRules), both valid tag URI
        // characters, so no percent-encoding is needed.
        "tag:\(authority),\(minted):redline/\(locale)/\(policy)/\(effective)"
    }

    /// `https://user@Privacy.Example.com:8443/policies/` → `privacy.example.com`.
    static func host(of url: String) -> String {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        rest = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        if rest.hasPrefix("[") {
            // An IPv6 literal cannot be a tag authority (it holds colons); keep its digits.
            rest = rest.dropFirst().prefix { $0 != "]" }
            return rest.replacingOccurrences(of: ":", with: "-").lowercased()
        }
        if let colon = rest.firstIndex(of: ":") { rest = rest[..<colon] }
        let host = rest.lowercased()
        return host.isEmpty ? "localhost" : host
    }
}

extension PolicyTimeline.Entry {
    /// The day the version was made public: announced, else effective. Feeds, JSON-LD
    /// `datePublished` and the sitemap's `lastmod` all use it, never the build time.
    var published: PolicyDate { version.frontMatter.announced ?? version.date }

    /// Whether a feed lists the version on `buildDate`: once announced (or in effect).
    func isAnnounced(by buildDate: PolicyDate) -> Bool { published <= buildDate }
}

extension PolicyDate {
    /// Midnight UTC of the day, as RFC 3339 (`2021-01-29T00:00:00Z`).
    var rfc3339: String { "\(self)T00:00:00Z" }
}
