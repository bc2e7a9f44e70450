import RedlineDiff
import RedlineParse
import RedlineReview

/// Everything `redline diff` prints: which two versions, how they differ, and the review of the change.
public struct DiffReport: Sendable, Equatable {
    /// One side of the comparison: a file, or a version of a policy in the site.
    public struct Side: Sendable, Equatable, Codable {
        /// How the user named it (the path or `POLICY/DATE[/LOCALE]`).
        public var label: String
        /// Path of the Markdown file read.
        public var file: String?
        public var policy: String?
        /// Effective date (`YYYY-MM-DD`) when known.
        public var version: String?
        public var locale: String?
        public var title: String?

        public init(label: String, file: String? = nil, policy: String? = nil, version: String? = nil,
                    locale: String? = nil, title: String? = nil) {
            self.label = label
            self.file = file
            self.policy = policy
            self.version = version
            self.locale = locale
            self.title = title
        }

        // Every key is written, null when unknown, so the schema does not depend on the input.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(label, forKey: .label)
            try container.encode(file, forKey: .file)
            try container.encode(policy, forKey: .policy)
            try container.encode(version, forKey: .version)
            try container.encode(locale, forKey: .locale)
            try container.encode(title, forKey: .title)
        }
    }

    public var old: Side
    public var new: Side
    public var diff: PolicyDiff
    public var review: Review

    public init(old: Side, new: Side, diff: PolicyDiff, review: Review = Review()) {
        self.old = old
        self.new = new
        self.diff = diff
        self.review = review
    }

    /// Convenience for labels only.
    public init(oldLabel: String, newLabel: String, diff: PolicyDiff, review: Review = Review()) {
        self.init(old: Side(label: oldLabel), new: Side(label: newLabel), diff: diff, review: review)
    }

    /// Sections that changed in any way, in report order.
    public var changedSections: [SectionChange] {
        diff.sections.filter { $0.status != .unchanged || $0.moved }
    }

    /// Sentence counts by status over the whole diff (every status present, zero when none).
    public var sentenceCounts: [SentenceChange.Status: Int] {
        var counts: [SentenceChange.Status: Int] = [.unchanged: 0, .moved: 0, .edited: 0, .added: 0, .deleted: 0]
        for section in diff.sections { for sentence in section.sentences { counts[sentence.status, default: 0] += 1 } }
        return counts
    }

    /// "2 sections changed; sentences: 3 edited, 1 added, 1 deleted, 2 moved" — one line, fixed order.
    public var summaryLine: String {
        let sections = changedSections.count
        guard sections > 0 || !review.findings.isEmpty || !review.expansions.isEmpty else { return "No changes in wording." }
        let counts = sentenceCounts
        let parts: [(SentenceChange.Status, String)] = [(.edited, "edited"), (.added, "added"), (.deleted, "deleted"), (.moved, "moved")]
        let sentencePart = parts.compactMap { status, name in (counts[status] ?? 0) > 0 ? "\(counts[status]!) \(name)" : nil }
        var line = "\(sections) section\(sections == 1 ? "" : "s") changed"
        if !sentencePart.isEmpty { line += "; sentences: " + sentencePart.joined(separator: ", ") }
        let material = review.material.count
        line += "; \(review.findings.count) finding\(review.findings.count == 1 ? "" : "s") (\(material) material)"
        return line + "."
    }
}

extension SectionChange {
    /// A short human label of what happened to the section ("renamed from “Old”, moved").
    var statusLabel: String {
        var parts: [String] = []
        switch status {
        case .unchanged: parts.append("unchanged")
        case .edited: parts.append("edited")
        case .moved: parts.append("moved")
        case .renamed: parts.append("renamed from “\(oldHeading ?? "")”")
        case .added: parts.append("added")
        case .deleted: parts.append("deleted")
        case .split: parts.append("split" + (related.isEmpty ? "" : " (with \(related.joined(separator: ", ")))"))
        case .merged: parts.append("merged" + (related.isEmpty ? "" : " (with \(related.joined(separator: ", ")))"))
        }
        if moved, status != .moved { parts.append("moved") }
        return parts.joined(separator: ", ")
    }

    /// The heading to show (the preamble has none).
    var displayHeading: String {
        let heading = newHeading ?? oldHeading ?? ""
        return heading.isEmpty ? "(preamble)" : heading
    }

    /// Sentences worth printing: everything but unchanged ones.
    var changedSentences: [SentenceChange] { sentences.filter { $0.status != .unchanged } }
}

extension SentenceChange {
    /// "12" or "12 → 14" (old line → new line).
    var lineLabel: String {
        switch (old?.line, new?.line) {
        case let (o?, n?): o == n ? "\(n)" : "\(o) → \(n)"
        case let (o?, nil): "\(o)"
        case let (nil, n?): "\(n)"
        default: ""
        }
    }

    /// ", split into 2 sentences" or ", merged from 3 sentences"; empty for a one-to-one change.
    var joinLabel: String {
        guard let join else { return "" }
        return switch join.kind {
        case .split: ", split into \(join.parts.count) sentences"
        case .merged: ", merged from \(join.parts.count) sentences"
        }
    }
}
