import ArgumentParser
import Foundation
import RedlineParse
import RedlineScaffold

/// `redline new POLICY`: the next version folder, copied from the newest version of each locale.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start the next version of a policy: copy the newest version of every locale into a new folder.",
        discussion: """
        The copies get `effective` and `announced` and lose `summary` and `acknowledges` (they \
        described the previous version). By default `announced` is today (UTC) and `effective` is \
        announced + notice_days, so the new version gives the notice redline.yml asks for. \
        Edit the copies: until their text differs, `redline build` reports a duplicate version.

        Exit codes: 0 created, 64 unknown policy, bad date or the version exists, 65 bad content.

        Examples:
          redline new privacy
          redline new privacy --effective 2027-03-01 --announced 2027-01-15
          redline new cookies --site ./policies
        """)

    @Argument(help: "The policy: a folder under content/, e.g. privacy.")
    var policy: String

    @Option(help: ArgumentHelp("The day the new version takes effect, YYYY-MM-DD (default: announced + notice_days).", valueName: "date"))
    var effective: String?

    @Option(help: ArgumentHelp("The day users are told, YYYY-MM-DD (default: today in UTC).", valueName: "date"))
    var announced: String?

    @Option(help: .hidden)
    var today: String?

    @OptionGroup var siteOptions: SiteOptions

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        _ = try Self.date(effective, option: "--effective")
        _ = try Self.date(announced, option: "--announced")
        _ = try BuildDate.parse(today)
    }

    func run() throws {
        let effectiveDate = try Self.date(effective, option: "--effective")
        let announcedDate = try Self.date(announced, option: "--announced")
        let todayDate = try BuildDate.parse(today)
        let source = NewVersionSource(siteDirectory: siteOptions.siteURL)
        let version: NewVersion
        do throws(NewVersionError) {
            let config = try source.config()
            version = try NewVersion.plan(policy: policy, config: config, existing: try source.versions(of: policy, config: config),
                                          today: todayDate, effective: effectiveDate, announced: announcedDate)
        } catch .usage(let message, let hint) {
            Terminal.printError("redline: \(message)\nhint: \(hint)")
            throw ExitStatus.usage
        } catch .content(let error) {
            throw error.exit()
        }
        do throws(ScaffoldError) {
            try ScaffoldWriter(root: siteOptions.siteURL).write(version.files)
        } catch .exists(let paths) {
            Terminal.printError("redline: refusing to overwrite \(paths.joined(separator: ", "))\nhint: pick another --effective date, or edit the existing version")
            throw ExitStatus.usage
        } catch {
            Terminal.printError("redline: \(error)")
            throw ExitStatus.ioError
        }
        guard !quiet else { return }
        for (file, source) in zip(version.files, version.sources) {
            print("created \(file.path) (from \(source.date))")
        }
        let newest = version.sources.map(\.date).max().map(\.description) ?? ""
        print("""

        \(policy) \(version.effective): effective \(version.effective), announced \(version.announced). Next:
          1. edit the text of each file (and its summary:)
          2. \(Terminal.emphasis("redline diff \(policy)/\(newest) \(policy)/\(version.effective)"))  the redline and its findings
          3. \(Terminal.emphasis("redline check"))  lists the reductions of rights to acknowledge under `acknowledges:`
        """)
    }

    static func date(_ text: String?, option: String) throws -> PolicyDate? {
        guard let text else { return nil }
        guard let date = PolicyDate(text) else { throw ValidationError("\(option) must be a day written YYYY-MM-DD, found `\(text)`") }
        return date
    }
}
