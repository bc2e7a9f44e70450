import Testing
@testable import RedlineParse

@Suite struct ContentHashTests {
    @Test func matchesTheSHA256TestVector() {
        // FIPS 180-2, appendix B.1.
        #expect(ContentHash(of: "abc").description == "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func roundTripsItsTextForm() {
        let hash = ContentHash(of: "We do not sell your data.")
        #expect(ContentHash(parsing: hash.description) == hash)
        #expect(ContentHash(parsing: hash.hex) == nil)
        #expect(ContentHash(parsing: "sha256:" + hash.hex.uppercased()) == nil)
        #expect(ContentHash(parsing: "sha256:abc") == nil)
    }

    @Test func ignoresLineEndsAndByteOrderMarkButNotContent() throws {
        var diagnostics: [Diagnostic] = []
        let unix = try #require(TextDecoding.decode(Array("a\nb\n".utf8), path: "x.md", diagnostics: &diagnostics))
        let windows = try #require(TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("a\r\nb\r\n".utf8), path: "x.md", diagnostics: &diagnostics))
        #expect(ContentHash(of: unix) == ContentHash(of: windows))
        #expect(ContentHash(of: unix) != ContentHash(of: "a\nc\n"))
    }

    @Test func aParsedVersionIsIdentifiedByItsWholeFile() throws {
        let text = "---\ntitle: Privacy\neffective: 2024-01-01\n---\n# Privacy\n\nWe keep data for 30 days.\n"
        var diagnostics: [Diagnostic] = []
        let version = try #require(PolicyVersion.parse(text, policy: "privacy", locale: "en", path: "content/privacy/2024-01-01/en.md",
                                                       folderDate: nil, unsafeHTML: false, diagnostics: &diagnostics))
        #expect(version.contentHash == ContentHash(of: text))
        let retitled = text.replacingOccurrences(of: "title: Privacy", with: "title: Privacy Policy")
        let other = try #require(PolicyVersion.parse(retitled, policy: "privacy", locale: "en", path: "content/privacy/2024-01-01/en.md",
                                                     folderDate: nil, unsafeHTML: false, diagnostics: &diagnostics))
        #expect(other.contentHash != version.contentHash)
    }
}
