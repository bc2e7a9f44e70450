extension LockFile {
    /// Reads a lock file's text; every problem is an error at its line and column in `path`.
    public static func parse(_ text: String, path: String = LockFile.path) throws(ContentError) -> LockFile {
        var diagnostics: [Diagnostic] = []
        var entries: [Entry] = []
        var sawHeader = false
        var listed: Set<String> = []
        let hint = "restore content/redline.lock from version control (`git checkout content/redline.lock`); never edit it by hand"
        func fail(_ line: Int, _ column: Int, _ message: String) {
            diagnostics.append(.error(at: SourceLocation(path: path, line: line, column: column), message, hint: hint))
        }
        // Lines and fields are split on bytes: a lock lists every version of the site, and
        // splitting Characters made reading it a tenth of a one-file build.
        for (index, raw) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = String(Substring(raw))
            if line.hasPrefix("#") || line.trimmingWhitespace().isEmpty { continue }
            guard sawHeader else {
                if line == header { sawHeader = true } else { fail(number, 1, "expected `\(header)` as the first line of the lock file") }
                continue
            }
            if line.hasPrefix("  amended ") {
                guard !entries.isEmpty else { fail(number, 1, "an amendment before any version"); continue }
                let fields = line.dropFirst("  amended ".count).split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
                let column = { (field: Int) in "  amended ".count + 1 + fields[..<field].reduce(0) { $0 + $1.count + 1 } }
                guard fields.count == 4 else { fail(number, 3, "an amendment needs a date, the old hash, the new hash and a reason"); continue }
                guard let date = PolicyDate(fields[0]) else { fail(number, column(0), "`\(fields[0])` is not a date (YYYY-MM-DD)"); continue }
                guard let old = ContentHash(parsing: fields[1]) else { fail(number, column(1), "`\(fields[1])` is not a content hash (sha256:<64 hex digits>)"); continue }
                let new = ContentHash(parsing: fields[2])
                guard new != nil || fields[2] == "removed" else { fail(number, column(2), "`\(fields[2])` is neither a content hash nor `removed`"); continue }
                let reason = fields[3].trimmingWhitespace()
                guard !reason.isEmpty else { fail(number, column(3), "the amendment has no reason"); continue }
                entries[entries.count - 1].amendments.append(Amendment(date: date, old: old, new: new, reason: reason))
                continue
            }
            let fields = line.utf8.split(separator: 0x20, maxSplits: 2, omittingEmptySubsequences: false).map { String(Substring($0)) }
            guard fields.count == 2, !fields[0].isEmpty else { fail(number, 1, "expected `<policy>/<date>/<locale>.md sha256:<hex>`"); continue }
            guard LockSelector.isVersionPath(fields[0]) else { fail(number, 1, "`\(fields[0])` is not a version path (<policy>/<YYYY-MM-DD>/<locale>.md)"); continue }
            let hash = ContentHash(parsing: fields[1])
            guard hash != nil || fields[1] == "removed" else {
                fail(number, fields[0].count + 2, "`\(fields[1])` is not a content hash (sha256:<64 hex digits>)"); continue
            }
            guard listed.insert(fields[0]).inserted else { fail(number, 1, "`\(fields[0])` is listed twice"); continue }
            entries.append(Entry(path: fields[0], hash: hash))
        }
        if !sawHeader, diagnostics.isEmpty { fail(1, 1, "expected `\(header)` as the first line of the lock file") }
        guard diagnostics.isEmpty else { throw ContentError(diagnostics) }
        return LockFile(entries: entries)
    }
}

/// The `--amend` argument: `<policy>/<date>` (every locale of that version) or `<policy>/<date>/<locale>`.
public struct LockSelector: Sendable, Equatable, CustomStringConvertible {
    public var policy: String
    public var date: PolicyDate
    public var locale: String?

    /// Parses the selector; nil when it is not one of the two forms.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 || parts.count == 3, !parts[0].isEmpty, let date = PolicyDate(parts[1]) else { return nil }
        if parts.count == 3, parts[2].isEmpty || parts[2].contains(".") { return nil }
        policy = parts[0]
        self.date = date
        locale = parts.count == 3 ? parts[2] : nil
    }

    public var description: String { "\(policy)/\(date)" + (locale.map { "/" + $0 } ?? "") }

    /// Whether a content-relative version path (`privacy/2021-03-01/en.md`) is selected.
    public func matches(_ path: String) -> Bool {
        if let locale { return path == "\(policy)/\(date)/\(locale).md" }
        return path.hasPrefix("\(policy)/\(date)/")
    }

    /// `<policy>/<YYYY-MM-DD>/<locale>.md`, nothing else.
    static func isVersionPath(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, PolicyDate(String(parts[1])) != nil, parts[2].hasSuffix(".md"), parts[2].count > 3 else { return false }
        return !parts.contains { $0 == ".." || $0 == "." }
    }
}
