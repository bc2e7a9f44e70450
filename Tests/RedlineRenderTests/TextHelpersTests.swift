@testable import RedlineRender
import Testing

@Suite("HTML escaping and UI string placeholders")
struct TextHelpersTests {
    @Test func htmlEscapeReplacesTheFiveCharactersAndNothingElse() {
        #expect(HTMLText.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
        #expect(HTMLText.escape("نص عربي — 日本語 é") == "نص عربي — 日本語 é")
        // A combining mark after `<` does not hide it from escaping.
        #expect(HTMLText.escape("<\u{301}script>") == "&lt;\u{301}script&gt;")
        #expect(HTMLText.escape("") == "")
    }

    @Test func placeholdersAreFilledInOnePass() {
        let strings = UIStrings(["notice": "In force from {from} to {to}.", "odd": "{unknown} {from} {", "plain": "No placeholders"])
        #expect(strings.format("notice", ["from": "1 March 2021", "to": "{from}"]) == "In force from 1 March 2021 to {from}.")
        #expect(strings.format("odd", ["from": "x"]) == "{unknown} x {")
        #expect(strings.format("plain", ["from": "x"]) == "No placeholders")
    }
}
