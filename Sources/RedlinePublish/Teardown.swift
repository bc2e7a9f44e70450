import Foundation

/// What a build would free as it returns, kept instead when the process is about to exit.
///
/// A build over 10,000 pages ends holding the site's texts, every review and the cache's
/// hundred thousand records; freeing them one by one was a few percent of a one-file build's
/// CPU time, for memory the process hands back by exiting a moment later. The CLI, which exits
/// after one build, turns freeing off; a library caller (tests, `redline serve`) frees as usual.
public enum Teardown {
    /// Whether builds free what they held (true unless the caller is about to exit).
    nonisolated(unsafe) public static var frees = true
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `value` alive until the process exits, when `frees` is off; otherwise does nothing.
    static func keep(_ value: Any) {
        guard !frees else { return }
        lock.withLock { kept.append(value) }
    }
}
