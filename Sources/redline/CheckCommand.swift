import ArgumentParser
import Foundation
import RedlineParse
import RedlinePublish
import RedlineReview

/// `redline check`: the CI gate on unacknowledged or insufficiently announced reductions of rights.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Fail (exit 1) on material reductions of rights that are unacknowledged or lack notice.",
        discussion: """
        Reviews each consecutive pair of versions in the canonical locale, and warns about translations \
        that lack a version of the canonical locale (consistency.locale-drift) or whose sections do not \
        match their original (consistency.structure-mismatch).
        Exit codes: 0 ok, 1 check failed, 65 bad content.

        Examples:
          redline check
          redline check --format github          # annotations in a GitHub Actions log
          redline check --date 2027-01-01 --format json
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, json, github }

    @OptionGroup var siteOptions: SiteOptions
    @Option(help: "Report format: text, markdown, json or github (workflow annotations).")
    var format: Format = .text
    @Option(help: ArgumentHelp("The build date (YYYY-MM-DD, UTC); today by default.", valueName: "date"))
    var date: String?
    @Flag(help: "Fail (exit 1) on translation warnings too, not only on reductions of rights.")
    var strictLocales = false

    func run() throws {
        let buildDate: PolicyDate
        if let date {
            guard let parsed = PolicyDate(date) else {
                Terminal.printError("redline: --date must be YYYY-MM-DD")
                throw ExitStatus.usage
            }
            buildDate = parsed
        } else {
            buildDate = Self.todayUTC()
        }
        let source: SiteSource
        let lock: LockFile
        do {
            source = try SiteLoader(siteDirectory: siteOptions.siteURL).load()
            // A published version changed without `--amend` fails here as it would fail the build
            // (exit 65, with its diff), so the gate never passes a site that cannot be published.
            let lockCheck = LockCheck(siteDirectory: siteOptions.siteURL, buildDate: buildDate)
            let read = try lockCheck.read()
            _ = try lockCheck.verify(source, read: .success(read))
            lock = read.lock
        } catch {
            throw error.exit()
        }
        let report = PublicationGate.evaluate(source: source, buildDate: buildDate, locked: lock.publishedPaths)
        let formatter = CheckReportFormatter(report: report, noticeDays: source.config.noticeDays,
                                             localeIssues: LocaleConsistency.check(source), strictLocales: strictLocales)
        print(formatter.render(format), terminator: "")
        if !formatter.passed { throw ExitStatus.checkFailed }
    }

    /// Today in UTC on a fixed Gregorian calendar, independent of the user's locale.
    static func todayUTC() -> PolicyDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return PolicyDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? PolicyDate(year: 1970, month: 1, day: 1)!
    }
}

/// Prints a gate report in one of the check formats.
struct CheckReportFormatter {
    let report: GateReport
    let noticeDays: Int
    var localeIssues: [LocaleIssue] = []
    /// Translation warnings fail the check too.
    var strictLocales = false

    var passed: Bool { report.passed && (!strictLocales || localeIssues.isEmpty) }
    private var localeSeverity: String { strictLocales ? "error" : "warning" }

    func render(_ format: CheckCommand.Format) -> String {
        switch format {
        case .text: text()
        case .markdown: markdown()
        case .json: json()
        case .github: github()
        }
    }

    private var summary: String {
        let material = report.entries.reduce(0) { $0 + $1.review.material.count }
        let translations = localeIssues.isEmpty ? "" : "; \(plural(localeIssues.count, "translation \(localeSeverity)"))"
        if passed {
            return "redline check passed: \(plural(report.entries.count, "version")), \(plural(material, "material finding")), all acknowledged and announced\(translations)\n"
        }
        let failures = report.problems.count + (strictLocales ? localeIssues.count : 0)
        return "redline check failed: \(plural(failures, "problem"))\(strictLocales ? "" : translations)\n"
    }

    private func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    func text() -> String {
        report.problems.map { "\($0.path):\($0.line): \($0.kind.rawValue): \($0.message)\n" }.joined()
            + report.warnings.map { "\($0.path):\($0.line): warning: \($0.kind.rawValue): \($0.message)\n" }.joined()
            + localeIssues.map { "\($0.path):\($0.line): \(localeSeverity): \($0.kind.rawValue): \($0.message)\n    hint: \($0.hint)\n" }.joined()
            + summary
    }

    func markdown() -> String {
        var out = "## Redline check\n\n"
        for entry in report.entries where !entry.review.findings.isEmpty {
            out += "### \(entry.version.path)\n\n| id | severity | explanation |\n| --- | --- | --- |\n"
            for finding in entry.review.findings {
                out += "| `\(finding.id)` | \(finding.severity.rawValue) | \(finding.explanation.replacingOccurrences(of: "|", with: "\\|")) |\n"
            }
            out += "\n"
        }
        if !report.problems.isEmpty {
            out += "### Problems\n\n" + report.problems.map { "- `\($0.path):\($0.line)` \($0.message)\n" }.joined() + "\n"
        }
        if !localeIssues.isEmpty {
            out += "### Translations\n\n" + localeIssues.map { "- `\($0.path):\($0.line)` \($0.kind.rawValue): \($0.message)\n" }.joined() + "\n"
        }
        return out + summary
    }

    func json() -> String {
        struct Output: Encodable {
            struct Version: Encodable { var path: String; var findings: [Finding]; var expansions: [Finding] }
            struct Problem: Encodable { var kind: String; var path: String; var line: Int; var finding: String?; var message: String }
            var passed: Bool
            var noticeDays: Int
            var problems: [Problem]
            var translations: [LocaleIssue]
            var versions: [Version]
        }
        let output = Output(
            passed: passed, noticeDays: noticeDays,
            problems: report.problems.map { .init(kind: $0.kind.rawValue, path: $0.path, line: $0.line, finding: $0.finding?.id, message: $0.message) },
            translations: localeIssues,
            versions: report.entries.map { .init(path: $0.version.path, findings: $0.review.findings, expansions: $0.review.expansions) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(output)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// GitHub workflow commands; values escaped as the runner requires (%, CR, LF; also , and : in properties).
    func github() -> String {
        func data(_ s: String) -> String {
            s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
        }
        func property(_ s: String) -> String { data(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C") }
        return report.problems.map { problem in
            let title = problem.finding?.id ?? problem.kind.rawValue
            return "::error file=\(property(problem.path)),line=\(problem.line),title=\(property(title))::\(data(problem.message))\n"
        }.joined() + report.warnings.map { warning in
            "::warning file=\(property(warning.path)),line=\(warning.line),title=\(property(warning.finding?.id ?? warning.kind.rawValue))::\(data(warning.message))\n"
        }.joined() + localeIssues.map { issue in
            "::\(localeSeverity) file=\(property(issue.path)),line=\(issue.line),title=\(property(issue.kind.rawValue))::\(data(issue.message))\n"
        }.joined() + summary
    }
}
