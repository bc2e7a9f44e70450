import Foundation
import RedlineParse
import RedlineScaffold
import RedlineServe
import Testing

/// `redline serve` end to end on a real socket: a site from `init`, a page over HTTP, an edit,
/// the rebuilt page, a broken edit shown as an overlay, and a clean stop. Every wait polls with
/// a generous deadline, so a slow, loaded machine only makes the test slower.
@Suite("redline serve")
struct PreviewServerTests {
    /// GET on a Dispatch thread: the client blocks on its socket, and on the cooperative pool
    /// (two threads on a 2-core machine) it could starve the server it is waiting for.
    static func fetch(_ port: UInt16, _ path: String) async throws -> LoopbackHTTP.Response {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try LoopbackHTTP.get(port, path) }) }
        }
    }

    /// Polls `condition` every 100 ms until it holds or `seconds` pass.
    static func eventually(_ seconds: Double = 120, _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return try await condition()
    }

    @Test("serve: fetch a page, change the content, fetch the new page, show a failed build, stop")
    func liveReload() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("redline-serve-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let date = PolicyDate("2026-03-01")!
        try ScaffoldWriter(root: root).write(SiteScaffold(date: date).files())
        let server = PreviewServer(options: PreviewOptions(siteDirectory: root, buildDate: date, port: 0, pollInterval: .milliseconds(100)))
        let port = try await server.start()
        #expect(port != 0)

        let page = try await Self.fetch(port, "/en/privacy/")
        #expect(page.status == 200)
        #expect(page.type == "text/html; charset=utf-8")
        #expect(page.body.contains("Write to us at privacy@example.com."))
        #expect(page.body.contains("<script data-redline-preview>"), "the reload script is added to responses")
        let onDisk = try String(contentsOf: root.appendingPathComponent("public/en/privacy/index.html"), encoding: .utf8)
        #expect(onDisk.contains("Write to us at privacy@example.com.") && !onDisk.contains("data-redline-preview"), "and never written to public/")
        #expect(try await Self.fetch(port, "/assets/redline.css").type == "text/css; charset=utf-8")
        #expect(try await Self.fetch(port, "/en/feed.xml").type == "application/atom+xml; charset=utf-8")
        let redirect = try await Self.fetch(port, "/en/privacy")
        #expect(redirect.status == 301 && redirect.headers["location"] == "http://127.0.0.1:\(port)/en/privacy/", "a folder redirects to its slash")
        #expect(try await Self.fetch(port, "/no/such/page/").status == 404)
        let status = try await Self.fetch(port, PreviewPage.statusPath)
        #expect(status.body.contains("\"failed\":false"))

        let file = root.appendingPathComponent("content/privacy/2026-03-01/en.md")
        let original = try String(contentsOf: file, encoding: .utf8)
        try Data(original.replacingOccurrences(of: "Write to us at", with: "Send a letter to").utf8).write(to: file)
        let rebuilt = try await Self.eventually { try await Self.fetch(port, "/en/privacy/").body.contains("Send a letter to privacy@example.com.") }
        #expect(rebuilt, "the edited text is served after the rebuild")

        try Data(original.replacingOccurrences(of: "effective: 2026-03-01", with: "effective: 2026-03-02").utf8).write(to: file)
        var failedPage = ""
        let overlaid = try await Self.eventually {
            failedPage = try await Self.fetch(port, "/en/privacy/").body
            return failedPage.contains("redline-preview-error")
        }
        #expect(overlaid, "a failed build shows its error over the page")
        #expect(failedPage.contains("content/privacy/2026-03-01/en.md:3:12: error: `effective` is 2026-03-02 but the folder is 2026-03-01"))
        #expect(failedPage.contains("Send a letter to"), "under the overlay: the last good build")
        #expect(try await Self.fetch(port, PreviewPage.statusPath).body.contains("\"failed\":true"))

        try Data(original.utf8).write(to: file)
        let fixed = try await Self.eventually {
            let body = try await Self.fetch(port, "/en/privacy/").body
            return !body.contains("redline-preview-error") && body.contains("Write to us at")
        }
        #expect(fixed, "the server kept running and the fix clears the overlay")

        await server.stop()
        let refused = try await Self.eventually(30) { (try? await Self.fetch(port, "/en/privacy/")) == nil }
        #expect(refused, "nothing answers after stop")
    }

    @Test("a port in use is an error at once, not a hang")
    func portInUse() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("redline-serve-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let date = PolicyDate("2026-03-01")!
        try ScaffoldWriter(root: root).write(SiteScaffold(date: date).files())
        let first = PreviewServer(options: PreviewOptions(siteDirectory: root, buildDate: date, port: 0))
        let port = try await first.start()
        let second = PreviewServer(options: PreviewOptions(siteDirectory: root, buildDate: date, port: port))
        await #expect(throws: (any Error).self) { _ = try await second.start() }
        await second.stop()
        await first.stop()
    }
}
