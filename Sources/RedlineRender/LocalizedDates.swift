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
        // A site formats the same few hundred dates on thousands of pages, and setting up an ICU
        // formatter costs far more than the formatting: remember each answer (it never changes).
        Self.memo.value(for: locale.identifier + "\u{0}" + date.description) { format(date) }
    }

    private static let memo = StringMemo()

    private func format(_ date: PolicyDate) -> String {
        Self.formatters.format(date, locale: locale)
    }

    private static let formatters = Formatters()

    /// One ICU formatter per locale (making one cost a millisecond; a site with 40 locales and
    /// 50 versions formats thousands of dates once each). `DateFormatter` is not safe to share
    /// between threads, so formatting happens under the lock.
    private final class Formatters: @unchecked Sendable {
        private let lock = NSLock()
        private var byLocale: [String: DateFormatter] = [:]

        func format(_ date: PolicyDate, locale: Locale) -> String {
            lock.lock()
            defer { lock.unlock() }
            if let formatter = byLocale[locale.identifier] { return formatter.string(from: date.foundationDate) }
            let formatter = Self.make(locale)
            byLocale[locale.identifier] = formatter
            return formatter.string(from: date.foundationDate)
        }

        static func make(_ locale: Locale) -> DateFormatter {
            let formatter = DateFormatter()
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            calendar.locale = locale
            formatter.calendar = calendar
            formatter.timeZone = calendar.timeZone
            formatter.locale = locale
            formatter.dateStyle = .long
            formatter.timeStyle = .none
            return formatter
        }
    }
}
