import RedlineParse

// The Character-based implementations the byte-level ones replaced (kept verbatim for the
// equivalence tests: the fast versions must split and normalise exactly as these did).

/// (Reference) Splits a block's text into sentences, knowing the abbreviations policies use
/// ("e.g.", "Inc.", "U.S.", "Art. 15") so that they do not end a sentence.
enum ReferenceSplitter {
    /// Abbreviations (lower-cased, without the final period) after which a period does not end a sentence.
    static let abbreviations: Set<String> = [
        "e.g", "i.e", "etc", "inc", "ltd", "llc", "co", "corp", "mr", "mrs", "ms", "dr", "st", "no", "nos",
        "vs", "u.s", "u.k", "e.u", "approx", "incl", "art", "arts", "sec", "para", "cf", "fig", "p", "pp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "z.b", "bzw",
        "ca", "ggf", "usw", "d.h", "s", "abs", "nr", "av", "ex",
    ]

    /// Each sentence with the number of line breaks before it in `text` (to derive its line).
    static func split(_ text: String) -> [(text: String, lineOffset: Int)] {
        let characters = Array(text)
        var sentences: [(String, Int)] = []
        var start = 0
        var newlines = 0
        var newlinesAtStart = 0
        var index = 0

        func emit(upTo end: Int) {
            let sentence = String(characters[start..<end]).referenceCollapsingWhitespace
            if !sentence.isEmpty { sentences.append((sentence, newlinesAtStart)) }
        }

        while index < characters.count {
            let character = characters[index]
            if character == "\n" { newlines += 1 }
            if isTerminator(character) {
                var end = index + 1
                while end < characters.count, isCloser(characters[end]) || isTerminator(characters[end]) { end += 1 }
                if isFullWidthTerminator(character) || (startsNewSentence(characters, at: end) && !isAbbreviation(characters, periodAt: index, start: start)) {
                    emit(upTo: end)
                    start = end
                    // Count the newlines we skip over so the next sentence's offset is right.
                    while start < characters.count, characters[start].isWhitespace {
                        if characters[start] == "\n" { newlines += 1 }
                        start += 1
                    }
                    newlinesAtStart = newlines
                    index = start
                    continue
                }
            }
            index += 1
        }
        emit(upTo: characters.count)
        return sentences
    }

    static func isTerminator(_ c: Character) -> Bool { c == "." || c == "!" || c == "?" || isFullWidthTerminator(c) || c == "؟" }
    static func isFullWidthTerminator(_ c: Character) -> Bool { c == "。" || c == "！" || c == "？" }
    static func isCloser(_ c: Character) -> Bool { "\"'”’)]»".contains(c) }

    /// A sentence boundary needs whitespace and then something that can start a sentence.
    static func startsNewSentence(_ characters: [Character], at index: Int) -> Bool {
        guard index < characters.count else { return true }
        guard characters[index].isWhitespace else { return false }
        var next = index
        while next < characters.count, characters[next].isWhitespace { next += 1 }
        guard next < characters.count else { return true }
        let c = characters[next]
        return c.isUppercase || c.isNumber || "\"'“‘(«[¿¡".contains(c) || !(c.isLowercase || c.isPunctuation)
    }

    static func isAbbreviation(_ characters: [Character], periodAt index: Int, start: Int) -> Bool {
        guard characters[index] == "." else { return false }
        var wordStart = index
        while wordStart > start, !characters[wordStart - 1].isWhitespace, characters[wordStart - 1] != "(" { wordStart -= 1 }
        let word = String(characters[wordStart..<index]).lowercased()
        if word.count == 1, word.first?.isLetter == true { return true }  // initials: "J. Smith"
        return abbreviations.contains(word)
    }
}

extension String {
    /// Runs of whitespace (newlines included) collapsed to one space, ends trimmed.
    var referenceCollapsingWhitespace: String {
        // Most policy text is ASCII: working on bytes there is several times faster than on scalars.
        if utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(utf8.count)
            var pendingSpace = false
            for byte in utf8 {
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    pendingSpace = !bytes.isEmpty
                } else {
                    if pendingSpace { bytes.append(0x20) }
                    pendingSpace = false
                    bytes.append(byte)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var result = ""
        result.reserveCapacity(utf8.count)
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
