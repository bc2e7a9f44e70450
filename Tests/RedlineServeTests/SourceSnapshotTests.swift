import Foundation
import RedlineServe
import Testing

@Suite("Watching content/ and templates/")
struct SourceSnapshotTests {
    @Test("added, changed and removed files are reported; hidden files and other folders are not")
    func changes() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("redline-snapshot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        func write(_ text: String, _ path: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try write("a", "content/privacy/2026-01-01/en.md")
        try write("b", "templates/layout.mustache")
        let folders = ["content", "templates"]
        let first = SourceSnapshot.take(root: root, folders: folders)
        #expect(SourceSnapshot.take(root: root, folders: folders).changes(since: first).isEmpty)

        try write("a longer text", "content/privacy/2026-01-01/en.md")
        try write("new", "content/privacy/2026-02-01/en.md")
        try write("swap", "content/privacy/2026-01-01/.en.md.swp")
        try write("out", "public/index.html")
        try FileManager.default.removeItem(at: root.appendingPathComponent("templates/layout.mustache"))
        #expect(SourceSnapshot.take(root: root, folders: folders).changes(since: first) == [
            "content/privacy/2026-01-01/en.md", "content/privacy/2026-02-01/en.md", "templates/layout.mustache",
        ])
    }
}
