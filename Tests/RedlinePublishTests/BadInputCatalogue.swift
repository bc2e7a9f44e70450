import Foundation
import Testing

/// The malformed inputs of issue 7, one row each: what is written into a working site and what
/// the build must say. Run by BadInputCatalogueTests; most rows end in `path:line:column: error:`
/// and exit 65, a few are inputs that must simply work (BOM, CRLF) or only warn.
struct BadInputCase: CustomTestStringConvertible, Sendable {
    enum Change: Sendable {
        case text(String)
        case bytes([UInt8])
        case delete
        case symlink(String)
        case directory
        /// Generated at run time (the 50 MB file is never committed).
        case generated(@Sendable () -> [UInt8])
    }

    enum Outcome: Sendable {
        /// Exit 65; the first error line starts with this (`path:line:column: error: …`).
        case error(String)
        /// Builds; the text appears among the warnings.
        case warning(String)
        /// Builds, and this page exists.
        case builds(page: String)
    }

    var name: String
    var changes: [(String, Change)]
    var outcome: Outcome
    var testDescription: String { name }

    init(_ name: String, _ changes: [(String, Change)], _ outcome: Outcome) {
        self.name = name
        self.changes = changes
        self.outcome = outcome
    }
}

extension BadInputCase {
    static let v = "content/privacy/2021-06-01/en.md"
    static let front = "---\ntitle: Privacy Policy\neffective: 2021-06-01\n---\n"
    static let body = "# Privacy Policy\n\n## Sharing\n\nWe will not sell or rent your personal information.\n"
    static func version(_ frontMatter: String) -> [(String, Change)] { [(v, .text("---\n\(frontMatter)---\n" + body))] }

