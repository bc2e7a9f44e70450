import ArgumentParser
import Foundation
import RedlineParse
import RedlinePublish

/// `redline build`: the site from content/ and templates/ into public/.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into public/ (atomically; nothing is written on error).",
        discussion: """
        Examples:
          redline build                          # the site in the current folder
          redline build --site ./policies --output /tmp/site
          redline build --date 2026-01-01        # as if built on that day (archived/upcoming)
          redline build --quiet                  # CI: no progress, only errors and warnings
          redline build --amend privacy/2021-03-01/de --reason "Fixed a mistranslated sentence."

        Progress is shown only when standard output is a terminal.
        Exit codes: 0 built, 65 bad content (public/ untouched), 74 cannot write.
        """
    )

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: <site>/public).", valueName: "dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("The build date, YYYY-MM-DD (default: today in UTC). Versions after it are upcoming.", valueName: "date"))
    var date: String?

    @Flag(name: .long, help: "Delete files in the output folder that Redline did not write.")
    var clean = false

    @Flag(name: .shortAndLong, help: "Print only errors and warnings.")
    var quiet = false

    @OptionGroup var amendOptions: AmendOptions

    func run() throws {
        let buildDate = try BuildDate.parse(date)
        var build = SiteBuild(siteDirectory: siteOptions.siteURL,
                              outputDirectory: output.map { URL(fileURLWithPath: $0, isDirectory: true) },
                              buildDate: buildDate, clean: clean)
        build.amend = try amendOptions.selectors()
        build.reason = amendOptions.reason
        build.freesMemory = false  // the process exits after this one build
        let progress = ProgressLine(enabled: !quiet && Terminal.isInteractive)
        build.progress = { progress.show(ProgressLine.describe($0)) }
        defer { progress.clear() }
        do {
            let summary = try build.run()
            progress.clear()
            Terminal.report(summary.warnings)
            guard !quiet else { return }
            for count in summary.locales {
                print("\(count.locale): \(count.versions) version\(count.versions == 1 ? "" : "s"), \(count.pages) pages")
            }
            print("built \(summary.files) files into \(build.outputDirectory.path) (build date \(buildDate))")
        } catch let error as ContentError {
            throw error.exit()
        } catch let error as WriteError {
            Terminal.printError(error.description)
            throw ExitStatus.ioError
        }
    }
}

enum BuildDate {
    /// `--date`, or today in UTC.
    static func parse(_ text: String?) throws -> PolicyDate {
        guard let text else { return PolicyDate.today() }
        guard let date = PolicyDate(text) else {
            throw ValidationError("--date must be a day written YYYY-MM-DD, found `\(text)`")
        }
        return date
    }
}
