import RedlineParse

/// Finds translations that have fallen behind the canonical locale or drifted from its structure.
///
/// Readers of a translation see its newest translated version, so a missing translation is not
/// an error in the build — but counsel must know which readers see an older text, and a
/// translation with sections missing or extra is not the same policy. `redline check` reports
/// these as warnings and fails on them with `--strict-locales`.
public enum LocaleConsistency {
    /// Every consistency problem of the site, sorted by policy, date, locale.
    public static func check(_ source: SiteSource) -> [LocaleIssue] {
        let canonical = source.config.canonicalLocale
        var issues: [LocaleIssue] = []
        for policy in source.policies {
            let versions = source.versions.filter { $0.policy == policy }
            let canonicalByDate = Dictionary(versions.filter { $0.locale == canonical }.map { ($0.date, $0) },
                                             uniquingKeysWith: { first, _ in first })
            for locale in source.config.locales where locale != canonical {
                let translated = versions.filter { $0.locale == locale }
                let translatedDates = Set(translated.map(\.date))
                for original in canonicalByDate.values.sorted(by: { $0.date < $1.date }) where !translatedDates.contains(original.date) {
                    let shown = translated.last { $0.date < original.date }
                    let fallback = shown.map { "\(locale) readers see the \($0.date) version instead" }
                        ?? "\(locale) readers have no translation of any earlier version either"
                    issues.append(LocaleIssue(kind: .localeDrift, policy: policy, date: original.date, locale: locale,
                                              path: original.path, line: original.frontMatter.line,
                                              message: "\(policy) \(original.date) has no \(locale) translation; \(fallback)",
                                              hint: "add \(versionFolder(original))/\(locale).md"))
                }
                for translation in translated {
                    guard let original = canonicalByDate[translation.date] else {
                        issues.append(LocaleIssue(kind: .untranslatedOriginal, policy: policy, date: translation.date, locale: locale,
                                                  path: translation.path, line: translation.frontMatter.line,
                                                  message: "\(translation.path) has no \(canonical) original of the same date",
                                                  hint: "add \(versionFolder(translation))/\(canonical).md, or move the translation to its original's date"))
                        continue
                    }
                    issues += structureIssues(original: original, translation: translation)
                }
            }
        }
        return issues.sorted { ($0.policy, $0.date, $0.locale, $0.line) < ($1.policy, $1.date, $1.locale, $1.line) }
    }

    /// Sections of the original with no counterpart in the translation, and the reverse.
    static func structureIssues(original: PolicyVersion, translation: PolicyVersion) -> [LocaleIssue] {
        let alignment = OutlineAlignment(original.document.sections, translation.document.sections)
        let missing = alignment.unmatchedOriginal.map { section in
            LocaleIssue(kind: .structureMismatch, policy: translation.policy, date: translation.date, locale: translation.locale,
                        path: translation.path, line: translation.frontMatter.line,
                        message: "section \"\(section.heading.isEmpty ? "(preamble)" : section.heading)\" (\(original.path):\(section.line)) is missing from the \(translation.locale) translation",
                        hint: "translate the section, or bring the \(translation.locale) headings in line with \(original.path)")
        }
        let extra = alignment.unmatchedTranslation.map { section in
            LocaleIssue(kind: .structureMismatch, policy: translation.policy, date: translation.date, locale: translation.locale,
                        path: translation.path, line: section.line,
                        message: "section \"\(section.heading.isEmpty ? "(preamble)" : section.heading)\" has no counterpart in \(original.path)",
                        hint: "remove the section or add it to the \(original.locale) original first")
        }
        return missing + extra
    }

    private static func versionFolder(_ version: PolicyVersion) -> String {
        version.path.split(separator: "/").dropLast().joined(separator: "/")
    }
}

/// One translation problem, located in the file a person has to edit.
public struct LocaleIssue: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Equatable, Codable {
        /// The canonical locale has a version this locale does not translate.
        case localeDrift = "consistency.locale-drift"
        /// A translation's sections do not correspond one to one with its original's.
        case structureMismatch = "consistency.structure-mismatch"
        /// A translation dated where the canonical locale has no version.
        case untranslatedOriginal = "consistency.missing-original"
    }

    public var kind: Kind
    public var policy: String
    public var date: PolicyDate
    public var locale: String
    public var path: String
    public var line: Int
    public var message: String
    public var hint: String
}