    static let catalogue: [BadInputCase] = [
        // The site configuration.
        .init("no redline.yml", [("content/redline.yml", .delete)], .error("content/redline.yml:1:1: error: no site configuration")),
        .init("redline.yml YAML error", [("content/redline.yml", .text("title: [x\nbase_url: https://a.example/\n"))], .error("content/redline.yml:")),
        .init("redline.yml empty", [("content/redline.yml", .text(""))], .error("content/redline.yml:1:1: error:")),
        .init("redline.yml is a list", [("content/redline.yml", .text("- a\n- b\n"))], .error("content/redline.yml:1:1: error:")),
        .init("redline.yml invalid UTF-8", [("content/redline.yml", .bytes(Array("title: T".utf8) + [0xFF, 0x0A]))], .error("content/redline.yml:1:")),
        .init("base_url relative", [("content/redline.yml", .text(config.replacingOccurrences(of: "https://privacy.test.example/", with: "/site/")))],
              .error("content/redline.yml:2:11: error: `base_url` must be an absolute http(s) URL")),
        .init("locales wrong type", [("content/redline.yml", .text(config.replacingOccurrences(of: "locales: [en]", with: "locales: 42")))], .error("content/redline.yml:")),
        .init("unknown default locale", [("content/redline.yml", .text(config.replacingOccurrences(of: "default_locale: en", with: "default_locale: de")))],
              .error("content/redline.yml:")),
        .init("locale not BCP 47", [("content/redline.yml", .text(config.replacingOccurrences(of: "locales: [en]", with: "locales: [en, \"en_US!\"]")))],
              .error("content/redline.yml:")),
        .init("locale listed twice", [("content/redline.yml", .text(config.replacingOccurrences(of: "locales: [en]", with: "locales: [en, en]")))],
              .error("content/redline.yml:")),
        .init("notice_days not a number", [("content/redline.yml", .text(config + "\nnotice_days: soon\n"))], .error("content/redline.yml:")),
        .init("unsafe_html not a boolean", [("content/redline.yml", .text(config + "\nunsafe_html: maybe\n"))], .error("content/redline.yml:")),
        .init("publisher without name", [("content/redline.yml", .text(config.replacingOccurrences(of: "  name: Test Inc.", with: "  url: https://a.example/")))],
              .error("content/redline.yml:")),
        // Front matter.
        .init("front matter YAML error", version("title: Privacy Policy\neffective: 2021-06-01\nsummary: [unclosed\n"), .error(v + ":")),
        .init("front matter tab indentation", version("title: Privacy Policy\n\teffective: 2021-06-01\n"), .error(v + ":")),
        .init("front matter never closed", [(v, .text("---\ntitle: Privacy Policy\neffective: 2021-06-01\n" + body))], .error(v + ":")),
        .init("no front matter", [(v, .text(body))], .error(v + ":1:1: error:")),
        .init("front matter is a list", version("- title\n- effective\n"), .error(v + ":")),
        .init("missing title", version("effective: 2021-06-01\n"), .error(v + ":2:1: error: missing required key `title`")),
        .init("missing effective", version("title: Privacy Policy\n"), .error(v + ":2:1: error: missing required key `effective`")),
        .init("title is a mapping", version("title: {a: b}\neffective: 2021-06-01\n"), .error(v + ":2:")),
        .init("effective is a list", version("title: Privacy Policy\neffective: [2021-06-01]\n"), .error(v + ":3:")),
        .init("acknowledges is a mapping", version("title: Privacy Policy\neffective: 2021-06-01\nacknowledges: {a: b}\n"), .error(v + ":4:")),
        .init("summary is a list", version("title: Privacy Policy\neffective: 2021-06-01\nsummary: [a, b]\n"), .error(v + ":4:")),
        .init("effective 30 February", [("content/privacy/2021-02-30/en.md", .text("---\ntitle: P\neffective: 2021-02-30\n---\n" + body))],
              .error("content/privacy/2021-02-30:1:1: error:")),
        .init("announced 13th month", version("title: Privacy Policy\neffective: 2021-06-01\nannounced: 2021-13-01\n"), .error(v + ":4:")),
        .init("effective not the folder", version("title: Privacy Policy\neffective: 2021-06-02\n"), .error(v + ":3:12: error: `effective` is 2021-06-02 but the folder is 2021-06-01")),
        .init("announced after effective", version("title: Privacy Policy\neffective: 2021-06-01\nannounced: 2021-07-01\n"), .error(v + ":4:")),
        .init("unknown front matter key", version("title: Privacy Policy\neffective: 2021-06-01\ncolour: red\n"), .warning(v + ":4:1: warning:")),
        // Versions.
        .init("duplicate version", [("content/privacy/2021-06-01/en.md", .text(TemporarySite.second.replacingOccurrences(of: "2021-03-01", with: "2021-06-01")))],
              .error(v + ":3:1: error: duplicate version")),
        .init("version folder not a date", [("content/privacy/June/en.md", .text(TemporarySite.second))], .error("content/privacy/June:1:1: error: version folder `June` is not a date")),
        // The folder names order the versions; an effective date that would put one elsewhere is refused.
        .init("version out of order (effective before the previous one)", version("title: Privacy Policy\neffective: 2019-06-01\n"),
              .error(v + ":3:12: error: `effective` is 2019-06-01 but the folder is 2021-06-01")),
        .init("policy folder with no versions", [("content/cookies", .directory)], .error("content/cookies:1:1: error: policy `cookies` has no versions")),
        .init("version folder with no files", [("content/privacy/2021-06-01", .directory)], .warning("content/privacy/2021-06-01:1:1: warning: ignored")),
        .init("unknown locale", [("content/privacy/2021-06-01/xx.md", .text(front + body))], .error("content/privacy/2021-06-01/xx.md:1:1: error: unknown locale `xx`")),
        // Bytes.
        .init("empty file", [(v, .text(""))], .error(v + ":1:1: error:")),
        .init("whitespace-only file", [(v, .text("\n  \n\t\n"))], .error(v + ":1:1: error:")),
        .init("empty body", [(v, .text(front + "\n\n"))], .error(v + ":5:1: error: the policy text is empty")),
        .init("invalid UTF-8 in the body", [(v, .bytes(Array((front + "# P\n\nca").utf8) + [0xC3, 0x28]))], .error(v + ":7:3: error: invalid UTF-8 (byte 0xC3)")),
        .init("invalid UTF-8 in front matter", [(v, .bytes(Array("---\ntitle: P".utf8) + [0xFF] + Array("\neffective: 2021-06-01\n---\n# P\n".utf8)))],
              .error(v + ":2:9: error: invalid UTF-8 (byte 0xFF)")),
        .init("UTF-16 file", [(v, .bytes([0xFF, 0xFE] + Array((front + body).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })))], .error(v + ":1:1: error: invalid UTF-8")),
        .init("NUL bytes", [(v, .bytes(Array((front + body).utf8) + [0, 0, 0]))], .builds(page: "en/privacy/2021-06-01/index.html")),
        .init("BOM works and keeps the hash", [("content/privacy/2021-03-01/en.md", .bytes([0xEF, 0xBB, 0xBF] + Array(TemporarySite.second.utf8)))],
              .builds(page: "en/privacy/2021-03-01/index.html")),
        .init("CRLF works and keeps the hash", [("content/privacy/2021-03-01/en.md", .text(TemporarySite.second.replacingOccurrences(of: "\n", with: "\r\n")))],
              .builds(page: "en/privacy/2021-03-01/index.html")),
        .init("BOM, CR and CRLF mixed", [(v, .bytes([0xEF, 0xBB, 0xBF] + Array((front + body).replacingOccurrences(of: "\n\n", with: "\r\r").replacingOccurrences(of: "\n", with: "\r\n").utf8)))],
              .builds(page: "en/privacy/2021-06-01/index.html")),
        .init("enormous file (50 MB)", [(v, .generated { Array(front.utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 50 * 1_048_576) })],
              .error(v + ":1:1: error: file is 50 MB, larger than the 8 MB limit")),
        .init("headings nested 1,000 deep", [(v, .text(front + (0..<1000).map { String(repeating: "> ", count: $0) + "## Level \($0)\n" }.joined()))],
              .builds(page: "en/privacy/2021-06-01/index.html")),
        .init("lists nested 1,000 deep", [(v, .text(front + "# P\n\n" + (0..<1000).map { String(repeating: "  ", count: $0) + "- item \($0)\n" }.joined()))],
              .builds(page: "en/privacy/2021-06-01/index.html")),
        // Paths.
        .init("symbolic link out of content/", [(v, .symlink("/etc/passwd"))], .error(v + ":1:1: error: symbolic link points outside the site folder")),
        .init("policy folder linked out of the site", [("content/cookies", .symlink("/usr/share"))], .error("content/cookies:1:1: error:")),
        .init("file name with ..", [("content/privacy/2021-06-01/en..md", .text(front + body))], .error("content/privacy/2021-06-01/en..md:1:1: error:")),
        .init("file name with a space", [("content/privacy/2021-06-01/e n.md", .text(front + body))], .error("content/privacy/2021-06-01/e n.md:1:1: error:")),
        .init("non-ASCII file name", [("content/privacy/2021-06-01/ën.md", .text(front + body))], .error("content/privacy/2021-06-01/ën.md:1:1: error:")),
        .init("policy folder with a space", [("content/my policy/2021-06-01/en.md", .text(front + body))], .error("content/my policy:1:1: error:")),
        .init("non-ASCII policy folder", [("content/privé/2021-06-01/en.md", .text(front + body))], .error("content/privé:1:1: error:")),
        .init("policy folder named a..b", [("content/a..b/2021-06-01/en.md", .text(front + body))], .error("content/a..b:1:1: error:")),
        // Names starting with a dot are hidden (.git, .DS_Store) and skipped, so `..foo` never becomes a path.
        .init("hidden policy folder ..foo", [("content/..foo/2021-06-01/en.md", .text(front + body))], .builds(page: "en/privacy/index.html")),
        .init("version file linked to another version", [(v, .symlink("../2021-03-01/en.md"))], .error(v + ":")),
        // Theme.
        .init("missing template", [("templates/history.mustache", .delete)], .error("templates/history.mustache:1:1: error: missing template `history`")),
        .init("missing partial (the layout)", [("templates/layout.mustache", .delete)], .error("templates/layout.mustache:1:1: error:")),
        .init("template syntax error", [("templates/history.mustache", .text("{{<layout}}{{$main}}{{#versions}}<p>{{title}}</p>{{/main}}"))],
              .error("templates/history.mustache:1:")),
        .init("UI strings YAML error", [("templates/i18n/en.yml", .text("language: [English\n"))], .error("templates/i18n/en.yml:")),
        // The lock file.
        .init("lock file garbage", [("content/redline.lock", .text("this is not a lock\n"))], .error("content/redline.lock:1:1: error: expected `redline-lock 1`")),
        .init("lock file bad hash", [("content/redline.lock", .text("redline-lock 1\nprivacy/2020-01-01/en.md sha256:1234\n"))],
              .error("content/redline.lock:2:26: error: `sha256:1234` is not a content hash")),
        .init("lock file invalid UTF-8", [("content/redline.lock", .bytes(Array("redline-lock 1\n".utf8) + [0xFE]))], .error("content/redline.lock:2:1: error: invalid UTF-8")),
        .init("lock file path escaping content/", [("content/redline.lock", .text("redline-lock 1\n../../etc/passwd sha256:\(String(repeating: "0", count: 64))\n"))],
              .error("content/redline.lock:2:1: error:")),
    ]

    static let config = TemporarySite.config
}
