import RedlineParse

/// What `redline init` writes: a site that builds and passes `redline check` as it stands.
/// A pure function of its settings; `ScaffoldWriter` puts the files on disk.
public struct SiteScaffold: Sendable, Equatable {
    public var title: String
    public var baseURL: String
    public var publisher: String
    public var publisherURL: String?
    /// The starter policy's effective (and announced) date: the day of `init`.
    public var date: PolicyDate

    /// The locales the starter policy is written in; the default theme has UI strings for more.
    public static let locales = ["en", "de"]

    public init(title: String = "Privacy Center", baseURL: String = "https://privacy.example.com/",
                publisher: String = "Example Inc.", publisherURL: String? = "https://www.example.com/", date: PolicyDate) {
        self.title = title
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.publisher = publisher
        self.publisherURL = publisherURL
        self.date = date
    }

    /// Every file of the new site, sorted by path.
    public func files() -> [ScaffoldFile] {
        var files = [
            ScaffoldFile(path: "content/redline.yml", text: config()),
            ScaffoldFile(path: ".gitignore", text: Self.gitignore),
            ScaffoldFile(path: ".github/workflows/redline.yml", text: GitHubWorkflow.text),
        ]
        for locale in Self.locales {
            files.append(ScaffoldFile(path: "content/privacy/\(date)/\(locale).md", text: StarterPolicy.text(locale: locale, date: date, publisher: publisher)))
        }
        files += DefaultTheme.files
        return files.sorted { $0.path < $1.path }
    }

    func config() -> String {
        var lines = [
            "# The site's settings. Every key is described in Redline's README (\"The content format\").",
            "title: \(Self.quoted(title))",
            "base_url: \(Self.quoted(baseURL))   # where the site will be published; feeds and canonical links use it",
            "publisher:",
            "  name: \(Self.quoted(publisher))",
        ]
        if let publisherURL { lines.append("  url: \(Self.quoted(publisherURL))") }
        lines += [
            "locales: [\(Self.locales.joined(separator: ", "))]     # the language switcher's order; one <locale>.md per version",
            "default_locale: \(Self.locales[0])           # the site root and x-default",
            "canonical_locale: \(Self.locales[0])         # the language the lawyers write; the rights review runs on it",
            "notice_days: 30             # minimum notice (effective − announced) for a version that reduces rights",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar (JSON string syntax is valid YAML), so any title is safe.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    static let gitignore = """
    # Build output and caches: `redline build` recreates them.
    public/
    .redline-cache/
    # The site before the last build (reused by the next one) and staging folders.
    .public.redline-*/
    .build/

    """
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
