import ArgumentParser
import Foundation
import RedlineParse
import RedlinePublish
import Testing
@testable import redline

/// Issue 7's catalogue of malformed inputs (BadInputCatalogue.swift): each ends in
/// `path:line:column: error:` and exit 65 (or builds, for inputs that must just work), never a
/// crash, and `public/` is byte-for-byte what the last good build wrote.
@Suite("Bad input catalogue")
struct BadInputCatalogueTests {
    static let date = PolicyDate("2022-01-01")!

    @Test func theCatalogueHasAtLeastFortyInputs() {
        #expect(BadInputCase.catalogue.count >= 40)
        #expect(Set(BadInputCase.catalogue.map(\.name)).count == BadInputCase.catalogue.count)
    }

    @Test(arguments: BadInputCase.catalogue)
    func badInput(_ badCase: BadInputCase) throws {
        let site = try TemporarySite()
        defer { site.remove() }
        _ = try SiteBuild(siteDirectory: site.root, buildDate: Self.date).run()
        let before = site.publicTree()
        #expect(before.count > 8)
        for (path, change) in badCase.changes { try apply(change, at: path, in: site) }

        let outcome: Result<SiteBuild.Summary, ContentError>
        do { outcome = .success(try SiteBuild(siteDirectory: site.root, buildDate: Self.date).run()) } catch let error as ContentError { outcome = .failure(error) }

        switch (badCase.outcome, outcome) {
        case (.error(let expected), .failure(let error)):
            let first = error.diagnostics.first { $0.severity == .error }?.description ?? ""
            #expect(first.hasPrefix(expected), "got: \(error.description)")
            for diagnostic in error.diagnostics where diagnostic.severity == .error {
                #expect(diagnostic.description.wholeMatch(of: #/(?s)[^\n]+:\d+:\d+: error: .+/#) != nil, "\(diagnostic)")
            }
            #expect(try exitCode(site) == 65)
            #expect(site.publicTree() == before, "public/ must be unchanged")
        case (.warning(let expected), .success(let summary)):
            #expect(summary.warnings.contains { $0.description.hasPrefix(expected) }, "got: \(summary.warnings)")
        case (.builds(let page), .success):
            #expect(site.publicTree()[page] != nil, "\(page) was not written")
        case (_, .failure(let error)):
            Issue.record("expected a build, got: \(error.description)")
        case (_, .success):
            Issue.record("expected a content error, the build succeeded")
        }
    }

    func apply(_ change: BadInputCase.Change, at path: String, in site: TemporarySite) throws {
        let url = site.root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        switch change {
        case .text(let text): try site.write(text, to: path)
        case .bytes(let bytes): try site.write(Data(bytes), to: path)
        case .generated(let make): try site.write(Data(make()), to: path)
        case .delete: try FileManager.default.removeItem(at: url)
        case .symlink(let target): try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
        case .directory: try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
    }

    func exitCode(_ site: TemporarySite) throws -> Int32 {
        do {
            try BuildCommand.parse(["--site", site.root.path, "--date", "2022-01-01", "--quiet"]).run()
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        }
    }
}
