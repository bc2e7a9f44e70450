import Testing
@testable import RedlineParse

@Suite("Front matter and configuration errors point at file, line and column")
struct FrontMatterTests {
    func parse(_ text: String, folder: String = "2021-03-01") -> (PolicyVersion?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let version = PolicyVersion.parse(text, policy: "privacy", locale: "en", path: "content/privacy/\(folder)/en.md",
                                          folderDate: PolicyDate(folder), unsafeHTML: false, diagnostics: &diagnostics)
        return (version, diagnostics)
    }

    @Test func aValidVersionParses() throws {
        let (version, diagnostics) = parse("---\ntitle: Privacy\neffective: 2021-03-01\nannounced: 2021-01-29\nacknowledges:\n  - a@b\n---\n# Privacy\n\nText.\n")
        #expect(diagnostics.isEmpty)
        let front = try #require(version?.frontMatter)
        #expect(front.announced == PolicyDate("2021-01-29"))
        #expect(front.acknowledges == ["a@b"])
        #expect(version?.document.sentences.first?.line == 10)
    }

    @Test func mismatchedEffectiveDateNamesTheLine() {
        let (version, diagnostics) = parse("---\ntitle: Privacy\neffective: 2021-03-02\n---\nText.\n")
        #expect(version == nil)
        #expect(diagnostics.first?.description.hasPrefix("content/privacy/2021-03-01/en.md:3:12: error: `effective` is 2021-03-02 but the folder is 2021-03-01") == true)
    }

    @Test func missingEffectiveAndBadYAMLAreErrors() {
        let (_, missing) = parse("---\ntitle: Privacy\n---\nText.\n")
        #expect(missing.map(\.message) == ["missing required key `effective`"])
        let (_, bad) = parse("---\ntitle: [unclosed\neffective: 2021-03-01\n---\nText.\n")
        #expect(bad.first?.message.hasPrefix("invalid YAML") == true)
        #expect(bad.first?.location.line == 4 || bad.first?.location.line == 3)
    }

    @Test func impossibleDatesAndEmptyBodies() {
        let (_, date) = parse("---\ntitle: P\neffective: 2021-02-30\n---\nText.\n", folder: "2021-03-01")
        #expect(date.first?.message == "`effective` is 2021-02-30, a day that does not exist")
        let (_, empty) = parse("---\ntitle: P\neffective: 2021-03-01\n---\n\n  \n")
        #expect(empty.first?.message == "the policy text is empty")
        #expect(empty.first?.location.line == 5)
    }

    @Test func invalidUTF8IsLocated() {
        var diagnostics: [Diagnostic] = []
        let text = TextDecoding.decode(Array("ok\nab".utf8) + [0xC3, 0x28], path: "f.md", diagnostics: &diagnostics)
        #expect(text == nil)
        #expect(diagnostics.first?.location == SourceLocation(path: "f.md", line: 2, column: 3))
    }

    @Test func bomAndCRLFAreNormalised() {
        var diagnostics: [Diagnostic] = []
        let text = TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("a\r\nb\r\n".utf8), path: "f.md", diagnostics: &diagnostics)
        #expect(text == "a\nb\n")
        #expect(diagnostics.isEmpty)
    }

    @Test func siteConfigReportsUnknownLocalesAndKeys() {
        #expect(throws: ContentError.self) {
            try SiteConfig.parse("title: T\nbase_url: https://x.example/\nlocales: [en, de]\ndefault_locale: fr\n", path: "content/redline.yml")
        }
        do {
            _ = try SiteConfig.parse("title: T\nbase_url: ftp://x\n", path: "content/redline.yml")
        } catch {
            #expect(error.diagnostics.first?.description.hasPrefix("content/redline.yml:2:11: error: `base_url` must be an absolute http(s) URL") == true)
        }
        let config = try? SiteConfig.parse("title: T\nbase_url: https://x.example\ntitel: x\n", path: "c.yml")
        #expect(config?.baseURL == "https://x.example/")
        #expect(config?.warnings.first?.hint == "did you mean `title`?")
    }

    @Test func policyDatesDoArithmetic() throws {
        let date = try #require(PolicyDate("2020-02-28"))
        #expect(date.adding(days: 1).description == "2020-02-29")
        #expect(date.adding(days: 2).description == "2020-03-01")
        #expect(try #require(PolicyDate("2021-01-29")).days(until: try #require(PolicyDate("2021-03-01"))) == 31)
        #expect(PolicyDate("2021-13-01") == nil)
        #expect(PolicyDate("21-01-01") == nil)
    }
}
