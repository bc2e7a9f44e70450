extension LockFile {
    /// A version as the lock sees it: its content-relative path, its hash and when it takes effect.
    public struct Version: Sendable, Equatable {
        public var path: String
        public var hash: ContentHash
        public var effective: PolicyDate

        public init(path: String, hash: ContentHash, effective: PolicyDate) {
            self.path = path
            self.hash = hash
            self.effective = effective
        }

        /// From a loaded version (`content/privacy/2021-03-01/en.md` → `privacy/2021-03-01/en.md`).
        public init(_ version: PolicyVersion) {
            let path = version.path.hasPrefix("content/") ? String(version.path.dropFirst("content/".count)) : version.path
            self.init(path: path, hash: version.contentHash, effective: version.date)
        }
    }

    /// A published version that no longer matches the lock and was not amended.
    public enum Problem: Sendable, Equatable {
        case changed(path: String, locked: ContentHash, now: ContentHash)
        case disappeared(path: String, locked: ContentHash)

        public var path: String {
            switch self {
            case .changed(let path, _, _), .disappeared(let path, _): path
            }
        }
    }

    /// The outcome of checking a build against the lock.
    public struct Verification: Sendable, Equatable {
        /// The lock to write when there are no problems: amendments recorded, newly published versions added.
        public var lock: LockFile
        public var problems: [Problem]
        /// `--amend` selectors that matched no changed or removed version.
        public var unusedAmendments: [LockSelector]
    }

    /// Checks `versions` (every version of the build) against the lock on `buildDate`.
    ///
    /// Locked versions must keep their hash and exist, unless a selector in `amend` covers them
    /// (then the change is recorded with `reason` and the build date). Versions in effect on the
    /// build date that the lock does not list yet are added; versions not yet in effect are left
    /// out, so a build with a past `--date` neither adds them nor reports them missing.
    public func verify(_ versions: [Version], buildDate: PolicyDate, amend: [LockSelector] = [], reason: String? = nil) -> Verification {
        var updated = self
        var problems: [Problem] = []
        var used = Set<Int>()
        var current: [String: Version] = [:]
        for version in versions { current[version.path] = version }
        for entry in entries {
            let selector = reason == nil ? nil : amend.firstIndex { $0.matches(entry.path) }
            let now = current[entry.path]
            guard let locked = entry.hash else {
                // Removed by an earlier amendment and now back: published again under its new text.
                if let now, now.effective <= buildDate { updated.set(Entry(path: entry.path, hash: now.hash, amendments: entry.amendments)) }
                continue
            }
            if let now, now.hash == locked { continue }
            guard let selector, let reason else {
                problems.append(now.map { .changed(path: entry.path, locked: locked, now: $0.hash) } ?? .disappeared(path: entry.path, locked: locked))
                continue
            }
            used.insert(selector)
            let amendment = Amendment(date: buildDate, old: locked, new: now?.hash, reason: reason)
            updated.set(Entry(path: entry.path, hash: now?.hash, amendments: entry.amendments + [amendment]))
        }
        for version in versions.sorted(by: { $0.path < $1.path }) where version.effective <= buildDate && updated.entry(version.path) == nil {
            updated.set(Entry(path: version.path, hash: version.hash))
        }
        let unused = amend.indices.filter { !used.contains($0) }.map { amend[$0] }
        return Verification(lock: updated, problems: problems, unusedAmendments: unused)
    }

    /// The amendments of the version at a content-relative path, oldest first.
    public func amendments(for path: String) -> [Amendment] { entry(path)?.amendments ?? [] }
}
