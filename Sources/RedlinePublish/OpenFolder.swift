import Foundation
import RedlineParse

/// A folder held open for stamping the files under it by relative path (`FileStamp(in:path:)`):
/// an incremental build checks every output file of the site (30,000 on a 10,000-page site), and
/// the absolute path's leading folders were most of each `stat`'s path walk.
final class OpenFolder: Sendable {
    let path: String
    /// -1 when the folder could not be opened: then every stamp is taken by absolute path.
    private let descriptor: Int32

    init(_ path: String) {
        self.path = path
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// The stamp of `relative` under the folder, as `FileStamp(path: path + "/" + relative)` gives it
    /// (a `relative` that starts with a slash too: `fstatat` would take it as absolute).
    func stamp(_ relative: String) -> FileStamp? {
        guard descriptor >= 0, !relative.hasPrefix("/") else { return FileStamp(path: path + "/" + relative) }
        return FileStamp(in: descriptor, path: relative)
    }

    /// `lstat` of `relative` under the folder (not following a final link); nil when it fails.
    func status(_ relative: String) -> stat? {
        var info = stat()
        if descriptor >= 0, !relative.hasPrefix("/") {
            guard fstatat(descriptor, relative, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        } else {
            guard lstat(path + "/" + relative, &info) == 0 else { return nil }
        }
        return info
    }
}

extension stat {
    /// A folder's identity and state as the listing records keep it: device, inode, and change
    /// and modification times in nanoseconds. Adding, removing or renaming an entry sets both times.
    var folderIdentity: String {
        let changed = Int64(st_ctim.tv_sec) * 1_000_000_000 + Int64(st_ctim.tv_nsec)
        let modified = Int64(st_mtim.tv_sec) * 1_000_000_000 + Int64(st_mtim.tv_nsec)
        return "\(st_dev):\(st_ino):\(changed):\(modified)"
    }
}
