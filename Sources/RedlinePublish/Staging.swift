import Foundation
import RedlineParse
import RedlineRender

extension SiteWriter {
    /// A staging folder being filled. Files go straight to disk as each part of the site is
    /// rendered, so a build holds one policy × locale's pages in memory, not the whole site.
    /// Safe to use from several threads at once as long as each path is written once.
    public struct Staging: Sendable {
        /// The staging folder's absolute path.
        public let folder: String
        /// The current output folder, which unchanged files are hard-linked from.
        let output: String
        /// Whether the folder is the site before the last build, reused: its files may be the
        /// live output's files (hard links), so a file is never rewritten in place but replaced,
        /// and a link already pointing at the output's file is left alone.
        let reused: Bool
        /// The files the reused folder held when the build started (listed in the background), if known.
        var listedFiles: [String]? = nil
        /// Their inodes, by path, as their folders listed them.
        var listedInodes: [String: UInt64]? = nil

        /// Writes each file under the staging folder, creating its folders.
        public func write(_ files: [OutputFile]) throws(WriteError) {
            var folders: Set<String> = []  // made or found in this call: a unit's files share a few folders
            for file in files {
                let target = try target(for: file.path, folders: &folders)
                if reused { Self.clear(target) }
                let descriptor = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
                guard descriptor >= 0 else { throw WriteError(path: file.path, reason: Self.errorText()) }
                defer { close(descriptor) }
                var offset = 0
                while offset < file.bytes.count {
                    let count = file.bytes.withUnsafeBytes { buffer in
                        Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    }
                    if count < 0 {
                        if errno == EINTR { continue }
                        throw WriteError(path: file.path, reason: Self.errorText())
                    }
                    offset += count
                }
            }
        }

        /// Hard-links files unchanged since the last build from the output folder (copying where
        /// a link is impossible), in runs of neighbouring paths on every core: an incremental build
        /// links nearly the whole site, and each link and new folder is a system call.
        public func link(_ paths: [String]) throws(WriteError) {
            let runs = stride(from: 0, to: paths.count, by: 512).map { Array(paths[$0..<min($0 + 512, paths.count)]) }
            let failures = runs.concurrentMap { run -> WriteError? in
                do throws(WriteError) { try linkSerially(run) } catch { return error }
                return nil
            }
            if let failure = failures.compactMap({ $0 }).first { throw failure }
        }

        /// One run of `link`. `outputStamps` are the output's files as this build found them
        /// (`IncrementalBuild` checks each against its stamp): a file the reused folder listed
        /// under the same inode already is that file, and costs no system call at all.
        func linkSerially(_ paths: [String], outputStamps: [String: FileStamp] = [:]) throws(WriteError) {
            var folders: Set<String> = []
            for path in paths {
                if reused, let listed = listedInodes?[path], let stamp = outputStamps[path], stamp.inode == listed,
                   SiteWriter.isSafe(path) { continue }
                let target = try target(for: path, folders: &folders)
                let existing = output + "/" + path
                if reused {
                    if Self.sameFile(existing, target) { continue }
                    Self.clear(target)
                }
                if Glibc.link(existing, target) != 0 {
                    do {
                        try FileManager.default.copyItem(atPath: existing, toPath: target)
                    } catch {
                        throw WriteError(path: path, reason: error.localizedDescription)
                    }
                }
            }
        }

        /// The absolute path for `path`, after checking it stays inside and creating its folder.
        func target(for path: String) throws(WriteError) -> String {
            var folders: Set<String> = []
            return try target(for: path, folders: &folders)
        }

        /// `target(for:)`, skipping the folders already in `folders` (and adding the file's).
        func target(for path: String, folders: inout Set<String>) throws(WriteError) -> String {
            guard SiteWriter.isSafe(path) else { throw WriteError(path: path, reason: "refusing to write outside the output folder") }
            let target = folder + "/" + path
            if let slash = target.lastIndex(of: "/") {
                let parent = String(target[..<slash])
                if folders.insert(parent).inserted { try makeDirectories(parent) }
            }
            return target
        }

        /// `mkdir -p`: tens of thousands of files share a few thousand folders, and two threads may
        /// create the same folder at once, so an existing folder is not an error. `mkdir` comes
        /// first (one system call for a new folder whose parent exists, or for an existing one);
        /// only a missing parent costs more.
        func makeDirectories(_ path: String) throws(WriteError) {
            if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
            guard errno == ENOENT, let slash = path.lastIndex(of: "/"), slash != path.startIndex else {
                throw WriteError(path: path, reason: Self.errorText())
            }
            try makeDirectories(String(path[..<slash]))
            if mkdir(path, 0o755) != 0, errno != EEXIST { throw WriteError(path: path, reason: Self.errorText()) }
        }

        static func errorText() -> String { String(cString: strerror(errno)) }

        /// Removes whatever is at `path` in a reused folder (a file, or a folder where a file goes now).
        static func clear(_ path: String) {
            if unlink(path) != 0, errno == EISDIR || errno == EPERM { FileTree.remove(path) }
        }

        /// Whether two paths are the same file (a hard link made by an earlier build).
        static func sameFile(_ a: String, _ b: String) -> Bool {
            var first = stat(), second = stat()
            guard stat(a, &first) == 0, lstat(b, &second) == 0 else { return false }
            return first.st_ino == second.st_ino && first.st_dev == second.st_dev
        }

        /// In a reused folder: removes the files this build does not produce, and the folders
        /// left empty, so the staged site is exactly what a fresh folder would hold.
        func removeFiles(except keep: Set<String>) {
            for path in listedFiles ?? FileTree.regularFiles(under: folder) where !keep.contains(path) {
                unlink(folder + "/" + path)
                // Only the folders above a removed file can have become empty (a site has no
                // others): removing them upwards spares a walk of every folder of the site.
                var parent = Substring(path)
                while let slash = parent.lastIndex(of: "/") {
                    parent = parent[..<slash]
                    if rmdir(folder + "/" + parent) != 0 { break }
                }
            }
        }
    }
}
