import RedlineParse

/// Where each page lives. Pages link to each other with relative URLs (so the site works under
/// any sub-path); feeds, sitemaps and canonical links use absolute URLs from `base_url`.
public struct SitePaths: Sendable {
    public let baseURL: String

    public init(baseURL: String) { self.baseURL = baseURL }

    /// Directory of a page, ending in `/` (empty for the root).
    public static func current(_ locale: String, _ policy: String) -> String { "\(locale)/\(policy)/" }
    public static func version(_ locale: String, _ policy: String, _ date: PolicyDate) -> String { "\(locale)/\(policy)/\(date)/" }
    public static func history(_ locale: String, _ policy: String) -> String { "\(locale)/\(policy)/history/" }
    public static func changes(_ locale: String, _ policy: String, _ date: PolicyDate) -> String { "\(locale)/\(policy)/changes/\(date)/" }
    public static func localeHome(_ locale: String) -> String { "\(locale)/" }

    /// The file that serves a directory URL.
    public static func file(for directory: String) -> String { directory + "index.html" }

    /// `../` repeated to climb from `directory` back to the site root.
    public static func root(from directory: String) -> String {
        String(repeating: "../", count: directory.split(separator: "/").count)
    }

    public func absolute(_ path: String) -> String { baseURL + path }
}
