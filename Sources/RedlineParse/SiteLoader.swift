import Foundation

/// Reads a site folder (`content/`, `templates/`) into a `SiteSource`. The only part of the
/// front end that touches the disk; every problem is collected with its file, line and column.
public struct SiteLoader: Sendable {
    public let siteDirectory: URL
    /// Whether parsed documents stay in the loaded versions. The build turns this off: it reads
    /// each new file only for its warnings (cmark's parse, no text gathered), then parses it in
    /// full one policy × locale at a time as it renders, so that memory holds a few dozen
    /// documents rather than the whole site.
    public var retainsDocuments = true
    /// How long ago a file must have been written for the next load to trust its stamp
    /// (`KnownFile`): an edit within one tick of the clock may leave the stamp as it was.
    public var settledAge: Duration = .seconds(2)

    /// `siteDirectory` as a path: ten thousand files' paths are joined to it, and Foundation's
    /// `URL` joins cost more than the stat calls they are for.
    let rootPath: String

    public init(siteDirectory: URL) {
        self.siteDirectory = siteDirectory.standardizedFileURL
        self.rootPath = self.siteDirectory.path
    }

    public func load() throws(ContentError) -> SiteSource {
        try load(deferring: [:]).source
    }

    /// A site loaded with some documents left unparsed (see `load(deferring:)`).
    public struct Loaded: Sendable {
        public var source: SiteSource
        /// `fileKey` → what parsing the file reported (front matter and Markdown), for the next build.
        public var parseDiagnostics: [String: [Diagnostic]]
        /// Path → the line its body starts on, for the versions whose `document` was left empty.
        public var deferred: [String: Int]
        /// Path → what loading found in each version file, for the next build to trust (files
        /// written in the last two seconds are left out: they may still be changing unseen).
        public var files: [String: KnownFile] = [:]
        /// Versions taken from `KnownFile`s: their `body` is empty until read (`document(of:)`).
        public var unread: Set<String> = []
        /// The site folder, where unread bodies are read from.
        var siteDirectory: URL?
    }

    /// Loads the site; a file whose `fileKey` is in `known` gets its front matter parsed but not
    /// its Markdown (its `document` is empty until `parseDocument` fills it), and reports the
    /// diagnostics `known` remembers for it. The incremental build passes the files it has seen.
    ///
    /// A file in `trusted` whose stamp (size, times, inode) is unchanged is not read at all: its
    /// hash, front matter and warnings are taken from there, and its body is read only if needed.
    public func load(deferring known: [String: [Diagnostic]], trusting trusted: [String: KnownFile] = [:]) throws(ContentError) -> Loaded {
        var diagnostics: [Diagnostic] = []
        let configPath = "content/redline.yml"
        guard let configText = readText(configPath, diagnostics: &diagnostics) else {
            if diagnostics.isEmpty {
                diagnostics.append(.error(at: SourceLocation(path: configPath), "no site configuration",
                                          hint: "create content/redline.yml (or run `redline init`), or pass --site with the site folder"))
            }
            throw ContentError(diagnostics)
        }
        let config = try SiteConfig.parse(configText, path: configPath)
        diagnostics += config.warnings
        var loaded = Loaded(source: SiteSource(config: config, versions: [], theme: Theme(templates: [:])), parseDiagnostics: [:], deferred: [:],
                            siteDirectory: siteDirectory)
        let versions = loadVersions(config: config, known: known, trusted: trusted, loaded: &loaded, diagnostics: &diagnostics)
        diagnostics += Self.duplicates(in: versions) { version in
            // An unread body is read only for a new pair of neighbours: a pair that the last build
            // saw unchanged was no duplicate then, and is none now.
            loaded.unread.contains(version.path) ? loaded.body(of: version) : version.body
        } skipping: { old, new in
            loaded.unread.contains(old.path) && loaded.unread.contains(new.path) && trusted[new.path]?.previous == old.path
        }
        loaded.linkNeighbours(versions)
        let theme = ThemeLoader(root: siteDirectory, locales: config.locales).load(diagnostics: &diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw ContentError(diagnostics.filter { $0.severity == .error } + diagnostics.filter { $0.severity == .warning })
        }
        loaded.source = SiteSource(config: config, versions: versions, theme: theme, warnings: diagnostics)
        return loaded
    }

