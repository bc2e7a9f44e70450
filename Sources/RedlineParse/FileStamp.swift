import Foundation

/// A file's size, modification time, inode and (optionally) status-change time, in nanoseconds:
/// enough to tell that a file is still the one seen before without reading it, as `git status`
/// does.
///
/// The change time cannot be set back by tools that restore modification times (`touch -d`,
/// `cp -p`, `rsync -t`), so input files are compared with it. Output files are compared without
/// it: hard-linking a file into the next site changes its change time, not its content.
public struct FileStamp: Sendable, Equatable {
    public var size: Int64
    public var modified: Int64
    public var inode: UInt64
    /// 0 when not recorded.
    public var changed: Int64

    /// The stamp of the file at `path` now; nil when it cannot be read.
    public init?(path: String, changeTime: Bool = false) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info, changeTime: changeTime)
    }

    /// The stamp of the file at `path` relative to the open folder `directory` (`fstatat`, which
    /// follows links as `stat` does); an absolute `path` is taken as it is. A build checks tens of
    /// thousands of output files: a short relative path spares the kernel most of each path walk.
    public init?(in directory: Int32, path: String, changeTime: Bool = false) {
        var info = stat()
        guard fstatat(directory, path, &info, 0) == 0 else { return nil }
        self.init(info, changeTime: changeTime)
    }

    private init(_ info: stat, changeTime: Bool) {
        size = Int64(info.st_size)
        #if os(Linux)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = changeTime ? Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec) : 0
        #else
        modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        changed = changeTime ? Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec) : 0
        #endif
        inode = UInt64(info.st_ino)
    }

    /// Whether the file was last written at least `margin` seconds before `now` (nanoseconds
    /// since 1970). A file written within the same clock tick as it was stamped could change
    /// again without its stamp changing, so only settled files are trusted later.
    public func isSettled(at now: Int64, margin: Int64 = 2_000_000_000) -> Bool {
        max(modified, changed) < now - margin
    }

    /// One string, `size:modified:changed:inode`, as the build cache stores it.
    public var text: String { "\(size):\(modified):\(changed):\(inode)" }

    /// The stamp `text` wrote; nil for anything else.
    public init?(text: String) {
        // Read on bytes: a cache holds tens of thousands (a generic split cost a tenth of loading it).
        var numbers: (Int64, Int64, Int64, UInt64) = (0, 0, 0, 0)
        var field = 0, digits = 0, negative = false, value: UInt64 = 0
        func finish() -> Bool {
            guard digits > 0 else { return false }
            switch field {
            case 3:
                guard !negative else { return false }
                numbers.3 = value
            default:
                guard value <= UInt64(Int64.max) else { return false }
                let signed = negative ? -Int64(value) : Int64(value)
                if field == 0 { numbers.0 = signed } else if field == 1 { numbers.1 = signed } else { numbers.2 = signed }
            }
            return true
        }
        for byte in text.utf8 {
            switch byte {
            case 0x3A:
                guard field < 3, finish() else { return nil }
                (field, digits, negative, value) = (field + 1, 0, false, 0)
            case 0x2D where digits == 0 && !negative:
                negative = true
            case 0x30...0x39:
                let (times, overflow) = value.multipliedReportingOverflow(by: 10)
                let (sum, carry) = times.addingReportingOverflow(UInt64(byte - 0x30))
                guard !overflow, !carry else { return nil }
                (value, digits) = (sum, digits + 1)
            default:
                return nil
            }
        }
        guard field == 3, finish() else { return nil }
        (size, modified, changed, inode) = numbers
    }

    /// The wall clock in nanoseconds since 1970: only for deciding what to trust, never for output.
    public static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
