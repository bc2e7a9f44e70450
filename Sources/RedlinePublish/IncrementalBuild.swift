import Foundation
import RedlineDiff
import RedlineParse
import RedlineRender
import RedlineReview

/// Diff, review, render and write with the cache in `.redline-cache/`, doing again only what
/// depends on changed input:
///
/// - a pair of versions is diffed and reviewed only when no review is cached for its two
///   content hashes; its diff is recomputed only when a page that shows it is re-rendered;
/// - the pages and per-version JSON of one policy in one locale (a *unit*) are re-rendered only
///   when the unit's key changes (`UnitKeys`) or a file it wrote was touched in `public/`;
///   the rest are hard-linked from the previous output into the staging folder;
/// - when nothing at all differs, nothing is written and `public/` is left as it is.
///
/// Every decision compares exact keys, so the output is the output of a clean build.
struct IncrementalBuild {
    /// The site, with the documents of files seen before left unparsed until needed.
    var loaded: SiteLoader.Loaded
    /// The cache as the last build left it (empty when missing or unusable).
    var previous: BuildCache
    var buildDate: PolicyDate
    var output: URL
    var cacheDirectory: URL
    var clean: Bool
    /// Told how many files will be written (none when nothing changed).
    var progress: (@Sendable (BuildProgress) -> Void)?
    /// The output and previous site, listed in the background since the load (nil: started here
    /// once the build turns out to have work).
    var listings: SiteWriter.Listings?
    /// Whether the build frees its values as it returns (`SiteBuild.freesMemory`).
    var teardown = Teardown()

    /// Every output path (in no particular order), and how many files were written (0 for a build with nothing to do).
    struct Result {
        var paths: [String]
        var written: Int
        var rerenderedUnits: Int
    }

    func run() throws -> Result {
        let tool = previous.tool
        var previous = previous
        if previous.output != output.path { (previous.units, previous.parts, previous.stamps) = ([:], [:], [:]) }
        let source = loaded.source
        let unsafeHTML = source.config.unsafeHTML
        let groups = UnitKeys.groups(source)
        let reviews = reviewAll(source, groups: groups, cached: previous.reviews)

        // Units whose inputs or files changed.
        let unitKeys = UnitKeys(source: source, groups: groups, buildDate: buildDate, tool: tool, reviews: reviews)
        let keys = unitKeys.keys
        let outputPath = output.path
        let outputFolder = OpenFolder(outputPath)
        let known = previous
        // A stat per file of the site: on every core.
        let candidates = keys.sorted { $0.key < $1.key }
        let unchanged = candidates.concurrentMap { id, key -> Bool in
            guard let unit = known.units[id], unit.key == key else { return false }
            return unit.files.allSatisfy { Self.stampMatches(known.stamps[$0], outputFolder, $0) }
        }
        let dirty = Set(zip(candidates, unchanged).compactMap { $1 ? nil : $0.key })

        var next = BuildCache(tool: tool)
        (next.output, next.reviews, next.parsed, next.files) = (output.path, reviews, loaded.parseDiagnostics, loaded.files)
        var link: [String] = []
        // Shared files are made again only when their part's inputs changed (UnitKeys.shared).
        var stale: [SharedPart] = []
        for part in SharedPart.all(locales: source.config.locales) {
            if let kept = previous.parts[part.id], kept.key == unitKeys.shared[part],
               kept.files.allSatisfy({ Self.stampMatches(previous.stamps[$0], outputFolder, $0) }) {
                link += kept.files
                next.parts[part.id] = kept
            } else {
                stale.append(part)
            }
        }
        // The timelines in the renderer's order (`SiteRenderer.units`): policies, then locales, those with versions.
        let units = source.policies.flatMap { policy in
            source.config.locales.compactMap { keys[UnitKeys.id(policy, $0)] == nil ? nil : (policy: policy, locale: $0) }
        }
        for unit in units {
            let id = UnitKeys.id(unit.policy, unit.locale)
            if !dirty.contains(id), let kept = previous.units[id] {
                link += kept.files
                next.units[id] = kept
            }
        }
        // The kept files are every file of the last build (no two units list one file: a count and lookups, no sets).
        if dirty.isEmpty, stale.isEmpty, !clean, link.count == previous.stamps.count, link.allSatisfy({ previous.stamps[$0] != nil }) {
            SiteWriter(output: output, clean: clean).removeStaleStaging()
            // Nothing to write in public/. A file edited just before the last build was too fresh
            // to trust then (`settledAge`) and was read again now; recording it settled keeps the
            // next builds from reading and diffing it every time (an author's upcoming version).
            if next.files != previous.files {
                next.stamps = previous.stamps
                next.save(to: cacheDirectory)
            }
            teardown.keep((previous, known, reviews, unitKeys, next, link))
            return Result(paths: link, written: 0, rerenderedUnits: 0)
        }

        // A skeleton of the site (no documents, no diffs) for the shared files and the links
        // between pages; each dirty unit fills in its own documents and diffs as it renders.
        // Made only now: a build with nothing to write needs neither (a tenth of its CPU time).
        let skeleton = SiteReview(source: source) { old, new in (nil, reviews[UnitKeys.pairKey(old, new, unsafeHTML: unsafeHTML)] ?? Review()) }
        let renderer = try SiteRenderer(source: source, buildDate: buildDate, review: skeleton)

        // Dirty units, stale parts and runs of links, all on every core at once: a one-file
        // build has a single unit to render, and the links and shared files fill the other core.
        let writer = SiteWriter(output: output, clean: clean)
        let listings = self.listings ?? writer.startListings(cacheDirectory: cacheDirectory)  // not started when every input file was trusted
        // The previous site is renamed into staging or removed next: its record goes first, once
        // the listing that reads it (in the background) is done.
        if !link.isEmpty, !clean { _ = listings.previous.entries }
        PreviousListing.remove(cacheDirectory: cacheDirectory)
        OutputListing.remove(cacheDirectory: cacheDirectory)
        let staging = try writer.begin(reusingPrevious: !link.isEmpty, listings: listings)
        let headFields = next
        let cacheHead = Background { headFields.headRecords() }
        var written: [String] = []
        do {
            let dirtyUnits = units.filter { dirty.contains(UnitKeys.id($0.policy, $0.locale)) }
            // The sitemap and versions.json read the whole site and are the longest single jobs
            // (on a 10,000-page site the sitemap alone is seconds): started first, they run on
            // one core beside the units instead of alone after them.
            let wholeSite: Set<SharedPart> = [.sitemap, .versionsIndex]
            let jobs = stale.filter(wholeSite.contains).map(Job.part) + dirtyUnits.map { Job.unit(policy: $0.policy, locale: $0.locale) }
                + stale.filter { !wholeSite.contains($0) }.map(Job.part)
                + stride(from: 0, to: link.count, by: 512).map { Job.link(Array(link[$0..<min($0 + 512, link.count)])) }
            let stamps = previous.stamps
            let pagesConcurrently = dirtyUnits.count < ProcessInfo.processInfo.activeProcessorCount
            let outcomes = jobs.concurrentMap { job in
                perform(job, renderer: renderer, groups: groups, pagesConcurrently: pagesConcurrently, staging: staging, outputStamps: stamps)
            }
            for (job, outcome) in zip(jobs, outcomes) {
                let paths = try outcome.get()
                written += paths
                switch job {
                case let .unit(policy, locale):
                    let id = UnitKeys.id(policy, locale)
                    next.units[id] = BuildCache.Unit(key: keys[id] ?? "", files: paths)
                case let .part(part):
                    next.parts[part.id] = BuildCache.Unit(key: unitKeys.shared[part] ?? "", files: paths)
                case .link:
                    break
                }
            }
            progress?(.writing(files: written.count))
        } catch {
            writer.abandon(staging)
            throw error
        }
        let carried = try writer.commit(staging, paths: written + link, listings: listings)
        if !staging.reused { writer.seedPrevious(paths: written + link) }
        for path in link { next.stamps[path] = previous.stamps[path] }
        // A stat per written file (30,000 on a full build of 10,000 pages), on every core after the
        // exchange; by path relative to the output folder (`OpenFolder`), as `URL.appendingPathComponent`
        // adds an lstat of its own and a long absolute path costs a longer walk.
        let committed = OpenFolder(outputPath)  // the folder now at the output's path
        let writtenStamps = written.concurrentMap { committed.stamp($0) }
        for (path, stamp) in zip(written, writtenStamps) { next.stamps[path] = stamp }
        let outputRecord = clean ? nil
            : recordOutput(written: zip(written, writtenStamps), linked: link, carried: carried, stamps: previous.stamps, folder: committed)
        next.save(to: cacheDirectory, head: cacheHead.value)
        recordPrevious(reused: staging.reused, listings: listings, paths: written + link, stamps: next.stamps)
        _ = outputRecord?.value
        teardown.keep((previous, known, reviews, unitKeys, skeleton, renderer, next, headFields, link, written))
        return Result(paths: written + link, written: written.count, rerenderedUnits: dirty.count)
    }

