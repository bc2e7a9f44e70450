import RedlineDiff
import RedlineParse
import RedlineReview

/// `/<locale>/<policy>/<date>.json`: one version for machines — its metadata, its text as
/// sections and sentences, its diff against the previous version and the rights review.
/// Optional members are left out when empty (never `null`).
struct VersionDocument: Encodable, Sendable {
    /// A neighbouring version or a translation: its day or locale, page and JSON.
    struct Link: Encodable, Sendable {
        var version: String
        var locale: String
        var url: String
        var json: String
    }

    struct Section: Encodable, Sendable {
        var slug: String
        var heading: String
        var level: Int
        var parents: [String]
        var line: Int
        var sentences: [Sentence]
    }

    struct Sentence: Encodable, Sendable {
        var text: String
        var line: Int
    }

    struct Diff: Encodable, Sendable {
        /// The effective date of the version compared against.
        var previous: String
        var unchanged: Bool
        var sections: [SectionChange]
    }

    struct SectionChange: Encodable, Sendable {
        var status: String
        var oldSlug: String?
        var oldHeading: String?
        var newSlug: String?
        var newHeading: String?
        var moved: Bool
        var related: [String]
        /// Only the sentences that changed; unchanged ones are in `sections`.
        var sentences: [SentenceChange]

        enum CodingKeys: String, CodingKey {
            case status, moved, related, sentences
            case oldSlug = "old_slug", oldHeading = "old_heading", newSlug = "new_slug", newHeading = "new_heading"
        }
    }

    struct SentenceChange: Encodable, Sendable {
        var status: String
        var old: Sentence?
        var new: Sentence?
        var words: [Word]
    }

    struct Word: Encodable, Sendable {
        var op: String
        var text: String
    }

    struct FindingRecord: Encodable, Sendable {
        var id: String
        var rule: String
        var category: String
        var severity: String
        var direction: String
        var section: String
        var old: Sentence?
        var new: Sentence?
        var explanation: String
        var acknowledged: Bool
    }

    var format = "redline-version/1"
    var policy: String
    var locale: String
    var canonicalLocale: String
    var version: String
    var announced: String?
    var noticeDays: Int?
    var status: String
    var title: String
    var summary: String?
    var url: String
    var changesURL: String?
    var previous: Link?
    var next: Link?
    var translations: [Link]
    var acknowledges: [String]
    var sections: [Section]
    var diff: Diff?
    /// The locale whose text the rights review read (the canonical one).
    var reviewLocale: String?
    var findings: [FindingRecord]
    var expansions: [FindingRecord]
    /// SHA-256 of the version's file as decoded (64 hex digits), the hash `content/redline.lock` keeps.
    var sha256: String
    /// Deliberate changes since publication (`redline build --amend`); omitted when there are none.
    var amendments: [Amendment]?
    /// `translations` already encoded (`VersionTranslations.encoded`), or nil to encode them here.
    /// Not a member of the file: the same links as `translations`, as bytes.
    var encodedTranslations: [[UInt8]]? = nil

    /// How deep the file's `translations` array holds each link (the file's object, the array).
    static let translationsDepth = 2

    /// One amendment from the lock: when, why, and the hashes before and after (`new_sha256` omitted when removed).
    struct Amendment: Encodable, Sendable {
        var date: String
        var reason: String
        var oldSHA256: String
        var newSHA256: String?

        enum CodingKeys: String, CodingKey {
            case date, reason
            case oldSHA256 = "old_sha256", newSHA256 = "new_sha256"
        }
    }

    enum CodingKeys: String, CodingKey {
        case format, policy, locale, version, announced, status, title, summary, url, previous, next, translations
        case acknowledges, sections, diff, findings, expansions, sha256, amendments
        case canonicalLocale = "canonical_locale", noticeDays = "notice_days", changesURL = "changes_url", reviewLocale = "review_locale"
    }
}

extension VersionDocument.Sentence {
    init(_ sentence: RedlineParse.Sentence) { self.init(text: sentence.text, line: sentence.line) }
    init(_ quote: Finding.Quote) { self.init(text: quote.text, line: quote.line) }
}
