import RedlineDiff
import RedlineParse
@testable import RedlineReview
import Testing

/// `PairComparison` (each version prepared once, chains reusing their predecessors' facts)
/// gives what `Differ.diff` and `Reviewer.review` give on each pair alone.
@Suite struct PairComparisonTests {
    static let texts = [
        "## Sharing\n\nWe will not sell your personal information. We keep logs for 30 days.\n\n## Rights\n\nYou can delete your account.\n",
        "## Sharing\n\nWe may sell your personal information. We keep logs for 30 days.\n\n## Rights\n\nYou can delete your account.\n",
        "## Rights\n\nYou can delete your account.\n\n## Sharing\n\nWe may sell your personal information. We keep logs for 2 years.\n",
        "## Sharing\n\nWe will not sell your personal information.\n\n## Children\n\nWe do not knowingly collect data from children under 13.\n",
    ]

    static func version(_ index: Int, locale: String = "en") -> PolicyVersion {
        let date = "2024-0\(index + 1)-01"
        let front = FrontMatter(title: "Privacy", effective: PolicyDate(date)!)
        return PolicyVersion(policy: "privacy", locale: locale, path: "content/privacy/\(date)/\(locale).md", frontMatter: front,
                             body: texts[index], document: DocumentParser.parse(texts[index]).document)
    }

    @Test func chainsGiveWhatEachPairGivesAlone() {
        let en = (0..<Self.texts.count).map { Self.version($0) }
        let fr = (0..<2).map { Self.version($0, locale: "fr") }
        // Two chains, a locale without a lexicon, and a pair out of any chain (3 → 1).
        let pairs = [(en[0], en[1]), (en[1], en[2]), (en[2], en[3]), (fr[0], fr[1]), (en[3], en[1])]
        let results = PairComparison.run(pairs)
        #expect(results.count == pairs.count)
        var findings = 0
        for ((old, new), result) in zip(pairs, results) {
            let diff = Differ.diff(old.document, new.document)
            #expect(result.diff == diff)
            #expect(result.review == Reviewer.review(old: old.document, new: new.document, diff: diff, locale: new.locale))
            findings += result.review.findings.count
        }
        #expect(findings > 0)
        #expect(results[3].review == Review())
    }

    @Test func reusedFactsCarryThisVersionsLines() throws {
        let index = try #require(LexiconIndex.named("en"))
        let before = DocumentParser.parse("## Sharing\n\nWe will not sell your personal information.\n").document
        let after = DocumentParser.parse("## Sharing\n\nA new first sentence.\n\nWe will not sell your personal information.\n").document
        let first = FactExtractor(index: index).facts(in: before, reusing: [:])
        let reused = FactExtractor(index: index).facts(in: after, reusing: first.known).facts
        let fresh = FactExtractor(index: index).facts(in: after)
        #expect(reused.byKind.keys.sorted() == fresh.byKind.keys.sorted())
        for kind in fresh.byKind.keys { #expect(reused[kind] == fresh[kind]) }
        #expect(fresh["no-sell"].first?.sentence.line == 5)
    }
}
