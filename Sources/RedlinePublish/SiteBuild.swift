import Foundation
import RedlineParse
import RedlineRender

/// The whole pipeline for one site: load → parse → diff → review → render → write.
public struct SiteBuild {
    /// What a build did, for the one line per locale the CLI prints.
    public struct Summary: Sendable, Equatable {
        public struct LocaleCount: Sendable, Equatable {
            public var locale: String
            public var versions: Int
            public var pages: Int
        }
        public var files: Int
        public var locales: [LocaleCount]
        public var warnings: [Diagnostic]
    }

    public var siteDirectory: URL
    public var outputDirectory: URL
    public var buildDate: PolicyDate
    public var clean: Bool
    /// The incremental build's cache (`.redline-cache/` in the site folder by default); nil
    /// renders and writes everything and keeps no cache.
    public var cacheDirectory: URL?
    /// `--amend`: published versions whose change is deliberate, recorded in the lock with `reason`.
    public var amend: [LockSelector] = []
    public var reason: String?
    /// Whether the build records newly published versions and amendments in content/redline.lock
    /// (`redline build`) or only checks against it, warning (previews: `redline serve`).
    public var recordsLock = true
    /// How long ago an input file must have been written for the next build to trust its stamp
    /// instead of reading it (see `SiteLoader.settledAge`).
    public var settledAge: Duration = .seconds(2)
    /// Called as each stage starts (the CLI's progress line); nil by default.
    public var progress: (@Sendable (BuildProgress) -> Void)?
    /// Whether the build frees what it held as it returns. A caller that exits right after the
    /// build (the CLI) turns it off and saves the time of freeing a large site value by value.
    public var freesMemory = true

    public init(siteDirectory: URL, outputDirectory: URL? = nil, buildDate: PolicyDate, clean: Bool = false) {
        self.siteDirectory = siteDirectory
        self.outputDirectory = outputDirectory ?? siteDirectory.appendingPathComponent("public")
        self.buildDate = buildDate
        self.clean = clean
        self.cacheDirectory = siteDirectory.appendingPathComponent(".redline-cache")
    }

    /// Builds the site. Nothing is written unless loading and rendering succeed.
    public func run() throws -> Summary {
        progress?(.loading)
        let lock = cacheDirectory.flatMap { BuildLock(directory: $0) }
        // Published versions must match content/redline.lock; the lock is saved only after the site is written.
        let lockCheck = LockCheck(siteDirectory: siteDirectory, buildDate: buildDate, amend: amend, reason: reason, records: recordsLock)
        // The lock is read and parsed while the site loads (it needs nothing from the load; on a
        // 10,000-page site its parse was a tenth of a build with nothing to do). Its errors are
        // still reported after the load's, as before.
        let lockRead = Background { Result { () throws(ContentError) in try lockCheck.read() } }
        defer { withExtendedLifetime(lock) {} }
        let previous = cacheDirectory.map { BuildCache.load(from: $0, tool: BuildCache.toolKey()) }
        // With a cache, documents are parsed again unit by unit as they render, not kept for the whole site.
        var loader = SiteLoader(siteDirectory: siteDirectory)
        loader.retainsDocuments = cacheDirectory == nil
        loader.settledAge = settledAge
        var loaded = try loader.load(deferring: previous?.parsed ?? [:], trusting: previous?.files ?? [:])
        // The trees the commit will need, listed while the build goes on (TreeListing) — when an
        // input file was read (changed) or there is no cache to go by. A build whose every file was
        // trusted is most likely to write nothing, and walking both trees was a fifth of such a
        // build's CPU time; if it does have work (a template, a file touched in public/), the
        // incremental build starts the listings itself.
        let anyFileRead = loaded.unread.count != loaded.source.versions.count || previous?.units.isEmpty != false
        let listings = cacheDirectory != nil && anyFileRead ? SiteWriter(output: outputDirectory, clean: clean).startListings(cacheDirectory: cacheDirectory) : nil
        // Checked straight after the load, before anything is rendered: a changed published
        // version stops the build with only its own document parsed (for the redline shown).
        let locked = try lockCheck.verify(loaded.source, read: lockRead.value) { loaded.completed($0) }
        loaded.source = locked.source
        let source = locked.source
        progress?(.rendering(policies: source.policies.count, versions: source.versions.count, locales: source.config.locales.count))
        let paths: [String]
        if let cacheDirectory, let previous {
            var incremental = IncrementalBuild(loaded: loaded, previous: previous, buildDate: buildDate,
                                               output: outputDirectory.standardizedFileURL, cacheDirectory: cacheDirectory, clean: clean)
            incremental.progress = progress
            incremental.listings = listings
            incremental.teardown = Teardown(frees: freesMemory)
            paths = try incremental.run().paths
            Teardown(frees: freesMemory).keep(incremental)
        } else {
            let files = try SiteRenderer(source: source, buildDate: buildDate).render()
            progress?(.writing(files: files.count))
            try SiteWriter(output: outputDirectory, clean: clean).write(files)
            paths = files.map(\.path)
        }
        try lockCheck.save(locked)
        var summary = Self.summarize(source, paths)
        summary.warnings += locked.warnings
        Teardown(frees: freesMemory).keep((loaded, previous, locked, paths))
        return summary
    }

    static func summarize(_ source: SiteSource, _ paths: [String]) -> Summary {
        // One pass over each list (per locale, forty passes over 30,000 paths cost as much as rendering a unit).
        var versions: [String: Int] = [:], pages: [String: Int] = [:]
        for version in source.versions { versions[version.locale, default: 0] += 1 }
        for path in paths where path.hasSuffix(".html") {
            if let slash = path.utf8.firstIndex(of: 0x2F) { pages[String(path[..<slash]), default: 0] += 1 }
        }
        let locales = source.config.locales.map { locale in
            Summary.LocaleCount(locale: locale, versions: versions[locale] ?? 0, pages: pages[locale] ?? 0)
        }
        return Summary(files: paths.count, locales: locales, warnings: source.warnings)
    }
}
