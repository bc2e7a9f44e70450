import RedlineParse
import Testing

@Suite("StringMemo: a bounded, shared memo of a pure function")
struct StringMemoTests {
    @Test func remembersEachAnswerAndEmptiesPastItsLimit() {
        let memo = StringMemo(limit: 3)
        nonisolated(unsafe) var calls = 0
        func upper(_ text: String) -> String { memo.value(for: text) { calls += 1; return text.uppercased() } }
        #expect(upper("a") == "A" && upper("a") == "A")
        #expect(calls == 1, "the second answer is remembered")
        _ = upper("b"); _ = upper("c")
        #expect(calls == 3)
        _ = upper("d")  // the fourth entry empties the memo first
        #expect(upper("a") == "A" && calls == 5, "forgotten past the limit, and made again")
        let results = (0..<200).map { $0 % 7 }.concurrentMap { number in memo.value(for: "k\(number)") { "v\(number)" } }
        #expect(results == (0..<200).map { "v\($0 % 7)" })
    }
}
