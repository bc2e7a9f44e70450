/// How one locale's pseudo-words look: its letters, whether words are separated by spaces, and its
/// sentence punctuation. Latin-script locales mix their own marked letters into plain syllables;
/// other scripts draw from their own blocks, so the site's UTF-8 is as varied as a real one's.
struct PseudoScript {
    enum Shape {
        /// Alternating consonants and vowels, about as many letters as the English word.
        case syllables(consonants: [String], vowels: [String], marked: [String])
        /// Ideographs (and kana): about one character per two or three English letters, no spaces.
        case ideographs(kanji: ClosedRange<UInt32>, kana: ClosedRange<UInt32>?)
        /// Hangul syllables: one per two or three English letters, spaced words.
        case hangul
    }

    var shape: Shape
    /// Arabic writes its own comma, semicolon and question mark.
    var arabicScript = false
    static let arabicPunctuation: [Character: String] = [",": "،", ";": "؛", "?": "؟"]
    /// Whether words are separated by spaces (Chinese and Japanese run them together).
    var spaced: Bool { if case .ideographs = shape { false } else { true } }

    static func of(_ tag: String) -> PseudoScript {
        let latinConsonants = letters("bcdfghjklmnprstvz"), latinVowels = letters("aeiou")
        func latin(_ marked: String) -> PseudoScript {
            PseudoScript(shape: .syllables(consonants: latinConsonants, vowels: latinVowels, marked: letters(marked)))
        }
        func script(_ consonants: String, _ vowels: String) -> PseudoScript {
            PseudoScript(shape: .syllables(consonants: letters(consonants), vowels: letters(vowels), marked: []))
        }
        switch tag {
        case "ru": return script("бвгджзклмнпрстфхцчшщ", "аеиоуыэюяё")
        case "uk": return script("бвгґджзклмнпрстфхцчшщ", "аеєиіїоуюя")
        case "bg": return script("бвгджзйклмнпрстфхцчшщ", "аъоуеияю")
        case "sr": return script("бвгдђжзјклљмнњпрстћфхцчџш", "аеиоу")
        case "el": return script("βγδζθκλμνξπρστφχψ", "αεηιουωάέήίόύώ")
        case "ar":
            var arabic = script("بتثجحخدذرزسشصضطظعغفقكلمنهي", "اويىة")
            arabic.arabicScript = true
            return arabic
        case "he": return script("בגדהזחטכלמנסעפצקרשת", "אויע")
        case "hi": return script("कखगघचछजझटठडढणतथदधनपफबभमयरलवशषसह", "ािीुूेैोौं")
        case "th": return script("กขคงจฉชซญดตถทนบปผพฟมยรลวสหอฮ", "ะาิีึืุูเแโ")
        case "zh": return PseudoScript(shape: .ideographs(kanji: 0x4E00...0x6FFF, kana: nil))
        case "ja": return PseudoScript(shape: .ideographs(kanji: 0x4E00...0x6FFF, kana: 0x3041...0x3093))
        case "ko": return PseudoScript(shape: .hangul)
        case "de": return latin("äöüß")
        case "fr": return latin("éèêàçù")
        case "es": return latin("áéíóúñ")
        case "it": return latin("àèéìòù")
        case "pt": return latin("ãõáéêóç")
        case "sv", "fi", "et": return latin("åäö")
        case "da", "nb": return latin("æøå")
        case "pl": return latin("ąęółśżźćń")
        case "cs": return latin("áčďéěíňóřšťúůýž")
        case "sk": return latin("áäčďéíľňóôŕšťúýž")
        case "hu": return latin("áéíóöőúüű")
        case "ro": return latin("ăâîșț")
        case "tr": return latin("çğıöşü")
        case "vi": return latin("ăâđêôơưạảấầậắặẹẻếềệỉịọỏốồộớờợụủứừựỳỹ")
        case "lt": return latin("ąčęėįšųūž")
        case "lv": return latin("āčēģīķļņšūž")
        case "sl": return latin("čšž")
        case "hr": return latin("čćđšž")
        case "ca": return latin("àèéíòóúç")
        case "ga": return latin("áéíóú")
        case "is": return latin("áðéíóúýþæö")
        default: return latin("")  // nl, id, ms and any other Latin-script tag
        }
    }

    /// A pseudo-word about as long as `length` English letters, drawn from `rng`.
    func word(length: Int, using rng: inout SeededGenerator) -> String {
        var out = ""
        switch shape {
        case let .syllables(consonants, vowels, marked):
            let count = max(1, length + Int(rng.next() % 4) - 1)
            // Indic and Thai vowel signs combine with the letter before them: never first in a word.
            var vowel = rng.next() % 3 == 0 && !vowels.contains { $0.unicodeScalars.first!.properties.generalCategory == .nonspacingMark
                || $0.unicodeScalars.first!.properties.generalCategory == .spacingMark }
            for _ in 0..<count {
                // About one letter in six is one of the language's marked letters.
                if !marked.isEmpty, rng.next() % 6 == 0 {
                    out += marked[Int(rng.next() % UInt64(marked.count))]
                } else {
                    let pool = vowel ? vowels : consonants
                    out += pool[Int(rng.next() % UInt64(pool.count))]
                }
                vowel.toggle()
            }
        case let .ideographs(kanji, kana):
            let count = max(1, (length + 1) / (kana == nil ? 3 : 2))
            // Japanese: kanji stems, then kana endings.
            let stem = kana == nil ? count : max(1, (count + 1) / 2)
            for index in 0..<count {
                let range = index < stem ? kanji : kana!
                out.unicodeScalars.append(Unicode.Scalar(range.lowerBound + UInt32(rng.next() % UInt64(range.count)))!)
            }
        case .hangul:
            for _ in 0..<max(1, (length + 1) / 3) {
                out.unicodeScalars.append(Unicode.Scalar(0xAC00 + UInt32(rng.next() % 11_172))!)
            }
        }
        return out
    }

    /// The sentence punctuation replacing ASCII `.,:;?!` after a word, for scripts that have their own.
    func punctuation(_ mark: Character) -> String? {
        guard case .ideographs = shape else { return arabicScript ? Self.arabicPunctuation[mark] : nil }
        switch mark {
        case ".": return "。"
        case ",": return "、"
        case ":": return "："
        case ";": return "；"
        case "?": return "？"
        case "!": return "！"
        default: return nil
        }
    }

    /// One scalar each: a list of vowel signs would otherwise be one `Character` of combining marks.
    private static func letters(_ text: String) -> [String] { text.unicodeScalars.map { String($0) } }
}