    /// Every consecutive pair's review, keyed by `UnitKeys.pairKey`: cached ones reused; the rest
    /// diffed and reviewed one policy × locale at a time on every core (each document parsed
    /// once), and only where the locale has review rules — elsewhere the review is empty and
    /// no diff is needed yet. The diffs are dropped: the pages that show them make their own.
    func reviewAll(_ source: SiteSource, groups versions: [String: [String: [PolicyVersion]]], cached: [String: Review]) -> [String: Review] {
        let unsafeHTML = source.config.unsafeHTML
        var reviews: [String: Review] = [:]
        var groups: [[UnitKeys.Pair]] = []
        for pair in UnitKeys.pairs(versions) {
            let key = UnitKeys.pairKey(pair.old, pair.new, unsafeHTML: unsafeHTML)
            if let review = cached[key] {
                reviews[key] = review
            } else if !Reviewer.hasRules(for: pair.new.locale) {
                reviews[key] = Review()
            } else if let last = groups.last?.last, last.new.policy == pair.new.policy, last.new.locale == pair.new.locale {
                groups[groups.count - 1].append(pair)
            } else {
                groups.append([pair])
            }
        }
        let computed = groups.concurrentMap { group in
            // Each version prepared once (PairComparison.Prepared), from the one before when the pairs chain.
            var previous: (path: String, prepared: PairComparison.Prepared)?
            return group.map { pair in
                let old = previous.flatMap { $0.path == pair.old.path ? $0.prepared : nil }
                    ?? PairComparison.Prepared(document(of: pair.old), locale: pair.old.locale)
                let new = PairComparison.Prepared(document(of: pair.new), locale: pair.new.locale, reusing: old)
                previous = (pair.new.path, new)
                return PairComparison.compare(old, new).review
            }
        }
        for (pair, review) in zip(groups.joined(), computed.joined()) {
            reviews[UnitKeys.pairKey(pair.old, pair.new, unsafeHTML: unsafeHTML)] = review
        }
        return reviews
    }

    /// The version's document, parsed (and read) now if the loader left it out.
    func document(of version: PolicyVersion) -> Document {
        loaded.document(of: version)
    }

    /// True when the file at `output/path` is still the one the stamp describes.
    static func stampMatches(_ stamp: FileStamp?, _ output: OpenFolder, _ path: String) -> Bool {
        guard let stamp else { return false }
        return output.stamp(path) == stamp
    }
}
