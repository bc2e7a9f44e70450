import Foundation
import Testing
@testable import RedlineParse

/// The parser's byte-level shortcuts (`BlockText`, the eight-byte collapse, the precomputed
/// Unicode answers) against the general rules they stand in for.
@Suite("Text scanning shortcuts agree with the general rules")
struct TextScanningTests {
    /// Scalars that exercise every branch: whitespace of each kind, terminators, closers,
    /// combining marks, letters of several scripts, lead bytes 0xC2 and 0xE1–0xE3 that are not spaces.
    static let alphabet: [String] = [
        "a", "b", "Z", "e", "g", "i", "J", "K", "1", ".", ".", ".", "!", "?", ",", "(", ")", "\"", "'", "-",
        " ", " ", " ", "  ", "\n", "\t", "\r", "\u{0B}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2003}", "\u{2028}", "\u{202F}", "\u{3000}",
        "é", "ä", "«", "»", "°", "\u{301}", "\u{200D}", "“", "”", "’", "–", "…", "ア", "ッ", "日", "。", "！", "？", "、",
        "Д", "д", "Ω", "ω", "ع", "؟", "ש", "한", "ह", "\u{93F}", "\u{212A}", "İ", "👍", "\u{1F3FD}",
        "e.g", "U.S", "Inc", "Art", "etc", "i.e", "Mr", "no", "p",
    ]

