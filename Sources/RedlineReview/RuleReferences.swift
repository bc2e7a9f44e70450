/// What each rule of the catalogue rests on (domain.md §B.7): how a finding was recognised and
/// the law or authority a reviewer can look up. Pointers for the reviewer, not legal advice.
public enum RuleReferences {
    /// How a finding was recognised (domain.md §B.7 `confidence`).
    public enum Confidence: String, Sendable, Codable {
        /// A fixed phrase of the lexicon appeared or went ("Do Not Track", "continued use").
        case exactLexical = "exact-lexical"
        /// Ontology nodes compared as sets, with subsumption (recipients, data, purposes, rights).
        case ontology
        /// A magnitude, a ladder of modals, a restrictor or the document's structure.
        case heuristic
    }

    /// The confidence of `rule` (heuristic for a rule the table does not know).
    public static func confidence(_ rule: String) -> Confidence {
        if lexical.contains(rule) { return .exactLexical }
        if ontology.contains(rule) { return .ontology }
        return .heuristic
    }

    /// The legal references of `rule`: the rule's own, else its category's.
    public static func legalRefs(_ rule: String) -> [String] {
        byRule[rule] ?? byCategory[String(rule.prefix { $0 != "." })] ?? []
    }

    static let lexical: Set<String> = [
        "sharing.business-transfer-added", "notice-of-changes.implied-consent-added", "notice-of-changes.retroactive-application",
        "tracking.signal-no-longer-honored", "international-transfer.safeguard-removed", "international-transfer.new-destination",
        "children.parental-consent-dropped", "security.safeguard-removed", "choice-opt-out.opt-out-removed",
        "retention.limit-removed", "user-rights.redress-removed", "user-rights.exercise-harder", "other.unresolved-reference",
    ]

    static let ontology: Set<String> = [
        "sharing.new-recipient", "sharing.prohibition-lifted", "sharing.identifiability-weakened", "collection.new-category",
        "collection.sensitive-category", "collection.new-source", "collection.prohibition-lifted", "purpose.new-purpose",
        "user-rights.right-removed", "user-rights.scope-narrowed", "tracking.new-tracking-technology", "sharing.new-data-shared",
    ]

    /// domain.md §B.1 (law) and §B.5 (cross-walk), by category.
    static let byCategory: [String: [String]] = [
        "user-rights": ["GDPR Art. 12–22", "GDPR Art. 7(3)", "CCPA §1798.100–.125"],
        "sharing": ["GDPR Art. 13(1)(e)", "WP260 (enlargement of recipients)", "FTC, Gateway Learning (2004)"],
        "collection": ["GDPR Art. 13(1)", "GDPR Art. 14(1)"],
        "purpose": ["GDPR Art. 5(1)(b)", "GDPR Art. 13(3)", "FTC Technology Blog (Feb. 2024)"],
        "retention": ["GDPR Art. 5(1)(e)", "GDPR Art. 13(2)(a)"],
        "choice-opt-out": ["GDPR Art. 21", "CCPA §1798.120", "11 CCR §7025"],
        "children": ["COPPA 16 CFR 312.5(a)(1)", "GDPR Art. 8", "CCPA §1798.120(c)"],
        "security": ["GDPR Art. 32"],
        "notice-of-changes": ["FTC, Gateway Learning (2004)", "FTC Technology Blog (Feb. 2024)", "WP260 (timing of changes)"],
        "international-transfer": ["GDPR Art. 44–49", "WP260 (transfers to a third country)"],
        "tracking": ["ePrivacy Directive Art. 5(3)", "11 CCR §7025"],
        "other": ["WP260 (relevant changes)"],
    ]

    /// Rules whose authority is narrower than their category's.
    static let byRule: [String: [String]] = [
        "user-rights.redress-removed": ["GDPR Art. 77", "GDPR Art. 37–39", "GDPR Art. 27"],
        "user-rights.exercise-harder": ["GDPR Art. 12(3), 12(5)", "CCPA §1798.130(a)(1)"],
        "sharing.prohibition-lifted": ["FTC, Gateway Learning (2004)", "CCPA §1798.120", "GDPR Art. 13(1)(e)"],
        "sharing.business-transfer-added": ["GDPR Art. 13(1)(e)", "FTC, Gateway Learning (2004)"],
        "collection.sensitive-category": ["GDPR Art. 9", "CCPA §1798.121"],
        "retention.limit-removed": ["GDPR Art. 5(1)(e)", "GDPR Art. 13(2)(a)", "COPPA 16 CFR 312.10"],
        "security.breach-notice-weakened": ["GDPR Art. 33–34"],
        "tracking.signal-no-longer-honored": ["11 CCR §7025", "CCPA §1798.135"],
        "other.scope-or-controller-changed": ["GDPR Art. 13(1)(a)", "WP260 (change of controller)"],
        "other.scope-narrowed": ["GDPR Art. 13(1)", "WP260 (relevant changes)"],
        "sharing.new-data-shared": ["GDPR Art. 13(1)(e)", "WP260 (enlargement of recipients)"],
        "collection.new-feature": ["GDPR Art. 13(1)(c)", "GDPR Art. 13(3)"],
        "other.unresolved-reference": [],
        "consistency.locale-drift": [],
    ]
}
