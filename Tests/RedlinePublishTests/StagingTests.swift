import Foundation
import RedlineParse
import RedlinePublish
import RedlineRender
import Testing

@Suite("Staging: files written as units render, from several threads, committed or abandoned whole")
struct StagingTests {
    @Test func concurrentWritesIntoSharedFoldersAreAllCommitted() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let output = site.root.appendingPathComponent("public")
        let writer = SiteWriter(output: output)
        let staging = try writer.begin()
        // 16 units writing into the same few folders at once, as the build's units do.
        let units = (0..<16).map { unit in
            (0..<25).map { index in OutputFile(path: "l\(unit % 4)/p\(index % 5)/u\(unit)-\(index)/index.html", text: "unit \(unit) page \(index)\n") }
        }
        let outcomes = units.concurrentMap { files -> String? in
            do { try staging.write(files); return nil } catch { return "\(error)" }
        }
        #expect(outcomes.compactMap { $0 }.isEmpty)
        let paths = units.flatMap { $0.map(\.path) }
        try writer.commit(staging, paths: paths)
        let tree = site.publicTree()
        #expect(tree.count == 16 * 25 + 1)  // and the manifest
        #expect(tree["l3/p4/u15-24/index.html"] == Data("unit 15 page 24\n".utf8))
        #expect(tree[".redline-manifest"] == Data((paths.sorted().joined(separator: "\n") + "\n").utf8))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty)
    }

    @Test func anUnsafePathFailsAndAbandoningLeavesTheOutputAsItWas() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let output = site.root.appendingPathComponent("public")
        try SiteWriter(output: output).write([OutputFile(path: "index.html", text: "old\n")])
        let writer = SiteWriter(output: output)
        let staging = try writer.begin()
        try staging.write([OutputFile(path: "index.html", text: "new\n")])
        #expect(throws: WriteError.self) { try staging.write([OutputFile(path: "../outside.html", text: "x")]) }
        writer.abandon(staging)
        #expect(site.publicTree()["index.html"] == Data("old\n".utf8))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("outside.html").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty)
    }
}
