import Foundation

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
    func publicTree() -> [String: Data] {
        var tree: [String: Data] = [:]
        let base = publicURL.resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(at: publicURL, includingPropertiesForKeys: nil) else { return tree }
        for case let url as URL in enumerator {
            if let data = FileManager.default.contents(atPath: url.path), !url.hasDirectoryPath {
                tree[String(url.resolvingSymlinksInPath().path.dropFirst(base.count + 1))] = data
            }
        }
        return tree
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
