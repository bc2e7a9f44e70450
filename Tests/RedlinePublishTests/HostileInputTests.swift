import ArgumentParser
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RedlineParse
import RedlinePublish
import Testing
@testable import redline

/// Hostile content through the whole site on disk: nothing a contributor writes in content/ may run
/// in a reader's browser (pages, feeds, JSON) or be written outside public/.
@Suite("Hostile input never reaches the output unescaped")
struct HostileInputTests {
    static let payloads = [
        "<script>alert('body')</script>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<img src=x onerror=\"alert('img')\">",
        "<div onclick=\"alert('div')\" onmouseover=alert(2)>hover</div>",
        "<svg onload=alert('svg')></svg>",
        "<ScRiPt>alert('case')</sCrIpT>",
        "<object data=\"javascript:alert('object')\"></object>",
        "[plain](javascript:alert('link'))",
        "[upper](JAVASCRIPT:alert('upper'))",
        "[entity](&#106;avascript:alert('entity'))",
        "[hex](&#x6A;avascript&#x3A;alert('hex'))",
        "[spaced](<java\tscript:alert('tab')>)",
        "[vb](vbscript:msgbox('vb'))",
        "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<javascript:alert('autolink')>",
        "![image](javascript:alert('image'))",
        "[ref][evil]\n\n[evil]: javascript:alert('reference')",
        "<a href=\"javascript:alert('raw a')\">raw</a>",
        "Text with a <span style=\"background:url(javascript:alert(1))\">style</span>.",
        "<!-- comment --><script>alert('after comment')</script>",
    ]

    static let hostileFront = """
    ---
    title: "Privacy <script>alert('title')</script> Policy"
    effective: 2021-03-01
    announced: 2021-01-29
    summary: "We <iframe src=x></iframe> now <img src=x onerror=alert('summary')> [share](javascript:alert('summary link')) data </script><!--"
    ---
    """

    static func hostileBody() -> String {
        "# Privacy <script>alert('h1')</script> Policy\n\n## Sharing <img src=x onerror=alert('h2')>\n\n"
            + "We will not sell or rent your personal information.\n\n"
            + payloads.enumerated().map { "## Payload \($0.offset)\n\n\($0.element)\n" }.joined(separator: "\n")
    }

    /// Builds the hostile site (with an amendment whose reason is HTML) and returns every output file.
    static func hostileBuild() throws -> (site: TemporarySite, tree: [String: Data]) {
        let site = try TemporarySite(["content/privacy/2021-03-01/en.md": hostileFront + "\n" + hostileBody()])
        _ = try SiteBuild(siteDirectory: site.root, buildDate: PolicyDate("2022-01-01")!).run()
        try site.write(hostileFront + "\n" + hostileBody() + "\nOne more sentence.\n", to: "content/privacy/2021-03-01/en.md")
        var build = SiteBuild(siteDirectory: site.root, buildDate: PolicyDate("2022-01-02")!)
        build.amend = [LockSelector("privacy/2021-03-01")!]
        build.reason = "<script>alert('reason')</script> <img src=x onerror=alert(1)>"
        _ = try build.run()
        return (site, site.publicTree())
    }