    /// Identifies what parsing a file depends on: where it is, what it says, and the parse mode.
    public static func fileKey(path: String, hash: ContentHash, unsafeHTML: Bool) -> String {
        "\(path) \(hash.hex) \(unsafeHTML)"
    }

    /// A deferred version with its document parsed (exactly as `PolicyVersion.parse` does).
    public static func parseDocument(_ version: PolicyVersion, bodyLine: Int, unsafeHTML: Bool) -> PolicyVersion {
        var parsed = version
        parsed.document = DocumentParser.parse(version.body, path: version.path, firstLine: bodyLine, unsafeHTML: unsafeHTML).document
        return parsed
    }

    func loadVersions(config: SiteConfig, known: [String: [Diagnostic]], trusted: [String: KnownFile], loaded: inout Loaded,
                      diagnostics: inout [Diagnostic]) -> [PolicyVersion] {
        var jobs: [Job] = []
        let policyNames = listDirectory("content", diagnostics: &diagnostics).filter { isDirectory("content/\($0)") }
        if policyNames.isEmpty {
            diagnostics.append(.error(at: SourceLocation(path: "content"), "no policies found",
                                      hint: "add a version as content/<policy>/<YYYY-MM-DD>/<locale>.md"))
        }
        for policy in policyNames {
            let policyPath = "content/\(policy)"
            guard PathRules.isValidSegment(policy) else {
                jobs.append(.diagnostic(.error(at: SourceLocation(path: policyPath), "policy folder `\(policy)` is not a valid URL segment",
                                               hint: "use lower-case letters, digits and hyphens, e.g. `privacy` or `cookie-policy`")))
                continue
            }
            var listed: [Diagnostic] = []
            for folder in listDirectory(policyPath, diagnostics: &listed) {
                let folderPath = "\(policyPath)/\(folder)"
                jobs += listed.map(Job.diagnostic)
                listed = []
                guard isDirectory(folderPath) else {
                    jobs.append(.diagnostic(.warning(at: SourceLocation(path: folderPath), "ignored: only version folders belong in a policy folder")))
                    continue
                }
                guard let date = PolicyDate(folder) else {
                    jobs.append(.diagnostic(.error(at: SourceLocation(path: folderPath), "version folder `\(folder)` is not a date",
                                                   hint: "name version folders by their effective date, YYYY-MM-DD (a day that exists)")))
                    continue
                }
                jobs += listed.map(Job.diagnostic)
                listed = []
                let files = listDirectory(folderPath, diagnostics: &listed)
                jobs += listed.map(Job.diagnostic)
                listed = []
                if !files.contains(where: { $0.hasSuffix(".md") }) {
                    jobs.append(.diagnostic(.warning(at: SourceLocation(path: folderPath), "ignored: the version folder has no <locale>.md file",
                                                     hint: "add \(folderPath)/\(config.canonicalLocale).md, or remove the folder")))
                }
                for file in files {
                    let path = "\(folderPath)/\(file)"
                    guard file.hasSuffix(".md") else {
                        jobs.append(.diagnostic(.warning(at: SourceLocation(path: path), "ignored: version files are named <locale>.md")))
                        continue
                    }
                    let locale = String(file.dropLast(3))
                    guard config.locales.contains(locale) else {
                        jobs.append(.diagnostic(.error(at: SourceLocation(path: path), "unknown locale `\(locale)`",
                                                  hint: "add `\(locale)` to `locales` in content/redline.yml, or rename the file to one of \(config.locales.map { "\($0).md" }.joined(separator: ", "))")))
                        continue
                    }
                    jobs.append(.parse(VersionFile(path: path, policy: policy, locale: locale, folderDate: date)))
                }
                jobs += listed.map(Job.diagnostic)
                listed = []
            }
            jobs += listed.map(Job.diagnostic)
            jobs.append(.endOfPolicy(policy))
        }
        return parseAll(jobs, unsafeHTML: config.unsafeHTML, canonicalLocale: config.canonicalLocale, known: known, trusted: trusted,
                        loaded: &loaded, diagnostics: &diagnostics)
    }

    /// One `.md` file found while listing the folders, to read and parse.
    struct VersionFile: Sendable {
        var path: String
        var policy: String
        var locale: String
        var folderDate: PolicyDate
    }

