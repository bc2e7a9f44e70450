import Foundation
import RedlineParse

/// Sentences broken by a page or line break in a PDF extraction ("No one under age 13 is allowed
/// to provide any personal information" ∥ "to or on Facebook."): a paragraph that stops without
/// closing punctuation, followed by a paragraph that starts in lower case, is one sentence.
/// Reading the parts apart loses a negation or a subject, and a version that breaks the same
/// sentence elsewhere then looks like a change (domain.md B.6: noise).
enum PDFFragments {
    /// Each sentence of `blocks` with the continuation its reading must include; a sentence
    /// consumed as another's continuation is left out (its facts are the joined sentence's).
    /// Round 15: a paragraph whose last word is one no sentence ends on (`openEnds`, the lexicon's
    /// `cueLists.sentenceOpenEnds`: "…our APIs and SDKs, or the" ∥ "Facebook pixel.") runs on into
    /// the next paragraph whatever its first letter.
    static func readings(_ blocks: [Block], openEnds: Set<String> = []) -> [(sentence: Sentence, continuation: String)] {
        var result: [(sentence: Sentence, continuation: String)] = []
        var skip = 0
        for (position, block) in blocks.enumerated() {
            for (offset, sentence) in block.sentences.enumerated() {
                if offset == 0, skip > 0 { skip -= 1; continue }
                var continuation = ""
                var next = position + 1
                var last = sentence.text
                // Only the last sentence of a paragraph runs on, into the first of the next ones.
                while offset == block.sentences.count - 1, block.kind == .paragraph, isOpen(last),
                      next < blocks.count, blocks[next].kind == .paragraph, let first = blocks[next].sentences.first,
                      startsLower(first.text) || endsOnOpenWord(last, openEnds), continuation.count < maxLength {
                    continuation += " " + first.text
                    last = blocks[next].sentences.count == 1 ? first.text : "."
                    skip += 1
                    next += 1
                }
                result.append((sentence, continuation))
            }
        }
        return result
    }

    /// What a sentence of `document` runs on into, for quoting it whole ("" when it ends).
    static func continuation(of sentence: Sentence, in document: Document, openEnds: Set<String> = []) -> String {
        guard let section = document.section(sentence.section) else { return "" }
        return readings(section.blocks, openEnds: openEnds).first { $0.sentence == sentence }?.continuation ?? ""
    }

    /// Round 11: the whole sentence a sentence of `document` belongs to, as the facts read it —
    /// itself with its continuation, or, for a fragment another sentence runs on into, that
    /// sentence with its continuation — so that a rule reading one sentence at a time sees the
    /// verb a PDF line break put on an earlier line.
    static func joined(_ sentence: Sentence, in document: Document, openEnds: Set<String> = []) -> String {
        guard let section = document.section(sentence.section) else { return sentence.text }
        let all = readings(section.blocks, openEnds: openEnds)
        if let own = all.first(where: { $0.sentence == sentence }) { return sentence.text + own.continuation }
        if let head = all.first(where: { !$0.continuation.isEmpty && $0.continuation.contains(sentence.text) }) {
            return head.sentence.text + head.continuation
        }
        return sentence.text
    }

    /// How long a joined reading may grow: a sentence, not a page.
    static let maxLength = 600

    static func isOpen(_ text: String) -> Bool {
        // Asked of every paragraph's last sentence in every version: when the text ends in two
        // ASCII bytes, neither a space or tab, its last character is the last byte alone and no
        // trimming is needed (`isOpenSlowly` otherwise; `PDFFragmentsTests` compares the two).
        let utf8 = text.utf8
        if utf8.count >= 2 {
            let last = utf8[utf8.index(before: utf8.endIndex)]
            let before = utf8[utf8.index(utf8.endIndex, offsetBy: -2)]
            if last < 0x80, before < 0x80, last != 0x20, last != 0x09 {
                return (last >= 0x61 && last <= 0x7A) || (last >= 0x41 && last <= 0x5A) || (last >= 0x30 && last <= 0x39) || last == 0x2C
            }
        }
        return isOpenSlowly(text)
    }

    static func isOpenSlowly(_ text: String) -> Bool {
        guard let last = text.trimmingCharacters(in: .whitespaces).last else { return false }
        return last.isLetter || last.isNumber || last == ","
    }

    /// Round 15: a continuation may open with a bracket or quotation mark before its first word
    /// ("…including our social plug-ins" ∥ "(such as the Like button), …"): a line break re-wrapped
    /// in the next version falls elsewhere, so the mark must not end the sentence in one version only.
    static func startsLower(_ text: String) -> Bool {
        let first = text.first { !openingMarks.contains($0) }
        return first.map { $0.isLowercase } ?? false
    }

    /// Whether `text`'s last word (lower-cased, no trailing punctuation) is in `openEnds`.
    static func endsOnOpenWord(_ text: String, _ openEnds: Set<String>) -> Bool {
        guard !openEnds.isEmpty, let word = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).last else { return false }
        return openEnds.contains(word.lowercased())
    }

    /// Marks that may stand before the first word of a continued sentence.
    static let openingMarks: Set<Character> = ["(", "[", "\"", "“", "‘", "'"]
}
