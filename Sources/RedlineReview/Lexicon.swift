import Foundation

/// The words and patterns the rules of one locale run on, read from `Lexicons/<locale>/*.json`
/// (one file per concept: grammar, data, recipients, purposes, rights, …).
///
/// Keeping them in data means a locale is added by writing a file, and a reviewer can see
/// every cue the detector reacts to without reading code.
public struct Lexicon: Sendable, Equatable, Codable {
    /// A node of an ontology (data category, recipient, purpose, right, …) and the phrases naming it.
    public struct Entry: Sendable, Equatable, Codable {
        public var id: String
        public var terms: [String]
        /// A broader node that covers this one ("payment processors" ⊂ "service providers").
        public var parent: String?
        /// Sensitive data (GDPR Art. 9, CPRA) or a high-risk recipient or purpose.
        public var sensitive: Bool?
        public var high: Bool?
    }

    /// Number grammar for periods and ages.
    public struct QuantityWords: Sendable, Equatable, Codable {
        public var units: [String: Double]
        public var numberWords: [String: Int]
        public var citationWords: [String]
    }

    public var locale: String
    public var contractions: [String: String]
    public var subjects: [String: [String]]
    public var negations: [String]
    /// Cues that negate only the verb right after them (\"without sharing\").
    public var immediateNegations: [String]
    public var modals: [String: [String]]
    public var verbs: [String: [String]]
    public var restrictors: [String: [String]]
    public var data: [Entry]
    public var recipients: [Entry]
    public var purposes: [Entry]
    public var rights: [Entry]
    /// Words that name a right ("right to erasure", "entitled to"): a rights phrase after one is granted.
    public var rightCues: [String]
    /// Words after a user subject that make what follows a grant ("you *can* ask us to delete").
    public var rightGrants: [String]?
    /// Cues of the newer catalogue rules (identifiability, sources, optional data, opt-out
    /// channels, breach notice, definitions, scope); optional so a locale can ship without them.
    public var identifiabilityCues, individualCues, optionalCues, requiredCues: [String]?
    public var selfServiceChannels, contactChannels, choiceConsequences, breachCues: [String]?
    public var definitionExclusions, scopeCombine, scopeAcross, retentionIndefinite, monthNames: [String]?
    /// Words that send the reader to another document ("see our Cookie Policy"): text replaced by
    /// one is moved out of sight, not removed (domain.md §B.6 link-outs).
    public var linkOuts: [String]?
    /// Words too general to tie a link-out to a lost commitment ("your", "information").
    public var linkOutGenericWords: [String]?
    /// Words that set a signal aside ("rather than the Do Not Track option").
    public var contrastCues: [String]?
    /// Words that open a condition ("if your browser sends a Do Not Track signal, …").
    public var conditionals: [String]?
    /// Service or transactional messages ("you may not opt out of service-related emails"): denying
    /// an opt-out from them takes no choice away.
    public var serviceMessages: [String]?
    /// Retention or disclosure for a legal request or obligation (domain.md: legally required
    /// retention restated is low), not the company's own choice to keep data.
    public var legalHold: [String]?
    /// A recipient using data for its own ends ("Affiliates' own services"): the policy's scope widens.
    public var ownUse: [String]?
    /// Words naming a sale ("sale", "sell"): an opt-out of a sale the version says never happens is moot.
    public var saleCues: [String]?
    /// Words of an age bar ("minimum age", "years old") and of a requirement ("must", "may not"):
    /// a sentence with both still keeps younger users out.
    public var ageBarCues, requirementCues: [String]?
    /// Round 5: identity checks before a rights request is answered (a burden on the right),
    /// exemptions from requests (a condition on it), the policy's own exclusions of what it covers,
    /// and the words that start a retention clock ("30 days *after* submission").
    public var verificationCues, exemptionCues, scopeExclusions, clockAnchors: [String]?
    /// Sites and links outside the service (an exclusion of them is a clarification), words of a
    /// response to a request (its time is no retention period), and heading words that name a
    /// kind of text rather than a feature ("Legal basis", "Definitions").
    public var externalSites, responseTimeCues, featureHeadingExclusions: [String]?
    /// Events a retention period is counted from, in lifecycle order: a period counted from a
    /// later event keeps data longer ("after submission" → "after review").
    public var retentionClocks: [Entry]?
    /// Round 6: further cue lists by name (`defaultOn`, `defaultOff`, `deletionRefusals`,
    /// `trackingPractices`, `trackingWithdrawals`, `enrichmentSources`, `defaultStopWords`), so a new list needs no new field.
    public var cueLists: [String: [String]]?
    /// Round 6: people other than the service's users whose data may be collected (job
    /// applicants, donors, people without an account, users' family members).
    public var dataSubjects: [Entry]?
    public var choices: [Entry]
    public var trackers: [Entry]
    public var signals: [Entry]
    public var securityMeasures: [Entry]
    public var securityDisclaimers: [String]
    public var transferSafeguards: [Entry]
    public var localization: [Entry]
    public var anywhere: [String]
    public var children: [String]
    public var parentalConsent: [String]
    public var childProhibitionVerbs: [String]
    public var jurisdictions: [Entry]
    public var audiences: [Entry]
    public var changeContext: [String]
    public var noticeFeatures: [Entry]
    public var impliedConsent: [String]
    public var retroactive: [String]
    public var nonRetroactive: [String]
    public var businessTransfer: [String]
    public var retentionOpen: [String]
    public var retentionCues: [String]
    public var deletionCommitment: [String]
    public var postErasureRetention: [String]
    public var fees: [String]
    public var freeOfCharge: [String]
    public var redress: [Entry]
    public var quantity: QuantityWords
    /// Rule id → the neutral past-tense title used in explanations.
    public var rules: [String: String]
    /// Rule id → the title of the same rule read the other way, for expansions ("A right of users was added").
    public var expansionRules: [String: String]?
    /// Explanation templates: `gained`, `lost`, `changed`, `term`.
    public var explanations: [String: String]

