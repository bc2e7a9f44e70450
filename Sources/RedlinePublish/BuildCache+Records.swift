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
    ///
    /// The records come in sections (files; parse reports and reviews; units, parts and stamps),
    /// read side by side on every core, each into its own dictionaries: on a 10,000-page site the
    /// cache is 100,000 records, and reading it was on the critical path of every build. The result
    /// is the one reading the lines in order gives (`BuildCacheTests`).
    init(records bytes: [UInt8], tool expected: String) throws {
        let sections = Self.sections(bytes)
        let read = sections.concurrentMap { range in
            Result { try Self.section(bytes, range, tool: expected, first: range.lowerBound == 0) }
        }
        self.init(tool: expected)
        var sawEnd = false
        for part in read {
            let (cache, sawOutput, ended) = try part.get()
            // The end record comes last: nothing may follow the section that holds it.
            guard !sawEnd else { throw CacheRecords.Corrupt() }
            sawEnd = ended
            if sawOutput { output = cache.output }
            Self.merge(&files, cache.files)
            Self.merge(&parsed, cache.parsed)
            Self.merge(&reviews, cache.reviews)
            Self.merge(&units, cache.units)
            Self.merge(&parts, cache.parts)
            Self.merge(&stamps, cache.stamps)
        }
        // A cache cut short (a full disk, say) is not taken for a cache of a smaller site.
        guard sawEnd else { throw CacheRecords.Corrupt() }
    }

    /// The byte ranges of the sections: split before the first `parsed` and the first `unit` record
    /// (whole lines; a field never holds a newline, `CacheRecords` escapes it).
    static func sections(_ bytes: [UInt8]) -> [Range<Int>] {
        var cuts = [0]
        for kind in ["\nparsed\t", "\nunit\t"] {
            let needle = Array(kind.utf8)
            if let at = firstIndex(of: needle, in: bytes, from: cuts.last!), at + 1 > cuts.last! { cuts.append(at + 1) }
        }
        cuts.append(bytes.count)
        return zip(cuts, cuts.dropFirst()).map { $0..<$1 }
    }

    /// Where `needle` (which starts with a newline) first occurs in `bytes` at or after `start`.
    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var at = start
            while at < buffer.count, let found = memchr(buffer.baseAddress! + at, Int32(needle[0]), buffer.count - at) {
                let index = buffer.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if index + needle.count <= buffer.count, needle.indices.allSatisfy({ buffer[index + $0] == needle[$0] }) { return index }
                at = index + 1
            }
            return nil
        }
    }

    /// Later sections win over earlier ones, as later lines do over earlier ones.
    private static func merge<Value>(_ into: inout [String: Value], _ more: [String: Value]) {
        if into.isEmpty { into = more } else { into.merge(more) { _, later in later } }
    }

    /// One section's records (`first`: the section that starts with the header); whether it set
    /// the output and whether it held the end record.
    private static func section(_ bytes: [UInt8], _ range: Range<Int>, tool expected: String,
                                first: Bool) throws -> (cache: BuildCache, sawOutput: Bool, sawEnd: Bool) {
        var cache = BuildCache(tool: expected)
        var sawHeader = !first, sawOutput = false, sawEnd = false
        let decoder = JSONDecoder()
        try CacheRecords.read(Array(bytes[range])) { fields in
            guard !sawEnd else { throw CacheRecords.Corrupt() }
            guard sawHeader else {
                guard fields == [Self.header, String(Self.format), expected] else { throw CacheRecords.Corrupt() }
                sawHeader = true
                return
            }
            switch (fields[0], fields.count) {
            case ("output", 2): (cache.output, sawOutput) = (fields[1], true)
            case ("file", 12...):
                guard let stamp = FileStamp(text: fields[2]), let bodyLine = Int(fields[4]),
                      let effective = PolicyDate(fields[8]), let line = Int(fields[11]) else { throw CacheRecords.Corrupt() }
                let announced = try CacheRecords.optional(field: fields[9]).map { try PolicyDate($0) ?? { throw CacheRecords.Corrupt() }() }
                let front = FrontMatter(title: fields[7], effective: effective, announced: announced,
                                        summary: try CacheRecords.optional(field: fields[10]),
                                        acknowledges: Array(fields[12...]), line: line)
                cache.files[fields[1]] = KnownFile(stamp: stamp, hash: fields[3], frontMatter: front, bodyLine: bodyLine,
                                             readWarnings: try Self.decode(fields[6], decoder) ?? [],
                                             previous: try CacheRecords.optional(field: fields[5]))
            case ("parsed", 3): cache.parsed[fields[1]] = try Self.decode(fields[2], decoder) ?? []
            case ("review", 3): cache.reviews[fields[1]] = try Self.decode(fields[2], decoder) ?? Review()
            case ("unit", 3...): cache.units[fields[1]] = Unit(key: fields[2], files: Array(fields[3...]))
            case ("part", 3...): cache.parts[fields[1]] = Unit(key: fields[2], files: Array(fields[3...]))
            case ("stamp", 3):
                guard let stamp = FileStamp(text: fields[2]) else { throw CacheRecords.Corrupt() }
                cache.stamps[fields[1]] = stamp
            case ("end", 1): sawEnd = true
            default: throw CacheRecords.Corrupt()
            }
        }
        // The header is the first record of the whole file (an empty file has none).
        guard sawHeader else { throw CacheRecords.Corrupt() }
        return (cache, sawOutput, sawEnd)
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
