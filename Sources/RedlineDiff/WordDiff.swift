import Foundation
import RedlineParse

/// Word-level diff of two sentences: Myers' O(ND) algorithm on word, space and punctuation
/// tokens, bounded so that unrelated texts fall back to one deletion and one insertion
/// instead of a quadratic search and an unreadable word salad.
public enum WordDiff {
    /// Edits beyond this many tokens are not worth showing word by word.
    static let maxEdits = 250
    /// Below this share of kept words, the sentence reads better replaced whole.
    static let minKept = 0.25

    public static func diff(_ old: String, _ new: String) -> [WordChange] {
        if old == new { return old.isEmpty ? [] : [WordChange(.equal, old)] }
        let a = tokens(old), b = tokens(new)
        // Tokens are told apart by their NFC bytes: equal exactly when they are equal `String`s.
        var table = ByteKeyTable(capacity: a.count + b.count)
        func ids(_ tokens: [String]) -> [Int] {
            tokens.map { token in
                // Quote and dash styles are noise; anything else (case included) is a visible edit.
                var key = WordDiff.unifyPunctuation(token)
                if !key.withUTF8(ScalarTable.isNFC) { key = key.precomposedStringWithCanonicalMapping }
                return key.withUTF8 { table.insert($0).id }
            }
        }
        let x = ids(a), y = ids(b)
        guard let script = Myers.script(x, y, maxEdits: maxEdits) else { return replacement(old, new) }
        var operations: [(WordChange.Operation, String)] = []
        var keptWords = 0
        for step in script {
            switch step {
            case let .equal(i, _):
                operations.append((.equal, a[i]))
                if isWord(a[i]) { keptWords += 1 }
            case let .delete(i): operations.append((.delete, a[i]))
            case let .insert(j): operations.append((.insert, b[j]))
            }
        }
        let words = max(a.count(where: isWord), b.count(where: isWord), 1)
        guard Double(keptWords) / Double(words) >= minKept else { return replacement(old, new) }
        return coalesce(operations)
    }

    static func unifyPunctuation(_ token: String) -> String {
        var copy = token
        return copy.withUTF8 { bytes in
            // Most tokens: ASCII, or no right single quotation mark (E2 80 99) and not one of the marks.
            var hasQuote = false
            var ascii = true
            for index in bytes.indices where bytes[index] >= 0x80 {
                ascii = false
                if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 { hasQuote = true }
            }
            if ascii { return token }
            if !hasQuote && bytes.count > 3 { return token }
            return unifyPunctuationSlowly(String(decoding: bytes, as: UTF8.self))
        }
    }

    static func unifyPunctuationSlowly(_ token: String) -> String {
        switch token {
        case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}": return "'"
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "«", "»": return "\""
        case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": return "-"
        default: return token.replacingOccurrences(of: "\u{2019}", with: "'")
        }
    }

    static func replacement(_ old: String, _ new: String) -> [WordChange] {
        var result: [WordChange] = []
        if !old.isEmpty { result.append(WordChange(.delete, old)) }
        if !new.isEmpty { result.append(WordChange(.insert, new)) }
        return result
    }

    static func isWord(_ token: String) -> Bool {
        for byte in token.utf8 {
            if byte >= 0x80 {
                // The first `Character`'s `isLetter`/`isNumber` are its first scalar's properties.
                if let first = token.unicodeScalars.first, isWordScalar(first.value) { return true }
                return token.contains { $0.isLetter || $0.isNumber }
            }
            if (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) { return true }
        }
        return false
    }

    /// Words (letters and digits, inner apostrophes and hyphens), runs of spaces, and single other
    /// characters. Works on UTF-8 bytes, a character being a scalar with the marks extending it.
    static func tokens(_ text: String) -> [String] {
        if let result = text.utf8.withContiguousStorageIfAvailable(tokens(bytes:)) { return result }
        var copy = text
        return copy.withUTF8(tokens(bytes:))
    }

    static func tokens(bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var tokens: [String] = []
        var current = 0          // start of the current token (empty when current == index)
        var currentIsSpace = false
        var index = 0
        func flush(upTo end: Int) {
            if current < end { tokens.append(String(decoding: bytes[current..<end], as: UTF8.self)) }
            current = end
        }
        while index < bytes.count {
            let first: UInt32, end: Int, single: Bool
            if bytes[index] < 0x80, index + 1 == bytes.count || bytes[index + 1] < 0xCC {
                // ASCII followed by nothing that could extend it (see `UTF8Text.isExtending`).
                (first, end, single) = (UInt32(bytes[index]), index + 1, true)
            } else {
                (first, end) = UTF8Text.characterEnd(bytes, at: index)
                single = end == index + UTF8Text.scalar(in: bytes, at: index).length
            }
            let hasCurrent = current < index
            let joiner = single && (first == 0x27 || first == 0x2019 || first == 0x2D) && hasCurrent && !currentIsSpace
                && end < bytes.count && isWordScalar(UTF8Text.scalar(in: bytes, at: end).value)
            if isWordScalar(first) || joiner {
                if currentIsSpace { flush(upTo: index) }
                currentIsSpace = false
            } else if UTF8Text.isWhitespace(first) {
                if !currentIsSpace { flush(upTo: index) }
                currentIsSpace = true
            } else {
                flush(upTo: index)
                flush(upTo: end)
                currentIsSpace = false
            }
            index = end
        }
        flush(upTo: bytes.count)
        return tokens
    }

    /// `Character.isLetter || Character.isNumber` of a character starting with this scalar.
    static func isWordScalar(_ value: UInt32) -> Bool {
        if value < 0x80 { return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// `token.allSatisfy(\.isWhitespace)`, on bytes when they are ASCII.
    static func isSpace(_ token: String) -> Bool {
        for byte in token.utf8 {
            if byte >= 0x80 { return token.allSatisfy(\.isWhitespace) }
            guard byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) else { return false }
        }
        return true
    }

    /// Merges runs, folds a lone space between two changes into them (so "[-a b-]" reads as one
    /// change), and puts deletions before insertions within each changed stretch.
    static func coalesce(_ operations: [(WordChange.Operation, String)]) -> [WordChange] {
        var ops = operations
        var index = 1
        while index + 1 < ops.count {
            if ops[index].0 == .equal, isSpace(ops[index].1), ops[index - 1].0 != .equal, ops[index + 1].0 != .equal {
                let space = ops[index].1
                ops[index] = (.delete, space)
                ops.insert((.insert, space), at: index + 1)
                index += 2
            } else {
                index += 1
            }
        }
        var result: [WordChange] = []
        var deleted = "", inserted = ""
        func flush() {
            if !deleted.isEmpty { result.append(WordChange(.delete, deleted)) }
            if !inserted.isEmpty { result.append(WordChange(.insert, inserted)) }
            deleted = ""; inserted = ""
        }
        for (operation, text) in ops {
            switch operation {
            case .delete: deleted += text
            case .insert: inserted += text
            case .equal:
                flush()
                if let last = result.last, last.operation == .equal {
                    result[result.count - 1].text += text
                } else {
                    result.append(WordChange(.equal, text))
                }
            }
        }
        flush()
        return result
    }
}
