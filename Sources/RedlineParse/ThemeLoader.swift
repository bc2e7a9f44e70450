import Foundation
import Yams

/// Reads `templates/`: Mustache files, `i18n/<locale>.yml` UI strings and `assets/`.
struct ThemeLoader {
    let root: URL
    let locales: [String]

    /// The UI strings every locale must define; a missing one is an error naming file and key.
    static let requiredStrings = [
        "current_version", "effective", "announced", "last_updated", "archived_version", "upcoming_version",
        "archived_notice", "upcoming_notice", "history", "what_changed", "version_history", "all_versions",
        "view_version", "view_changes", "no_summary", "language", "previous_version", "first_version",
        "policies", "skip_to_content", "contents", "changes_title", "moved_from", "section_added",
        "section_removed", "section_changed", "section_moved", "section_renamed", "no_changes", "findings",
        "expansions", "material", "minor", "acknowledged", "not_found_title", "not_found_text", "upcoming_material_notice",
        "generated_by", "feed", "notice_given_days", "unchanged_sections", "newer_in_canonical", "translations",
        "amended_note",
    ]

    func load(diagnostics: inout [Diagnostic]) -> Theme {
        var templates: [String: String] = [:]
        var assets: [String: [UInt8]] = [:]
        var strings: [String: [String: String]] = [:]
        let templatesURL = root.appendingPathComponent("templates")
        for relative in files(under: templatesURL, diagnostics: &diagnostics) {
            let path = "templates/\(relative)"
            guard let data = FileManager.default.contents(atPath: templatesURL.appendingPathComponent(relative).path) else { continue }
            if relative.hasPrefix("assets/") {
                assets[String(relative.dropFirst("assets/".count))] = Array(data)
            } else if relative.hasSuffix(".mustache") {
                if let text = TextDecoding.decode(Array(data), path: path, diagnostics: &diagnostics) {
                    templates[String(relative.dropLast(".mustache".count))] = text
                }
            } else if relative.hasPrefix("i18n/"), relative.hasSuffix(".yml") {
                let locale = String(relative.dropFirst("i18n/".count).dropLast(".yml".count))
                guard locales.contains(locale) else { continue }
                if let text = TextDecoding.decode(Array(data), path: path, diagnostics: &diagnostics) {
                    strings[locale] = Self.parseStrings(text, path: path, diagnostics: &diagnostics)
                }
            }
        }
        if templates.isEmpty {
            diagnostics.append(.error(at: SourceLocation(path: "templates"), "no templates found",
                                      hint: "copy the default theme's templates/ folder (`redline init` writes one)"))
        }
        for locale in locales {
            let path = "templates/i18n/\(locale).yml"
            guard let table = strings[locale] else {
                diagnostics.append(.error(at: SourceLocation(path: path), "no UI strings for locale `\(locale)`",
                                          hint: "copy templates/i18n/en.yml to \(path) and translate it"))
                continue
            }
            for key in Self.requiredStrings where table[key] == nil {
                diagnostics.append(.error(at: SourceLocation(path: path), "missing UI string `\(key)`",
                                          hint: "add `\(key): …` to \(path) (see templates/i18n/en.yml)"))
            }
        }
        return Theme(templates: templates, strings: strings, assets: assets)
    }

    /// The tags a UI string file needs resolved: only null (an empty or `~` value is a missing
    /// string); every other scalar is taken as its text whatever its tag. Yams' default resolver
    /// tries seven regular expressions on every scalar (and again on every key, to find
    /// duplicates): for 40 locales' files that was a third of a no-change build's instructions
    /// on an 800-page site. The null rule matches no text that another default rule matches,
    /// so the null tags, the duplicate keys (equal text, equal tag) and thus the strings and
    /// diagnostics are those of the default resolver.
    static let stringsResolver = Resolver.basic.appending(.null)

    static func parseStrings(_ text: String, path: String, resolver: Resolver = stringsResolver,
                             diagnostics: inout [Diagnostic]) -> [String: String] {
        guard let yaml = YAMLMapping.parse(text, path: path, lineOffset: 0, resolver: resolver, diagnostics: &diagnostics) else { return [:] }
        var table: [String: String] = [:]
        for entry in yaml.entries {
            if let value = yaml.string(entry.key, diagnostics: &diagnostics) { table[entry.key] = value.0 }
        }
        return table
    }

    /// Regular files under `directory`, as sorted relative paths; links out of the site are refused.
    func files(under directory: URL, diagnostics: inout [Diagnostic]) -> [String] {
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var result: [String] = []
        let base = directory.standardizedFileURL.path
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            guard PathRules.staysInside(url, root: root) else {
                diagnostics.append(.error(at: SourceLocation(path: "templates/\(relative)"), "symbolic link points outside the site folder",
                                          hint: "copy the file into templates/ instead of linking to it"))
                continue
            }
            result.append(relative)
        }
        return result.sorted()
    }
}
