import Testing
import Yams
@testable import RedlineParse

/// `ThemeLoader.stringsResolver` (null only) reads UI string files exactly as Yams' default
/// resolver does: the same strings, the same missing (null) values, the same diagnostics.
@Suite("UI strings: the null-only resolver")
struct ThemeStringsResolverTests {
    static let texts = [
        "language: Deutsch\npolicies: Richtlinien\n",
        "empty:\ntilde: ~\nnull_word: null\nNull_word: Null\nNULL_word: NULL\nquoted_null: \"null\"\ntagged: !!null x\n",
        "bool: yes\noff: off\nint: 123\nhex: 0x1F\nfloat: 1.5e3\ninf: .inf\nnan: .NaN\ndate: 2020-01-01\ntime: 2001-12-14t21:59:43.10-05:00\nmerge: <<\nvalue: =\n",
        "placeholder: \"{days} Tage\"\nmulti: |\n  two\n  lines\nfolded: >\n  one\n  line\n",
        "dup: a\ndup: b\n",
        "1: one\n01: zero one\n",
        "list:\n  - a\n  - b\nmap:\n  x: y\n",
        "- not a mapping\n",
        "bad: [unclosed\n",
        "",
        "key: value\n~: null key\n",
    ]

    @Test(arguments: texts) func sameStringsAndDiagnosticsAsTheDefaultResolver(text: String) {
        var fastDiagnostics: [Diagnostic] = [], defaultDiagnostics: [Diagnostic] = []
        let fast = ThemeLoader.parseStrings(text, path: "templates/i18n/de.yml", diagnostics: &fastDiagnostics)
        let reference = ThemeLoader.parseStrings(text, path: "templates/i18n/de.yml", resolver: .default, diagnostics: &defaultDiagnostics)
        #expect(fast == reference)
        #expect(fastDiagnostics.map(\.description) == defaultDiagnostics.map(\.description))
    }
}
