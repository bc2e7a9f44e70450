import ArgumentParser

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site into public/.")
    @OptionGroup var siteOptions: SiteOptions
    func run() throws { throw ExitCode(64) }
}
