import Foundation
import RedlineParse

/// The files of the output folder (`public/`) as the last build that wrote it left them, kept in
/// `.redline-cache/output.records`, so that the next build that writes need not walk the output's
/// 20,000 folders to find the files it did not write (to carry them over) and the inodes of the
/// old output (which becomes the previous-site folder, `PreviousListing`). On a 10,000-page site
/// that walk was about a quarter of a one-file build's CPU time (an open, two `getdents64` and a
/// close per folder, with directory blocks read again from disk); a `stat` per folder costs a
/// fraction of it.
///
/// The record is valid while every folder of the output is the one it names: same device,
/// inode, modification and status-change time and link count. Adding, removing or renaming an
/// entry of a folder (a file, a link or a subfolder) sets the folder's times, so when all of them
/// match, every folder holds the entries it held, under the same inodes — what a walk would find.
/// A folder the record does not name would have to sit in one it names, whose link count counts
/// its subfolders (checked when the record is made). Any mismatch and the build walks the folder
/// as before. Editing a file in place changes no folder, and needs no listing: the file keeps its
/// path and inode, and its stamp in `BuildCache` catches the edit.
///
/// A change made in the same clock tick as the build's own last change to a folder, before the
/// record's `stat`, would go unseen on a file system with coarse timestamps; Linux since 6.13
/// gives a change after a `stat` a distinct time (multigrain timestamps, ext4 and others).
struct OutputListing {
    static let fileName = "output.records"
    static let header = "redline-output-listing"
    static let format = "1"

    /// The files with their inodes, in the order the build listed them (written, linked, carried
    /// over, the manifest): whoever reads a listing takes it as a set.
    var files: [(path: String, inode: UInt64)]
    /// Every folder holding a file, by relative path ("" is the output folder), with its `folderStamp`.
    var folders: [(path: String, stamp: String)]

    /// A folder's identity and state: device, inode, change and modification times, link count;
    /// nil when `relative` (under `folder`) is not a folder.
    static func folderStamp(_ folder: OpenFolder, _ relative: String) -> String? {
        guard let info = folder.status(relative.isEmpty ? "." : relative), (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return "\(info.folderIdentity):\(info.st_nlink)"
    }

    /// The listing of the output folder `output`, when the record in `cacheDirectory` names it and
    /// each of its folders as they are now; nil otherwise (the caller walks the folder).
    static func load(cacheDirectory: URL, output: String) -> [(path: String, inode: UInt64)]? {
        guard let data = FileManager.default.contents(atPath: cacheDirectory.appendingPathComponent(fileName).path) else { return nil }
        var files: [(path: String, inode: UInt64)] = []
        var folders: [(path: String, stamp: String)] = []
        var sawHeader = false, sawEnd = false
        do {
            try CacheRecords.read(Array(data)) { fields in
                guard !sawEnd else { throw CacheRecords.Corrupt() }
                guard sawHeader else {
                    guard fields == [header, format, output] else { throw CacheRecords.Corrupt() }
                    sawHeader = true
                    return
                }
                switch (fields[0], fields.count) {
                case ("file", 3):
                    guard let inode = UInt64(fields[2]) else { throw CacheRecords.Corrupt() }
                    files.append((fields[1], inode))
                case ("folder", 3): folders.append((fields[1], fields[2]))
                case ("end", 1): sawEnd = true
                default: throw CacheRecords.Corrupt()
                }
            }
        } catch {
            return nil
        }
        guard sawEnd, !folders.isEmpty else { return nil }
        // A stat per folder, in runs on every core.
        let open = OpenFolder(output)
        let runs = stride(from: 0, to: folders.count, by: 512).map { folders[$0..<min($0 + 512, folders.count)] }
        let same = Array(runs).concurrentMap { run in run.allSatisfy { folderStamp(open, $0.path) == $0.stamp } }
        return same.allSatisfy { $0 } ? files : nil
    }

    /// The listing of the output just committed: `files` (path and inode, any order), their folders
    /// stamped now (on every core). Nil when a folder cannot be stamped or holds a subfolder with no file in it
    /// (its link count says so): the next build then walks the output.
    static func recorded(output: String, files: [(path: String, inode: UInt64)]) -> OutputListing? {
        // On bytes: 30,000 paths (Character-wise `lastIndex(of:)` was most of this loop).
        // Folders in the order the files name them (deterministic without a sort).
        var known: Set<String> = [""]
        var paths = [""]
        for file in files {
            var path = file.path.utf8[...]
            while let slash = path.lastIndex(of: 0x2F) {
                path = path[..<slash]
                let folder = String(Substring(path))
                guard known.insert(folder).inserted else { break }
                paths.append(folder)
            }
        }
        // Each folder's subfolders, which its link count must match (2 + subfolders, as on ext4).
        var children: [String: Int] = [:]
        for folder in known where !folder.isEmpty {
            children[folder.utf8.lastIndex(of: 0x2F).map { String(folder[..<$0]) } ?? "", default: 0] += 1
        }
        let open = OpenFolder(output)
        let runs = stride(from: 0, to: paths.count, by: 512).map { Array(paths[$0..<min($0 + 512, paths.count)]) }
        let stamps = runs.concurrentMap { run in run.map { folderStamp(open, $0) } }.joined()
        var folders: [(path: String, stamp: String)] = []
        folders.reserveCapacity(paths.count)
        for (path, stamp) in zip(paths, stamps) {
            guard let stamp, stamp.hasSuffix(":\(2 + (children[path] ?? 0))") else { return nil }
            folders.append((path, stamp))
        }
        return OutputListing(files: files, folders: folders)
    }

    /// Records this listing of `output`; best effort, like the cache.
    func save(cacheDirectory: URL, output: String) {
        var writer = CacheRecords.Writer(capacity: 64 * (files.count + folders.count))
        writer.record([Self.header, Self.format, output])
        for folder in folders { writer.record(["folder", folder.path, folder.stamp]) }
        for file in files { writer.record(["file", file.path, String(file.inode)]) }
        writer.record(["end"])
        CacheRecords.writeAtomically(writer.bytes, named: Self.fileName, in: cacheDirectory)
    }

    /// Forgets the record: called before a build exchanges the output.
    static func remove(cacheDirectory: URL) {
        unlink(cacheDirectory.appendingPathComponent(fileName).path)
    }
}

extension IncrementalBuild {
    /// Records what the output folder holds now that the build committed it (`OutputListing`):
    /// the files written (their inodes as stamped after the exchange), the files linked from the
    /// old output (its inodes, which their stamps were checked against), the files carried over
    /// and the manifest (stamped here, a few). Best effort: without a record the next build walks.
    /// The folders are stamped and the record written in the background (`Background`), beside the
    /// cache's save.
    func recordOutput(written: Zip2Sequence<[String], [FileStamp?]>, linked: [String], carried: [String],
                      stamps: [String: FileStamp], folder: OpenFolder) -> Background<Void>? {
        var files: [(path: String, inode: UInt64)] = []
        files.reserveCapacity(linked.count + carried.count + 1)
        for (path, stamp) in written {
            guard let stamp else { return nil }
            files.append((path, stamp.inode))
        }
        for path in linked {
            guard let inode = stamps[path]?.inode else { return nil }
            files.append((path, inode))
        }
        for path in carried + [SiteWriter.manifestName] {
            guard let info = folder.status(path) else { return nil }
            files.append((path, UInt64(info.st_ino)))
        }
        let (output, cacheDirectory) = (output.path, cacheDirectory)
        return Background { [files] in OutputListing.recorded(output: output, files: files)?.save(cacheDirectory: cacheDirectory, output: output) }
    }
}
