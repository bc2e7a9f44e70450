import Foundation

extension PolicyDate {
    /// Midnight UTC of this day.
    public var foundationDate: Date { Date(timeIntervalSince1970: TimeInterval(daysSinceEpoch) * 86_400) }

    /// Today in UTC, from the system clock; only the CLI calls this (tests pass dates).
    public static func today() -> PolicyDate {
        let days = Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))
        return PolicyDate(year: 1970, month: 1, day: 1)!.adding(days: days)
    }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> PolicyDate {
        // Howard Hinnant's civil_from_days, the inverse of `daysSinceEpoch`.
        let z = daysSinceEpoch + count + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return PolicyDate(year: y, month: m, day: d) ?? self
    }
}
