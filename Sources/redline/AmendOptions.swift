import ArgumentParser
import RedlineParse

/// `--amend VERSION --reason TEXT`: change a published (locked) version on purpose.
struct AmendOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("""
        A published version whose changed (or removed) file is deliberate: <policy>/<date> for every \
        locale, or <policy>/<date>/<locale>. Repeatable. Needs --reason.
        """, valueName: "version"))
    var amend: [String] = []

    @Option(name: .long, help: ArgumentHelp("Why the published version changed (one line, shown on its page).", valueName: "text"))
    var reason: String?

    func validate() throws {
        guard !amend.isEmpty else {
            if reason != nil { throw ValidationError("--reason goes with --amend") }
            return
        }
        guard let reason, !reason.trimmingWhitespace().isEmpty else { throw ValidationError("--amend needs --reason \"…\" saying why the published version changed") }
        guard !reason.contains(where: \.isNewline) else { throw ValidationError("--reason must be one line") }
        _ = try selectors()
    }

    func selectors() throws -> [LockSelector] {
        try amend.map { text in
            guard let selector = LockSelector(text) else {
                throw ValidationError("--amend takes <policy>/<YYYY-MM-DD> or <policy>/<YYYY-MM-DD>/<locale>, found `\(text)`")
            }
            return selector
        }
    }
}
