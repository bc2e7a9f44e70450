/// `/versions.json`: the site's table of contents for machines.
struct VersionsIndex: Encodable, Sendable {
    struct Site: Encodable, Sendable {
        var title: String
        var baseURL: String
        var publisher: String
        var publisherURL: String?
        var locales: [String]
        var defaultLocale: String
        var canonicalLocale: String

        enum CodingKeys: String, CodingKey {
            case title, publisher, locales
            case baseURL = "base_url", publisherURL = "publisher_url", defaultLocale = "default_locale", canonicalLocale = "canonical_locale"
        }
    }

    struct Feed: Encodable, Sendable {
        var locale: String
        var atom: String
        var json: String
    }

    struct Version: Encodable, Sendable {
        var policy: String
        var locale: String
        var version: String
        var announced: String?
        var status: String
        var title: String
        var url: String
        var json: String
        var changesURL: String?
        var materialFindings: Int
        var expansions: Int
        /// SHA-256 of the version's file as decoded (64 hex digits), as in `content/redline.lock`.
        var sha256: String

        enum CodingKeys: String, CodingKey {
            case policy, locale, version, announced, status, title, url, json, expansions, sha256
            case changesURL = "changes_url", materialFindings = "material_findings"
        }
    }

    var format = "redline-versions/1"
    var site: Site
    var feeds: [Feed]
    var versions: [Version]
}
