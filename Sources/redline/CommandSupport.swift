import ArgumentParser
import Foundation
import RedlineParse
import RedlinePublish

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

/// One line of progress on a terminal (`[2/3] rendering 4 versions…`), rewritten in place and
/// cleared at the end. Silent when standard output is not a terminal (CI logs) or with --quiet.
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private let lock = NSLock()
    private var shown = false

    init(enabled: Bool = Terminal.isInteractive) {
        self.enabled = enabled
    }

    func show(_ text: String) {
        guard enabled else { return }
        lock.withLock {
            FileHandle.standardOutput.write(Data("\r\u{1B}[2K\(text)".utf8))
            shown = true
        }
    }

    func clear() {
        guard enabled else { return }
        lock.withLock {
            if shown { FileHandle.standardOutput.write(Data("\r\u{1B}[2K".utf8)) }
            shown = false
        }
    }

    /// The build's stages with their counts.
    static func describe(_ stage: BuildProgress) -> String {
        switch stage {
        case .loading: "[1/3] loading content/ and templates/…"
        case .rendering(let policies, let versions, let locales):
            "[2/3] diffing, reviewing and rendering \(versions) versions of \(policies) polic\(policies == 1 ? "y" : "ies") in \(locales) locale\(locales == 1 ? "" : "s")…"
        case .writing(let files): "[3/3] writing \(files) files…"
        }
    }
}

extension Terminal {
    /// Colour for a stream: only a terminal, and never when NO_COLOR is set (no-color.org).
    static func usesColor(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }

    /// `text` in bold on a colour terminal, for the "next steps" lines of init and new.
    static func emphasis(_ text: String) -> String {
        usesColor(STDOUT_FILENO) ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }
}
