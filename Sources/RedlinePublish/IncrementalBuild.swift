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

    /// Every output path, and how many files were written (0 for a build with nothing to do).
    struct Result {
        var paths: [String]
        var written: Int
        var rerenderedUnits: Int
    }

    func run() throws -> Result {
        let tool = previous.tool
        var previous = previous
        if previous.output != output.path { (previous.units, previous.shared, previous.stamps) = ([:], [:], [:]) }
        var source = loaded.source
        let unsafeHTML = source.config.unsafeHTML

        // Reviews: cached by content, computed (with their diffs) on every core otherwise.
        let unreviewed = UnitKeys.pairs(source).filter { previous.reviews[UnitKeys.pairKey($0.old, $0.new, unsafeHTML: unsafeHTML)] == nil }
        parseDocuments(of: Set(unreviewed.flatMap { [$0.old.path, $0.new.path] }), in: &source)
        let pairs = UnitKeys.pairs(source)
        let missing = pairs.filter { previous.reviews[UnitKeys.pairKey($0.old, $0.new, unsafeHTML: unsafeHTML)] == nil }
        let computed = PairComparison.run(missing.map { ($0.old, $0.new) })
        var reviews: [String: Review] = [:]
        for pair in pairs {
            let key = UnitKeys.pairKey(pair.old, pair.new, unsafeHTML: unsafeHTML)
            if let review = previous.reviews[key] { reviews[key] = review }
        }
        var freshDiffs: [String: PolicyDiff] = [:]
        for (pair, (diff, review)) in zip(missing, computed) {
            let key = UnitKeys.pairKey(pair.old, pair.new, unsafeHTML: unsafeHTML)
            reviews[key] = review
            freshDiffs[key] = diff
        }

        // Units whose inputs or files changed.
        let keys = UnitKeys(source: source, buildDate: buildDate, tool: tool, reviews: reviews).keys
        let outputPath = output.path
        let dirty = Set(keys.compactMap { id, key -> String? in
            guard let unit = previous.units[id], unit.key == key,
                  unit.files.allSatisfy({ Self.stampMatches(previous.stamps[$0], outputPath, $0) }) else { return id }
            return nil
        })

        parseDocuments(of: Set(source.versions.filter { dirty.contains(UnitKeys.id($0.policy, $0.locale)) }.map(\.path)), in: &source)

        let knownReviews = reviews, diffs = freshDiffs
        let review = SiteReview(source: source) { old, new in
            let key = UnitKeys.pairKey(old, new, unsafeHTML: unsafeHTML)
            let review = knownReviews[key] ?? Review()  // every pair was reviewed above
            guard dirty.contains(UnitKeys.id(new.policy, new.locale)) else { return (nil, review) }
            return (diffs[key] ?? Differ.diff(old.document, new.document), review)
        }
        let renderer = try SiteRenderer(source: source, buildDate: buildDate, review: review)
        let units = renderer.renderTimelines { policy, locale in dirty.contains(UnitKeys.id(policy, locale)) }
        let shared = renderer.renderSharedFiles()

        // What to write, and what to link from the previous output.
        var next = BuildCache(tool: tool)
        (next.output, next.reviews, next.parsed) = (output.path, reviews, loaded.parseDiagnostics)
        var write: [OutputFile] = []
        var link: [String] = []
        for unit in units {
            let id = UnitKeys.id(unit.policy, unit.locale)
            if dirty.contains(id) {
                write += unit.files
                next.units[id] = BuildCache.Unit(key: keys[id] ?? "", files: unit.files.map(\.path).sorted())
            } else if let kept = previous.units[id] {
                link += kept.files
                next.units[id] = kept
            }
        }
        for file in shared {
            let hash = ContentHash(bytes: file.bytes).hex
            next.shared[file.path] = hash
            if previous.shared[file.path] == hash, Self.stampMatches(previous.stamps[file.path], outputPath, file.path) {
                link.append(file.path)
            } else {
                write.append(file)
            }
        }
        let paths = (write.map(\.path) + link).sorted()
        if write.isEmpty, !clean, Set(link) == Set(previous.stamps.keys) {
            SiteWriter(output: output, clean: clean).removeStaleStaging()
            return Result(paths: paths, written: 0, rerenderedUnits: 0)
        }

        progress?(.writing(files: write.count))
        try SiteWriter(output: output, clean: clean).write(write, linking: link)
        for path in link { next.stamps[path] = previous.stamps[path] }
        for file in write { next.stamps[file.path] = FileStamp(path: output.appendingPathComponent(file.path).path) }
        next.save(to: cacheDirectory)
        return Result(paths: paths, written: write.count, rerenderedUnits: dirty.count)
    }

    /// Parses the deferred documents of the versions at `paths`, on every core.
    func parseDocuments(of paths: Set<String>, in source: inout SiteSource) {
        let unsafeHTML = source.config.unsafeHTML
        let deferred = loaded.deferred
        let wanted = source.versions.indices.filter { paths.contains(source.versions[$0].path) && deferred[source.versions[$0].path] != nil }
        guard !wanted.isEmpty else { return }
        let versions = source.versions
        let parsed = wanted.concurrentMap { index in
            SiteLoader.parseDocument(versions[index], bodyLine: deferred[versions[index].path] ?? 1, unsafeHTML: unsafeHTML)
        }
        for (index, version) in zip(wanted, parsed) { source.versions[index] = version }
    }

    /// True when the file at `output/path` is still the one the stamp describes.
    static func stampMatches(_ stamp: FileStamp?, _ output: String, _ path: String) -> Bool {
        guard let stamp else { return false }
        return FileStamp(path: output + "/" + path) == stamp
    }
}
