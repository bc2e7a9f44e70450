/// An author's acknowledgement of a finding in front matter (domain.md §B.7, the tosdr.org #226
/// behaviour): `<finding id>#<sentence hash>` binds it to the quoted sentence, so it lapses when
/// the sentence changes; a bare `<finding id>` (the older form) still counts, with a warning.
public enum Acknowledgement: Sendable, Equatable {
    /// `id#hash` with the hash of the sentence as it stands.
    case bound
    /// The id alone: accepted, but it would survive a change of the sentence.
    case idOnly
    /// `id#hash` with the hash of an earlier wording: the sentence changed since; not accepted.
    case lapsed
    case missing

    /// Whether the finding counts as acknowledged.
    public var accepted: Bool { self == .bound || self == .idOnly }
}

extension Finding {
    /// FNV-1a 64 over the quoted sentence's words (the new sentence, else the old), lower-cased,
    /// so a change of wording changes it and a change of spacing or punctuation does not.
    public var sentenceHash: String {
        let words = CorpusEvaluation.words((new ?? old)?.text ?? "").joined(separator: " ")
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in words.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// What to write under `acknowledges:` to accept this finding as it stands.
    public var acknowledgementKey: String { "\(id)#\(sentenceHash)" }

    /// How `acknowledges` (front matter) treats this finding.
    public func acknowledgement(in acknowledges: [String]) -> Acknowledgement {
        // Most versions acknowledge nothing, and every page and feed entry asks: the sentence
        // hash is computed only when an entry names this finding.
        guard acknowledges.contains(where: { $0 == id || $0.hasPrefix(id + "#") }) else { return .missing }
        if acknowledges.contains(acknowledgementKey) { return .bound }
        if acknowledges.contains(id) { return .idOnly }
        return .lapsed
    }

    /// Whether `acknowledges` accepts this finding (bound to its sentence, or by id alone).
    public func isAcknowledged(by acknowledges: [String]) -> Bool { acknowledgement(in: acknowledges).accepted }
}
