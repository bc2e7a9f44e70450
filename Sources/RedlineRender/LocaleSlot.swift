import RedlineParse

/// What every page in one locale shares, worked out once per renderer: a 40-locale site renders
/// hundreds of pages per locale, and each page looked these up or made them again (the UI
/// strings wrapped for the templates, the date formatter's locale, the text direction).
struct LocaleSlot: Sendable {
    let strings: UIStrings
    /// `strings` as the templates' `t`, each string already wrapped (`MustacheTable`).
    let table: MustacheTable
    let dates: LocalizedDates
    /// `rtl` or `ltr`.
    let dir: String

    init(locale: String, strings: UIStrings) {
        self.strings = strings
        self.table = MustacheTable(strings.table)
        self.dates = LocalizedDates(locale: locale)
        self.dir = LocaleTag.isRightToLeft(locale) ? "rtl" : "ltr"
    }
}
