import Foundation
import RedlineServe
import Testing

@Suite("Preview page additions")
struct PreviewPageTests {
    @Test("the reload script goes before </body> and carries the build generation")
    func script() {
        let html = "<html><body><p>Policy</p></body></html>\n"
        let page = PreviewPage.inject(into: html, generation: 7, errors: nil)
        #expect(page.hasPrefix("<html><body><p>Policy</p><script data-redline-preview>"))
        #expect(page.hasSuffix("</script>\n</body></html>\n"))
        #expect(page.contains("var served = 7;") && page.contains(PreviewPage.statusPath))
        #expect(!page.contains("redline-preview-error"))
    }

    @Test("a failed build adds an overlay with the errors, escaped")
    func overlay() {
        let page = PreviewPage.inject(into: "<body></body>", generation: 2, errors: ["content/a.md:1:1: error: <script>alert(1)</script> & more"])
        #expect(page.contains("id=\"redline-preview-error\""))
        #expect(page.contains("content/a.md:1:1: error: &lt;script&gt;alert(1)&lt;/script&gt; &amp; more"))
        #expect(!page.contains("<script>alert(1)"))
    }

    @Test("a page without </body> still gets the script, at the end")
    func noBody() {
        #expect(PreviewPage.inject(into: "<p>x</p>", generation: 1, errors: nil).hasPrefix("<p>x</p><script data-redline-preview>"))
    }
}
