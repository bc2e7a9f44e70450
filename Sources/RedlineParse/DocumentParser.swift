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
        let offset = firstLine - 1
        var (builder, found) = MarkdownParser.parse(markdown, unsafeHTML: unsafeHTML, lineOffset: offset)
        let warnings = found.map {
            Diagnostic.warning(at: SourceLocation(path: path, line: $0.line + offset, column: 1), $0.message)
        }
        return Result(document: builder.finish(), warnings: warnings)
    }

    /// Only the warnings `parse` would give (in the same order), without building the document.
    public static func warnings(_ markdown: String, path: String = "<input>", firstLine: Int = 1, unsafeHTML: Bool = false) -> [Diagnostic] {
        MarkdownParser.warnings(markdown, unsafeHTML: unsafeHTML).map {
            Diagnostic.warning(at: SourceLocation(path: path, line: $0.line + firstLine - 1, column: 1), $0.message)
        }
    }

    /// Renders a short Markdown fragment (such as a summary) to HTML, in safe mode unless allowed.
    public static func html(_ markdown: String, unsafeHTML: Bool = false) -> String {
        MarkdownParser.renderHTML(markdown, unsafeHTML: unsafeHTML)
    }
}

/// Groups the headings and blocks, in document order, into sections and gives each a unique slug.
struct SectionAccumulator {
    let lineOffset: Int
    var sections: [Section] = []
    var title: String?
    /// Open headings by level, for the parents of the next section.
    var stack: [(level: Int, slug: String)] = []
    var usedSlugs: Set<SlugKey> = []
    /// The Markdown, while it is parsed (see `BlockText`).
    var source: SourceText?
    /// Scratch space for `BlockText`, kept across blocks (and documents: see `ParseScratch`).
    var spans: [SentenceSplitter.Span] = []
    var marks: [Int] = []
    var buffer: [UInt8] = []

    init(lineOffset: Int, source: SourceText? = nil) {
        var scratch = ParseScratch()
        self.init(lineOffset: lineOffset, source: source, scratch: &scratch)
    }

    /// Takes its scratch buffers from `scratch` (see `giveBack`).
    init(lineOffset: Int, source: SourceText?, scratch: inout ParseScratch) {
        self.lineOffset = lineOffset
        self.source = source
        swap(&spans, &scratch.spans)
        swap(&marks, &scratch.marks)
        swap(&buffer, &scratch.buffer)
        sections = [Section(slug: "preamble", heading: "", level: 0, parents: [], line: lineOffset + 1, blocks: [], headingHTML: "", bodyHTML: "")]
        usedSlugs = [SlugKey("preamble")]
        // A policy has a few dozen headings: growing the set rehashed every slug each time.
        usedSlugs.reserveCapacity(64)
    }

    /// A heading: `text` with whitespace already collapsed, `html` its inline content.
    mutating func heading(level: Int, text heading: String, html: String, line: Int) {
        if level == 1, title == nil { title = heading }
        while let last = stack.last, last.level >= level { stack.removeLast() }
        let slug = uniqueSlug(for: heading, parent: stack.last?.slug)
        sections.append(Section(slug: slug, heading: heading, level: level, parents: stack.map(\.slug),
                                line: line + lineOffset, blocks: [], headingHTML: html, bodyHTML: ""))
        stack.append((level, slug))
    }

    /// HTML of top-level nodes that are not headings, for the current section's body.
    mutating func html(_ html: String) {
        sections[sections.count - 1].bodyHTML += html
    }

    /// A block from its raw text (inline Markdown removed, ends trimmed, line breaks kept);
    /// `leadIn` already collapsed; `sourceOffset` where the text would start in the Markdown if
    /// it were copied unchanged. Returns the collapsed text, the lead-in of lists that follow.
    @discardableResult
    mutating func block(_ kind: Block.Kind, raw: UnsafeBufferPointer<UInt8>, line: Int, depth: Int, leadIn: String?, sourceOffset: Int? = nil) -> String {
        let section = sections[sections.count - 1].slug
        let fileLine = line + lineOffset
        // A list item is one statement completing its lead-in, however many periods it has.
        let split = !(kind == .listItem || kind == .code || kind == .html)
        let (text, sentences) = BlockText.make(raw, split: split, line: fileLine, section: section, leadIn: leadIn,
                                               source: source, sourceOffset: sourceOffset, spans: &spans, marks: &marks, buffer: &buffer)
        guard !sentences.isEmpty else { return text }
        sections[sections.count - 1].blocks.append(
            Block(kind: kind, text: text, line: fileLine, leadIn: leadIn, depth: depth, sentences: sentences))
        return text
    }

    /// Room for the preamble and `headings` sections.
    mutating func reserveSections(headings: Int) {
        sections.reserveCapacity(headings + 1)
    }

    /// Room for `count` blocks in the current section, so that its array is allocated once
    /// instead of again each time its count doubles.
    mutating func reserveBlocks(_ count: Int) {
        sections[sections.count - 1].blocks.reserveCapacity(count)
    }

    /// Hands the scratch buffers back to `scratch`, for the thread's next document.
    mutating func giveBack(into scratch: inout ParseScratch) {
        swap(&spans, &scratch.spans)
        swap(&marks, &scratch.marks)
        swap(&buffer, &scratch.buffer)
    }

    /// The heading's slug; on a clash, qualified by its parent, then numbered.
    mutating func uniqueSlug(for heading: String, parent: String?) -> String {
        let base = SlugKey.of(heading)
        if usedSlugs.insert(base).inserted { return base.slug }
        if let parent {
            let qualified = SlugKey("\(parent)-\(base.slug)")
            if usedSlugs.insert(qualified).inserted { return qualified.slug }
        }
        var number = 2
        while usedSlugs.contains(SlugKey("\(base.slug)-\(number)")) { number += 1 }
        let numbered = SlugKey("\(base.slug)-\(number)")
        usedSlugs.insert(numbered)
        return numbered.slug
    }

    mutating func finish() -> Document {
        // An empty preamble (the usual case: the body starts with its title) is not a section.
        if sections[0].blocks.isEmpty, sections[0].bodyHTML.isEmpty { sections.removeFirst() }
        return Document(title: title, sections: sections)
    }
}
