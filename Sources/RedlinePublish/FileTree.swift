import Foundation
import RedlineParse

/// Walks and removes folder trees with `readdir`, which reports each entry's type: `public/`
/// holds tens of thousands of files, and Foundation's enumerator and `removeItem` cost a stat
/// and URL work per file — more than an incremental build's whole rendering.
enum FileTree {
    /// The relative paths of the regular files under `root` (symbolic links to regular files
    /// included), sorted; an unreadable folder is skipped.
    static func regularFiles(under root: String) -> [String] {
        regularFilesWithInodes(under: root).map(\.path)
    }

    /// Like `regularFiles`, with each entry's inode as its folder lists it (`d_ino`, no `stat`):
    /// a symbolic link's own inode, not its target's.
    static func regularFilesWithInodes(under root: String) -> [(path: String, inode: UInt64)] {
        var files: [(path: String, inode: UInt64)] = []
        walk(root, prefix: "") { relative, type, full, inode in
            if type == DT_REG {
                files.append((relative, inode))
            } else if type == DT_LNK || type == DT_UNKNOWN {
                var info = stat()
                if stat(full, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { files.append((relative, inode)) }
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Removes `root` and everything under it (like `rm -rf`); false when something remained.
    @discardableResult
    static func remove(_ root: String) -> Bool {
        var info = stat()
        guard lstat(root, &info) == 0 else { return true }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return unlink(root) == 0 }
        var ok = true
        if let directory = opendir(root) {
            while let entry = readdir(directory) {
                let name = entryName(entry)
                if name == "." || name == ".." { continue }
                let full = root + "/" + name
                if entry.pointee.d_type == DT_DIR || entry.pointee.d_type == DT_UNKNOWN {
                    ok = remove(full) && ok
                } else if unlink(full) != 0 {
                    ok = false
                }
            }
            closedir(directory)
        }
        return rmdir(root) == 0 && ok
    }

    /// Like `remove`, with the top-level entries removed on every core (a whole `public/`).
    @discardableResult
    static func removeConcurrently(_ root: String) -> Bool {
        guard let directory = opendir(root) else { return remove(root) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = entryName(entry)
            if name != ".", name != ".." { names.append(name) }
        }
        closedir(directory)
        let removed = names.concurrentMap { remove(root + "/" + $0) }
        return remove(root) && removed.allSatisfy { $0 }
    }

    /// Calls `visit(relative path, d_type, full path, d_ino)` for every entry below `folder` but
    /// folders, descending into folders (not into links to folders).
    private static func walk(_ folder: String, prefix: String, _ visit: (String, UInt8, String, UInt64) -> Void) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = entryName(entry)
            if name == "." || name == ".." { continue }
            let full = folder + "/" + name
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            var type = entry.pointee.d_type
            if type == DT_UNKNOWN {
                var info = stat()
                if lstat(full, &info) == 0 {
                    switch info.st_mode & S_IFMT {
                    case S_IFDIR: type = UInt8(DT_DIR)
                    case S_IFREG: type = UInt8(DT_REG)
                    case S_IFLNK: type = UInt8(DT_LNK)
                    default: break
                    }
                }
            }
            if type == DT_DIR {
                walk(full, prefix: relative, visit)
            } else {
                visit(relative, type, full, UInt64(entry.pointee.d_ino))
            }
        }
    }

    private static func entryName(_ entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafePointer(to: entry.pointee.d_name) { pointer in
            pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
        }
    }
}