    static func randomText(_ generator: inout some RandomNumberGenerator, length: Int) -> String {
        (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
    }

    /// The collapse as first written: whitespace scalars split, the pieces joined by one space.
    static func referenceCollapse(_ text: String) -> String {
        text.unicodeScalars.split(whereSeparator: { UTF8Text.isWhitespace($0.value) })
            .map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
    }

    @Test func collapsingMatchesTheScalarDefinitionAndPlacesMarks() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<3000 {
            var text = Self.randomText(&generator, length: Int.random(in: 0...60, using: &generator))
            if round % 3 == 0 { text = "Plain ASCII words of some length, " + text + " and more plain words here." }
            #expect(text.collapsingWhitespace == Self.referenceCollapse(text), "\(Array(text.unicodeScalars))")
            var copy = text
            copy.withUTF8 { bytes in
                // Marks at scalar starts, in order; a span between two marks that starts and ends
                // with a scalar that is not whitespace collapses to the result's bytes between them.
                var starts = Array(bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 })
                starts.append(bytes.count)
                var marks = starts.filter { _ in Bool.random(using: &generator) }.sorted()
                if marks.count % 2 == 1 { marks.removeLast() }
                let original = marks
                let collapsed = UTF8Text.collapsingWhitespace(bytes[...], marks: &marks)
                #expect(collapsed == Self.referenceCollapse(text))
                let utf8 = Array(collapsed.utf8)
                for pair in stride(from: 0, to: original.count, by: 2) {
                    let span = SentenceSplitter.Span(start: original[pair], end: original[pair + 1], newlines: 0)
                    guard BlockText.bordersOnText(bytes, span) else { continue }
                    let expected = UTF8Text.collapsingWhitespace(bytes[span.start..<span.end])
                    #expect(String(decoding: utf8[marks[pair]..<marks[pair + 1]], as: UTF8.self) == expected)
                }
            }
        }
    }

    @Test func blockTextMatchesSplittingEachSentenceOnItsOwn() {
        var generator = SystemRandomNumberGenerator()
        var spans: [SentenceSplitter.Span] = []
        var marks: [Int] = []
        var buffer: [UInt8] = []
        var copiedFromSource = 0
        for round in 0..<3000 {
            var text = Self.randomText(&generator, length: Int.random(in: 0...80, using: &generator))
            if round % 2 == 0 { text = "We collect data. " + text + " Then we stop. Ask Dr. Who e.g. now. 日本語です。次" }
            if round % 5 == 0 { text = "Plain text. With two sentences" }
            // The Markdown around the block: its collapsed text may be found there unchanged.
            let markdown = "# Title\n\n" + text.collapsingWhitespace + "\n"
            var copy = text
            copy.withUTF8 { raw in
                markdown.utf8.withContiguousStorageIfAvailable { sourceBytes in
                    let source = SourceText(string: markdown, bytes: sourceBytes)
                    for offset in [nil, 9] as [Int?] {
                        let (blockText, sentences) = BlockText.make(raw, split: true, line: 10, section: "s", leadIn: nil, source: source,
                                                                    sourceOffset: offset, spans: &spans, marks: &marks, buffer: &buffer)
                        let reference = SentenceSplitter.split(bytes: BlockText.trimmed(raw))
                        #expect(blockText == Self.referenceCollapse(text))
                        #expect(sentences.map(\.text) == reference.map(\.text), "\(Array(text.unicodeScalars))")
                        #expect(sentences.map(\.line) == reference.map { 10 + $0.lineOffset })
                        #expect(sentences.allSatisfy { $0.section == "s" && $0.leadIn == nil })
                    }
                    if BlockText.string(UnsafeBufferPointer(rebasing: sourceBytes[9..<(sourceBytes.count - 1)]), source: source, offset: 9)
                        == text.collapsingWhitespace { copiedFromSource += 1 }
                }
            }
        }
        #expect(copiedFromSource == 3000)
    }

    /// When the scanner reports nothing to collapse, `BlockText` keeps the bytes as they are:
    /// they must then be their own collapse.
    @Test func theScannerSeesEverythingTheCollapseWouldChange() {
        var generator = SystemRandomNumberGenerator()
        var spans: [SentenceSplitter.Span] = []
        var plain = 0, plainItems = 0
        for round in 0..<5000 {
            var text = Self.randomText(&generator, length: Int.random(in: 0...40, using: &generator))
            if round % 2 == 0 { text = "We collect data. " + text + " Then “we” stop. Ask Dr. Who now。次" }
            if round % 7 == 0 { text = "Plain text. With «two» sentences" }
            var copy = text
            copy.withUTF8 { raw in
                // `mayCollapse` (list items: the bytes untrimmed) must see the same.
                if !UTF8Text.mayCollapse(raw) {
                    plainItems += 1
                    #expect(String(decoding: raw, as: UTF8.self) == Self.referenceCollapse(text), "\(Array(text.unicodeScalars))")
                }
                let bytes = BlockText.trimmed(raw)
                spans.removeAll()
                if !SentenceSplitter.Scanner(bytes: bytes).split(into: &spans) {
                    plain += 1
                    #expect(String(decoding: bytes, as: UTF8.self) == Self.referenceCollapse(text), "\(Array(text.unicodeScalars))")
                }
            }
        }
        #expect(plain >= 5000 / 7)
        #expect(plainItems >= 5000 / 7)
    }

    @Test func asciiAbbreviationsMatchTheStringRule() {
        var words = SentenceSplitter.abbreviations.flatMap { [$0, $0.uppercased(), $0.capitalized] }
        words += ["a", "Z", "1", "-", "", "approxi", "eg", "e.g.x", "USA", "Corp", "co", "CO", "abcdefgh", "st1"]
        for word in words {
            var copy = word
            let fast = copy.withUTF8 { SentenceSplitter.isASCIIAbbreviation($0[...]) }
            #expect(fast == SentenceSplitter.isAbbreviation(word), "\(word)")
        }
    }

    @Test func plainWordsAreNeverAbbreviations() {
        var generator = SystemRandomNumberGenerator()
        let letters = ["д", "Д", "é", "ä", "ω", "ع", "ש", "한", "日", "ア", "a", "B", "1", "\u{301}", "\u{212A}", "’", "K", "s", "İ"]
        var checked = 0
        for _ in 0..<5000 {
            let word = (0..<Int.random(in: 1...6, using: &generator)).map { _ in letters.randomElement(using: &generator)! }.joined()
            var copy = word
            guard copy.withUTF8({ SentenceSplitter.isPlainWord($0) }) else { continue }
            checked += 1
            #expect(!SentenceSplitter.isAbbreviation(word), "\(word)")
        }
        #expect(checked > 1000)
    }

    @Test func plainLettersNeitherJoinNeighboursNorLowerCaseToASCII() {
        let ranges: [ClosedRange<UInt32>] = [0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x388...0x3CE, 0x400...0x481, 0x48A...0x4FF,
                                             0x5D0...0x5EA, 0x620...0x64A, 0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                #expect(SentenceSplitter.isPlainNonASCIILetter(value))
                let alone = String(Character(scalar))
                #expect((alone + "a").count == 2 && ("a" + alone).count == 2 && (alone + alone).count == 2, "U+\(String(value, radix: 16))")
                let lower = alone.lowercased().precomposedStringWithCanonicalMapping
                #expect(lower.unicodeScalars.contains { $0.value >= 0x80 }, "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func precomputedSentenceStartsMatchTheGeneralRule() {
        for value in UInt32(0)..<0x800 {
            #expect(SentenceSplitter.startsSentenceBelow0800[Int(value)] == SentenceSplitter.canStartSentence(value, extended: false))
        }
        for range: ClosedRange<UInt32> in [0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3] {
            for value in range {
                #expect(SentenceSplitter.isOtherLetter(value))
                #expect(SentenceSplitter.canStartSentence(value, extended: false), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func extendingTablesFollowTheRule() {
        for value in UInt32(0)..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let extends = scalar.properties.isGraphemeExtend || scalar.properties.generalCategory == .spacingMark || value == 0x200D
            var text = "a" + String(Character(scalar))
            let found = text.withUTF8 { UTF8Text.isExtending($0, at: 1) }
            #expect(found == extends, "U+\(String(value, radix: 16))")
        }
    }

    @Test func leadBytesThatNeverExtendAreRight() {
        for lead in UInt8(0xC0)...0xF4 where UTF8Text.neverExtends(lead: lead) {
            // Every scalar with this lead byte.
            let range: ClosedRange<UInt32> = lead < 0xE0 ? (UInt32(lead & 0x1F) << 6)...(UInt32(lead & 0x1F) << 6 | 0x3F)
                : (UInt32(lead & 0x0F) << 12)...(UInt32(lead & 0x0F) << 12 | 0xFFF)
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let extends = scalar.properties.isGraphemeExtend || scalar.properties.generalCategory == .spacingMark || value == 0x200D
                #expect(!extends, "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func headingInsideIsCutOnCharacterBoundaries() {
        for inner in ["Plain", "", "<em>a</em> b", "\u{301}mark first", "ends with prepend \u{600}", "ZWJ \u{200D}", "日本語", "a\u{301}"] {
            for level in 1...6 {
                let html = "<h\(level)>\(inner)</h\(level)>\n"
                var copy = html
                let fast = copy.withUTF8 { MarkdownParser.innerHTML(ofHeading: $0) }
                #expect(fast == MarkdownParser.innerHTML(ofHeading: html), "\(Array(inner.unicodeScalars))")
            }
        }
    }
}
