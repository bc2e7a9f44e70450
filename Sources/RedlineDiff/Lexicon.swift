/// Number words written out in policies ("thirty (30) days"), as digits.
enum NumberWords {
    static let digits: [String: String] = [
        "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
        "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
        "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20",
        "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
        "hundred": "100",
    ]

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
}

/// British spellings mapped to American ones, so an en-GB → en-US pass is not a change
/// (OTA #225). An explicit list: a blanket "-ise → -ize" rule would break "advise" and "otherwise".
enum Spelling {
    static let american: [String: String] = {
        var map: [String: String] = [
            "behaviour": "behavior", "behaviours": "behaviors", "behavioural": "behavioral",
            "licence": "license", "licences": "licenses", "defence": "defense", "centre": "center", "centres": "centers",
            "colour": "color", "favour": "favor", "honour": "honor", "programme": "program", "programmes": "programs",
            "catalogue": "catalog", "cancelled": "canceled", "cancelling": "canceling", "travelling": "traveling",
            "labelled": "labeled", "judgement": "judgment", "enrol": "enroll", "fulfil": "fulfill", "fulfilment": "fulfillment",
            "modelling": "modeling", "counselling": "counseling", "ageing": "aging", "cheque": "check", "whilst": "while",
        ]
        // Verbs in -ise with their inflections and nouns in -isation.
        let stems = ["organis", "authoris", "recognis", "minimis", "personalis", "optimis", "customis", "prioritis",
                     "categoris", "realis", "emphasis", "utilis", "summaris", "anonymis", "pseudonymis", "characteris",
                     "standardis", "localis", "finalis", "memoris", "centralis", "monetis", "digitis", "visualis"]
        for stem in stems {
            let american = String(stem.dropLast()) + "z"
            for ending in ["e", "es", "ed", "ing", "ation", "ations", "er", "ers"] {
                map[stem + ending] = american + ending
            }
        }
        for (british, american) in [("analyse", "analyze"), ("analysed", "analyzed"), ("analyses", "analyzes"), ("analysing", "analyzing")] {
            map[british] = american
        }
        // "emphasis" itself is a noun in both spellings.
        map["emphasis"] = nil
        return map
    }()
}

/// Words too common to say two sentences are about the same thing.
enum StopWords {
    static let english: Set<String> = [
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "as", "is", "are", "be",
        "been", "was", "were", "it", "its", "this", "that", "these", "those", "we", "our", "us", "you", "your",
        "from", "such", "any", "which", "who", "if", "not", "can", "may", "will", "also", "other", "all", "about",
        "into", "when", "where", "how", "what", "their", "they", "them", "has", "have", "do", "does", "some",
    ]

    /// No stop word is longer than this many bytes: longer words skip the set (and its hashing).
    static let maxLength = english.map(\.utf8.count).max() ?? 0

    static func contains(_ word: String) -> Bool { word.utf8.count <= maxLength && english.contains(word) }

    /// The stop words as ASCII bytes packed into integers (none is longer than eight bytes), sorted.
    static let packed: [UInt64] = english.map { pack(Array($0.utf8)[...]) }.sorted()

    static func pack(_ bytes: some Collection<UInt8>) -> UInt64 {
        bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// `contains` on bytes: no non-ASCII word equals an ASCII stop word.
    static func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count <= maxLength else { return false }
        var value: UInt64 = 0
        for byte in word {
            if byte >= 0x80 { return false }
            value = value << 8 | UInt64(byte)
        }
        var low = 0, high = packed.count
        while low < high {
            let mid = (low + high) / 2
            if packed[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < packed.count && packed[low] == value
    }
}
