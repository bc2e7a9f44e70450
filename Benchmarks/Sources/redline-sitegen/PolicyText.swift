import Foundation

/// A policy as the generator edits it: an introduction and `##` sections of blocks (paragraphs,
/// lists), each block one string without blank lines.
struct PolicyText: Equatable {
    struct Section: Equatable {
        var heading: String  // empty for the introduction
        var blocks: [String]
    }
    var sections: [Section]

    var wordCount: Int { sections.reduce(0) { $0 + $1.blocks.reduce(0) { $0 + $1.split(separator: " ").count } } }

    /// Parses a Markdown body: text before the first `##` is the introduction; the `#` title is dropped.
    static func parse(markdown: String) -> PolicyText {
        var sections = [Section(heading: "", blocks: [])]
        var block: [Substring] = []
        func flush() {
            if !block.isEmpty { sections[sections.count - 1].blocks.append(block.joined(separator: "\n")) }
            block = []
        }
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") || line.hasPrefix("### ") {
                flush()
                sections.append(Section(heading: String(line.drop { $0 == "#" }.dropFirst()), blocks: []))
            } else if line.hasPrefix("# ") {
                flush()
            } else if line.trimmingCharacters(in: .whitespaces).isEmpty {
                flush()
            } else {
                block.append(line)
            }
        }
        flush()
        return PolicyText(sections: sections.filter { !$0.blocks.isEmpty || !$0.heading.isEmpty })
    }

    /// Strips YAML front matter from a version file.
    static func body(of file: String) -> String {
        let text = file.replacingOccurrences(of: "\r\n", with: "\n")
        guard text.hasPrefix("---\n"), let end = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 4)..<text.endIndex) else {
            return text
        }
        return String(text[end.upperBound...])
    }

    func markdown(title: String) -> String {
        var out = "# \(title)\n"
        for section in sections {
            if !section.heading.isEmpty { out += "\n## \(section.heading)\n" }
            for block in section.blocks { out += "\n\(block)\n" }
        }
        return out
    }
}

/// One edit between consecutive versions; the same random numbers are applied to every locale,
/// each mapping them onto its own text, so translations change together.
struct Edit {
    enum Kind: CaseIterable { case reword, moveSection, retention, addBlock, removeBlock }
    var kind: Kind
    var a: Int
    var b: Int
    var c: Int

    static func random(using rng: inout SeededGenerator) -> Edit {
        // Rewording and retention changes are the common case; structure changes are rarer.
        let kinds: [Kind] = [.reword, .reword, .reword, .retention, .retention, .moveSection, .addBlock, .removeBlock]
        return Edit(kind: kinds[Int(rng.next() % UInt64(kinds.count))],
                    a: Int(rng.next() % 1_000_003), b: Int(rng.next() % 1_000_003), c: Int(rng.next() % 1_000_003))
    }

    func apply(to text: inout PolicyText, kit: LanguageKit, pool: [String]) {
        let count = text.sections.count
        guard count > 1 else { return }
        switch kind {
        case .reword:
            let (s, p) = blockIndex(text, a, b)
            text.sections[s].blocks[p] = Self.reword(text.sections[s].blocks[p], kit: kit, choice: c)
        case .moveSection:
            let from = 1 + a % (count - 1)
            let section = text.sections.remove(at: from)
            text.sections.insert(section, at: 1 + b % (count - 1))
        case .retention:
            if !Self.changeRetention(&text, kit: kit, start: a, value: 1 + b % 36) {
                let (s, p) = blockIndex(text, a, c)
                text.sections[s].blocks[p] += " " + kit.retentionSentence(1 + b % 36)
            }
        case .addBlock:
            let s = a % count
            let position = b % (text.sections[s].blocks.count + 1)
            text.sections[s].blocks.insert(pool[c % pool.count], at: position)
        case .removeBlock:
            let candidates = text.sections.indices.filter { text.sections[$0].blocks.count > 1 }
            guard !candidates.isEmpty else { return }
            let s = candidates[a % candidates.count]
            text.sections[s].blocks.remove(at: b % text.sections[s].blocks.count)
        }
    }

    func blockIndex(_ text: PolicyText, _ x: Int, _ y: Int) -> (Int, Int) {
        let nonEmpty = text.sections.indices.filter { !text.sections[$0].blocks.isEmpty }
        let s = nonEmpty[x % nonEmpty.count]
        return (s, y % text.sections[s].blocks.count)
    }

    /// Swaps a word for its synonym (or back); failing that, swaps the first two sentences.
    static func reword(_ block: String, kit: LanguageKit, choice: Int) -> String {
        for offset in 0..<kit.synonyms.count {
            let (one, other) = kit.synonyms[(choice + offset) % kit.synonyms.count]
            if let range = block.range(of: " \(one) ") { return block.replacingCharacters(in: range, with: " \(other) ") }
            if let range = block.range(of: " \(other) ") { return block.replacingCharacters(in: range, with: " \(one) ") }
        }
        let sentences = block.components(separatedBy: ". ")
        if sentences.count > 2 {
            return ([sentences[1], sentences[0]] + sentences.dropFirst(2)).joined(separator: ". ")
        }
        return block + " " + kit.retentionSentence(1 + choice % 24)
    }

    /// Changes the first "<number> <unit>" found, searching from section `start`.
    static func changeRetention(_ text: inout PolicyText, kit: LanguageKit, start: Int, value: Int) -> Bool {
        let count = text.sections.count
        for step in 0..<count {
            let s = (start + step) % count
            for (p, block) in text.sections[s].blocks.enumerated() {
                for unit in kit.retentionUnits {
                    guard let unitRange = block.range(of: " \(unit)") else { continue }
                    let before = block[..<unitRange.lowerBound]
                    let digits = before.reversed().prefix { $0.isNumber }
                    guard !digits.isEmpty, String(digits.reversed()) != String(value) else { continue }
                    let numberStart = block.index(unitRange.lowerBound, offsetBy: -digits.count)
                    text.sections[s].blocks[p] = String(block[..<numberStart]) + String(value) + String(block[unitRange.lowerBound...])
                    return true
                }
            }
        }
        return false
    }
}
