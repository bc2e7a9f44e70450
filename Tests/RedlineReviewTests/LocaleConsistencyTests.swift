import RedlineParse
@testable import RedlineReview
import Testing

@Suite struct LocaleConsistencyTests {
    static let english = """
        ## What we collect

        We collect your email address.

        ## How long we keep it

        We keep it for 30 days.

        ## Your rights

        You may ask us to delete it.
        """
    static let german = """
        ## Was wir erheben

        Wir erheben Ihre E-Mail-Adresse.

        ## Wie lange wir sie speichern

        Wir speichern sie 30 Tage lang.

        ## Ihre Rechte

        Sie können die Löschung verlangen.
        """

    func version(_ locale: String, _ date: String, _ text: String) -> PolicyVersion {
        let front = FrontMatter(title: "Privacy", effective: PolicyDate(date)!, line: 3)
        return PolicyVersion(policy: "privacy", locale: locale, path: "content/privacy/\(date)/\(locale).md", frontMatter: front,
                             body: text, document: DocumentParser.parse(text).document)
    }

    func site(_ versions: [PolicyVersion]) -> SiteSource {
        let config = SiteConfig(title: "T", baseURL: "https://example.org/", publisher: .init(name: "P"), locales: ["en", "de"],
                                defaultLocale: "en", canonicalLocale: "en")
        return SiteSource(config: config, versions: versions, theme: Theme(templates: [:]))
    }

    @Test func faithfulTranslationsRaiseNothing() {
        let issues = LocaleConsistency.check(site([version("en", "2024-01-01", Self.english), version("de", "2024-01-01", Self.german)]))
        #expect(issues.isEmpty)
    }

    @Test func aMissingTranslationIsLocaleDriftNamingWhatReadersSee() throws {
        let issues = LocaleConsistency.check(site([
            version("en", "2024-01-01", Self.english), version("de", "2024-01-01", Self.german),
            version("en", "2025-01-01", Self.english + "\n\nWe never sell it."),
        ]))
        let issue = try #require(issues.first)
        #expect(issues.count == 1)
        #expect(issue.kind == .localeDrift)
        #expect(issue.path == "content/privacy/2025-01-01/en.md" && issue.line == 3 && issue.locale == "de")
        #expect(issue.message.contains("de readers see the 2024-01-01 version"))
        #expect(issue.hint == "add content/privacy/2025-01-01/de.md")
    }

    @Test func aSectionMissingFromTheTranslationIsNamedWhereItIsMissing() throws {
        // The middle section (with the retention figure) is dropped, not the last one.
        let shortened = Self.german.replacingOccurrences(of: "## Wie lange wir sie speichern\n\nWir speichern sie 30 Tage lang.\n\n", with: "")
        let issues = LocaleConsistency.check(site([version("en", "2024-01-01", Self.english), version("de", "2024-01-01", shortened)]))
        let issue = try #require(issues.first)
        #expect(issues.count == 1)
        #expect(issue.kind == .structureMismatch && issue.path == "content/privacy/2024-01-01/de.md")
        #expect(issue.message.contains("\"How long we keep it\""))
        #expect(issue.message.contains("content/privacy/2024-01-01/en.md:5"))
    }

    @Test func anExtraSectionInTheTranslationIsReportedAtItsLine() throws {
        let extended = Self.german + "\n\n## Cookies\n\nWir verwenden Cookies.\n"
        let issues = LocaleConsistency.check(site([version("en", "2024-01-01", Self.english), version("de", "2024-01-01", extended)]))
        let issue = try #require(issues.first)
        #expect(issues.map(\.kind) == [.structureMismatch])
        #expect(issue.message.contains("\"Cookies\" has no counterpart"))
        #expect(issue.line == 13)
    }

    @Test func aTranslationWithoutAnOriginalIsReported() {
        let issues = LocaleConsistency.check(site([version("en", "2024-01-01", Self.english), version("de", "2024-01-01", Self.german),
                                                   version("de", "2024-06-01", Self.german)]))
        #expect(issues.map(\.kind) == [.untranslatedOriginal])
    }
}
