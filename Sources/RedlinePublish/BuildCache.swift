import Foundation
import RedlineParse
import RedlineRender
import RedlineReview

/// What an incremental build remembers between runs, in `.redline-cache/build.records`: the review
/// of every pair of versions (keyed by both content hashes), and for the output folder which
/// files each timeline wrote, from which inputs, and how they looked on disk when written.
///
/// The cache only ever saves work: anything that does not match exactly (another Redline
/// binary, another format, a file in `public/` touched since) counts as a miss, and a file that
/// cannot be decoded is ignored, so output never differs from a clean build's.
struct BuildCache: Sendable, Equatable {
    /// Bumped whenever the layout or the meaning of a key changes.
    static let format = 6
    static let fileName = "build.records"

    var format: Int
    /// The Redline binary that wrote the cache (see `BuildCache.toolKey`).
    var tool: String
    /// `SiteLoader.fileKey` → what parsing the file reported: files seen before are not parsed
    /// again unless a page that shows them is re-rendered.
    var parsed: [String: [Diagnostic]]
    /// Version path → what loading the file found, trusted while its stamp is unchanged.
    var files: [String: KnownFile]
    /// `UnitKeys.pairKey` → the review of that pair.
    var reviews: [String: Review]
    /// The output folder the records below describe (absolute path).
    var output: String
    /// Timeline id (`policy/locale`) → the key of its inputs and the files it wrote.
    var units: [String: Unit]
    /// `SharedPart.id` → the key of its inputs and the files it wrote (home pages, feeds, sitemap…).
    var parts: [String: Unit]
    /// Every file written → its size, modification time and inode just after the build.
    var stamps: [String: FileStamp]

    struct Unit: Sendable, Equatable {
        var key: String
        var files: [String]
    }

    init(tool: String) {
        self.format = Self.format
        self.tool = tool
        self.parsed = [:]
        self.files = [:]
        self.reviews = [:]
        self.output = ""
        self.units = [:]
        self.parts = [:]
        self.stamps = [:]
    }

    /// The cache in `directory`, or an empty one when it is missing, unreadable, corrupt, of
    /// another format or written by another binary.
    static func load(from directory: URL, tool: String) -> BuildCache {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(fileName).path),
              let cache = try? BuildCache(records: Array(data), tool: tool) else { return BuildCache(tool: tool) }
        return cache
    }

    /// Writes the cache through a temporary file and a rename, so a killed build leaves the old
    /// cache or the new one. A cache that cannot be written is not an error: the next build is full.
    /// `head`, when given, is this cache's `headRecords()`, encoded earlier.
    func save(to directory: URL, head: [UInt8]? = nil) {
        guard CacheRecords.writeAtomically((head ?? headRecords()) + tailRecords(), named: Self.fileName, in: directory) else { return }
        // The JSON cache of formats up to 5, which nothing reads any more.
        unlink(directory.appendingPathComponent("build.json").path)
    }

    /// Identifies the running binary by its size and modification time (`/proc/self/exe` on
    /// Linux): a rebuilt Redline may diff, review or render differently, so it starts afresh.
    static func toolKey() -> String {
        let executable = FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe" : CommandLine.arguments.first ?? ""
        let stamp = FileStamp(path: executable)
        return "redline-cache-\(format) \(stamp.map { "\($0.size) \($0.modified)" } ?? "unknown")"
    }
}
