import RedlineParse
import Testing

@Suite("Front matter split: the in-place walk gives what splitting into lines gave")
struct FrontMatterSplitTests {
    /// The straightforward version the walk replaced, kept as the reference.
    static func reference(_ text: String) -> (yaml: String?, body: String, bodyFirstLine: Int) {
        guard text.hasPrefix("---\n") || text == "---" else { return (nil, text, 1) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeFirst()
        guard let end = lines.firstIndex(where: { $0 == "---" || $0 == "..." }) else { return ("", "", 1) }
        return (lines[..<end].joined(separator: "\n"), lines[(end + 1)...].joined(separator: "\n"), end + 3)
    }

    static let texts = [
        "", "---", "---\n", "---\n---", "---\n---\n", "---\n---\nbody", "---\ntitle: A\n---\n# A\n\ntext\n",
        "---\ntitle: A\neffective: 2020-01-01\n...\nbody\n", "---\ntitle: A\n", "no front matter\n---\n",
        "---\ntitle: “Ä”\n---\n\n# Ü\n", "---\n--- \n---\nx", "---\na\n\n---\n\n\n", "--\n---\n",
    ]

    @Test(arguments: texts)
    func matchesTheReference(_ text: String) {
        let (yaml, body, line) = FrontMatter.split(text)
        let expected = Self.reference(text)
        #expect(yaml == expected.yaml)
        #expect(body == expected.body)
        #expect(line == expected.bodyFirstLine)
    }
}
