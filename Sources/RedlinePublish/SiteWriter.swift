import Foundation
import RedlineParse
import CAtomicRename
import RedlineRender

/// Writes a rendered site into `public/` atomically: everything goes into a staging folder
/// beside it, which replaces the old folder in one step only when every file was written.
/// An interrupted build therefore leaves the previous `public/` whole.
public struct SiteWriter {
    public let output: URL
    /// Delete files in `public/` that Redline did not write (by default they are kept).
    public var clean: Bool

    /// Lists the files Redline wrote, so that a later build knows which others to keep.
    static let manifestName = ".redline-manifest"

    public init(output: URL, clean: Bool = false) {
        self.output = output.standardizedFileURL
        self.clean = clean
    }

    var parent: URL { output.deletingLastPathComponent() }
    var stagingPrefix: String { ".\(output.lastPathComponent).redline-staging-" }
    /// The site before the last build, kept beside the output after the exchange: the next
    /// incremental build turns it into its staging folder instead of building a tree of tens of
    /// thousands of folders and links anew (most of its files already are the output's files).
    var previousPath: String { parent.appendingPathComponent(".\(output.lastPathComponent).redline-previous").path }

    /// Writes `files`, and hard-links the files at `linking` (paths unchanged since the last build,
    /// which the incremental build did not re-render) from the current output into the staging
    /// folder; returns how many were written. Throws `WriteError` on I/O failure.
    @discardableResult
    public func write(_ files: [OutputFile], linking: [String] = []) throws(WriteError) -> Int {
        let staging = try begin()
        do {
            try staging.write(files)
            try staging.link(linking)
        } catch {
            abandon(staging)
            throw error
        }
        try commit(staging, paths: files.map(\.path) + linking)
        return files.count
    }

    /// A staging folder beside the output; stale ones from killed builds are removed first.
    /// Fill it (from several threads if need be), then `commit` it or `abandon` it.
    /// With `reusingPrevious`, the site before the last build becomes the staging folder (an
    /// incremental build that links most files); otherwise it is removed and staging starts empty.
    public func begin(reusingPrevious: Bool = false) throws(WriteError) -> Staging {
        try begin(reusingPrevious: reusingPrevious, listings: nil)
    }

    /// Listings of the output and of the previous site, started early (`startListings`).
    struct Listings {
        var output: TreeListing
        var previous: TreeListing
    }

    /// Starts listing the output and the previous site in the background, for `begin` and `commit`.
    func startListings() -> Listings {
        Listings(output: TreeListing(output.path), previous: TreeListing(previousPath))
    }

    func begin(reusingPrevious: Bool, listings: Listings?) throws(WriteError) -> Staging {
        removeStaleStaging()
        let folder = parent.appendingPathComponent(stagingPrefix + String(getpid())).path
        // The previous site is listed before it is renamed (its paths are walked by name): the
        // walk is waited for here, as it may have started only just now (`IncrementalBuild`).
        let previousFiles = reusingPrevious && !clean ? listings?.previous : nil
        let (listedFiles, listedInodes) = (previousFiles?.paths, previousFiles?.inodes)
        if reusingPrevious, !clean, rename(previousPath, folder) == 0 {
            var staging = Staging(folder: folder, output: output.path, reused: true)
            staging.listedFiles = listedFiles
            staging.listedInodes = listedInodes
            return staging
        }
        FileTree.removeConcurrently(previousPath)
        let staging = Staging(folder: folder, output: output.path, reused: false)
        try staging.makeDirectories(staging.folder)
        return staging
    }

    /// Puts the staging folder in place of the output: files Redline did not write are carried
    /// over (unless `clean`), the manifest lists `paths`, and the folders are exchanged atomically.
    /// On failure the staging folder is removed and the output is left as it was.
    public func commit(_ staging: Staging, paths: [String]) throws(WriteError) {
        try commit(staging, paths: paths, listings: nil)
    }

    /// Returns the files carried over (`carryOverForeignFiles`).
    @discardableResult
    func commit(_ staging: Staging, paths: [String], listings: Listings?) throws(WriteError) -> [String] {
        let folder = URL(fileURLWithPath: staging.folder)
        do {
            let written = Set(paths)
            if staging.reused { staging.removeFiles(except: written) }
            let carried = clean ? [] : try carryOverForeignFiles(into: folder, written: written, outputFiles: listings?.output.paths)
            let manifest = written.sorted().joined(separator: "\n") + "\n"
            try staging.write([OutputFile(path: Self.manifestName, text: manifest)])
            try swap(folder)
            return carried
        } catch let error as WriteError {
            abandon(staging)
            throw error
        } catch {
            abandon(staging)
            throw WriteError(path: output.path, reason: error.localizedDescription)
        }
    }

