import Testing
@testable import RedlineDiff

@Suite("Normalisation for matching")
struct MatchTextTests {
    @Test func quotesDashesCaseAndWhitespaceAreNoise() {
        #expect(MatchText("We’ll  never sell “your” data — ever.").key == MatchText("we'll never sell \"your\" data - ever.").key)
    }

    @Test func unicodeFormsMatch() {
        #expect(MatchText("Caf\u{E9} cookies").key == MatchText("Cafe\u{301} cookies").key)
    }

    @Test func emphasisAndLinkTargetsAreDropped() {
        #expect(MatchText("See our **Cookie** [policy](https://example.com/cookies).").key == MatchText("See our Cookie policy.").key)
    }

    @Test func numberWordsBecomeDigits() {
        #expect(MatchText("within thirty (30) days").key == MatchText("within 30 days").key)
        #expect(MatchText("within thirty days").key == MatchText("within 30 days").key)
    }

    @Test func britishSpellingMatchesAmerican() {
        #expect(MatchText("We personalise ads based on behaviour.").key == MatchText("We personalize ads based on behavior.").key)
        #expect(MatchText("Please advise us otherwise.").words == ["please", "advise", "us", "otherwise"])
    }

    @Test func dateLinesAreNoise() {
        #expect(MatchText("Last updated: May 25, 2018").isNoise)
        #expect(MatchText("Effective date: **January 26, 2017**").isNoise)
        #expect(MatchText("July 4, 2020").isNoise)
        #expect(!MatchText("Effective immediately, we share data.").isNoise)
        #expect(!MatchText("We keep logs for 30 days.").isNoise)
    }

    @Test func punctuationThatChangesMeaningStaysInTheKey() {
        #expect(MatchText("We collect data, and share it.").key != MatchText("We collect data and share it.").key)
    }

    @Test func nonASCIIAndASCIIPathsAgree() {
        let ascii = MatchText("We *don't* share [data](https://x.example) with   Partners.")
        let unicode = MatchText("We *don’t* share [data](https://x.example) with   Partners.")
        #expect(ascii.key == unicode.key)
        #expect(ascii.words == unicode.words)
    }

    /// The fast lower-casing gives the standard library's, scalar for scalar.
    @Test func lowercaseMatchesTheStandardLibrary() {
        let samples = [
            "ΟΔΟΣ Σοφία ΑΘΗΝΑ", "İSTANBUL ıI Straße ẞ", "Привет МИР", "שלום ÜBER Ärger", "DŽ ǅ ǆ Ω K Å", "هذا نص 日本語テキスト 한국어 ไทย",
            "Mixed ASCII — “Quotes” and ‘apostrophes’ İ̇", "ＡＢＣ ｆｕｌｌ", "𐐀𐐨 Deseret",
        ]
        for text in samples { #expect(Array(MatchText.lowercase(text).utf8) == Array(text.lowercased().utf8), "\(text)") }
        for value in UInt32(0x80)...0x10FFFF where MatchText.isUncased(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.properties.lowercaseMapping == String(scalar), "U+\(String(value, radix: 16))")
        }
    }

    /// The byte reading of a date word agrees with the `String` one (ASCII and not).
    @Test func dateWordBytesMatchTheStringReading() {
        let words = ["2018", "1st", "22nd", "3rd", "4th", "5", "on", "of", "the", "version", "v", "may", "sept", "dec",
                     "decade", "th", "st1", "1s", "rd", "data", "we'll", "٣", "٣rd", "juin", "mai", "2018年", "１２", "ⅻ", "n°",
                     "janvier", "1o", "0th", "00", "january", "junes", "a", "déc", "de\u{301}c", "٣٠", "ä", "\u{212A}"]
        for word in words {
            #expect(MatchText.isDateWord(Array(word.utf8)[...]) == MatchText.isDateWord(word), "\(word)")
        }
    }
}
