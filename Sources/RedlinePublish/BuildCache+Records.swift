import Foundation
import RedlineParse
import RedlineRender
import RedlineReview

/// The cache on disk (`CacheRecords` lines), sorted by key so that the same build writes the
/// same file. Empty reviews and parse reports, nearly all of them, are a key alone; the others
/// carry their JSON in one field.
extension BuildCache {
    /// The first line: the format and the binary, checked before anything else is read.
    static let header = "redline-build-cache"

    func records() -> [UInt8] {
        headRecords() + tailRecords()
    }

    /// What a build knows before it renders: the files, parse reports and reviews (most of the
    /// cache), encoded while the pages render (`IncrementalBuild`).
    func headRecords() -> [UInt8] {
        var writer = CacheRecords.Writer(capacity: 128 * (files.count + reviews.count + parsed.count))
        writer.record([Self.header, String(format), tool])
        writer.record(["output", output])
        for (path, file) in Self.sorted(files) {
            let front = file.frontMatter
            writer.record(["file", path, file.stamp.text, file.hash, String(file.bodyLine), CacheRecords.optional(file.previous),
                           Self.json(file.readWarnings), front.title, front.effective.description,
                           CacheRecords.optional(front.announced?.description), CacheRecords.optional(front.summary),
                           String(front.line)] + front.acknowledges)
        }
        for (key, diagnostics) in Self.sorted(parsed) { writer.record(["parsed", key, Self.json(diagnostics)]) }
        let empty = Review()
        for (key, review) in Self.sorted(reviews) { writer.record(["review", key, review == empty ? "" : MachineJSON.encode(review, pretty: false)]) }
        return writer.bytes
    }

    /// The units, parts and output stamps, known once the site is written.
    func tailRecords() -> [UInt8] {
        var writer = CacheRecords.Writer(capacity: 64 * stamps.count)
        for (id, unit) in Self.sorted(units) { writer.record(["unit", id, unit.key] + unit.files) }
        for (id, part) in Self.sorted(parts) { writer.record(["part", id, part.key] + part.files) }
        for (path, stamp) in Self.sorted(stamps) { writer.record(["stamp", path, stamp.text]) }
        writer.record(["end"])
        return writer.bytes
    }

    /// Reads `records()`; throws `CacheRecords.Corrupt` for anything else, or for another
    /// format or binary (`tool`) — such a cache is of no use.
    init(records bytes: [UInt8], tool expected: String) throws {
        self.init(tool: expected)
        var sawHeader = false, sawEnd = false
        let decoder = JSONDecoder()
        try CacheRecords.read(bytes) { fields in
            guard !sawEnd else { throw CacheRecords.Corrupt() }
            guard sawHeader else {
                guard fields == [Self.header, String(Self.format), expected] else { throw CacheRecords.Corrupt() }
                sawHeader = true
                return
            }
            switch (fields[0], fields.count) {
            case ("output", 2): output = fields[1]
            case ("file", 12...):
                guard let stamp = FileStamp(text: fields[2]), let bodyLine = Int(fields[4]),
                      let effective = PolicyDate(fields[8]), let line = Int(fields[11]) else { throw CacheRecords.Corrupt() }
                let announced = try CacheRecords.optional(field: fields[9]).map { try PolicyDate($0) ?? { throw CacheRecords.Corrupt() }() }
                let front = FrontMatter(title: fields[7], effective: effective, announced: announced,
                                        summary: try CacheRecords.optional(field: fields[10]),
                                        acknowledges: Array(fields[12...]), line: line)
                files[fields[1]] = KnownFile(stamp: stamp, hash: fields[3], frontMatter: front, bodyLine: bodyLine,
                                             readWarnings: try Self.decode(fields[6], decoder) ?? [],
                                             previous: try CacheRecords.optional(field: fields[5]))
            case ("parsed", 3): parsed[fields[1]] = try Self.decode(fields[2], decoder) ?? []
            case ("review", 3): reviews[fields[1]] = try Self.decode(fields[2], decoder) ?? Review()
            case ("unit", 3...): units[fields[1]] = Unit(key: fields[2], files: Array(fields[3...]))
            case ("part", 3...): parts[fields[1]] = Unit(key: fields[2], files: Array(fields[3...]))
            case ("stamp", 3):
                guard let stamp = FileStamp(text: fields[2]) else { throw CacheRecords.Corrupt() }
                stamps[fields[1]] = stamp
            case ("end", 1): sawEnd = true
            default: throw CacheRecords.Corrupt()
            }
        }
        // A cache cut short (a full disk, say) is not taken for a cache of a smaller site.
        guard sawEnd else { throw CacheRecords.Corrupt() }
    }

    private static func sorted<Value>(_ dictionary: [String: Value]) -> [(key: String, value: Value)] {
        dictionary.sorted { $0.key < $1.key }
    }

    /// Warnings as one field: empty for none.
    private static func json(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.isEmpty ? "" : MachineJSON.encode(diagnostics, pretty: false)
    }

    private static func decode<Value: Decodable>(_ field: String, _ decoder: JSONDecoder) throws -> Value? {
        field.isEmpty ? nil : try decoder.decode(Value.self, from: Data(field.utf8))
    }
}
