import Foundation

/// An exclusive lock on a site's cache folder (`flock` on `.redline-cache/build.lock`), held for
/// the whole build: two builds of one site at once would race on the previous-site folder and the
/// cache. The second waits for the first. The kernel releases the lock when the process ends,
/// so a killed build leaves nothing to clean up.
final class BuildLock {
    private let descriptor: Int32

    /// Takes the lock, waiting while another build holds it; nil when the folder cannot be
    /// written (the build then goes on without the cache's protection, as it would without a cache).
    init?(directory: URL, wait: Bool = true) {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let descriptor = open(directory.appendingPathComponent("build.lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        while flock(descriptor, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            if errno == EINTR { continue }
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
