import ArgumentParser
import Foundation
import RedlineParse
import RedlineServe

/// `redline serve`: a live preview while editing content/ and templates/.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve on 127.0.0.1, and rebuild and reload open pages when content/ or templates/ change.",
        discussion: """
        Builds into public/ as `redline build` does, then serves it on http://127.0.0.1:PORT/. \
        content/ and templates/ are polled for changes; each change rebuilds the site and open \
        pages reload by themselves (a small script the server adds to pages it sends; it is never \
        written to public/). A failed build prints its errors here and over every page, keeps the \
        last good site, and the server keeps running. Stop it with Ctrl-C.

        Examples:
          redline serve
          redline serve --port 8080 --site ./policies
          redline serve --date 2027-01-01   # the site as it will be that day
        """)

    @OptionGroup var siteOptions: SiteOptions

    @Option(help: "The port on 127.0.0.1 (0 picks a free one).")
    var port: UInt16 = 4000

    @Option(help: ArgumentHelp("The build date, YYYY-MM-DD (default: today in UTC).", valueName: "date"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("Where to build the site (default: <site>/public).", valueName: "dir"))
    var output: String?

    @Flag(name: .shortAndLong, help: "Print only build errors.")
    var quiet = false

    func run() async throws {
        let buildDate = try date.map { try BuildDate.parse($0) }
        let quiet = self.quiet
        let options = PreviewOptions(siteDirectory: siteOptions.siteURL, outputDirectory: output.map { URL(fileURLWithPath: $0, isDirectory: true) },
                                     buildDate: buildDate, port: port)
        let server = PreviewServer(options: options) { event in ServeCommand.report(event, quiet: quiet) }
        let bound: UInt16
        do {
            bound = try await server.start()
        } catch {
            Terminal.printError("redline: cannot listen on 127.0.0.1:\(port): \(error)\nhint: another program may use the port; try --port 0")
            throw ExitStatus.ioError
        }
        print("serving \(siteOptions.siteURL.standardizedFileURL.path) at \(Terminal.emphasis("http://127.0.0.1:\(bound)/")) — watching content/ and templates/ (Ctrl-C stops)")
        fflush(nil)
        // Serve until interrupted; the default SIGINT action ends the process.
        while true { try await Task.sleep(for: .seconds(3600)) }
    }

    static func report(_ event: PreviewEvent, quiet: Bool) {
        switch event {
        case .rebuilding(let changed):
            guard !quiet else { return }
            let shown = changed.prefix(3).joined(separator: ", ") + (changed.count > 3 ? " and \(changed.count - 3) more" : "")
            print("changed: \(shown)")
        case .built(let summary, let milliseconds):
            for warning in summary.warnings { Terminal.printError(warning.description) }
            guard !quiet else { return }
            print("built \(summary.files) files in \(milliseconds) ms")
        case .failed(let errors):
            for line in errors { Terminal.printError(line) }
            Terminal.printError("redline: build failed (\(errors.count) error\(errors.count == 1 ? "" : "s")); the server keeps running; save a fix to rebuild")
        }
        fflush(nil)
    }
}
