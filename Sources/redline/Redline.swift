import ArgumentParser

/// `redline`: build, review and diff a versioned privacy-policy site.
@main
struct Redline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redline",
        abstract: "Static privacy-policy sites with versions, redlines and a gate on reductions of users' rights.",
        discussion: """
        Exit codes: 0 ok, 1 check failed, 64 usage error, 65 bad content, 74 I/O error.

        Examples:
          redline init my-policies && cd my-policies
          redline serve                          # live preview while editing
          redline new privacy                    # start the next version
          redline build --site .
          redline diff content/privacy/2021-03-01/en.md content/privacy/2022-06-01/en.md
          redline check --format github

        Shell completions: redline --generate-completion-script bash|zsh|fish
        """,
        version: RedlineVersion.current,
        subcommands: [InitCommand.self, NewCommand.self, BuildCommand.self, ServeCommand.self, DiffCommand.self, CheckCommand.self, EvalCommand.self]
    )
}

enum RedlineVersion {
    static let current = "0.1.0"
}
