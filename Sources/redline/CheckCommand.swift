import ArgumentParser

/// Placeholder until its issue lands; replaced by the owner of this command.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Not yet available.")
    func run() throws { throw ExitCode(64) }
}
