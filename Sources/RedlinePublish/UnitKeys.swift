import Foundation
import RedlineParse
import RedlineRender
import RedlineReview

/// The cache key of each unit (one policy in one locale): a SHA-256 over everything its pages
/// and per-version JSON are made from —
///
/// - the Redline binary, the site configuration, the theme and the build date;
/// - its own versions (dates and content hashes);
/// - which locales have which dates of the policy (language switchers, `hreflang`, translations);
/// - the canonical locale's reviews and current title (every locale shows the canonical
///   findings, the policy's name and the translation-drift notice).
///
/// So editing one translation re-renders that translation's unit; editing the canonical text
/// re-renders the canonical unit, and the others only when its findings, title or dates change.
struct UnitKeys {
    /// Unit id → key.
    var keys: [String: String] = [:]
    /// The key of each group of shared files (`SharedPart`): what the group reads, as below.
    var shared: [SharedPart: String] = [:]
    /// Policy → what the home pages, feeds and 404 page read of it beyond the front matter: the
    /// dates of each locale, the canonical reviews and title (a unit's key without the texts' hashes).
    var listings: [String: String] = [:]

    struct Pair: Sendable {
        var old: PolicyVersion
        var new: PolicyVersion
    }

    static func id(_ policy: String, _ locale: String) -> String { "\(policy)/\(locale)" }

    /// What a pair's review depends on: both files (content and path) and the parse mode.
    static func pairKey(_ old: PolicyVersion, _ new: PolicyVersion, unsafeHTML: Bool) -> String {
        "\(old.path) \(old.contentHash.hex) \(new.path) \(new.contentHash.hex) \(new.locale) \(unsafeHTML)"
    }

    /// Policy → locale → versions oldest first.
    static func groups(_ source: SiteSource) -> [String: [String: [PolicyVersion]]] {
        var groups: [String: [String: [PolicyVersion]]] = [:]
        for version in source.versions { groups[version.policy, default: [:]][version.locale, default: []].append(version) }
        return groups.mapValues { $0.mapValues { $0.sorted { $0.date < $1.date } } }
    }

    /// Every consecutive pair of one policy in one locale, in a fixed order.
    static func pairs(_ groups: [String: [String: [PolicyVersion]]]) -> [Pair] {
        groups.keys.sorted().flatMap { policy in
            (groups[policy] ?? [:]).sorted { $0.key < $1.key }.flatMap { _, versions in
                zip(versions, versions.dropFirst()).map { Pair(old: $0, new: $1) }
            }
        }
    }

    init(source: SiteSource, groups: [String: [String: [PolicyVersion]]], buildDate: PolicyDate, tool: String, reviews: [String: Review]) {
        let config = source.config
        let global = [tool, String(reflecting: config), Self.themeHash(source.theme), buildDate.description].joined(separator: "\u{0}")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for (policy, locales) in groups {
            let skeleton = config.locales.map { locale in
                locale + ":" + (locales[locale] ?? []).map(\.date.description).joined(separator: ",")
            }.joined(separator: "|")
            let canonical = locales[config.canonicalLocale] ?? []
            let canonicalReviews = zip(canonical, canonical.dropFirst()).map { old, new in
                let review = reviews[Self.pairKey(old, new, unsafeHTML: config.unsafeHTML)]
                let encoded = review.flatMap { try? encoder.encode($0) }.map { ContentHash(bytes: Array($0)).hex } ?? "none"
                return "\(new.date)=\(encoded)"
            }.joined(separator: ",")
            let canonicalTitle = (canonical.last { $0.date <= buildDate } ?? canonical.first)?.frontMatter.title ?? ""
            listings[policy] = [policy, skeleton, canonicalReviews, canonicalTitle].joined(separator: "\u{0}")
            for (locale, versions) in locales {
                let own = versions.map { "\($0.date)=\($0.contentHash.hex)" }.joined(separator: ",")
                let material = [global, policy, locale, own, skeleton, canonicalReviews, canonicalTitle].joined(separator: "\u{0}")
                keys[Self.id(policy, locale)] = ContentHash(of: material).hex
            }
        }
        shared = Self.sharedKeys(source, global: global, units: keys, listings: listings)
    }

    /// Shared files read the front matter of every version (feed ids start at the earliest
    /// announcement, the sitemap lists every page with its date) and, beyond that:
    /// a locale's home and feeds, and the 404 page, the policies' `listings` (the canonical
    /// findings and title, which locales have which dates) and nothing of any version's text;
    /// `versions.json` every unit (hashes and finding counts). So editing a version's text
    /// re-renders `versions.json` alone of them, unless the canonical findings change.
    static func sharedKeys(_ source: SiteSource, global: String, units: [String: String], listings: [String: String]) -> [SharedPart: String] {
        let frontMatter = ContentHash(of: source.versions.sorted { $0.path < $1.path }
            .map { Self.describe($0.path, $0.frontMatter) }.joined(separator: "\u{0}")).hex
        let ordered = units.sorted { $0.key < $1.key }
        let policies = listings.sorted { $0.key < $1.key }.map(\.value).joined(separator: "\u{1}")
        var shared: [SharedPart: String] = [:]
        for part in SharedPart.all(locales: source.config.locales) {
            let material: [String]
            switch part {
            case .locale, .site: material = [frontMatter, policies]
            case .sitemap: material = [frontMatter]
            case .versionsIndex: material = [ordered.map { "\($0.key)=\($0.value)" }.joined(separator: ",")]
            }
            shared[part] = ContentHash(of: ([global, part.id] + material).joined(separator: "\u{0}")).hex
        }
        return shared
    }

    /// Every field of a version's front matter (`String(reflecting:)` cost a tenth of a build with nothing to do).
    static func describe(_ path: String, _ front: FrontMatter) -> String {
        [path, front.title, front.effective.description, front.announced?.description ?? "-", front.summary.map { "+" + $0 } ?? "-",
         front.acknowledges.joined(separator: "\u{1}"), String(front.line)].joined(separator: "\u{2}")
    }

    /// Templates, UI strings and assets, in a fixed order.
    static func themeHash(_ theme: Theme) -> String {
        var text = ""
        for (name, template) in theme.templates.sorted(by: { $0.key < $1.key }) { text += "T\u{0}\(name)\u{0}\(template)\u{0}" }
        for (locale, table) in theme.strings.sorted(by: { $0.key < $1.key }) {
            for (key, value) in table.sorted(by: { $0.key < $1.key }) { text += "S\u{0}\(locale)\u{0}\(key)\u{0}\(value)\u{0}" }
        }
        for (name, bytes) in theme.assets.sorted(by: { $0.key < $1.key }) { text += "A\u{0}\(name)\u{0}\(ContentHash(bytes: bytes).hex)\u{0}" }
        return ContentHash(of: text).hex
    }
}
