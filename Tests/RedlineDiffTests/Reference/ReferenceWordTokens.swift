// The Character-based word tokenizer the byte-level one replaced, for the equivalence tests.
enum ReferenceWordTokens {
    /// Words (letters and digits, inner apostrophes and hyphens), runs of spaces, and single other characters.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var currentIsSpace = false
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let isWordCharacter = character.isLetter || character.isNumber
            let joiner = (character == "'" || character == "’" || character == "-") && !current.isEmpty && !currentIsSpace
                && index + 1 < characters.count && (characters[index + 1].isLetter || characters[index + 1].isNumber)
            if isWordCharacter || joiner {
                if currentIsSpace, !current.isEmpty { tokens.append(current); current = "" }
                currentIsSpace = false
                current.append(character)
            } else if character.isWhitespace {
                if !currentIsSpace, !current.isEmpty { tokens.append(current); current = "" }
                currentIsSpace = true
                current.append(character)
            } else {
                if !current.isEmpty { tokens.append(current); current = "" }
                tokens.append(String(character))
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}
