import Foundation
import RedlineParse

/// Formats policy dates per locale with ICU, always in the Gregorian calendar and UTC:
/// never `Locale.current`, so output is the same on every machine.
public struct LocalizedDates: Sendable {
    private let locale: Locale

    public init(locale: String) {
        // Explicit Gregorian: ar-SA would otherwise format in the Hijri calendar.
        self.locale = Locale(identifier: locale + "@calendar=gregorian")
    }

    /// e.g. "1 March 2021", "1. März 2021", "1 مارس 2021".
    public func long(_ date: PolicyDate) -> String {
        let formatter = DateFormatter()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        calendar.locale = locale
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.locale = locale
        formatter.dateStyle = .long
        formatter.timeStyle = .none
        return formatter.string(from: date.foundationDate)
    }
}
