import Foundation
import RedlineScaffold
import Testing

/// templates/ is the one source of truth for the default theme; the copy compiled into
/// `redline init` must match it byte for byte.
@Suite("Embedded default theme")
struct EmbeddedThemeTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("templates")

    /// Every regular, non-hidden file under templates/, by path relative to the site.
    static func onDisk() throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let base = templates.standardizedFileURL.path
        let enumerator = try #require(FileManager.default.enumerator(at: templates, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]))
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let relative = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            files["templates/" + relative] = Array(try Data(contentsOf: url))
        }
        return files
    }

    @Test("DefaultTheme.files equals templates/ (run `make embed-templates` after editing templates/)")
    func matchesTemplatesFolder() throws {
        let disk = try Self.onDisk()
        #expect(!disk.isEmpty, "templates/ not found at \(Self.templates.path)")
        let embedded = Dictionary(DefaultTheme.files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        #expect(embedded.count == DefaultTheme.files.count, "duplicate paths in DefaultTheme.files")
        #expect(Set(embedded.keys) == Set(disk.keys), "files differ; run `make embed-templates`")
        for (path, bytes) in disk.sorted(by: { $0.key < $1.key }) {
            let same = embedded[path] == bytes
            #expect(same, "\(path) differs from its embedded copy; run `make embed-templates`")
        }
    }

    @Test("files are sorted by path, so init writes them in a stable order")
    func sorted() {
        let paths = DefaultTheme.files.map(\.path)
        #expect(paths == paths.sorted())
        #expect(paths.contains("templates/layout.mustache") && paths.contains("templates/i18n/en.yml") && paths.contains("templates/assets/redline.css"))
    }
}
