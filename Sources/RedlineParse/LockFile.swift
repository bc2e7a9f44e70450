/// `content/redline.lock`: every version published so far and the SHA-256 of its content, plus
/// the amendments made to published versions on purpose (`redline build --amend`).
///
/// A pure value: `LockFile.parse` reads the text, `text` writes it (stable order, one line per
/// version, so a change to the lock reads well in a diff), and `verify` (LockFile+Verify.swift)
/// compares it with the versions of a build. Only `LockCheck` in RedlinePublish touches the disk.
///
/// ```
/// redline-lock 1
///
/// privacy/2021-03-01/en.md sha256:<hex>
///   amended 2026-11-30 sha256:<old> sha256:<new> Fixed the postal address.
/// privacy/2022-06-01/de.md removed
///   amended 2026-12-01 sha256:<old> removed Published by mistake.
/// ```
public struct LockFile: Sendable, Equatable {
    /// Where the lock lives, relative to the site folder.
    public static let path = "content/redline.lock"
    static let header = "redline-lock 1"

    /// A deliberate change to a published version: when, why, and the hashes before and after.
    public struct Amendment: Sendable, Equatable {
        public var date: PolicyDate
        public var old: ContentHash
        /// nil when the amendment removed the version.
        public var new: ContentHash?
        /// One line of plain text, shown on the version's page.
        public var reason: String

        public init(date: PolicyDate, old: ContentHash, new: ContentHash?, reason: String) {
            self.date = date
            self.old = old
            self.new = new
            self.reason = reason
        }
    }

    /// One published version file.
    public struct Entry: Sendable, Equatable {
        /// Relative to `content/`: `<policy>/<date>/<locale>.md`.
        public var path: String
        /// The content hash the version must keep; nil when an amendment removed it.
        public var hash: ContentHash?
        /// Oldest first.
        public var amendments: [Amendment]

        public init(path: String, hash: ContentHash?, amendments: [Amendment] = []) {
            self.path = path
            self.hash = hash
            self.amendments = amendments
        }
    }

    /// Sorted by path.
    /// Path → entry: a site has tens of thousands of versions, and the build looks up each one.
    private var byPath: [String: Entry]

    /// The entries in path order.
    public var entries: [Entry] { byPath.values.sorted { $0.path < $1.path } }

    public init(entries: [Entry] = []) {
        byPath = Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// The entry for a content-relative path.
    public func entry(_ path: String) -> Entry? { byPath[path] }

    /// The site-relative paths (`content/<policy>/<date>/<locale>.md`) of the versions published
    /// and not removed: the files whose text the lock keeps.
    public var publishedPaths: Set<String> {
        Set(byPath.values.filter { $0.hash != nil }.map { "content/" + $0.path })
    }

    /// Adds or replaces the entry for `entry.path`.
    public mutating func set(_ entry: Entry) {
        byPath[entry.path] = entry
    }

    /// The file's text: a comment header, the format line, then the entries in path order.
    public var text: String {
        var lines = [
            "# Redline lock file: every published version of content/ and the SHA-256 of its text.",
            "# `redline build` adds each version in effect on the build date and fails when a listed file",
            "# changed or disappeared. Change a published version on purpose with",
            "#   redline build --amend <policy>/<date>[/<locale>] --reason \"…\"",
            "# Do not edit by hand.",
            Self.header,
            "",
        ]
        for entry in entries {
            lines.append("\(entry.path) \(entry.hash?.description ?? "removed")")
            for amendment in entry.amendments {
                lines.append("  amended \(amendment.date) \(amendment.old) \(amendment.new?.description ?? "removed") \(amendment.reason)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
