import RedlineParse

/// The aligned difference between two versions of a policy: sections matched one to one
/// (renamed, moved, split and merged sections recognised), then sentences, then words.
public struct PolicyDiff: Sendable, Equatable, Codable {
    /// Sections in the order of the new version, with deleted old sections placed where they stood.
    public var sections: [SectionChange]

    public init(sections: [SectionChange]) { self.sections = sections }

    /// True when the versions say the same thing (only normalisation noise changed).
    public var isEmpty: Bool { sections.allSatisfy { $0.status == .unchanged } }
}

/// What happened to one section.
public struct SectionChange: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Codable {
        case unchanged, edited, moved, renamed, added, deleted, split, merged
    }

    public var status: Status
    /// Slug and heading in the old version (nil when added).
    public var oldSlug: String?
    public var oldHeading: String?
    /// Slug and heading in the new version (nil when deleted).
    public var newSlug: String?
    public var newHeading: String?
    /// Whether the section also changed position relative to its neighbours (a rename can also move).
    public var moved: Bool
    /// For split/merged sections, the other sections involved.
    public var related: [String]
    public var sentences: [SentenceChange]

    public init(status: Status, oldSlug: String?, oldHeading: String?, newSlug: String?, newHeading: String?,
                moved: Bool = false, related: [String] = [], sentences: [SentenceChange]) {
        self.status = status
        self.oldSlug = oldSlug
        self.oldHeading = oldHeading
        self.newSlug = newSlug
        self.newHeading = newHeading
        self.moved = moved
        self.related = related
        self.sentences = sentences
    }

    /// The slug to link to: the new one, or the old one for a deleted section.
    public var slug: String { newSlug ?? oldSlug ?? "" }
}

/// What happened to one sentence (or list item).
public struct SentenceChange: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Codable { case unchanged, moved, edited, added, deleted }

    public var status: Status
    public var old: Sentence?
    public var new: Sentence?
    /// Word-level operations for edited sentences (empty otherwise). Their texts, joined, give the
    /// old sentence (equal + delete) and the new one (equal + insert), spaces included.
    public var words: [WordChange]
    /// Slug of the old section the sentence came from, when it left its section or its place in it
    /// (moved, or edited and moved); nil otherwise.
    public var movedFrom: String?
    /// For a sentence split into several, or several merged into one (status `edited`): which,
    /// and the separate sentences on the side that has several. `old` or `new` then holds them
    /// joined by spaces (with the line of the first), and `words` diffs the joined text.
    public var join: Join?

    public init(status: Status, old: Sentence?, new: Sentence?, words: [WordChange] = [], movedFrom: String? = nil, join: Join? = nil) {
        self.status = status
        self.old = old
        self.new = new
        self.words = words
        self.movedFrom = movedFrom
        self.join = join
    }

    /// A split or a merge of sentences.
    public struct Join: Sendable, Equatable, Codable {
        public enum Kind: String, Sendable, Codable { case split, merged }
        public var kind: Kind
        /// The separate sentences: the new ones of a split, the old ones of a merge.
        public var parts: [Sentence]

        public init(kind: Kind, parts: [Sentence]) {
            self.kind = kind
            self.parts = parts
        }

        /// The parts as one sentence: texts joined by spaces, the first part's line and section.
        public var joined: Sentence {
            Sentence(text: parts.map(\.text).joined(separator: " "), line: parts.first?.line ?? 0,
                     section: parts.first?.section ?? "", leadIn: parts.first?.leadIn)
        }
    }
}

/// A run of words kept, inserted or deleted inside an edited sentence.
public struct WordChange: Sendable, Equatable, Codable {
    public enum Operation: String, Sendable, Codable { case equal, insert, delete }
    public var operation: Operation
    public var text: String

    public init(_ operation: Operation, _ text: String) {
        self.operation = operation
        self.text = text
    }
}
