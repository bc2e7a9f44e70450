import Foundation
import Testing
@testable import RedlineDiff

/// The byte paths of the diff (per-scalar table, byte-keyed ids) give what the `String` and
/// Unicode-property paths gave.
@Suite("Byte tables")
struct ByteTablesTests {
    /// Every scalar the table lets through the fast path normalises as the general path does,
    /// in a word, between words and as a word of its own.
    @Test func scalarTableMatchesTheGeneralPath() {
        var checked = 0
        for value in UInt32(0x80)..<0x10000 {
            guard ScalarTable.entries[Int(value)] & ScalarTable.usable != 0, !ScalarTable.isHaraka(value),
                  let scalar = Unicode.Scalar(value) else { continue }
            let text = "Ab\(scalar)c D \(scalar) e,\(scalar)"
            var copy = text
            let fast = copy.withUTF8 { MatchText.normalise($0) }
            #expect(fast == MatchText.normaliseSlowly(text), "U+\(String(value, radix: 16))")
            checked += 1
        }
        #expect(checked > 20_000)
    }

    /// Harakat in any order: the fast path orders them as NFC does (Foundation, on the general path).
    @Test func harakatAreOrderedAsNFCOrdersThem() {
        let letters = ["\u{628}", "\u{627}", "\u{645}"]
        let marks: [UInt32] = [0x64B, 0x64E, 0x64F, 0x650, 0x651, 0x652]
        for letter in letters {
            for a in marks {
                for b in marks {
                    let text = "نص \(letter)\(Unicode.Scalar(a)!)\(Unicode.Scalar(b)!)ي آخر"
                    var copy = text
                    let fast = copy.withUTF8 { MatchText.normalise($0) }
                    #expect(fast != nil)
                    #expect(fast == MatchText.normaliseSlowly(text), "\(String(a, radix: 16)) \(String(b, radix: 16))")
                }
            }
        }
        // A haraka after a letter with a decomposition (alef with madda) or a Latin letter takes the general path.
        var copy = "\u{622}\u{651}"
        #expect(copy.withUTF8 { MatchText.normalise($0) } == nil)
        copy = "e\u{651}"
        #expect(copy.withUTF8 { MatchText.normalise($0) } == nil)
    }

    /// Lone marks (Thai vowels below and tone marks, the Devanagari virama) after a letter, after
    /// each other in any order, after a haraka and at the start: the fast path takes them only
    /// where NFC leaves them in place, and gives what the general path gives.
    @Test func loneMarksAreNFCOnlyAfterAStarter() {
        let marks: [UInt32] = [0x94D, 0xE38, 0xE39, 0xE3A, 0xE48, 0xE49, 0xE4A, 0xE4B]
        for letter in ["\u{E01}", "\u{915}", "b", "\u{628}\u{64E}", ""] {
            for a in marks {
                for b in marks + [0xE01, 0x20] {
                    let text = "\(letter)\(Unicode.Scalar(a)!)\(Unicode.Scalar(b)!)\u{E32} x"
                    var copy = text
                    let fast = copy.withUTF8 { MatchText.normalise($0) }
                    if let fast { #expect(fast == MatchText.normaliseSlowly(text), "\(letter) \(String(a, radix: 16)) \(String(b, radix: 16))") }
                    let isNFC = copy.withUTF8 { ScalarTable.isNFC($0) }
                    if isNFC { #expect(Array(text.precomposedStringWithCanonicalMapping.unicodeScalars) == Array(text.unicodeScalars)) }
                    #expect((fast != nil) == isNFC, "\(letter) \(String(a, radix: 16)) \(String(b, radix: 16))")
                    // Only a mark right after a stable scalar is known to stand where NFC keeps it.
                    // (By scalars: `hasSuffix` compares `Character`s, and a letter with its haraka is one.)
                    let known = !letter.isEmpty && letter.unicodeScalars.last?.value != 0x64E && !NFCStable.isLoneMark(b)
                    #expect(isNFC == known, "\(letter) \(String(a, radix: 16)) \(String(b, radix: 16))")
                }
            }
        }
    }

    @Test func keysAreCanonicallyEquivalentStrings() {
        var table = ByteKeyTable()
        let first = table.insert("caf\u{E9}")
        #expect(first.id == 0 && first.isNew)
        let again = table.insert("cafe\u{301}")
        #expect(again.id == 0 && !again.isNew)
        #expect(table.id(of: "cafe\u{301}") == 0)
        #expect(table.insert("cafe").id == 1)
        #expect(table.id(of: "CAFE") == nil)
        // Growing keeps every id.
        for index in 0..<5_000 { #expect(table.insert("w\(index)").id == index + 2) }
        for index in stride(from: 0, to: 5_000, by: 7) { #expect(table.id(of: "w\(index)") == index + 2) }
        #expect(table.count == 5_002)
    }

    @Test func vocabularyGivesEquivalentWordsOneID() {
        var vocabulary = DiffInput.Vocabulary()
        let composed = vocabulary.id("caf\u{E9}")
        #expect(vocabulary.id("cafe\u{301}") == composed)
        #expect(vocabulary.id("cafe") != composed)
        #expect(vocabulary.words == ["caf\u{E9}", "cafe"])
        var key = "we never sell your data |,"
        let ids = key.withUTF8 { vocabulary.contentIDs(key: $0) }
        #expect(ids.map { vocabulary.words[$0] } == ["never", "sell", "data"])
        key = "we are the"
        #expect(key.withUTF8 { vocabulary.contentIDs(key: $0) }.map { vocabulary.words[$0] } == ["we", "are", "the"])
    }

    @Test func stopWordsOnBytes() {
        for word in StopWords.english.sorted() + ["sell", "data", "thes", "ab", "théir", "x"] {
            var copy = word
            #expect(copy.withUTF8 { StopWords.contains($0) } == StopWords.contains(word), "\(word)")
        }
    }

    @Test func wordDiffTokensCompareAsStrings() {
        // Canonically equivalent spellings are the same token, as `String`s are.
        let changes = WordDiff.diff("Caf\u{E9} au lait", "Cafe\u{301} au miel")
        #expect(changes.first?.operation == .equal)
        #expect(changes.first?.text.hasPrefix("Caf\u{E9}") == true)
        for token in ["’", "‘", "«", "—", "l’utilisateur", "qu’à", "é", "don’t", "plain", "d\u{2019}\u{301}x"] {
            #expect(WordDiff.unifyPunctuation(token) == WordDiff.unifyPunctuationSlowly(token), "\(token)")
        }
        // Every scalar alone and beside an ASCII letter, by bytes (`==` would accept an equivalent).
        for value in UInt32(0x80)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for token in ["\(scalar)", "\(scalar)x", "x\(scalar)"] {
                #expect(Array(WordDiff.unifyPunctuation(token).utf8) == Array(WordDiff.unifyPunctuationSlowly(token).utf8), "U+\(String(value, radix: 16))")
            }
        }
        for token in [" ", "\n\t", " \u{A0}", "a", "", "\u{2003}"] {
            #expect(WordDiff.isSpace(token) == token.allSatisfy(\.isWhitespace), "\(Array(token.unicodeScalars))")
        }
    }
}