    /// Listing is serial; the files are read and parsed on every core. Diagnostics keep the order
    /// a serial walk gives them, so messages do not depend on scheduling.
    enum Job: Sendable {
        case diagnostic(Diagnostic)
        case parse(VersionFile)
        /// Where "has no versions" goes when none of the policy's files could be read.
        case endOfPolicy(String)
    }

    /// What reading one job gave.
    struct JobResult: Sendable {
        var version: PolicyVersion?
        var read = false
        var diagnostics: [Diagnostic] = []
        /// The file's key and what parsing it reported (nil when it was not read).
        var parsed: (key: String, diagnostics: [Diagnostic])?
        /// The body's first line when the document was deferred.
        var deferredBodyLine: Int?
        /// What to remember about the file for the next build, and whether its body was left unread.
        var record: KnownFile?
        var unread = false
    }

    func parseAll(_ jobs: [Job], unsafeHTML: Bool, canonicalLocale: String, known: [String: [Diagnostic]], trusted: [String: KnownFile],
                  loaded: inout Loaded, diagnostics: inout [Diagnostic]) -> [PolicyVersion] {
        let loader = self
        let now = FileStamp.now()
        let margin = settledAge.components.seconds * 1_000_000_000 + settledAge.components.attoseconds / 1_000_000_000
        let results = jobs.concurrentMap { job -> JobResult in
            switch job {
            case let .diagnostic(diagnostic):
                return JobResult(diagnostics: [diagnostic])
            case .endOfPolicy:
                return JobResult()
            case let .parse(file):
                // Stamped before reading: a change made while reading shows as a new stamp next time.
                let stamp = FileStamp(path: loader.path(file.path), changeTime: true)
                if let stamp, let result = Self.trustedResult(file, stamp: stamp, trusted: trusted[file.path], known: known, unsafeHTML: unsafeHTML) {
                    return result
                }
                var found: [Diagnostic] = []
                guard let text = loader.readText(file.path, diagnostics: &found) else { return JobResult(diagnostics: found) }
                let hash = ContentHash(of: text)
                let key = Self.fileKey(path: file.path, hash: hash, unsafeHTML: unsafeHTML)
                func record(_ version: PolicyVersion?, bodyLine: Int?) -> KnownFile? {
                    guard let stamp, stamp.isSettled(at: now, margin: margin), let version, let bodyLine else { return nil }
                    return KnownFile(stamp: stamp, hash: hash.hex, frontMatter: version.frontMatter, bodyLine: bodyLine, readWarnings: found)
                }
                if let remembered = known[key], let deferred = Self.parseFrontMatterOnly(text, file: file, hash: hash) {
                    return JobResult(version: deferred.version, read: true, diagnostics: found + remembered, parsed: (key, remembered),
                                     deferredBodyLine: deferred.bodyLine, record: record(deferred.version, bodyLine: deferred.bodyLine))
                }
                var parsing: [Diagnostic] = []
                // Without documents kept, the file is read only for its warnings: cmark's parse, none of the text.
                let version = PolicyVersion.parse(text, policy: file.policy, locale: file.locale, path: file.path, folderDate: file.folderDate,
                                                  unsafeHTML: unsafeHTML, parsesDocument: loader.retainsDocuments, diagnostics: &parsing)
                var bodyLine: Int?
                if !loader.retainsDocuments, version != nil { bodyLine = FrontMatter.split(text).bodyFirstLine }
                return JobResult(version: version, read: true, diagnostics: found + parsing, parsed: (key, parsing), deferredBodyLine: bodyLine,
                                 record: record(version, bodyLine: bodyLine))
            }
        }
        var versions: [PolicyVersion] = []
        var read = 0
        for (job, result) in zip(jobs, results) {
            diagnostics += result.diagnostics
            if let version = result.version {
                versions.append(version)
                if let line = result.deferredBodyLine { loaded.deferred[version.path] = line }
                if let record = result.record { loaded.files[version.path] = record }
                if result.unread { loaded.unread.insert(version.path) }
            }
            if let parsed = result.parsed { loaded.parseDiagnostics[parsed.key] = parsed.diagnostics }
            if result.read { read += 1 }
            if case let .endOfPolicy(policy) = job {
                if read == 0 {
                    diagnostics.append(.error(at: SourceLocation(path: "content/\(policy)"), "policy `\(policy)` has no versions",
                                              hint: "add content/\(policy)/<YYYY-MM-DD>/\(canonicalLocale).md, or remove the folder"))
                }
                read = 0
            }
        }
        return versions
    }

