import Foundation

/// What makes one synthetic policy's English differ from another's: its company name, the sections
/// it keeps (and their order, drawn by the caller), and a policy-specific swap of the words the
/// rights review does not read. Words of Redline's English lexicon (and the words the edits
/// reword) are never swapped, so every policy still states collection, sharing, retention and
/// rights in words the review understands, and its findings come from real work.
struct PolicyVariant {
    /// Words (lower-cased) that are never swapped.
    let protected: Set<String>
    /// Words (lower-cased, four letters or more) that may replace one another.
    let vocabulary: [String]

    static let brands = ["BrightLoop", "NovaTrail", "QuillStack", "MapleForge", "TideLine",
                         "SkyHarbor", "PixelMoor", "CobaltNest", "EmberLeaf", "OSToto"]

    /// The protected words: every word of `REPO/Sources/RedlineReview/Lexicons/en/*.json` (keys and
    /// values) and of the edits' phrases; the vocabulary: the other words of `text`.
    init(repo: URL, text: PolicyText, kit: LanguageKit) {
        var protected = Set<String>()
        let folder = repo.appendingPathComponent("Sources/RedlineReview/Lexicons/en")
        let parts = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        for part in parts {
            if let data = try? Data(contentsOf: folder.appendingPathComponent(part)), let json = try? JSONSerialization.jsonObject(with: data) {
                Self.collectWords(json, into: &protected)
            }
        }
        for (one, other) in kit.synonyms { protected.formUnion(Self.words(one) + Self.words(other)) }
        protected.formUnion(kit.retentionUnits + Self.words(kit.retentionSentence(1)))
        self.protected = protected
        let all = text.sections.flatMap { [$0.heading] + $0.blocks }.flatMap { Self.words($0) }
        vocabulary = Set(all.filter { $0.count >= 4 && !protected.contains($0) && $0 != "ostoto" }).sorted()
    }

    /// Policy `index`'s English: the example company renamed, and about a third of the vocabulary's
    /// words each replaced (everywhere) by another vocabulary word chosen for this policy.
    func apply(to text: PolicyText, index: Int) -> PolicyText {
        let brand = Self.brands[index % Self.brands.count] + (index < Self.brands.count ? "" : String(index / Self.brands.count + 1))
        let seed = 0xB01C_0000 + UInt64(index)
        var swaps: [String: String] = [:]
        for word in vocabulary where StableHash.of(word, seed: seed) % 3 == 0 {
            swaps[word] = vocabulary[Int(StableHash.of(word, seed: ~seed) % UInt64(vocabulary.count))]
        }
        func rewrite(_ block: String) -> String {
            let renamed = block.replacingOccurrences(of: "OSToto", with: brand).replacingOccurrences(of: "ostoto", with: brand.lowercased())
            return Self.swapping(renamed, swaps)
        }
        return PolicyText(sections: text.sections.map { .init(heading: rewrite($0.heading), blocks: $0.blocks.map(rewrite)) })
    }

    /// `text` with each ASCII word found in `swaps` (lower-cased) replaced, keeping a leading capital.
    /// Words inside addresses (`name.example`, `a@b`) and after `](` are left alone.
    static func swapping(_ text: String, _ swaps: [String: String]) -> String {
        var out = ""
        var word = ""
        var previous: Character = " "
        func flush(next: Character) {
            defer { word = "" }
            guard !word.isEmpty else { return }
            let isAddressPart = previous == "." || previous == "@" || previous == "/" || next == "@"
            guard !isAddressPart, let swap = swaps[word.lowercased()] else { out += word; return }
            let lower = word.lowercased()
            if word == lower { out += swap } else if word.dropFirst() == lower.dropFirst() { out += swap.prefix(1).uppercased() + swap.dropFirst() } else { out += word }
        }
        for char in text {
            if char.isASCII, char.isLetter {
                if word.isEmpty { previous = out.last ?? " " }
                word.append(char)
            } else {
                flush(next: char)
                out.append(char)
            }
        }
        flush(next: " ")
        return out
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isASCII && $0.isLetter) }.map(String.init)
    }

    static func collectWords(_ value: Any, into set: inout Set<String>) {
        switch value {
        case let string as String: set.formUnion(words(string))
        case let array as [Any]: for item in array { collectWords(item, into: &set) }
        case let dictionary as [String: Any]:
            for (key, item) in dictionary {
                set.formUnion(words(key))
                collectWords(item, into: &set)
            }
        default: break
        }
    }
}
