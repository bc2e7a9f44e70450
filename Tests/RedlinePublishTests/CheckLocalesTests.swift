import ArgumentParser
import Foundation
import RedlineParse
import RedlinePublish
import RedlineReview
import Testing
@testable import redline

/// `redline check` on translations: drift warns, `--strict-locales` fails.
@Suite struct CheckLocalesTests {
    static let german = """
        ---
        title: Datenschutzerklärung
        effective: 2020-01-01
        announced: 2019-12-01
        ---
        # Datenschutzerklärung

        ## Weitergabe

        Wir verkaufen Ihre personenbezogenen Daten nicht.
        """

    /// English has 2020-01-01 and 2021-03-01; German only the first.
    func driftingSite() throws -> TemporarySite {
        let site = try TemporarySite([
            "content/redline.yml": TemporarySite.config.replacingOccurrences(of: "locales: [en]", with: "locales: [en, de]"),
            "content/privacy/2020-01-01/de.md": Self.german,
        ])
        try FileManager.default.copyItem(at: TemporarySite.repository.appendingPathComponent("templates/i18n/de.yml"),
                                         to: site.root.appendingPathComponent("templates/i18n/de.yml"))
        return site
    }

    func exitCode(_ arguments: [String]) -> Int32 {
        do {
            try CheckCommand.parse(arguments).run()
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch {
            return -1
        }
    }

    @Test func driftIsAWarningUnlessStrict() throws {
        let site = try driftingSite()
        defer { site.remove() }
        let arguments = ["--site", site.root.path, "--date", "2022-01-01", "--format", "json"]
        #expect(exitCode(arguments) == 0)
        #expect(exitCode(arguments + ["--strict-locales"]) == 1)
    }

    /// The example site in `content/` passes its own gate: every material finding of its versions
    /// is acknowledged (a false "vendor called Whether" once made it fail).
    @Test func theExampleSitePassesCheck() {
        #expect(exitCode(["--site", TemporarySite.repository.path, "--date", "2026-12-07", "--format", "json", "--strict-locales"]) == 0)
    }

    /// Its published versions acknowledge findings by id (written before keys were bound to
    /// sentences); the lock keeps those files, so `check` does not ask to rewrite them.
    @Test func theExampleSitesLockedAcknowledgementsDrawNoWarning() throws {
        let site = TemporarySite.repository
        let source = try SiteLoader(siteDirectory: site).load()
        let lock = try LockCheck(siteDirectory: site, buildDate: .init("2026-12-07")!).read().lock
        let idOnly = source.versions.filter { $0.path.hasSuffix("/en.md") && $0.frontMatter.acknowledges.contains { !$0.contains("#") } }
        #expect(!idOnly.isEmpty)
        #expect(idOnly.allSatisfy { lock.publishedPaths.contains($0.path) })
        let report = PublicationGate.evaluate(source: source, buildDate: .init("2026-12-07")!, locked: lock.publishedPaths)
        #expect(report.warnings.isEmpty)
        #expect(!PublicationGate.evaluate(source: source, buildDate: .init("2026-12-07")!).warnings.isEmpty)
    }

    @Test func reportsNameTheMissingTranslation() throws {
        let site = try driftingSite()
        defer { site.remove() }
        let source = try SiteLoader(siteDirectory: site.root).load()
        let issues = LocaleConsistency.check(source)
        let formatter = CheckReportFormatter(report: PublicationGate.evaluate(source: source, buildDate: .init("2022-01-01")!),
                                             noticeDays: 30, localeIssues: issues, strictLocales: false)
        #expect(formatter.passed)
        #expect(formatter.text().contains("content/privacy/2021-03-01/en.md:3: warning: consistency.locale-drift: privacy 2021-03-01 has no de translation; de readers see the 2020-01-01 version instead"))
        #expect(formatter.github().contains("::warning file=content/privacy/2021-03-01/en.md,line=3,title=consistency.locale-drift::"))
        let strict = CheckReportFormatter(report: formatter.report, noticeDays: 30, localeIssues: issues, strictLocales: true)
        #expect(!strict.passed)
        #expect(strict.github().contains("::error file=content/privacy/2021-03-01/en.md,line=3,title=consistency.locale-drift::"))
        #expect(strict.text().hasSuffix("redline check failed: 1 problem\n"))
    }
}
