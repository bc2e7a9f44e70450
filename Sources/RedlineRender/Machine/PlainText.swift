import RedlineParse

/// Plain text of short Markdown (summaries) for formats that want text, not HTML.
enum PlainText {
    /// Inline Markdown removed, blocks joined by a space; nil for nil or blank input.
    static func of(markdown: String?) -> String? {
        guard let markdown, !markdown.trimmingWhitespace().isEmpty else { return nil }
        let document = DocumentParser.parse(markdown).document
        let parts = document.sections.flatMap { section in
            (section.heading.isEmpty ? [] : [section.heading]) + section.blocks.map(\.text)
        }
        let text = parts.joined(separator: " ")
        return text.isEmpty ? markdown.trimmingWhitespace() : text
    }
}
