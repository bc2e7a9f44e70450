import Foundation
import RedlineDiff
import RedlineParse
import RedlineReview

/// The machine-readable diff: a stable schema (documented in the README), keys sorted, every
/// key present (null when empty), so the output is byte-identical from run to run.
public enum JSONReport {
    /// Version of the schema below; bumped only on incompatible changes.
    public static let schemaVersion = 1

    public static func render(_ report: DiffReport) -> String {
        let document = Output(
            schema: schemaVersion, old: report.old, new: report.new, summary: summary(report),
            sections: report.diff.sections.map(section), findings: report.review.findings.map(FindingOutput.init),
            expansions: report.review.expansions.map(FindingOutput.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document), let text = String(data: data, encoding: .utf8) else { return "{}\n" }
        return text + "\n"
    }

    static func summary(_ report: DiffReport) -> Summary {
        var sections: [String: Int] = [:]
        for status in ["unchanged", "edited", "moved", "renamed", "added", "deleted", "split", "merged"] { sections[status] = 0 }
        for section in report.diff.sections { sections[section.status.rawValue, default: 0] += 1 }
        var sentences: [String: Int] = [:]
        for (status, count) in report.sentenceCounts { sentences[status.rawValue] = count }
        return Summary(sections: sections, sentences: sentences, material: report.review.material.count)
    }

    static func section(_ change: SectionChange) -> SectionOutput {
        SectionOutput(status: change.status.rawValue, moved: change.moved, oldSlug: change.oldSlug, newSlug: change.newSlug,
                      oldHeading: change.oldHeading, newHeading: change.newHeading, related: change.related,
                      unchanged: change.sentences.count - change.changedSentences.count,
                      changes: change.changedSentences.map(sentence))
    }

    static func sentence(_ change: SentenceChange) -> SentenceOutput {
        SentenceOutput(status: change.status.rawValue, old: change.old.map(quote), new: change.new.map(quote),
                       movedFrom: change.movedFrom,
                       join: change.join.map { JoinOutput(kind: $0.kind.rawValue, parts: $0.parts.map(quote)) },
                       words: change.words.map { WordOutput(op: $0.operation.rawValue, text: $0.text) })
    }

    static func quote(_ sentence: Sentence) -> Quote { Quote(text: sentence.text, line: sentence.line, section: sentence.section) }

    struct Output: Encodable {
        var schema: Int
        var old: DiffReport.Side
        var new: DiffReport.Side
        var summary: Summary
        var sections: [SectionOutput]
        var findings: [FindingOutput]
        var expansions: [FindingOutput]
    }

    /// A finding with every key written (`old`/`new` null when absent).
    struct FindingOutput: Encodable {
        var finding: Finding

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(finding.id, forKey: .id)
            try c.encode(finding.rule, forKey: .rule)
            try c.encode(finding.category, forKey: .category)
            try c.encode(finding.severity, forKey: .severity)
            try c.encode(finding.direction, forKey: .direction)
            try c.encode(finding.section, forKey: .section)
            try c.encode(finding.old, forKey: .old)
            try c.encode(finding.new, forKey: .new)
            try c.encode(finding.explanation, forKey: .explanation)
            try c.encode(finding.evidence.map(ExcerptOutput.init), forKey: .evidence)
            try c.encode(finding.confidence, forKey: .confidence)
            try c.encode(finding.legalRefs, forKey: .legalRefs)
        }
        enum CodingKeys: String, CodingKey {
            case id, rule, category, severity, direction, section, old, new, explanation, evidence, confidence
            case legalRefs = "legal_refs"
        }
    }

    /// A further pair of quotes (`old`/`new` null when absent).
    struct ExcerptOutput: Encodable {
        var excerpt: Finding.Excerpt

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(excerpt.old, forKey: .old)
            try c.encode(excerpt.new, forKey: .new)
        }
        enum CodingKeys: String, CodingKey { case old, new }
    }

    struct Summary: Encodable {
        var sections: [String: Int]
        var sentences: [String: Int]
        var material: Int
    }

    struct SectionOutput: Encodable {
        var status: String
        var moved: Bool
        var oldSlug: String?
        var newSlug: String?
        var oldHeading: String?
        var newHeading: String?
        var related: [String]
        var unchanged: Int
        var changes: [SentenceOutput]

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(status, forKey: .status)
            try c.encode(moved, forKey: .moved)
            try c.encode(oldSlug, forKey: .oldSlug)
            try c.encode(newSlug, forKey: .newSlug)
            try c.encode(oldHeading, forKey: .oldHeading)
            try c.encode(newHeading, forKey: .newHeading)
            try c.encode(related, forKey: .related)
            try c.encode(unchanged, forKey: .unchanged)
            try c.encode(changes, forKey: .changes)
        }
        enum CodingKeys: String, CodingKey { case status, moved, oldSlug, newSlug, oldHeading, newHeading, related, unchanged, changes }
    }

    struct SentenceOutput: Encodable {
        var status: String
        var old: Quote?
        var new: Quote?
        var movedFrom: String?
        var join: JoinOutput?
        var words: [WordOutput]

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(status, forKey: .status)
            try c.encode(old, forKey: .old)
            try c.encode(new, forKey: .new)
            try c.encode(movedFrom, forKey: .movedFrom)
            try c.encode(join, forKey: .join)
            try c.encode(words, forKey: .words)
        }
        enum CodingKeys: String, CodingKey { case status, old, new, movedFrom, join, words }
    }

    /// A split (`parts` are the new sentences) or a merge (`parts` are the old ones).
    struct JoinOutput: Encodable {
        var kind: String
        var parts: [Quote]
    }

    struct Quote: Encodable {
        var text: String
        var line: Int
        var section: String
    }

    struct WordOutput: Encodable {
        var op: String
        var text: String
    }
}
