import RedlineParse

/// One practice a sentence states: who does what to which data, for whom and why, how firmly.
/// Rules compare these across versions as sets (domain.md §B.2), never raw text.
public struct Statement: Sendable, Equatable {
    public enum Actor: String, Sendable, Equatable, Comparable {
        /// "we", the company, or a passive voice that leaves the company as the actor.
        case firstParty, user, thirdParty
        public static func < (a: Actor, b: Actor) -> Bool { a.rawValue < b.rawValue }
    }

    /// How firmly the statement binds, ordered from weakest to strongest.
    public enum Modality: Int, Sendable, Equatable, Comparable {
        case permission = 0, effort = 1, reasonable = 2, obligation = 3
        public static func < (a: Modality, b: Modality) -> Bool { a.rawValue < b.rawValue }
    }

    public var sentence: Sentence
    public var actor: Actor
    /// Verb class from the lexicon: share, sell, collect, use, retain, notify, honor, secure.
    public var action: String
    /// A negation cue governs the predicate ("will not sell", "never disclosed").
    public var negated: Bool
    public var modality: Modality
    /// Restrictor classes found in the sentence: only, open, consent, optOut, exception, condition.
    public var restrictors: Set<String>
    public var data: [String]
    public var recipients: [String]
    /// Recipients named after an exception cue ("except with our partners"): permitted, not excluded.
    public var exceptedRecipients: [String]
    public var purposes: [String]
    /// The section's audience ("all" unless the heading or sentence names one).
    public var audience: String
}

/// A number with a unit found in a sentence, normalised so that "one month" equals "30 days".
public struct Quantity: Sendable, Equatable {
    public enum Kind: String, Sendable { case days, age }
    public var kind: Kind
    public var value: Double
    /// For ages, the jurisdictions the threshold applies to ("default" when none is named).
    public var jurisdictions: [String]
}
