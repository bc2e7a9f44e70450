import Foundation

/// Writes scaffold files into a site folder, never replacing a file: every target is checked
/// first, and a failure part-way removes what this write created, so nothing is half-written.
public struct ScaffoldWriter: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// The files among `files` that already exist (which `write` refuses to replace).
    public func existing(_ files: [ScaffoldFile]) -> [String] {
        files.map(\.path).filter { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }
    }

    /// Creates every file and the folders it needs. Throws `ScaffoldError.exists` when any target exists.
    public func write(_ files: [ScaffoldFile]) throws(ScaffoldError) {
        let clashes = existing(files)
        guard clashes.isEmpty else { throw .exists(clashes) }
        let manager = FileManager.default
        var created: [URL] = []
        do {
            for file in files {
                let url = root.appendingPathComponent(file.path)
                created += try makeFolders(url.deletingLastPathComponent())
                // .withoutOverwriting is O_EXCL: a file that appeared since the check is not replaced.
                try Data(file.bytes).write(to: url, options: [.withoutOverwriting])
                created.append(url)
            }
        } catch {
            for url in created.reversed() { try? manager.removeItem(at: url) }
            throw .io(path: root.path, reason: error.localizedDescription)
        }
    }

    /// Creates `folder` and its missing parents; returns the ones it created, outermost first.
    func makeFolders(_ folder: URL) throws -> [URL] {
        var missing: [URL] = []
        var current = folder.standardizedFileURL
        while !FileManager.default.fileExists(atPath: current.path), current.path != "/" {
            missing.insert(current, at: 0)
            current = current.deletingLastPathComponent()
        }
        for url in missing { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false) }
        return missing
    }
}

/// Why a scaffold could not be written.
public enum ScaffoldError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Files that would be replaced (relative paths).
    case exists([String])
    case io(path: String, reason: String)

    public var description: String {
        switch self {
        case .exists(let paths):
            let shown = paths.prefix(5).joined(separator: ", ") + (paths.count > 5 ? " and \(paths.count - 5) more" : "")
            return "refusing to overwrite \(shown)"
        case .io(let path, let reason):
            return "\(path): error: \(reason)"
        }
    }
}