    /// After a build that reused no previous site (the first, one from scratch, or one with a new binary), links
    /// the output's files (`paths`, and the manifest) into the previous-site folder, so that the
    /// next incremental build starts from a tree that already is the output and replaces only
    /// what changed. Best effort: without it the next build links a tree of its own.
    public func seedPrevious(paths: [String]) {
        // A previous site left by the exchange shares no file with a site made from scratch:
        // reusing it would replace every file of it next time.
        FileTree.removeConcurrently(previousPath)
        let seed = Staging(folder: previousPath, output: output.path, reused: false)
        do {
            try seed.makeDirectories(seed.folder)
            try seed.link(paths + [Self.manifestName])
        } catch {
            FileTree.removeConcurrently(previousPath)
        }
    }

    /// Removes a staging folder that will not be committed.
    public func abandon(_ staging: Staging) {
        FileTree.remove(staging.folder)
    }

    /// A relative path with no `..`, no empty or hidden-escape segments, not absolute.
    static func isSafe(_ path: String) -> Bool {
        // On bytes: an incremental build checks every path of the site.
        var segment = 0, dots = 0
        for byte in path.utf8 {
            switch byte {
            case 0x2F:
                guard segment > 0, dots != segment || dots > 2 else { return false }
                (segment, dots) = (0, 0)
            case 0x5C, 0x00: return false
            case 0x2E: (segment, dots) = (segment + 1, dots + 1)
            default: segment += 1
            }
        }
        return segment > 0 && (dots != segment || dots > 2)
    }

    /// Files in the old `public/` that Redline did not write last time (a CNAME, say) are kept;
    /// returns their paths.
    @discardableResult
    func carryOverForeignFiles(into staging: URL, written: Set<String>, outputFiles: [String]? = nil) throws -> [String] {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output.path) else { return [] }
        var carried: [String] = []
        let manifestURL = output.appendingPathComponent(Self.manifestName)
        // Split on bytes: the manifest of a 10,000-page site has 30,000 lines (String's and Data's
        // `split` cost a tenth of a second).
        var previous = Set<String>()
        [UInt8](FileManager.default.contents(atPath: manifestURL.path) ?? Data()).withUnsafeBufferPointer { bytes in
            var start = 0
            for index in bytes.indices where bytes[index] == 0x0A {
                if index > start { previous.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
            if start < bytes.count { previous.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
        }
        for relative in outputFiles ?? FileTree.regularFiles(under: output.path) {
            guard relative != Self.manifestName, !previous.contains(relative), !written.contains(relative) else { continue }
            let target = staging.appendingPathComponent(relative)
            try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            unlink(target.path)  // a reused staging folder may hold last time's copy
            try fileManager.copyItem(at: output.appendingPathComponent(relative), to: target)
            carried.append(relative)
        }
        return carried
    }

    /// Puts `staging` in place of `output` with an atomic exchange where the kernel offers one.
    func swap(_ staging: URL) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output.path) else {
            try fileManager.moveItem(at: staging, to: output)
            return
        }
        // An exchange keeps a whole site at `output` at every instant.
        if redline_exchange_paths(staging.path, output.path) == 0 {
            // `staging` now holds the old site: kept for the next build to reuse.
            FileTree.removeConcurrently(previousPath)
            if rename(staging.path, previousPath) != 0 { FileTree.removeConcurrently(staging.path) }
            return
        }
        let old = parent.appendingPathComponent(stagingPrefix + "old-" + String(getpid()))
        try fileManager.moveItem(at: output, to: old)
        try fileManager.moveItem(at: staging, to: output)
        FileTree.remove(old.path)
    }

    /// Staging folders left by a build that was killed; a missing `public/` is restored from one.
    func removeStaleStaging() {
        let fileManager = FileManager.default
        let names = ((try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? []).filter { $0.hasPrefix(stagingPrefix) }.sorted()
        for name in names {
            let url = parent.appendingPathComponent(name)
            if name.hasPrefix(stagingPrefix + "old-"), !fileManager.fileExists(atPath: output.path) {
                try? fileManager.moveItem(at: url, to: output)
            } else {
                FileTree.remove(url.path)
            }
        }
    }
}

/// The output could not be written (exit code 74).
public struct WriteError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): error: \(reason)" }
}
