import ArgumentParser
import Foundation
import RedlineParse
import RedlineScaffold

/// `redline init [DIR]`: a new site that builds and passes `redline check` straight away.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site: settings, a starter policy in English and German, the default theme, CI.",
        discussion: """
        Writes DIR/content/redline.yml, DIR/content/privacy/<today>/{en,de}.md, the default \
        templates (templates/, with UI strings for en, de, fr and ar, and assets/), a .gitignore \
        and .github/workflows/redline.yml (check, build, and the redline of changed versions as a \
        pull-request comment). Refuses to overwrite any file (exit 64); DIR may hold other files.

        Examples:
          redline init my-policies
          redline init . --title "Acme Privacy" --publisher "Acme Ltd" \\
            --base-url https://privacy.acme.example/
          cd my-policies && redline build && redline check
        """)

    @Argument(help: "The folder to create the site in (created if missing).")
    var directory: String = "."

    @Option(help: "The site's title.")
    var title = "Privacy Center"

    @Option(name: .customLong("base-url"), help: ArgumentHelp("The absolute URL the site will be published at.", valueName: "url"))
    var baseURL = InitCommand.defaultBaseURL

    static let defaultBaseURL = "https://privacy.example.com/"

    @Option(help: ArgumentHelp("The organisation that publishes the policies.", valueName: "name"))
    var publisher = "Example Inc."

    @Option(help: ArgumentHelp("The starter policy's effective date, YYYY-MM-DD (default: today in UTC).", valueName: "date"))
    var date: String?

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        guard let url = URL(string: baseURL), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
            throw ValidationError("--base-url must be an absolute http(s) URL, e.g. https://privacy.example.com/")
        }
    }

    func run() throws {
        let scaffold = SiteScaffold(title: title, baseURL: baseURL, publisher: publisher, publisherURL: nil, date: try BuildDate.parse(date))
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        let writer = ScaffoldWriter(root: root)
        let files = scaffold.files()
        do throws(ScaffoldError) {
            try writer.write(files)
        } catch .exists(let paths) {
            let what = paths.contains("content/redline.yml") ? "\(root.path) is already a Redline site" : "\(root.path) already has some of the files init writes"
            Terminal.printError("redline: \(what); refusing to overwrite \(paths.prefix(3).joined(separator: ", "))\(paths.count > 3 ? " and \(paths.count - 3) more" : "")")
            Terminal.printError("hint: choose a new or empty folder: redline init NEW-FOLDER")
            throw ExitStatus.usage
        } catch {
            Terminal.printError("redline: \(error)")
            throw ExitStatus.ioError
        }
        guard !quiet else { return }
        print("created a Redline site in \(root.path) (\(files.count) files)")
        let step = directory == "." ? "" : "cd \(directory) && "
        print("""

        Next:
          \(Terminal.emphasis("\(step)redline serve"))  preview at http://127.0.0.1:4000/ while you edit content/
          \(Terminal.emphasis("redline check && redline build"))  what CI runs on every pull request
          \(Terminal.emphasis("redline new privacy"))  start the next version of the policy
        Before the first pull request, set REDLINE_GIT in .github/workflows/redline.yml to where you keep Redline.
        """)
        if baseURL == Self.defaultBaseURL {
            print("Set base_url in content/redline.yml to the address the site will be published at.")
        }
    }
}
