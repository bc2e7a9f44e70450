import Foundation
import RedlineParse
@testable import RedlineRender
import Testing

/// `MachineJSONEncoder` must write exactly what Foundation's `JSONEncoder` wrote before it.
@Suite("Machine JSON: the fast encoder writes Foundation's bytes")
struct MachineJSONEncoderTests {
    static func same<Value: Encodable>(_ value: Value, _ label: String) {
        for pretty in [false, true] {
            #expect(MachineJSON.encode(value, pretty: pretty) == MachineJSON.foundationEncode(value, pretty: pretty), "\(label), pretty: \(pretty)")
        }
    }

    @Test func everyJSONValueOfTheExampleSite() throws {
        let source = try SiteLoader(siteDirectory: FixtureSite.repository).load()
        let renderer = try SiteRenderer(source: source, buildDate: PolicyDate("2026-11-24")!)
        Self.same(renderer.versionsIndex(), "versions.json")
        var documents = 0
        for timeline in renderer.timelines {
            for entry in timeline.entries {
                Self.same(renderer.versionDocument(entry, timeline: timeline), entry.version.path)
                documents += 1
            }
            Self.same(renderer.workNode(timeline), "work node")
        }
        #expect(documents == source.versions.count)
        let publisher = (name: source.config.publisher.name, url: source.config.publisher.url)
        for locale in source.config.locales {
            Self.same(JSONFeed(feed: renderer.feedModel(locale: locale), publisher: publisher).value(), "\(locale) feed")
        }
    }

    @Test func escapesEmptiesAndKeyOrder() {
        var controls = ""
        for value in 0..<0x21 { controls.unicodeScalars.append(Unicode.Scalar(value)!) }
        let keys = ["a10", "a2", "B", "a", "_x", "@id", "old_sha256", "oldSlug", "Z", "é", "ab", "aB", "a b", "a01", ""]
        let value: JSONValue = [
            "strings": .array([.string(controls), "/\\\"\u{7F}\u{2028}é😀 <script>&", ""]),
            "keys": .object(Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, JSONValue.int($0)) })),
            "empty": [:], "emptyArray": [], "nested": [[[], [:]], ["x": [[:]]]],
            "flags": [.bool(true), .bool(false), .null, .int(-42), .int(Int.max)],
        ]
        Self.same(value, "mixed")
        struct Optionals: Encodable { var present: String? = "x"; var absent: Int?; var list: [Int?] = [1, nil] }
        Self.same(Optionals(), "optionals")
    }

    @Test func seededRandomTrees() {
        var state: UInt64 = 2026
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let pieces = ["a", "B", "é", "\"", "\\", "\n", "\u{1}", "/", " ", "日本", "ع", "1", "_", "\t", "😀"]
        func text() -> String { (0..<next(6)).map { _ in pieces[next(pieces.count)] }.joined() }
        func tree(_ depth: Int) -> JSONValue {
            switch depth > 3 ? next(4) : next(7) {
            case 0: return .string(text())
            case 1: return .int(next(2000) - 1000)
            case 2: return .bool(next(2) == 0)
            case 3: return .null
            case 4, 5: return .array((0..<next(4)).map { _ in tree(depth + 1) })
            default: return .object(Dictionary((0..<next(4)).map { _ in (text(), tree(depth + 1)) }, uniquingKeysWith: { a, _ in a }))
            }
        }
        for index in 0..<300 { Self.same(tree(0), "tree \(index)") }
    }
}
