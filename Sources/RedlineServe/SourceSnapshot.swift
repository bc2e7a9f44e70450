import Foundation

/// The names, sizes and modification times of every file under the watched folders. Two
/// snapshots differ when a file was added, removed or saved; polling them is portable
/// (no inotify or FSEvents) and cheap for a site's few hundred files.
public struct SourceSnapshot: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        var size: Int
        var modified: Double
    }

    var entries: [String: Entry]

    /// Reads `folders` (paths relative to `root`); hidden files (editor swap files) are ignored.
    public static func take(root: URL, folders: [String]) -> SourceSnapshot {
        var entries: [String: Entry] = [:]
        let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey]
        for folder in folders {
            let base = root.appendingPathComponent(folder).standardizedFileURL
            guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in enumerator {
                guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
                let relative = url.standardizedFileURL.path.dropFirst(base.path.count).drop { $0 == "/" }
                entries[folder + "/" + relative] = Entry(
                    size: values.fileSize ?? 0, modified: values.contentModificationDate?.timeIntervalSince1970 ?? 0)
            }
        }
        return SourceSnapshot(entries: entries)
    }

    /// Paths added, removed or changed since `old`, sorted.
    public func changes(since old: SourceSnapshot) -> [String] {
        Set(entries.keys).union(old.entries.keys).filter { entries[$0] != old.entries[$0] }.sorted()
    }
}
