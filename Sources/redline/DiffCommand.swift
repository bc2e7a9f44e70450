import ArgumentParser
import Foundation
import RedlineDiff
import RedlineParse
import RedlineRender
import RedlineReview

/// `redline diff OLD NEW`: the redline between two versions, with the review's findings.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of a policy, and the reductions of rights.",
        discussion: """
        OLD and NEW are Markdown files (front matter optional) or versions in the site written
        POLICY/DATE[/LOCALE], e.g. privacy/2021-03-01 or privacy/2021-03-01/de.
        Exits 0 whatever the differences; 65 when an input cannot be read.

        Examples:
          redline diff privacy/2021-03-01 privacy/2022-06-01
          redline diff privacy/2021-03-01/de privacy/2022-06-01/de --format html > redline.html
          redline diff old.md new.md --format markdown    # a pull-request comment
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json, html
    }

    @Argument(help: "The older version: a Markdown file or POLICY/DATE[/LOCALE].")
    var old: String?

    @Argument(help: "The newer version: a Markdown file or POLICY/DATE[/LOCALE].")
    var new: String?

    @Option(name: .long, help: "Output format: text, markdown, json or html.")
    var format: Format = .text

    @OptionGroup var siteOptions: SiteOptions

    @Flag(name: .customLong("no-color"), help: "Never colour the text output.")
    var noColor = false

    @Option(name: .customLong("bench-corpus"), help: .hidden)
    var benchCorpus: String?

    @Option(name: .customLong("bench-runs"), help: .hidden)
    var benchRuns = 5

    func validate() throws {
        if benchCorpus == nil, old == nil || new == nil {
            throw ValidationError("give the two versions to compare: redline diff OLD NEW")
        }
    }

    func run() throws {
        if let benchCorpus {
            try DiffBenchmark.run(corpus: URL(fileURLWithPath: benchCorpus, isDirectory: true), runs: max(1, benchRuns))
            return
        }
        guard let old, let new else { throw ExitStatus.usage }
        var resolver = VersionResolver(siteURL: siteOptions.siteURL)
        let oldSide: VersionResolver.Resolved
        let newSide: VersionResolver.Resolved
        do {
            oldSide = try resolver.resolve(old)
            newSide = try resolver.resolve(new)
        } catch {
            throw error.exit()
        }
        let diff = Differ.diff(oldSide.document, newSide.document)
        let review = Reviewer.review(old: oldSide.document, new: newSide.document, diff: diff, locale: newSide.side.locale ?? "en")
        let report = DiffReport(old: oldSide.side, new: newSide.side, diff: diff, review: review)
        let output: String = switch format {
        case .text: TextReport.render(report, color: Terminal.isInteractive && !noColor)
        case .markdown: MarkdownReport.render(report)
        case .json: JSONReport.render(report)
        case .html: HTMLReport.render(report)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

/// Reads `redline diff`'s arguments: a Markdown file, or `POLICY/DATE[/LOCALE]` in the site
/// (loaded once, on the first reference).
struct VersionResolver {
    struct Resolved {
        var side: DiffReport.Side
        var document: Document
    }

    let siteURL: URL
    private var site: SiteSource?

    init(siteURL: URL) { self.siteURL = siteURL }

    mutating func resolve(_ argument: String) throws(ContentError) -> Resolved {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), !isDirectory.boolValue {
            return try file(argument)
        }
        if let reference = Reference(argument) { return try version(reference, argument: argument) }
        throw ContentError(.error(at: SourceLocation(path: argument), "no such file, and not a version reference",
                                  hint: "give a Markdown file, or a version in the site as POLICY/DATE[/LOCALE], e.g. privacy/2021-03-01"))
    }

    func file(_ path: String) throws(ContentError) -> Resolved {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ContentError(.error(at: SourceLocation(path: path), "cannot read the file", hint: "check the path and its permissions"))
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw ContentError(.error(at: SourceLocation(path: path), "the file is not UTF-8 text", hint: "save the policy as UTF-8"))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        text = text.replacingOccurrences(of: "\r\n", with: "\n")
        let (_, body, firstLine) = FrontMatter.split(text)
        let document = DocumentParser.parse(body, path: path, firstLine: firstLine).document
        return Resolved(side: DiffReport.Side(label: path, file: path, title: document.title), document: document)
    }

    mutating func version(_ reference: Reference, argument: String) throws(ContentError) -> Resolved {
        let source: SiteSource
        if let site { source = site } else {
            source = try SiteLoader(siteDirectory: siteURL).load()
            site = source
        }
        let locale = reference.locale ?? source.config.defaultLocale
        guard let version = source.versions.first(where: { $0.policy == reference.policy && $0.date == reference.date && $0.locale == locale }) else {
            let known = source.versions.filter { $0.policy == reference.policy && $0.locale == locale }.map(\.date.description)
            let hint = known.isEmpty
                ? "policies in the site: \(source.policies.joined(separator: ", ")); locales: \(source.config.locales.joined(separator: ", "))"
                : "versions of \(reference.policy) in \(locale): \(known.joined(separator: ", "))"
            throw ContentError(.error(at: SourceLocation(path: argument), "no version \(reference.date) of `\(reference.policy)` in locale `\(locale)`", hint: hint))
        }
        let side = DiffReport.Side(label: argument, file: version.path, policy: version.policy, version: version.date.description,
                                   locale: version.locale, title: version.frontMatter.title)
        return Resolved(side: side, document: version.document)
    }

    /// `POLICY/DATE[/LOCALE]`.
    struct Reference {
        var policy: String
        var date: PolicyDate
        var locale: String?

        init?(_ text: String) {
            let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard (2...3).contains(parts.count), !parts[0].isEmpty, let date = PolicyDate(parts[1]) else { return nil }
            if parts.count == 3, parts[2].isEmpty { return nil }
            policy = parts[0]
            self.date = date
            locale = parts.count == 3 ? parts[2] : nil
        }
    }
}
