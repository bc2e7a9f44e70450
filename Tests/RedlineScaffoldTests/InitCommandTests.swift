import ArgumentParser
import Foundation
import RedlineParse
import RedlinePublish
import RedlineScaffold
import Testing
import Yams
@testable import redline

@Suite("redline init")
struct InitCommandTests {
    @Test("init, then build and check work at once")
    func initBuildCheck() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = folder.url.appendingPathComponent("policies").path
        #expect(exitCode { try InitCommand.parse([site, "--date", "2026-03-01", "--quiet"]).run() } == 0)
        #expect(exitCode { try BuildCommand.parse(["--site", site, "--date", "2026-03-01", "--quiet"]).run() } == 0)
        #expect(exitCode { try CheckCommand.parse(["--site", site, "--date", "2026-03-01"]).run() } == 0)
        let built = folder.url.appendingPathComponent("policies/public")
        for page in ["index.html", "en/privacy/index.html", "de/privacy/index.html", "en/privacy/2026-03-01/index.html", "en/feed.xml", "assets/redline.css"] {
            #expect(FileManager.default.fileExists(atPath: built.appendingPathComponent(page).path), "missing \(page)")
        }
        let german = try String(contentsOf: built.appendingPathComponent("de/privacy/index.html"), encoding: .utf8)
        #expect(german.contains("Datenschutzerklärung") && german.contains("lang=\"de\""))
    }

    @Test("the site holds the settings, two locales, the whole default theme, .gitignore and the workflow")
    func files() throws {
        let files = SiteScaffold(date: PolicyDate("2026-03-01")!).files()
        let paths = Set(files.map(\.path))
        #expect(paths.isSuperset(of: ["content/redline.yml", "content/privacy/2026-03-01/en.md", "content/privacy/2026-03-01/de.md",
                                      ".gitignore", ".github/workflows/redline.yml"]))
        #expect(paths.isSuperset(of: DefaultTheme.files.map(\.path)))
        let gitignore = try #require(files.first { $0.path == ".gitignore" }).text
        #expect(gitignore.split(separator: "\n").contains("public/") && gitignore.split(separator: "\n").contains(".redline-cache/"))
    }

    @Test("the workflow is valid YAML that checks, builds and comments the diff on pull requests")
    func workflow() throws {
        let text = try #require(SiteScaffold(date: PolicyDate("2026-03-01")!).files().first { $0.path == ".github/workflows/redline.yml" }).text
        let yaml = try #require(try Yams.load(yaml: text) as? [String: Any])
        let on = try #require(yaml["on"] as? [String: Any])
        #expect(on.keys.contains("pull_request"))
        let jobs = try #require(yaml["jobs"] as? [String: Any])
        let job = try #require(jobs["redline"] as? [String: Any])
        let steps = try #require(job["steps"] as? [[String: Any]])
        let runs = steps.compactMap { $0["run"] as? String }
        #expect(runs.contains { $0.contains("redline check --format github") })
        #expect(runs.contains { $0.contains("redline build") })
        #expect(runs.contains { $0.contains("redline diff") && $0.contains("--format markdown") })
        let comment = try #require(steps.first { ($0["uses"] as? String)?.hasPrefix("actions/github-script") == true })
        #expect((comment["if"] as? String)?.contains("pull_request") == true)
        let permissions = try #require(yaml["permissions"] as? [String: String])
        #expect(permissions["pull-requests"] == "write")
    }

    @Test("init refuses an existing site (exit 64) and changes nothing")
    func refusesToOverwrite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(exitCode { try InitCommand.parse([folder.path, "--quiet"]).run() } == 0)
        try folder.write("title: Mine\n", to: "content/redline.yml")
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("templates/layout.mustache"))
        let before = folder.tree()
        #expect(exitCode { try InitCommand.parse([folder.path, "--quiet"]).run() } == 64)
        #expect(folder.tree() == before, "a refused init must not write, not even the missing files")
    }

    @Test("init works in a folder with other files, and keeps them")
    func existingFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("# Our policies\n", to: "README.md")
        #expect(exitCode { try InitCommand.parse([folder.path, "--quiet"]).run() } == 0)
        #expect(try folder.read("README.md") == "# Our policies\n")
        #expect(folder.exists("content/redline.yml"))
    }

    @Test("titles with YAML syntax are quoted, and the site still loads with them")
    func quoting() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let title = #"Acme: "Privacy" \ Center # 1"#
        #expect(exitCode { try InitCommand.parse([folder.path, "--title", title, "--publisher", "Acme: Ltd", "--quiet"]).run() } == 0)
        let source = try SiteLoader(siteDirectory: folder.url).load()
        #expect(source.config.title == title)
        #expect(source.config.publisher.name == "Acme: Ltd")
    }

    @Test("a base URL that is not absolute is a usage error")
    func badBaseURL() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(exitCode { try InitCommand.parse([folder.path, "--base-url", "privacy.example.com", "--quiet"]).run() } == 64)
        #expect(folder.tree().isEmpty)
    }
}
