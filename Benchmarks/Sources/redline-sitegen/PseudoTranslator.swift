/// A deterministic stand-in for one locale's translation of the canonical English text.
///
/// Each English word becomes a pseudo-word of the locale's script chosen by a hash of the locale
/// and the word, so a locale has a consistent vocabulary (an edited English word changes the same
/// word of every translation) and no two locales share a text. Everything Redline's translation
/// check compares stays as in English: Markdown syntax, headings, paragraphs and list items,
/// numbers and dates; links, URLs, email addresses and domains are kept verbatim, and so are
/// acronyms and brand names (words with a capital after their first letter). A class: its memos
/// of words and blocks are shared by every policy of the site.
final class PseudoTranslator {
    let tag: String
    let script: PseudoScript
    private let seed: UInt64
    private var words: [String: String] = [:]
    private var blocks: [String: String] = [:]

    init(tag: String) {
        self.tag = tag
        script = PseudoScript.of(tag)
        seed = StableHash.of(tag, seed: 0x7A4E_5101)
    }

    /// The translated policy: every heading and block (blocks repeat across versions, so they are memoised).
    func translate(_ text: PolicyText) -> PolicyText {
        PolicyText(sections: text.sections.map { section in
            PolicyText.Section(heading: translate(block: section.heading), blocks: section.blocks.map { translate(block: $0) })
        })
    }

    func translate(block: String) -> String {
        if let done = blocks[block] { return done }
        let done = translateUncached(block)
        blocks[block] = done
        return done
    }

    private func translateUncached(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        var index = 0
        var afterWord = false  // the last thing written was a pseudo-word (for CJK punctuation)
        while index < chars.count {
            let char = chars[index]
            if char == "]", index + 1 < chars.count, chars[index + 1] == "(" {
                // A link destination: copied up to its closing parenthesis.
                let close = chars[index...].firstIndex(of: ")") ?? chars.count - 1
                out += String(chars[index...close])
                index = close + 1
                afterWord = false
            } else if char.isLetter {
                let chunkEnd = chars[index...].firstIndex { $0.isWhitespace } ?? chars.count
                let chunk = String(chars[index..<chunkEnd]).components(separatedBy: "](")[0]
                if Self.isAddress(chunk) {
                    out += chunk
                    index += chunk.count
                    afterWord = false
                    continue
                }
                var end = index
                while end < chars.count, chars[end].isLetter
                    || ((chars[end] == "'" || chars[end] == "’") && end + 1 < chars.count && chars[end + 1].isLetter) {
                    end += 1
                }
                out += pseudoWord(String(chars[index..<end]))
                index = end
                afterWord = true
            } else if afterWord, let mark = script.punctuation(char), index + 1 == chars.count || !chars[index + 1].isLetter {
                out += mark
                index += 1
            } else {
                out.append(char)
                index += 1
                if !(char == "*" || char == "_") { afterWord = false }
            }
        }
        return script.spaced ? out : Self.joiningIdeographs(out)
    }

    /// The locale's word for `word`: acronyms and brands unchanged, capitalisation kept.
    private func pseudoWord(_ word: String) -> String {
        let uppercase = word.filter(\.isUppercase).count
        if uppercase > 1 || (uppercase == 1 && !word.first!.isUppercase) { return word }
        let key = word.lowercased()
        let lower: String
        if let known = words[key] {
            lower = known
        } else {
            var rng = SeededGenerator(seed: StableHash.of(key, seed: seed))
            lower = script.word(length: key.count, using: &rng)
            words[key] = lower
        }
        guard uppercase == 1, let first = lower.first else { return lower }
        return first.uppercased() + lower.dropFirst()
    }

    /// URLs, email addresses and domain names (`example.com`), which translations keep.
    static func isAddress(_ chunk: String) -> Bool {
        if chunk.contains("://") || chunk.contains("@") || chunk.hasPrefix("www.") { return true }
        let chars = Array(chunk)
        return chars.indices.dropFirst().dropLast().contains { chars[$0] == "." && chars[$0 - 1].isLetter && chars[$0 + 1].isLetter }
    }

    /// Chinese and Japanese write words without spaces: a space between two ideographs goes.
    static func joiningIdeographs(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        for (index, char) in chars.enumerated() {
            if char == " ", index > 0, index + 1 < chars.count, isIdeographic(chars[index - 1]), isIdeographic(chars[index + 1]) { continue }
            out.append(char)
        }
        return out
    }

    static func isIdeographic(_ char: Character) -> Bool {
        guard let scalar = char.unicodeScalars.first else { return false }
        return (0x3000...0x9FFF).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
    }
}

/// FNV-1a over UTF-8 bytes, then SplitMix's finaliser: the same on every run and platform
/// (Swift's `Hasher` is seeded per process).
enum StableHash {
    static func of(_ text: String, seed: UInt64) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ seed
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        var generator = SeededGenerator(seed: hash)
        return generator.next()
    }
}
