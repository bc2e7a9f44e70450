/// Forty real BCP 47 tags (so dates format through ICU as they would on a real site). Each is a
/// pseudo-translation in its own script (`PseudoScript`); with `--duplicated-locales`, each
/// borrows the text of one of the example content's languages, round robin. The theme's UI
/// strings are always borrowed that way.
enum SyntheticLocales {
    static let all = [
        "en", "de", "fr", "ar", "es", "it", "nl", "pt", "sv", "da", "fi", "nb", "pl", "cs", "sk", "hu", "ro", "bg", "el", "tr",
        "ru", "uk", "he", "ja", "ko", "zh", "hi", "th", "vi", "id", "ms", "lt", "lv", "et", "sl", "hr", "sr", "ca", "ga", "is",
    ]
    static let sourceLanguages = ["en", "de", "fr", "ar"]

    static func source(of index: Int) -> String { sourceLanguages[index % sourceLanguages.count] }
}

/// SplitMix64: tiny, fast and the same on every platform.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Per-language phrases for the edits (retention periods, added sentences, rewording).
struct LanguageKit {
    var retentionUnits: [String]
    var retentionSentence: (Int) -> String
    var synonyms: [(String, String)]

    static func of(_ language: String) -> LanguageKit {
        switch language {
        case "de":
            return LanguageKit(retentionUnits: ["Tage", "Tagen", "Monate", "Monaten", "Jahre", "Jahren"],
                               retentionSentence: { "Wir bewahren diese Daten \($0) Monate lang auf." },
                               synonyms: [("Daten", "Informationen"), ("können", "dürfen"), ("nutzen", "verwenden"), ("erheben", "sammeln")])
        case "fr":
            return LanguageKit(retentionUnits: ["jours", "mois", "ans", "années"],
                               retentionSentence: { "Nous conservons ces données pendant \($0) mois." },
                               synonyms: [("données", "informations"), ("pouvons", "sommes susceptibles de"), ("utilisons", "employons")])
        case "ar":
            return LanguageKit(retentionUnits: ["يومًا", "يوما", "شهرًا", "شهرا", "سنة", "سنوات"],
                               retentionSentence: { "نحتفظ بهذه البيانات لمدة \($0) شهرًا." },
                               synonyms: [("المعلومات", "البيانات"), ("نستخدم", "نعالج")])
        default:
            return LanguageKit(retentionUnits: ["days", "months", "years"],
                               retentionSentence: { "We keep this information for \($0) months." },
                               synonyms: [("information", "data"), ("may", "might"), ("collect", "gather"), ("use", "process"),
                                          ("third parties", "other companies"), ("provide", "offer")])
        }
    }
}
