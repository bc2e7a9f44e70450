import Foundation
import RedlineParse
import Testing

/// The loader reads a new file only for its warnings (`DocumentParser.warnings`); they must be
/// exactly those of the full parse that renders its pages, in the same order.
@Suite("Warnings without the document: the same as a full parse's")
struct WarningsOnlyTests {
    static let hostile: [String] = {
        var cases = [
            "# Title\n\nPlain text with <b>inline HTML</b> and [a link](javascript:alert(1)).\n",
            "<div>block</div>\n\n> quoted <span>html</span>\n>\n> - [x](vbscript:y)\n",
            "## <em>Heading</em> with ![image](data:text/html;base64,AAA)\n\nBody [ok](https://example.com).\n",
            "- item\n  > quote inside an item\n  > > deeper <i>x</i>\n- [bad](JaVaScRiPt:alert(1))\n",
            "```\n<script>not html in code</script>\n```\n",
        ]
        // Nesting around the flattening limit, by lists, by quotes and by both, with HTML at the bottom.
        for depth in [46, 47, 48, 49, 50, 80] {
            cases.append((0..<depth).map { String(repeating: "  ", count: $0) + "- level \($0)" }.joined(separator: "\n") + " <b>x</b>\n")
            cases.append(String(repeating: "> ", count: depth) + "deep <i>quote</i>\n\nafter\n")
            cases.append((0..<depth).map { String(repeating: "  ", count: $0) + ($0 % 2 == 0 ? "- " : "- > ") + "mixed \($0)" }.joined(separator: "\n") + "\n")
        }
        return cases
    }()

    @Test(arguments: hostile)
    func hostileInput(_ markdown: String) {
        for unsafe in [false, true] {
            let full = DocumentParser.parse(markdown, path: "p.md", firstLine: 7, unsafeHTML: unsafe).warnings
            #expect(DocumentParser.warnings(markdown, path: "p.md", firstLine: 7, unsafeHTML: unsafe) == full)
        }
    }

    @Test func theCasesDoWarn() {
        let warnings = Self.hostile.map { DocumentParser.warnings($0) }
        #expect(warnings.filter(\.isEmpty).count <= 4, "the code block and the shallow mixed nestings are quiet; the rest warn")
        #expect(warnings.joined().contains { $0.message.hasPrefix("nesting deeper") })
        #expect(warnings.joined().contains { $0.message.hasPrefix("unsafe link target dropped") })
    }

    @Test func everyRealPolicyVersion() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/corpus/real")
        guard let files = FileManager.default.enumerator(atPath: corpus.path)?.compactMap({ $0 as? String }).filter({ $0.hasSuffix(".md") }),
              !files.isEmpty else {
            print("WarningsOnlyTests: \(corpus.path) is absent; skipping the real corpus (the hostile cases still ran)")
            return
        }
        var warned = 0
        for file in files.sorted() {
            let text = try String(contentsOf: corpus.appendingPathComponent(file), encoding: .utf8)
            let full = DocumentParser.parse(text, path: file).warnings
            #expect(DocumentParser.warnings(text, path: file) == full, "\(file)")
            if !full.isEmpty { warned += 1 }
        }
        #expect(warned > 0, "some real policies hold raw HTML")
    }
}