    /// The version with its front matter parsed and an empty document, and its body's first line;
    /// nil when the front matter does not parse (then the file is parsed in full, for its errors).
    static func parseFrontMatterOnly(_ text: String, file: VersionFile, hash: ContentHash) -> (version: PolicyVersion, bodyLine: Int)? {
        var ignored: [Diagnostic] = []
        let (yaml, body, bodyLine) = FrontMatter.split(text)
        guard let frontMatter = FrontMatter.parse(yaml, path: file.path, folderDate: file.folderDate, diagnostics: &ignored),
              ignored.isEmpty, !body.trimmingWhitespace().isEmpty else { return nil }
        return (PolicyVersion(policy: file.policy, locale: file.locale, path: file.path, frontMatter: frontMatter, body: body,
                              document: Document(title: nil, sections: []), contentHash: hash), bodyLine)
    }

    /// A version whose text repeats the previous version of the same locale word for word
    /// publishes nothing new, and would show an empty redline: usually a copy not yet edited.
    static func duplicates(in versions: [PolicyVersion], body: (PolicyVersion) -> String = { $0.body },
                           skipping: (PolicyVersion, PolicyVersion) -> Bool = { _, _ in false }) -> [Diagnostic] {
        neighbours(versions).compactMap { pair in
            let (previous, version) = (versions[pair.old], versions[pair.new])
            guard !skipping(previous, version), Self.sameCollapsed(body(previous), body(version)) else { return nil }
            return .error(at: SourceLocation(path: version.path, line: version.frontMatter.line, column: 1),
                          "duplicate version: the text is the same as \(previous.path)",
                          hint: "edit the new version's text, or delete the folder if the copy was a mistake")
        }
    }

    /// Each version and the one before it in its policy and locale, as indices into `versions`
    /// (the indices are sorted, not the versions: a version is a large value to move).
    static func neighbours(_ versions: [PolicyVersion]) -> [(old: Int, new: Int)] {
        let order = versions.indices.sorted {
            let (a, b) = (versions[$0], versions[$1])
            return (a.policy, a.locale, a.date) < (b.policy, b.locale, b.date)
        }
        return zip(order, order.dropFirst()).filter { old, new in
            versions[old].policy == versions[new].policy && versions[old].locale == versions[new].locale
        }.map { (old: $0, new: $1) }
    }

    // MARK: - Disk access

    func url(_ relativePath: String) -> URL { siteDirectory.appendingPathComponent(relativePath) }

    func path(_ relativePath: String) -> String { rootPath + "/" + relativePath }

    func isDirectory(_ relativePath: String) -> Bool {
        var info = stat()
        return stat(path(relativePath), &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Sorted entry names, hidden files skipped; a link leading out of the site is an error.
    func listDirectory(_ relativePath: String, diagnostics: inout [Diagnostic]) -> [String] {
        guard let directory = opendir(path(relativePath)) else { return [] }
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if !name.hasPrefix(".") { entries.append((name, entry.pointee.d_type)) }
        }
        closedir(directory)
        return entries.sorted { $0.name < $1.name }.compactMap { name, type in
            let entryPath = "\(relativePath)/\(name)"
            // The folder listed is inside already, so only a link can lead out; the folder's
            // listing says which entries are links, without a call per file.
            var info = stat()
            if type != DT_LNK, type != DT_UNKNOWN || (lstat(path(entryPath), &info) == 0 && info.st_mode & S_IFMT != S_IFLNK) { return name }
            guard PathRules.staysInside(url(entryPath), root: siteDirectory) else {
                diagnostics.append(.error(at: SourceLocation(path: entryPath), "symbolic link points outside the site folder",
                                          hint: "copy the file into the site instead of linking to it"))
                return nil
            }
            return name
        }
    }

    /// The file as UTF-8 text with a BOM removed and CRLF turned into LF.
    func readText(_ relativePath: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let data = FileManager.default.contents(atPath: path(relativePath)) else { return nil }
        return TextDecoding.decode(Array(data), path: relativePath, diagnostics: &diagnostics)
    }
}
