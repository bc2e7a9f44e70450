import Foundation
import RedlineDiff
import RedlineParse
import RedlineRender
import RedlineReview

/// The lock step of a build: reads `content/redline.lock`, checks the loaded versions against it
/// (`LockFile.verify`, pure), and after a successful write of the site saves the updated lock.
/// A changed or vanished published version is a content error showing the diff.
public struct LockCheck: Sendable {
    public var siteDirectory: URL
    public var buildDate: PolicyDate
    public var amend: [LockSelector]
    public var reason: String?
    /// false for previews (`redline serve`): check against the lock, report changed published
    /// versions as warnings, and never write it — a preview with a future `--date` must not lock
    /// versions that are not yet published.
    public var records: Bool

    public init(siteDirectory: URL, buildDate: PolicyDate, amend: [LockSelector] = [], reason: String? = nil, records: Bool = true) {
        self.siteDirectory = siteDirectory
        self.buildDate = buildDate
        self.amend = amend
        self.reason = reason
        self.records = records
    }

    /// What the build continues with: the versions with their amendments, the lock to save, warnings.
    public struct Outcome: Sendable {
        public var source: SiteSource
        public var lock: LockFile
        /// The lock's text on disk before the build (nil when there was none); the lock is saved only when it changes.
        public var previousText: String?
        public var warnings: [Diagnostic]
    }

    var lockURL: URL { siteDirectory.appendingPathComponent(LockFile.path) }

    /// Checks `source` against the lock; throws every changed or disappeared version at once.
    ///
    /// The lock compares content hashes only, so `source` may hold versions whose document was
    /// left out by the loader (an incremental build's load); `complete` fills in a changed
    /// version's document for the redline its error shows — only for those versions, so a build
    /// that fails the lock stops after the load instead of parsing the whole site first.
    ///
    /// `read`, when given, is what `read()` returned, done earlier (a build reads and parses the
    /// lock while the site loads).
    public func verify(_ source: SiteSource, read: Result<(lock: LockFile, text: String?), ContentError>? = nil,
                       complete: (PolicyVersion) -> PolicyVersion = { $0 }) throws(ContentError) -> Outcome {
        var diagnostics: [Diagnostic] = []
        let (lock, previousText) = try (read ?? Result { () throws(ContentError) in try self.read() }).get()
        var result = lock.verify(source.versions.map(LockFile.Version.init), buildDate: buildDate, amend: amend, reason: reason)
        var warnings: [Diagnostic] = []
        for problem in result.problems {
            var problemDiagnostic = diagnostic(for: problem, source: source, complete: complete)
            if records { diagnostics.append(problemDiagnostic) } else { problemDiagnostic.severity = .warning; warnings.append(problemDiagnostic) }
        }
        guard diagnostics.isEmpty else { throw ContentError(diagnostics) }
        if !records { result.lock = lock }
        var annotated = source
        for index in annotated.versions.indices {
            annotated.versions[index].amendments = result.lock.amendments(for: LockFile.Version(annotated.versions[index]).path)
        }
        warnings += result.unusedAmendments.map {
            Diagnostic.warning(at: SourceLocation(path: LockFile.path), "--amend \($0): no published version of it changed, nothing amended",
                               hint: "--amend takes <policy>/<date> or <policy>/<date>/<locale> of a version whose file changed")
        }
        return Outcome(source: annotated, lock: result.lock, previousText: previousText, warnings: warnings)
    }

    /// The lock on disk and its text; an empty lock and nil when the site has none yet.
    public func read() throws(ContentError) -> (lock: LockFile, text: String?) {
        guard let data = FileManager.default.contents(atPath: lockURL.path) else { return (LockFile(), nil) }
        var diagnostics: [Diagnostic] = []
        guard let text = TextDecoding.decode(Array(data), path: LockFile.path, diagnostics: &diagnostics) else { throw ContentError(diagnostics) }
        return (try LockFile.parse(text), text)
    }

    /// Saves the lock when it changed (atomically: a temporary file renamed over the old one).
    public func save(_ outcome: Outcome) throws(WriteError) {
        let text = outcome.lock.text
        guard records, text != outcome.previousText else { return }
        do {
            try Data(text.utf8).write(to: lockURL, options: .atomic)
        } catch {
            throw WriteError(path: lockURL.path, reason: "could not write the lock file: \(error.localizedDescription)")
        }
    }

    func diagnostic(for problem: LockFile.Problem, source: SiteSource, complete: (PolicyVersion) -> PolicyVersion = { $0 }) -> Diagnostic {
        let path = "content/" + problem.path
        let selector = String(problem.path.dropLast(".md".count))
        switch problem {
        case .disappeared(_, let locked):
            return .error(at: SourceLocation(path: path), "published version disappeared: the lock lists it (\(locked)) but the file is gone",
                          hint: "restore the file (`git checkout -- \(path)`), or record its removal with `redline build --amend \(selector) --reason \"…\"`")
        case .changed(_, let locked, let now):
            var message = "published version changed since it was locked (\(locked) → \(now))"
            var line = 1
            if let version = source.versions.first(where: { $0.path == path }) {
                let diff = LockedText(siteDirectory: siteDirectory).diff(locked: locked, against: complete(version))
                message += "\n" + diff.report
                line = diff.line ?? 1
            }
            return .error(at: SourceLocation(path: path, line: line), message,
                          hint: "undo the change, or amend the published version with `redline build --amend \(selector) --reason \"…\"`")
        }
    }
}
