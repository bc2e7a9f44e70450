import ArgumentParser

/// Placeholder until its issue lands; replaced by the owner of this command.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "eval", abstract: "Not yet available.")
    func run() throws { throw ExitCode(64) }
}
