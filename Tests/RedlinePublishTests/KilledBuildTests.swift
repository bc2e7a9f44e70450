import Foundation
import RedlineParse
import Testing

/// Kills the real `redline build` process at several moments and checks that `public/` is always
/// one whole site — the previous one or the new one, never a mixture — as the README promises.
@Suite("A killed build leaves public/ whole")
struct KilledBuildTests {
    /// The `redline` executable that `swift build --build-tests` put beside the test bundle.
    static func redlineExecutable() -> URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("redline"),
            TemporarySite.repository.appendingPathComponent(".build/debug/redline"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Eight versions of a long policy, so that a build takes long enough to be interrupted.
    static func largeSite() throws -> TemporarySite {
        var files: [String: String?] = [:]
        let paragraph = (1...40).map { "We keep record \($0) of your account for as long as the law requires and no longer." }
        for index in 0..<8 {
            let date = PolicyDate(year: 2019, month: 1, day: 1)!.adding(days: index * 20)
            let sections = (1...8).map { section in
                "## Section \(section)\n\n" + paragraph.prefix(10 + (section + index) % 20).joined(separator: " ")
                    + " This is revision \(index) of section \(section)."
            }
            files["content/privacy/\(date)/en.md"] = "---\ntitle: Privacy Policy\neffective: \(date)\nannounced: \(date)\n---\n# Privacy Policy\n\n"
                + sections.joined(separator: "\n\n") + "\n"
        }
        // Replace the default two versions rather than mixing with them.
        files.updateValue(nil, forKey: "content/privacy/2020-01-01/en.md")
        files.updateValue(nil, forKey: "content/privacy/2021-03-01/en.md")
        return try TemporarySite(files)
    }

    /// Runs a build, killing it after `delay` seconds; returns how long it ran.
    @discardableResult
    func build(_ executable: URL, _ site: TemporarySite, killAfter delay: TimeInterval?) throws -> TimeInterval {
        let start = Date()
        let process = Process()
        process.executableURL = executable
        process.arguments = ["build", "--site", site.root.path, "--date", "2021-01-01", "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        if let delay {
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        return Date().timeIntervalSince(start)
    }

    @Test func publicIsTheOldSiteOrTheNewOneNeverAMixture() throws {
        let executable = try #require(Self.redlineExecutable(), "build the tests with `swift build --build-tests` first")
        let site = try Self.largeSite()
        defer { site.remove() }
        // Kill points are fractions of a measured full build, so the test means the same on any machine.
        let duration = try build(executable, site, killAfter: nil)
        let old = site.publicTree()
        #expect(old.count > 20)

        // Every page carries the site title, so the new site differs from the old one everywhere.
        let config = try String(contentsOf: site.root.appendingPathComponent("content/redline.yml"), encoding: .utf8)
        try site.write(config.replacingOccurrences(of: "Test Privacy Center", with: "Renamed Privacy Center"), to: "content/redline.yml")
        var interrupted: [[String: Data]] = []
        for fraction in [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.1] {
            try build(executable, site, killAfter: duration * fraction)
            interrupted.append(site.publicTree())
        }
        try build(executable, site, killAfter: nil)
        let new = site.publicTree()
        #expect(new != old)
        for (index, tree) in interrupted.enumerated() {
            #expect(tree == old || tree == new, "kill number \(index) left a mixture of \(tree.count) files")
        }
        #expect(interrupted.contains(old), "no kill landed before the swap, so the test proved nothing")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty, "the next build removes the staging folders of killed builds")
    }
}