    /// The lexicon for `locale` (or its language, "en-GB" → "en"), or nil when none ships.
    public static func named(_ locale: String) -> Lexicon? {
        let language = locale.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? locale
        return bundled[locale.lowercased()] ?? bundled[language.lowercased()]
    }

    /// Every lexicon compiled into the binary (see `EmbeddedLexicons`), decoded once.
    static let bundled: [String: Lexicon] = {
        var result: [String: Lexicon] = [:]
        for (locale, object) in merged() {
            guard let data = try? JSONSerialization.data(withJSONObject: object),
                  let lexicon = try? JSONDecoder().decode(Lexicon.self, from: data) else { continue }
            result[lexicon.locale.lowercased()] = lexicon
        }
        return result
    }()

    /// Each locale's parts (`Lexicons/<locale>/<concept>.json`) as one JSON object: every part
    /// holds its own top-level keys. A key in two parts is kept from the first part by name and
    /// reported in `duplicates` (EmbeddedLexiconTests fails on it).
    static func merged(duplicates: inout [String]) -> [String: [String: Any]] {
        var result: [String: [String: Any]] = [:]
        for part in EmbeddedLexicons.parts {
            guard let object = (try? JSONSerialization.jsonObject(with: Data(part.json.utf8))) as? [String: Any] else {
                duplicates.append("\(part.locale)/\(part.name): not a JSON object")
                continue
            }
            for (key, value) in object {
                if result[part.locale]?[key] != nil { duplicates.append("\(part.locale)/\(part.name): \(key)"); continue }
                result[part.locale, default: [:]][key] = value
            }
        }
        return result
    }

    static func merged() -> [String: [String: Any]] {
        var ignored: [String] = []
        return merged(duplicates: &ignored)
    }
}
