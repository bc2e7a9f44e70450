import Foundation

extension SiteLoader {
    /// The version as the last build knew it, when the file's stamp is unchanged and the
    /// last build's parse diagnostics for that content are at hand; nil to read the file.
    static func trustedResult(_ file: VersionFile, stamp: FileStamp, trusted: KnownFile?, known: [String: [Diagnostic]],
                              unsafeHTML: Bool) -> JobResult? {
        guard let trusted, trusted.stamp == stamp, trusted.frontMatter.effective == file.folderDate,
              let hash = ContentHash(parsing: "sha256:" + trusted.hash) else { return nil }
        let key = fileKey(path: file.path, hash: hash, unsafeHTML: unsafeHTML)
        guard let remembered = known[key] else { return nil }
        let version = PolicyVersion(policy: file.policy, locale: file.locale, path: file.path, frontMatter: trusted.frontMatter, body: "",
                                    document: Document(title: nil, sections: []), contentHash: hash)
        return JobResult(version: version, read: true, diagnostics: trusted.readWarnings + remembered, parsed: (key, remembered),
                         deferredBodyLine: trusted.bodyLine, record: trusted, unread: true)
    }
}

extension SiteLoader.Loaded {
    /// The version's body, read from its file when the load took the version from a `KnownFile`.
    public func body(of version: PolicyVersion) -> String {
        guard unread.contains(version.path), let siteDirectory,
              let data = FileManager.default.contents(atPath: siteDirectory.appendingPathComponent(version.path).path) else { return version.body }
        var ignored: [Diagnostic] = []
        return TextDecoding.decode(Array(data), path: version.path, diagnostics: &ignored).map { FrontMatter.split($0).body } ?? version.body
    }

    /// The version's document, parsed now if the load left it out (and read now if unread).
    public func document(of version: PolicyVersion) -> Document {
        guard let line = deferred[version.path] else { return version.document }
        var full = version
        full.body = body(of: version)
        return SiteLoader.parseDocument(full, bodyLine: line, unsafeHTML: source.config.unsafeHTML).document
    }

    /// The version with its body and document, read and parsed now if the load left them out.
    public func completed(_ version: PolicyVersion) -> PolicyVersion {
        guard deferred[version.path] != nil || unread.contains(version.path) else { return version }
        var full = version
        full.body = body(of: version)
        full.document = document(of: version)
        return full
    }

    /// Records each version's predecessor in its policy and locale, for the next build's duplicate check.
    mutating func linkNeighbours(_ versions: [PolicyVersion]) {
        for path in files.keys { files[path]?.previous = nil }
        for pair in SiteLoader.neighbours(versions) { files[versions[pair.new].path]?.previous = versions[pair.old].path }
    }
}
