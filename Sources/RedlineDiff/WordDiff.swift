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
        var oldBytes = old, newBytes = new
        return oldBytes.withUTF8 { a in newBytes.withUTF8 { b in diff(a, b) } } ?? replacement(old, new)
    }

    /// The diff of two texts' UTF-8 bytes; nil when they read better replaced whole. Tokens are
    /// byte ranges, made into `String`s only for the changes shown (`diff` ran on every edited
    /// sentence, and a `String` per token was most of its time).
    static func diff(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> [WordChange]? {
        let x = tokenRanges(a), y = tokenRanges(b)
        // Tokens are told apart by their NFC bytes: equal exactly when they are equal `String`s.
        // A key of one ASCII byte is its own id; longer keys get ids above those.
        var table = ByteKeyTable(capacity: x.count + y.count)
        func ids(_ ranges: [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
            ranges.map { range in
                let token = UnsafeBufferPointer(rebasing: bytes[range])
                if range.count == 1 { return Int(token[0]) }
                // ASCII tokens are their own keys (no quote or dash style to unify, already NFC).
                if !token.contains(where: { $0 >= 0x80 }) { return 128 + table.insert(token).id }
                // Quote and dash styles are noise; anything else (case included) is a visible edit.
                var key = WordDiff.unifyPunctuation(String(decoding: token, as: UTF8.self))
                if !key.withUTF8(ScalarTable.isNFC) { key = key.precomposedStringWithCanonicalMapping }
                return key.withUTF8 { key in key.count == 1 && key[0] < 0x80 ? Int(key[0]) : 128 + table.insert(key).id }
            }
        }
        guard let script = Myers.script(ids(x, a), ids(y, b), maxEdits: maxEdits) else { return nil }
        var operations: [Operation] = []
        operations.reserveCapacity(script.count)
        var keptWords = 0
        for step in script {
            switch step {
            case let .equal(i, _):
                operations.append(Operation(kind: .equal, inOld: true, range: x[i]))
                if isWord(a, x[i]) { keptWords += 1 }
            case let .delete(i): operations.append(Operation(kind: .delete, inOld: true, range: x[i]))
            case let .insert(j): operations.append(Operation(kind: .insert, inOld: false, range: y[j]))
            }
        }
        let words = max(x.count { isWord(a, $0) }, y.count { isWord(b, $0) }, 1)
        guard Double(keptWords) / Double(words) >= minKept else { return nil }
        return coalesce(operations, old: a, new: b)
    }

    /// One step of the script: a token of the old (`inOld`) or the new text, by its bytes.
    struct Operation {
        var kind: WordChange.Operation
        var inOld: Bool
        var range: Range<Int>
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
            if !hasQuote {
                // One scalar: the marks below, by value (none of them has a canonical equivalent);
                // anything else is left as it is, as `unifyPunctuationSlowly` leaves it.
                let (value, length) = UTF8Text.scalar(in: bytes, at: 0)
                guard length == bytes.count else { return token }
                switch value {
                case 0x2018, 0x201A, 0x201B: return "'"
                case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB: return "\""
                case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return "-"
                default: return token
                }
            }
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

    /// `isWord` of the token at `range` of `bytes`, without a `String` when its bytes decide first.
    static func isWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for index in range {
            let byte = bytes[index]
            if byte >= 0x80 { return isWord(String(decoding: bytes[range], as: UTF8.self)) }
            if (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) { return true }
        }
        return false
    }

    /// Words (letters and digits, inner apostrophes and hyphens), runs of spaces, and single other
    /// characters. Works on UTF-8 bytes, a character being a scalar with the marks extending it.
    static func tokens(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { bytes in tokenRanges(bytes).map { String(decoding: bytes[$0], as: UTF8.self) } }
    }

    /// The tokens of `tokens(_:)` as byte ranges (they follow one another and cover the text).
    static func tokenRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var tokens: [Range<Int>] = []
        tokens.reserveCapacity(bytes.count / 3 + 1)
        var current = 0          // start of the current token (empty when current == index)
        var currentIsSpace = false
        var index = 0
        func flush(upTo end: Int) {
            if current < end { tokens.append(current..<end) }
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

    /// `isSpace` of the token at `range` of `bytes`.
    static func isSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for index in range {
            let byte = bytes[index]
            if byte >= 0x80 { return isSpace(String(decoding: bytes[range], as: UTF8.self)) }
            guard byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) else { return false }
        }
        return true
    }

    /// Merges runs, folds a lone space between two changes into them (so "[-a b-]" reads as one
    /// change), and puts deletions before insertions within each changed stretch. Texts are
    /// gathered as bytes (tokens are whole scalars, so each change is the same text as the
    /// tokens' `String`s joined).
    static func coalesce(_ operations: [Operation], old: UnsafeBufferPointer<UInt8>, new: UnsafeBufferPointer<UInt8>) -> [WordChange] {
        var ops = operations
        var index = 1
        while index + 1 < ops.count {
            if ops[index].kind == .equal, ops[index - 1].kind != .equal, ops[index + 1].kind != .equal,
               isSpace(ops[index].inOld ? old : new, ops[index].range) {
                // The inserted copy is the old text's space, as the deleted one is.
                ops[index].kind = .delete
                ops.insert(Operation(kind: .insert, inOld: ops[index].inOld, range: ops[index].range), at: index + 1)
                index += 2
            } else {
                index += 1
            }
        }
        var result: [WordChange] = []
        var deleted: [UInt8] = [], inserted: [UInt8] = [], equal: [UInt8] = []
        func flushEqual() {
            if !equal.isEmpty { result.append(WordChange(.equal, String(decoding: equal, as: UTF8.self))) }
            equal.removeAll(keepingCapacity: true)
        }
        func flush() {
            if !deleted.isEmpty { result.append(WordChange(.delete, String(decoding: deleted, as: UTF8.self))) }
            if !inserted.isEmpty { result.append(WordChange(.insert, String(decoding: inserted, as: UTF8.self))) }
            deleted.removeAll(keepingCapacity: true)
            inserted.removeAll(keepingCapacity: true)
        }
        for op in ops {
            let text = UnsafeBufferPointer(rebasing: (op.inOld ? old : new)[op.range])
            switch op.kind {
            case .delete: deleted.append(contentsOf: text)
            case .insert: inserted.append(contentsOf: text)
            case .equal:
                // A change ends an equal run (tokens are never empty): equal text joins the last
                // change only when no change came between.
                if !deleted.isEmpty || !inserted.isEmpty {
                    flushEqual()
                    flush()
                }
                equal.append(contentsOf: text)
            }
        }
        flushEqual()
        flush()
        return result
    }
}
