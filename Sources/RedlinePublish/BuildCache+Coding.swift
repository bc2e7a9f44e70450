import RedlineParse
import RedlineReview

/// The cache's JSON keeps the empty entries (most reviews, most parse reports) as lists of
/// keys: decoding ten thousand empty objects cost more than a one-file build's rendering.
extension BuildCache {
    enum CodingKeys: String, CodingKey {
        case format, tool, files, output, units, parts, stamps
        case parsed, parsedClean = "parsed_clean", reviews, reviewsEmpty = "reviews_empty"
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(Int.self, forKey: .format)
        tool = try container.decode(String.self, forKey: .tool)
        guard format == Self.format else { throw DecodingError.dataCorruptedError(forKey: .format, in: container, debugDescription: "another format") }
        files = try container.decode([String: KnownFile].self, forKey: .files)
        output = try container.decode(String.self, forKey: .output)
        units = try container.decode([String: Unit].self, forKey: .units)
        parts = try container.decode([String: Unit].self, forKey: .parts)
        stamps = try container.decode([String: FileStamp].self, forKey: .stamps)
        parsed = try container.decode([String: [Diagnostic]].self, forKey: .parsed)
        for key in try container.decode([String].self, forKey: .parsedClean) { parsed[key] = [] }
        reviews = try container.decode([String: Review].self, forKey: .reviews)
        for key in try container.decode([String].self, forKey: .reviewsEmpty) { reviews[key] = Review() }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(format, forKey: .format)
        try container.encode(tool, forKey: .tool)
        try container.encode(files, forKey: .files)
        try container.encode(output, forKey: .output)
        try container.encode(units, forKey: .units)
        try container.encode(parts, forKey: .parts)
        try container.encode(stamps, forKey: .stamps)
        try container.encode(parsed.filter { !$0.value.isEmpty }, forKey: .parsed)
        try container.encode(parsed.filter { $0.value.isEmpty }.keys.sorted(), forKey: .parsedClean)
        let empty = Review()
        try container.encode(reviews.filter { $0.value != empty }, forKey: .reviews)
        try container.encode(reviews.filter { $0.value == empty }.keys.sorted(), forKey: .reviewsEmpty)
    }
}