    /// The values of URL-bearing attributes, with character references decoded and spaces and
    /// control characters removed, as a browser would read the scheme.
    static func urlAttributes(_ html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"\b(?:href|src|action|formaction|data|poster|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))"#,
                                               options: [.caseInsensitive])
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).compactMap { match in
            (1...3).lazy.compactMap { Range(match.range(at: $0), in: html).map { String(html[$0]) } }.first
        }.map { decode($0).filter { !$0.isWhitespace && !($0.asciiValue.map { $0 < 0x20 } ?? false) }.lowercased() }
    }

    static func decode(_ text: String) -> String {
        var result = text
        let pattern = try! NSRegularExpression(pattern: "&#(x?)([0-9a-fA-F]+);?")
        while let match = pattern.firstMatch(in: result, range: NSRange(result.startIndex..., in: result)),
              let whole = Range(match.range, in: result), let hex = Range(match.range(at: 1), in: result), let digits = Range(match.range(at: 2), in: result) {
            let value = UInt32(result[digits], radix: result[hex].isEmpty ? 10 : 16).flatMap(Unicode.Scalar.init) ?? "?"
            result.replaceSubrange(whole, with: String(Character(value)))
        }
        return result.replacingOccurrences(of: "&colon;", with: ":").replacingOccurrences(of: "&tab;", with: "").replacingOccurrences(of: "&newline;", with: "")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Every problem in one piece of HTML: scripts other than Redline's JSON-LD, embedding elements,
    /// event-handler attributes, and script or data URLs (however they are spelled).
    static func activeContent(_ html: String) -> [String] {
        var problems: [String] = []
        let lower = html.lowercased()
        let jsonLD = "<script type=\"application/ld+json\">"
        for block in lower.components(separatedBy: "<script").dropFirst() {
            guard ("<script" + block).hasPrefix(jsonLD) else { problems.append("a script element"); continue }
            let body = block.dropFirst(jsonLD.count - "<script".count).components(separatedBy: "</script>").first ?? ""
            if body.contains("<") { problems.append("`<` inside JSON-LD") }
        }
        for tag in ["<iframe", "<object", "<embed", "<svg", "<img src=x", "<math", "<form", "<base", "<meta http-equiv"] where lower.contains(tag) {
            problems.append(tag)
        }
        let tagPattern = try! NSRegularExpression(pattern: #"<[a-zA-Z][a-zA-Z0-9-]*((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*/?>"#)
        let attributePattern = try! NSRegularExpression(pattern: #"\s+([^\s=>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?"#)
        for tag in tagPattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            guard let range = Range(tag.range(at: 1), in: html) else { continue }
            let attributes = String(html[range])
            for attribute in attributePattern.matches(in: attributes, range: NSRange(attributes.startIndex..., in: attributes)) {
                if let name = Range(attribute.range(at: 1), in: attributes).map({ attributes[$0].lowercased() }), name.hasPrefix("on") || name == "style" && attributes.lowercased().contains("javascript") {
                    problems.append("attribute `\(name)`")
                }
            }
        }
        for url in urlAttributes(html) where ["javascript:", "vbscript:", "data:text", "livescript:"].contains(where: url.hasPrefix) {
            problems.append("URL `\(url)`")
        }
        return problems
    }

    /// The HTML a feed carries inside its XML (Atom elements with `type="html"`; the rest is plain text).
    final class FeedHTML: NSObject, XMLParserDelegate {
        var html: [String] = []
        var current: String?
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if attributes["type"] == "html" { current = "" }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if let text = current { html.append(text) }
            current = nil
        }
    }

    /// Every string inside a JSON value, with the key it sits under.
    static func strings(_ value: Any, key: String = "") -> [(key: String, text: String)] {
        if let text = value as? String { return [(key, text)] }
        if let array = value as? [Any] { return array.flatMap { strings($0, key: key) } }
        if let object = value as? [String: Any] { return object.sorted { $0.key < $1.key }.flatMap { strings($0.value, key: $0.key) } }
        return []
    }

    @Test func noPageFeedOrJSONCarriesActiveContent() throws {
        let (site, tree) = try Self.hostileBuild()
        defer { site.remove() }
        var checked = 0
        for (path, data) in tree.sorted(by: { $0.key < $1.key }) where !path.hasPrefix("assets/") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(Self.activeContent(text).isEmpty, "\(path): \(Self.activeContent(text))")
            if path.hasSuffix(".json") {
                let object = try JSONSerialization.jsonObject(with: data)
                #expect(!text.contains("<"), "\(path): JSON writes `<` as \\u003c")
                // Feed readers render `content_html`; every other string is plain text.
                for (key, html) in Self.strings(object) where key == "content_html" {
                    #expect(Self.activeContent(html).isEmpty, "\(path) content_html: \(Self.activeContent(html))")
                }
            }
            if path.hasSuffix(".xml") {
                let parser = XMLParser(data: data)
                let feed = FeedHTML()
                parser.delegate = feed
                #expect(parser.parse(), "\(path) is well-formed XML")
                for html in feed.html { #expect(Self.activeContent(html).isEmpty, "\(path) embedded HTML: \(Self.activeContent(html))") }
            }
            checked += 1
        }
        #expect(checked > 10)
        // The checks can see what they look for: the raw payloads themselves are flagged.
        for payload in ["<script>alert(1)</script>", "<p onclick=\"x()\">", "<a href=\"&#106;ava&#x73;cript:alert(1)\">", "<a href=\" JaVa\tScRiPt:x\">",
                        "<iframe src=x>", "<a href=vbscript:x>", "<a href='data:text/html,x'>"] {
            #expect(!Self.activeContent(payload).isEmpty, "\(payload)")
        }
        // The escaped text is still there for readers: the title and the amendment reason, as text.
        let page = String(decoding: try #require(tree["en/privacy/2021-03-01/index.html"]), as: UTF8.self)
        #expect(page.contains("Privacy &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Policy"))
        #expect(page.contains("&lt;script&gt;alert(&#39;reason&#39;)&lt;/script&gt;"), "the amendment note")
    }

    @Test func nothingIsWrittenOutsidePublic() throws {
        let (site, _) = try Self.hostileBuild()
        defer { site.remove() }
        let top = try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()
        // `.redline-cache/` is the incremental build's own folder (issue 9), beside the output, and
        // `.public.redline-previous/` the site before the last build, which the next one reuses:
        // it holds nothing but files its own manifest lists.
        #expect(top.filter { $0 != ".public.redline-previous" } == [".redline-cache", "content", "public", "templates"])
        let previous = site.root.appendingPathComponent(".public.redline-previous")
        if FileManager.default.fileExists(atPath: previous.path) {
            let manifest = try String(contentsOf: previous.appendingPathComponent(".redline-manifest"), encoding: .utf8)
            let listed = Set(manifest.split(separator: "\n").map(String.init))
            let files = try FileManager.default.subpathsOfDirectory(atPath: previous.path).filter { path in
                var isDirectory: ObjCBool = false
                FileManager.default.fileExists(atPath: previous.appendingPathComponent(path).path, isDirectory: &isDirectory)
                return !isDirectory.boolValue && path != ".redline-manifest"
            }
            #expect(!files.isEmpty && files.allSatisfy { listed.contains($0) })
        }
        let content = try FileManager.default.subpathsOfDirectory(atPath: site.root.appendingPathComponent("content").path).sorted()
        #expect(content.filter { !$0.hasSuffix("/") } == ["privacy", "privacy/2020-01-01", "privacy/2020-01-01/en.md", "privacy/2021-03-01",
                                                          "privacy/2021-03-01/en.md", "redline.lock", "redline.yml"])
    }
}
