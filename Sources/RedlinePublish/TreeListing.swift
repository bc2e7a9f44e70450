/// The files of a folder tree, listed on a background thread while the build loads and renders.
///
/// Committing an incremental build needs the files of the live output (to carry over files
/// Redline did not write) and of the previous site it reuses (to remove what this build no longer
/// makes). Walking 20,000 folders is mostly system time, and done at commit it was the largest
/// part of a one-file build's wall time; listed from the start, it overlaps with the rest.
/// A file added to the output during the build is not carried over (it was not there when
/// the build started); the next build carries it.
final class TreeListing: Sendable {
    private let files: Background<[(path: String, inode: UInt64)]>

    /// Starts listing the regular files under `root` (none if it does not exist).
    init(_ root: String) {
        files = Background { FileTree.regularFilesWithInodes(under: root) }
    }

    /// A listing `work` makes in the background (a recorded one, say: `PreviousListing`, `OutputListing`).
    init(_ work: @escaping @Sendable () -> [(path: String, inode: UInt64)]) {
        files = Background(work)
    }

    /// The relative paths with their inodes (a walk's sorted by path); waits for the walk to end.
    var entries: [(path: String, inode: UInt64)] { files.value }

    /// The relative paths (a walk's sorted); waits for the walk to end.
    var paths: [String] { files.value.map(\.path) }

    /// Relative path → inode as the folder listed it; waits for the walk to end.
    var inodes: [String: UInt64] { Dictionary(files.value, uniquingKeysWith: { first, _ in first }) }
}
