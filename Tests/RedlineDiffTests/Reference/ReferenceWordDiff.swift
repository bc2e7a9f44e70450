import Foundation
@testable import RedlineDiff

// The word diff as it was before tokens became byte ranges (a `String` per token, joined with
// `+=`), for the equivalence tests.
enum ReferenceWordDiff {
    static func diff(_ old: String, _ new: String) -> [WordChange] {
        if old == new { return old.isEmpty ? [] : [WordChange(.equal, old)] }
        let a = WordDiff.tokens(old), b = WordDiff.tokens(new)
        var table = ByteKeyTable(capacity: a.count + b.count)
        func ids(_ tokens: [String]) -> [Int] {
            tokens.map { token in
                var key = WordDiff.unifyPunctuation(token)
                if !key.withUTF8(ScalarTable.isNFC) { key = key.precomposedStringWithCanonicalMapping }
                return key.withUTF8 { table.insert($0).id }
            }
        }
        let x = ids(a), y = ids(b)
        guard let script = Myers.script(x, y, maxEdits: WordDiff.maxEdits) else { return WordDiff.replacement(old, new) }
        var operations: [(WordChange.Operation, String)] = []
        var keptWords = 0
        for step in script {
            switch step {
            case let .equal(i, _):
                operations.append((.equal, a[i]))
                if WordDiff.isWord(a[i]) { keptWords += 1 }
            case let .delete(i): operations.append((.delete, a[i]))
            case let .insert(j): operations.append((.insert, b[j]))
            }
        }
        let words = max(a.count(where: WordDiff.isWord), b.count(where: WordDiff.isWord), 1)
        guard Double(keptWords) / Double(words) >= WordDiff.minKept else { return WordDiff.replacement(old, new) }
        return coalesce(operations)
    }

    static func coalesce(_ operations: [(WordChange.Operation, String)]) -> [WordChange] {
        var ops = operations
        var index = 1
        while index + 1 < ops.count {
            if ops[index].0 == .equal, WordDiff.isSpace(ops[index].1), ops[index - 1].0 != .equal, ops[index + 1].0 != .equal {
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
