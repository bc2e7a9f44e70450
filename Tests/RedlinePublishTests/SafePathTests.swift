@testable import RedlinePublish
import Testing

@Suite("Output paths never leave public/")
struct SafePathTests {
    @Test(arguments: ["index.html", "en/privacy/2021-03-01/index.html", "assets/redline.css", ".well-known/x", "a/.../b", "...", "a..b/c"])
    func relativePathsInsideAreAccepted(_ path: String) {
        #expect(SiteWriter.isSafe(path))
    }

    @Test(arguments: ["", "/etc/passwd", "../x", "a/../../x", "a/..", "./a", "a/./b", "a//b", "a/", "a\\b", "a\u{0}b", ".", ".."])
    func escapesAndOddSegmentsAreRefused(_ path: String) {
        #expect(!SiteWriter.isSafe(path))
    }
}
