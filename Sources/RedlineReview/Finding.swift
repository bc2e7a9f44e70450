import RedlineParse

/// A change of users' rights found by a rule: a reduction (in `findings`) or an expansion.
public struct Finding: Sendable, Equatable, Codable {
    public enum Severity: String, Sendable, Codable, Comparable {
        /// Gates publication until acknowledged and announced with enough notice.
        case material
        /// Informs the reviewer; never gates.
        case minor

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .material && rhs == .minor }
    }

    public enum Direction: String, Sendable, Codable { case reduction, expansion }

    /// A quoted sentence and where it stands.
    public struct Quote: Sendable, Equatable, Codable {
        public var text: String
        public var line: Int
        public init(text: String, line: Int) {
            self.text = text
            self.line = line
        }
    }

    /// A further pair of sentences showing the same change in the same section.
    public struct Excerpt: Sendable, Equatable, Codable {
        public var old: Quote?
        public var new: Quote?
        public init(old: Quote?, new: Quote?) {
            self.old = old
            self.new = new
        }
    }

    /// `<rule>@<section-slug>`: stable across runs so front matter can acknowledge it.
    public var id: String
    /// e.g. `sharing.prohibition-lifted`.
    public var rule: String
    /// e.g. `sharing` (the part of `rule` before the dot).
    public var category: String
    public var severity: Severity
    public var direction: Direction
    /// Slug of the section in the new version (the old one when the text is gone).
    public var section: String
    public var old: Quote?
    public var new: Quote?
    /// Other sentences showing the same change, in reading order: the id stays one per rule and
    /// section (it is what authors acknowledge) while every quote that shows the change is kept.
    public var evidence: [Excerpt] = []
    /// One neutral, past-tense sentence a lawyer would accept.
    public var explanation: String

    public init(rule: String, severity: Severity, direction: Direction = .reduction, section: String,
                old: Quote?, new: Quote?, explanation: String, evidence: [Excerpt] = []) {
        self.id = "\(rule)@\(section)"
        self.rule = rule
        self.category = String(rule.prefix { $0 != "." })
        self.severity = severity
        self.direction = direction
        self.section = section
        self.old = old
        self.new = new
        self.explanation = explanation
        self.evidence = evidence
    }

    /// The main quotes followed by the further evidence.
    public var excerpts: [Excerpt] { [Excerpt(old: old, new: new)] + evidence }

    /// How the finding was recognised: `exact-lexical`, `ontology` or `heuristic` (from its rule).
    public var confidence: RuleReferences.Confidence { RuleReferences.confidence(rule) }
    /// Law and authorities behind the rule ("GDPR Art. 17"), for the reviewer to look up.
    public var legalRefs: [String] { RuleReferences.legalRefs(rule) }
}

extension Finding {
    /// Written with `confidence` and `legal_refs`, which follow from the rule and are not read back.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id)
        try c.encode(rule, forKey: .rule)
        try c.encode(category, forKey: .category)
        try c.encode(severity, forKey: .severity)
        try c.encode(direction, forKey: .direction)
        try c.encode(section, forKey: .section)
        try c.encodeIfPresent(old, forKey: .old)
        try c.encodeIfPresent(new, forKey: .new)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(explanation, forKey: .explanation)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(legalRefs, forKey: .legalRefs)
    }

    private enum Keys: String, CodingKey {
        case id, rule, category, severity, direction, section, old, new, evidence, explanation, confidence
        case legalRefs = "legal_refs"
    }
}

/// The review of one change: reductions and expansions, each sorted by severity, then id.
public struct Review: Sendable, Equatable, Codable {
    public var findings: [Finding]
    public var expansions: [Finding]

    public init(findings: [Finding] = [], expansions: [Finding] = []) {
        func order(_ a: Finding, _ b: Finding) -> Bool { (a.severity, a.id) < (b.severity, b.id) }
        self.findings = findings.sorted(by: order)
        self.expansions = expansions.sorted(by: order)
    }

    public var material: [Finding] { findings.filter { $0.severity == .material } }
}
