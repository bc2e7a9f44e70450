import Foundation

/// The line format of `.redline-cache/`: one record per line, fields separated by tabs, with
/// `\`, tab, newline, carriage return and other control characters escaped.
///
/// A JSON cache of a 10,000-page site took a quarter of a one-file build to decode and encode,
/// nearly all of it in `Codable`'s per-value work; lines of tab-separated fields are read with
/// one pass over the bytes. The rare nested values (non-empty reviews, warnings) stay JSON
/// inside their field.
enum CacheRecords {
    /// Appends records to a byte buffer.
    struct Writer {
        private(set) var bytes: [UInt8] = []

        init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

        /// One record: its fields, escaped, joined by tabs, and a newline.
        mutating func record(_ fields: [String]) {
            for (index, field) in fields.enumerated() {
                if index > 0 { bytes.append(0x09) }
                append(field)
            }
            bytes.append(0x0A)
        }

        private mutating func append(_ field: String) {
            // Nearly every field needs no escape: copied whole.
            if !field.utf8.contains(where: { $0 < 0x20 || $0 == 0x5C || $0 == 0x7F }) {
                bytes.append(contentsOf: field.utf8)
                return
            }
            for byte in field.utf8 {
                switch byte {
                case 0x5C: bytes += [0x5C, 0x5C]
                case 0x09: bytes += [0x5C, 0x74]
                case 0x0A: bytes += [0x5C, 0x6E]
                case 0x0D: bytes += [0x5C, 0x72]
                case 0..<0x20, 0x7F: bytes += [0x5C, 0x78, Self.hex(byte >> 4), Self.hex(byte & 0xF)]
                default: bytes.append(byte)
                }
            }
        }

        private static func hex(_ digit: UInt8) -> UInt8 { digit < 10 ? 0x30 + digit : 0x61 + digit - 10 }
    }

    /// The cache cannot be read: a bad escape, a torn last line, a record of the wrong shape.
    struct Corrupt: Error {}

    /// Calls `visit` with the unescaped fields of each line of `bytes`, in order.
    static func read(_ bytes: [UInt8], _ visit: ([String]) throws -> Void) throws {
        try bytes.withUnsafeBufferPointer { buffer in
            var fields: [String] = []
            var start = 0
            var escaped = false
            var index = 0
            while index < buffer.count {
                let byte = buffer[index]
                if byte == 0x09 || byte == 0x0A {
                    fields.append(try field(buffer, start..<index, escaped: escaped))
                    (start, escaped) = (index + 1, false)
                    if byte == 0x0A {
                        try visit(fields)
                        fields.removeAll(keepingCapacity: true)
                    }
                } else if byte == 0x5C {
                    escaped = true
                }
                index += 1
            }
            // A file always ends with a newline; anything after the last one is a torn write.
            guard start == buffer.count else { throw Corrupt() }
        }
    }

    private static func field(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, escaped: Bool) throws -> String {
        let slice = UnsafeBufferPointer(rebasing: buffer[range])
        guard escaped else { return String(decoding: slice, as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(slice.count)
        var index = 0
        while index < slice.count {
            let byte = slice[index]
            index += 1
            guard byte == 0x5C else { bytes.append(byte); continue }
            guard index < slice.count else { throw Corrupt() }
            let code = slice[index]
            index += 1
            switch code {
            case 0x5C: bytes.append(0x5C)
            case 0x74: bytes.append(0x09)
            case 0x6E: bytes.append(0x0A)
            case 0x72: bytes.append(0x0D)
            case 0x78:
                guard index + 1 < slice.count, let high = hexValue(slice[index]), let low = hexValue(slice[index + 1]) else { throw Corrupt() }
                bytes.append(high << 4 | low)
                index += 2
            default: throw Corrupt()
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }

    /// An optional value as a field: empty for nil, `+` and the value otherwise.
    static func optional(_ value: String?) -> String { value.map { "+" + $0 } ?? "" }

    /// The value of an `optional` field: nil for an empty one.
    static func optional(field: String) throws -> String? {
        if field.isEmpty { return nil }
        guard field.hasPrefix("+") else { throw Corrupt() }
        return String(field.dropFirst())
    }
}

extension CacheRecords {
    /// Writes `bytes` as `name` in `directory` through a temporary file and a rename, so a killed
    /// build leaves the old file or the new one. Best effort: a record that cannot be written is no
    /// error, the next build just does more work. Returns whether it was written.
    @discardableResult
    static func writeAtomically(_ bytes: [UInt8], named name: String, in directory: URL) -> Bool {
        let temporary = directory.appendingPathComponent(".\(name).\(getpid())")
        guard (try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)) != nil,
              (try? Data(bytes).write(to: temporary)) != nil,
              rename(temporary.path, directory.appendingPathComponent(name).path) == 0 else {
            unlink(temporary.path)
            return false
        }
        return true
    }
}
