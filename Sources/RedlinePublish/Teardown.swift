import Foundation

/// What a build would free as it returns, kept instead when the process is about to exit.
///
/// A build over 10,000 pages ends holding the site's texts, every review and the cache's
/// hundred thousand records; freeing them one by one was a few percent of a one-file build's
/// CPU time, for memory the process hands back by exiting a moment later. The CLI, which exits
/// after one build, sets `SiteBuild.freesMemory` to false; a library caller (tests,
/// `redline serve`) keeps the default and frees as usual.
struct Teardown: Sendable {
    /// Whether the build frees what it held (true unless the caller is about to exit).
    var frees = true

    /// Values kept alive until the process exits; only ever appended to.
    private static let kept = Kept()

    /// Keeps `value` alive until the process exits, when `frees` is off; otherwise does nothing.
    func keep(_ value: Any) {
        guard !frees else { return }
        Self.kept.append(value)
    }

    private final class Kept: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Any] = []

        func append(_ value: Any) { lock.withLock { values.append(value) } }
    }
}
