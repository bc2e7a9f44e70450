/// Parses a Markdown body into a `Document`: sections from the heading hierarchy with stable,
/// unique slugs; blocks; sentences with their lines in the source file.
public enum DocumentParser {
    /// The parsed document and the warnings (dropped raw HTML, unsafe links, flattened nesting).
    public struct Result: Sendable, Equatable {
        public var document: Document
        public var warnings: [Diagnostic]
    }

    /// - Parameters:
    ///   - markdown: the body, after the front matter.
    ///   - path: the file, for warnings.
    ///   - firstLine: the line of the file on which the body starts (1 when there is no front matter).
    ///   - unsafeHTML: keep raw HTML and every link target (the site opted in).
    public static func parse(_ markdown: String, path: String = "<input>", firstLine: Int = 1, unsafeHTML: Bool = false) -> Result {
        let output = MarkdownParser.parse(markdown, unsafeHTML: unsafeHTML)
        let offset = firstLine - 1
        var builder = SectionAccumulator(lineOffset: offset)
        for element in output.elements { builder.add(element) }
        let warnings = output.warnings.map {
            Diagnostic.warning(at: SourceLocation(path: path, line: $0.line + offset, column: 1), $0.message)
        }
        return Result(document: builder.finish(), warnings: warnings)
    }

    /// Renders a short Markdown fragment (such as a summary) to HTML, in safe mode unless allowed.
    public static func html(_ markdown: String, unsafeHTML: Bool = false) -> String {
        MarkdownParser.renderHTML(markdown, unsafeHTML: unsafeHTML)
    }
}

/// Groups the flat element list into sections and gives each a unique slug.
struct SectionAccumulator {
    let lineOffset: Int
    var sections: [Section] = []
    var title: String?
    /// Open headings by level, for the parents of the next section.
    var stack: [(level: Int, slug: String)] = []
    var usedSlugs: Set<String> = []

    init(lineOffset: Int) {
        self.lineOffset = lineOffset
        sections = [Section(slug: "preamble", heading: "", level: 0, parents: [], line: lineOffset + 1, blocks: [], headingHTML: "", bodyHTML: "")]
        usedSlugs = ["preamble"]
    }

    mutating func add(_ element: MarkdownElement) {
        switch element {
        case let .heading(level, text, html, line):
            let heading = text.collapsingWhitespace
            if level == 1, title == nil { title = heading }
            while let last = stack.last, last.level >= level { stack.removeLast() }
            let slug = uniqueSlug(for: heading, parent: stack.last?.slug)
            sections.append(Section(slug: slug, heading: heading, level: level, parents: stack.map(\.slug),
                                    line: line + lineOffset, blocks: [], headingHTML: html, bodyHTML: ""))
            stack.append((level, slug))
        case let .html(html):
            sections[sections.count - 1].bodyHTML += html
        case let .block(kind, text, line, depth, leadIn):
            let section = sections[sections.count - 1].slug
            let fileLine = line + lineOffset
            let lead = leadIn.map(\.collapsingWhitespace)
            let sentences: [Sentence]
            if kind == .listItem || kind == .code || kind == .html {
                // A list item is one statement completing its lead-in, however many periods it has.
                let collapsed = text.collapsingWhitespace
                sentences = collapsed.isEmpty ? [] : [Sentence(text: collapsed, line: fileLine, section: section, leadIn: lead)]
            } else {
                sentences = SentenceSplitter.split(text).map {
                    Sentence(text: $0.text, line: fileLine + $0.lineOffset, section: section)
                }
            }
            guard !sentences.isEmpty else { return }
            sections[sections.count - 1].blocks.append(
                Block(kind: kind, text: text.collapsingWhitespace, line: fileLine, leadIn: lead, depth: depth, sentences: sentences))
        }
    }

    /// The heading's slug; on a clash, qualified by its parent, then numbered.
    mutating func uniqueSlug(for heading: String, parent: String?) -> String {
        let base = Slug.make(heading)
        var candidates = [base]
        if let parent { candidates.append("\(parent)-\(base)") }
        for candidate in candidates where !usedSlugs.contains(candidate) {
            usedSlugs.insert(candidate)
            return candidate
        }
        var number = 2
        while usedSlugs.contains("\(base)-\(number)") { number += 1 }
        usedSlugs.insert("\(base)-\(number)")
        return "\(base)-\(number)"
    }

    func finish() -> Document {
        // An empty preamble (the usual case: the body starts with its title) is not a section.
        let kept = sections.enumerated().filter { $0.offset > 0 || !$0.element.blocks.isEmpty || !$0.element.bodyHTML.isEmpty }
        return Document(title: title, sections: kept.map(\.element))
    }
}
