import Foundation
import RedlineParse
import RedlinePublish

/// A site folder in a temporary directory, laid out from inline files plus the repository's
/// templates, so tests exercise the real loader, renderer and writer on disk.
struct TemporarySite {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let root: URL

    static let config = """
    title: Test Privacy Center
    base_url: https://privacy.test.example/
    publisher:
      name: Test Inc.
    locales: [en]
    default_locale: en
    canonical_locale: en
    """

    static let first = """
    ---
    title: Privacy Policy
    effective: 2020-01-01
    announced: 2019-12-01
    summary: The first version.
    ---
    # Privacy Policy

    ## Sharing

    We will not sell your personal information.
    """

    static let second = """
    ---
    title: Privacy Policy
    effective: 2021-03-01
    announced: 2021-01-29
    ---
    # Privacy Policy

    ## Sharing

    We will not sell or rent your personal information.

    ## Contact

    Write to us.
    """

    /// Creates the site; `files` maps paths under the site to contents (nil deletes a default file).
    init(_ files: [String: String?] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("redline-test-\(UUID().uuidString)")
        var all: [String: String?] = [
            "content/redline.yml": Self.config,
            "content/privacy/2020-01-01/en.md": Self.first,
            "content/privacy/2021-03-01/en.md": Self.second,
        ]
        for (path, text) in files { all[path] = text }
        for (path, text) in all {
            guard let text else { continue }
            try write(text, to: path)
        }
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        for locale in ["de", "fr", "ar"] {
            try? FileManager.default.removeItem(at: root.appendingPathComponent("templates/i18n/\(locale).yml"))
        }
    }

    /// The site with a German translation of both versions (and its UI strings), plus `extra`
    /// files: the smallest site in which an edit leaves another unit untouched.
    static func withGerman(_ extra: [String: String] = [:]) throws -> TemporarySite {
        var files = [
            "content/redline.yml": config.replacingOccurrences(of: "locales: [en]", with: "locales: [en, de]"),
            "content/privacy/2020-01-01/de.md": first.replacingOccurrences(of: "We will not sell", with: "Wir verkaufen nicht"),
            "content/privacy/2021-03-01/de.md": second.replacingOccurrences(of: "We will not sell", with: "Wir verkaufen oder vermieten nicht"),
        ]
        for (path, text) in extra { files[path] = text }
        let site = try TemporarySite(files)
        try FileManager.default.copyItem(at: repository.appendingPathComponent("templates/i18n/de.yml"),
                                         to: site.root.appendingPathComponent("templates/i18n/de.yml"))
        return site
    }

    func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    func write(_ data: Data, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    var publicURL: URL { root.appendingPathComponent("public") }

    /// Every file under public/ with its bytes.
    func publicTree() -> [String: Data] { Self.tree(publicURL) }

    /// Every file under `folder` with its bytes, by path relative to it.
    static func tree(_ folder: URL) -> [String: Data] {
        var tree: [String: Data] = [:]
        let base = folder.resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return tree }
        for case let url as URL in enumerator {
            if let data = FileManager.default.contents(atPath: url.path), !url.hasDirectoryPath {
                tree[String(url.resolvingSymlinksInPath().path.dropFirst(base.count + 1))] = data
            }
        }
        return tree
    }

    /// The site built from scratch on `date` — no cache, the lock not recorded — into another
    /// folder, which is removed again: what an incremental build must equal.
    func cleanBuild(on date: PolicyDate) throws -> [String: Data] {
        let other = root.appendingPathComponent("clean-public")
        var build = SiteBuild(siteDirectory: root, outputDirectory: other, buildDate: date)
        build.cacheDirectory = nil
        build.recordsLock = false
        _ = try build.run()
        defer { try? FileManager.default.removeItem(at: other) }
        return Self.tree(other)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
