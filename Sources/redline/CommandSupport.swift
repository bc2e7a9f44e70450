import ArgumentParser
import Foundation
import RedlineParse

/// Exit codes from sysexits.h, as the README documents them.
enum ExitStatus {
    static let checkFailed = ExitCode(1)
    static let usage = ExitCode(64)
    static let badContent = ExitCode(65)
    static let ioError = ExitCode(74)
}

/// `--site DIR`, shared by the commands that read a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder (holding content/ and templates/).", valueName: "dir"))
    var site: String = "."

    var siteURL: URL { URL(fileURLWithPath: site, isDirectory: true) }
}

enum Terminal {
    /// Whether standard output is a terminal (colour and progress only then).
    static var isInteractive: Bool { isatty(STDOUT_FILENO) == 1 }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints diagnostics to standard error, errors first.
    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { printError(diagnostic.description) }
    }
}

extension ContentError {
    /// Prints every diagnostic and a count, then exits 65.
    func exit() -> ExitCode {
        Terminal.report(diagnostics)
        let errors = diagnostics.filter { $0.severity == .error }.count
        Terminal.printError("redline: \(errors) error\(errors == 1 ? "" : "s") in the input")
        return ExitStatus.badContent
    }
}
