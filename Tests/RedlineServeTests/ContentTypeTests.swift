import RedlineServe
import Testing

@Suite("Preview content types")
struct ContentTypeTests {
    @Test(arguments: [
        ("en/privacy/index.html", "text/html; charset=utf-8"),
        ("assets/redline.css", "text/css; charset=utf-8"),
        ("en/feed.xml", "application/atom+xml; charset=utf-8"),
        ("en/feed.json", "application/feed+json; charset=utf-8"),
        ("versions.json", "application/json; charset=utf-8"),
        ("sitemap.xml", "application/xml; charset=utf-8"),
        ("robots.txt", "text/plain; charset=utf-8"),
        ("logo.SVG", "image/svg+xml"),
        ("CNAME", "application/octet-stream"),
    ])
    func byExtension(_ path: String, _ expected: String) {
        #expect(ContentTypes.forPath(path) == expected)
    }
}
