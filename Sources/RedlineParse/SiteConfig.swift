/// `content/redline.yml`: the site's settings.
public struct SiteConfig: Sendable, Equatable, Codable {
    /// The organisation that publishes the policies (schema.org `publisher`).
    public struct Publisher: Sendable, Equatable, Codable {
        public var name: String
        public var url: String?
        public init(name: String, url: String? = nil) {
            self.name = name
            self.url = url
        }
    }

    public var title: String
    /// Absolute URL of the site root, ending in `/` (feeds, sitemaps and canonical links need it).
    public var baseURL: String
    public var publisher: Publisher
    /// BCP 47 tags, in the order the language switcher shows them.
    public var locales: [String]
    public var defaultLocale: String
    /// The locale the lawyers write; the rights review runs on it.
    public var canonicalLocale: String
    /// Minimum days between `announced` and `effective` for a version that reduces rights.
    public var noticeDays: Int
    /// Keep raw HTML and every link target from the Markdown (off by default).
    public var unsafeHTML: Bool

    public init(title: String, baseURL: String, publisher: Publisher, locales: [String], defaultLocale: String,
                canonicalLocale: String, noticeDays: Int = 30, unsafeHTML: Bool = false) {
        self.title = title
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.publisher = publisher
        self.locales = locales
        self.defaultLocale = defaultLocale
        self.canonicalLocale = canonicalLocale
        self.noticeDays = noticeDays
        self.unsafeHTML = unsafeHTML
    }

    static let knownKeys = ["title", "base_url", "publisher", "locales", "default_locale", "canonical_locale", "notice_days", "unsafe_html"]

    /// Reads the configuration from YAML text, reporting every problem with its position.
    public static func parse(_ text: String, path: String) throws(ContentError) -> SiteConfig {
        var diagnostics: [Diagnostic] = []
        guard let yaml = YAMLMapping.parse(text, path: path, lineOffset: 0, diagnostics: &diagnostics) else {
            throw ContentError(diagnostics)
        }
        yaml.unknownKeys(known: knownKeys, diagnostics: &diagnostics)
        let title = yaml.string("title", required: true, hint: "add `title: Example Privacy Center`", diagnostics: &diagnostics)?.0 ?? ""
        var baseURL = "https://example.com/"
        if let (url, location) = yaml.string("base_url", required: true, hint: "add `base_url: https://privacy.example.com/`", diagnostics: &diagnostics) {
            if url.hasPrefix("https://") || url.hasPrefix("http://"), !url.contains(" ") {
                baseURL = url
            } else {
                diagnostics.append(.error(at: location, "`base_url` must be an absolute http(s) URL, found `\(url)`",
                                          hint: "write it like `https://privacy.example.com/`"))
            }
        }
        var publisher = Publisher(name: title)
        if let (node, location) = yaml.value("publisher") {
            if let name = node.scalar?.string {
                publisher = Publisher(name: name)
            } else if let mapping = node.mapping {
                let name = mapping["name"]?.scalar?.string
                if name == nil { diagnostics.append(.error(at: location, "`publisher` needs a `name`", hint: "add `name: Example Inc.` under `publisher:`")) }
                publisher = Publisher(name: name ?? title, url: mapping["url"]?.scalar?.string)
            } else {
                diagnostics.append(.error(at: location, "`publisher` must be a name or a mapping with `name` and `url`"))
            }
        }
        var locales: [String] = []
        for (tag, location) in yaml.strings("locales", diagnostics: &diagnostics) ?? [("en", yaml.location)] {
            if LocaleTag.isValid(tag) {
                if locales.contains(tag) { diagnostics.append(.error(at: location, "locale `\(tag)` is listed twice", hint: "remove one")) }
                locales.append(tag)
            } else {
                diagnostics.append(.error(at: location, "`\(tag)` is not a BCP 47 language tag", hint: "use tags such as `en`, `de`, `pt-BR`, `zh-Hant`"))
            }
        }
        if locales.isEmpty { locales = ["en"] }
        func localeSetting(_ key: String) -> String {
            guard let (tag, location) = yaml.string(key, diagnostics: &diagnostics) else { return locales[0] }
            if !locales.contains(tag) {
                diagnostics.append(.error(at: location, "`\(key)` is `\(tag)`, which is not in `locales`", hint: "add it to `locales` or choose one of \(locales.joined(separator: ", "))"))
            }
            return tag
        }
        let defaultLocale = localeSetting("default_locale")
        let canonicalLocale = localeSetting("canonical_locale")
        var noticeDays = 30
        if let (text, location) = yaml.string("notice_days", diagnostics: &diagnostics) {
            if let days = Int(text), days >= 0, days <= 3650 { noticeDays = days } else {
                diagnostics.append(.error(at: location, "`notice_days` must be a whole number of days from 0 to 3650, found `\(text)`"))
            }
        }
        var unsafeHTML = false
        if let (text, location) = yaml.string("unsafe_html", diagnostics: &diagnostics) {
            switch text { case "true": unsafeHTML = true
            case "false": unsafeHTML = false
            default: diagnostics.append(.error(at: location, "`unsafe_html` must be `true` or `false`, found `\(text)`")) }
        }
        if diagnostics.contains(where: { $0.severity == .error }) { throw ContentError(diagnostics) }
        var config = SiteConfig(title: title, baseURL: baseURL, publisher: publisher, locales: locales, defaultLocale: defaultLocale,
                                canonicalLocale: canonicalLocale, noticeDays: noticeDays, unsafeHTML: unsafeHTML)
        config.warnings = diagnostics
        return config
    }

    /// Warnings found while reading (unknown keys).
    public var warnings: [Diagnostic] = []

    enum CodingKeys: String, CodingKey {
        case title, baseURL = "base_url", publisher, locales, defaultLocale = "default_locale"
        case canonicalLocale = "canonical_locale", noticeDays = "notice_days", unsafeHTML = "unsafe_html"
    }
}

/// BCP 47 tags as sites use them: language, optional script, optional region.
public enum LocaleTag {
    public static func isValid(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count), language.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
        for part in parts.dropFirst() {
            let isScript = part.count == 4 && part.allSatisfy { $0.isASCII && $0.isLetter }
            let isRegion = (part.count == 2 && part.allSatisfy { $0.isASCII && $0.isUppercase }) || (part.count == 3 && part.allSatisfy { $0.isASCII && $0.isNumber })
            guard isScript || isRegion else { return false }
        }
        return parts.count <= 3
    }

    /// Languages written right to left.
    public static func isRightToLeft(_ tag: String) -> Bool {
        let language = tag.split(separator: "-").first.map(String.init) ?? tag
        return ["ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"].contains(language)
    }
}
