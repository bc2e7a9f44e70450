/// Everything a build reads, in memory: the configuration, every version, and the theme.
/// `SiteLoader` fills it from disk; tests build it inline.
public struct SiteSource: Sendable, Equatable {
    public var config: SiteConfig
    /// Sorted by policy, then date, then locale.
    public var versions: [PolicyVersion]
    public var theme: Theme
    /// Warnings from loading (unknown keys, dropped HTML); errors are thrown instead.
    public var warnings: [Diagnostic]

    public init(config: SiteConfig, versions: [PolicyVersion], theme: Theme, warnings: [Diagnostic] = []) {
        self.config = config
        self.versions = versions.sorted { ($0.policy, $0.date, $0.locale) < ($1.policy, $1.date, $1.locale) }
        self.theme = theme
        self.warnings = warnings
    }

    /// Policy names in order.
    public var policies: [String] {
        var seen: [String] = []
        for version in versions where seen.last != version.policy { seen.append(version.policy) }
        return seen
    }
}

/// The templates, UI strings and assets from `templates/`.
public struct Theme: Sendable, Equatable {
    /// Template name (path under `templates/` without `.mustache`) → source text.
    public var templates: [String: String]
    /// Locale → UI string key → text, from `templates/i18n/<locale>.yml`.
    public var strings: [String: [String: String]]
    /// Path under `templates/assets/` → bytes, copied to `/assets/`.
    public var assets: [String: [UInt8]]

    public init(templates: [String: String], strings: [String: [String: String]] = [:], assets: [String: [UInt8]] = [:]) {
        self.templates = templates
        self.strings = strings
        self.assets = assets
    }
}
