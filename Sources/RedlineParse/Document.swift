/// A parsed policy text: Redline's own value tree, built from cmark's and free of C pointers.
///
/// The body is split into sections by its heading hierarchy. Text before the first heading
/// below the title goes into a leading section with an empty heading (the preamble).
public struct Document: Sendable, Equatable, Codable {
    /// The first level-1 heading, when the body has one.
    public var title: String?
    public var sections: [Section]

    public init(title: String?, sections: [Section]) {
        self.title = title
        self.sections = sections
    }

    /// Every sentence in reading order.
    public var sentences: [Sentence] { sections.flatMap { $0.blocks.flatMap(\.sentences) } }

    /// The section with this slug.
    public func section(_ slug: String) -> Section? { sections.first { $0.slug == slug } }
}

/// A heading and the blocks under it up to the next heading of any level.
public struct Section: Sendable, Equatable, Codable {
    /// Unique within the document and stable across versions while the heading path stays the same.
    public var slug: String
    /// Heading text without Markdown (empty for the preamble).
    public var heading: String
    /// Heading level 1–6 (0 for the preamble).
    public var level: Int
    /// Slugs of the enclosing sections, outermost first.
    public var parents: [String]
    /// Line of the heading in the source file (of the first block for the preamble).
    public var line: Int
    public var blocks: [Block]
    /// The heading's inline content rendered as HTML (raw HTML dropped unless the site allows it).
    public var headingHTML: String
    /// The blocks under the heading rendered by cmark, lists and emphasis intact.
    public var bodyHTML: String

    public init(slug: String, heading: String, level: Int, parents: [String], line: Int, blocks: [Block],
                headingHTML: String, bodyHTML: String) {
        self.slug = slug
        self.heading = heading
        self.level = level
        self.parents = parents
        self.line = line
        self.blocks = blocks
        self.headingHTML = headingHTML
        self.bodyHTML = bodyHTML
    }

    /// Plain text of every block, one block per line.
    public var text: String { blocks.map(\.text).joined(separator: "\n") }
}

/// A paragraph, list item, quote or code block: the unit the redline shows.
public struct Block: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable { case paragraph, listItem, quote, code, html }

    public var kind: Kind
    /// Plain text with inline Markdown removed and whitespace collapsed.
    public var text: String
    public var line: Int
    /// For a list item, the paragraph that introduces the list ("You can ask us to:").
    public var leadIn: String?
    /// Nesting depth of a list item (0 = top level).
    public var depth: Int
    public var sentences: [Sentence]

    public init(kind: Kind, text: String, line: Int, leadIn: String? = nil, depth: Int = 0, sentences: [Sentence]) {
        self.kind = kind
        self.text = text
        self.line = line
        self.leadIn = leadIn
        self.depth = depth
        self.sentences = sentences
    }
}

/// One sentence (or one list item), the unit that the diff aligns and the review quotes.
public struct Sentence: Sendable, Hashable, Codable {
    public var text: String
    /// Line in the source file.
    public var line: Int
    /// Slug of the section that holds it.
    public var section: String
    /// For list items, the lead-in sentence the item completes.
    public var leadIn: String?

    public init(text: String, line: Int, section: String, leadIn: String? = nil) {
        self.text = text
        self.line = line
        self.section = section
        self.leadIn = leadIn
    }
}
