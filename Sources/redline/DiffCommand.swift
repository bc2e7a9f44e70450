import ArgumentParser

/// Placeholder until its issue lands; replaced by the owner of this command.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diff", abstract: "Not yet available.")
    func run() throws { throw ExitCode(64) }
}
