import Testing
@testable import RedlineParse

@Suite("A policy date is written YYYY-MM-DD")
struct PolicyDateTests {
    @Test func descriptionPadsEveryPart() throws {
        for text in ["0001-01-01", "0099-02-03", "0999-10-09", "2021-03-01", "9999-12-31", "2024-02-29"] {
            let date = try #require(PolicyDate(text))
            #expect(date.description == text)
            #expect("\(date)" == text)
        }
        #expect(PolicyDate(year: 7, month: 5, day: 9)?.description == "0007-05-09")
        // Every day of a few years, against the padding the description was written with before.
        var date = try #require(PolicyDate("1999-01-01"))
        for _ in 0..<(3 * 366) {
            let padded = [(date.year, 4), (date.month, 2), (date.day, 2)].map { value, width in
                String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
            }.joined(separator: "-")
            #expect(date.description == padded)
            date = date.adding(days: 1)
        }
    }
}
