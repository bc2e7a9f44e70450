import Foundation
import RedlineParse

/// The files of the previous-site folder (`.public.redline-previous/`) as the build that made it
/// left them, kept in `.redline-cache/previous.records`, so that the next build that writes need
/// not walk the folder's 20,000 folders: on a 10,000-page site that walk was about 0.3 CPU s of a
/// one-file build of about 2 (nearly all system time: an open, two `getdents64` and a close per folder).
///
/// The folder is the build's own state, as the cache is: only Redline puts files in it (it is the
/// output of the build before last, renamed, or a tree of links to the output made by
/// `seedPrevious`), and its files' contents never matter (each is replaced unless it is the output's
/// own file, by inode). What the record must match is the folder itself: it names the folder's
/// device, inode and status-change time, which every rename sets, so a folder replaced, moved away
/// and back, or taken into staging by a build that was killed, is walked again. The record is
/// removed before a build changes the folder and written once the folder is in place.
struct PreviousListing {
    static let fileName = "previous.records"
    static let header = "redline-previous-listing"
    static let format = "1"

    /// The listed files with their inodes (as `TreeListing` gives them; any order).
    var files: [(path: String, inode: UInt64)]

    /// The folder's identity: device, inode, and change and modification times in nanoseconds; nil when it is not a folder.
    static func folderStamp(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return info.folderIdentity
    }

    /// The recorded listing of `folder`, when the record in `cacheDirectory` is whole and names the
    /// folder as it is now; nil otherwise (the caller walks the folder).
    static func load(cacheDirectory: URL, folder: String) -> PreviousListing? {
        guard let stamp = folderStamp(folder),
              let data = FileManager.default.contents(atPath: cacheDirectory.appendingPathComponent(fileName).path) else { return nil }
        var files: [(path: String, inode: UInt64)] = []
        var sawHeader = false, sawEnd = false
        do {
            try CacheRecords.read(Array(data)) { fields in
                guard !sawEnd else { throw CacheRecords.Corrupt() }
                guard sawHeader else {
                    guard fields == [header, format, stamp] else { throw CacheRecords.Corrupt() }
                    sawHeader = true
                    return
                }
                switch fields.count {
                case 2:
                    guard let inode = UInt64(fields[1]) else { throw CacheRecords.Corrupt() }
                    files.append((fields[0], inode))
                case 1 where fields[0] == "end": sawEnd = true
                default: throw CacheRecords.Corrupt()
                }
            }
        } catch {
            return nil
        }
        guard sawEnd else { return nil }
        return PreviousListing(files: files)
    }

    /// Records this listing for `folder` (which must be in place already); best effort, like the cache.
    func save(cacheDirectory: URL, folder: String) {
        guard let stamp = Self.folderStamp(folder) else { return }
        var writer = CacheRecords.Writer(capacity: 64 * files.count)
        writer.record([Self.header, Self.format, stamp])
        for file in files { writer.record([file.path, String(file.inode)]) }
        writer.record(["end"])
        CacheRecords.writeAtomically(writer.bytes, named: Self.fileName, in: cacheDirectory)
    }

    /// Forgets the record: called before a build renames, removes or fills the folder.
    static func remove(cacheDirectory: URL) {
        unlink(cacheDirectory.appendingPathComponent(fileName).path)
    }

    /// The listing of a folder `seedPrevious` just made: `paths` (and the manifest) linked from the
    /// output, so each has its output file's inode (`stamps`, taken after the seeding).
    static func seeded(paths: [String], stamps: [String: FileStamp], manifestInode: UInt64?) -> PreviousListing? {
        var files: [(path: String, inode: UInt64)] = []
        files.reserveCapacity(paths.count + 1)
        for path in paths {
            guard let inode = stamps[path]?.inode else { return nil }
            files.append((path, inode))
        }
        guard let manifestInode else { return nil }
        files.append((SiteWriter.manifestName, manifestInode))
        files.sort { $0.path < $1.path }
        return PreviousListing(files: files)
    }
}

extension SiteWriter {
    /// `startListings`, with the previous site's and the output's files taken from the records in
    /// `cacheDirectory` when they name the folders as they are (`PreviousListing`, `OutputListing`), else walked.
    func startListings(cacheDirectory: URL?) -> Listings {
        let folder = previousPath
        guard let cacheDirectory, !clean else { return startListings() }
        let output = output.path
        return Listings(output: TreeListing {
            OutputListing.load(cacheDirectory: cacheDirectory, output: output) ?? FileTree.regularFilesWithInodes(under: output)
        }, previous: TreeListing {
            PreviousListing.load(cacheDirectory: cacheDirectory, folder: folder)?.files ?? FileTree.regularFilesWithInodes(under: folder)
        })
    }
}

extension IncrementalBuild {
    /// Records what the previous-site folder holds now that the build put it in place: the old
    /// output, as listed at the start (a reused staging folder was exchanged with it), or the
    /// links `seedPrevious` made to the new output's `paths`.
    func recordPrevious(reused: Bool, listings: SiteWriter.Listings, paths: [String], stamps: [String: FileStamp]) {
        let writer = SiteWriter(output: output, clean: clean)
        let listing = reused ? PreviousListing(files: listings.output.entries)
            : PreviousListing.seeded(paths: paths, stamps: stamps,
                                     manifestInode: FileStamp(path: output.path + "/" + SiteWriter.manifestName)?.inode)
        listing?.save(cacheDirectory: cacheDirectory, folder: writer.previousPath)
    }
}
