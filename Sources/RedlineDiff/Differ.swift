import RedlineParse

/// Aligns two versions of a policy: sections (slug, then heading and content similarity;
/// renames, moves, splits and merges), then sentences (exact anchors, similar sentences in the
/// gaps, a global pass for moves across sections, then sentences split or merged), then words
/// inside edited sentences.
///
/// Normalisation is for matching only: every sentence in the result carries its original text and line.
public enum Differ {
    public static func diff(_ old: Document, _ new: Document) -> PolicyDiff {
        var tokens = TokenTable()
        var known: [String: (MatchText, [Int])] = [:]
        let oldItems = SentenceItem.items(of: old, tokens: &tokens, known: &known)
        let newItems = SentenceItem.items(of: new, tokens: &tokens, known: &known)
        let oldWords = wordsBySection(oldItems, count: old.sections.count)
        let newWords = wordsBySection(newItems, count: new.sections.count)
        let profiles = SectionMatcher.profiles(old: old.sections, new: new.sections, oldWords: oldWords, newWords: newWords, tokens: &tokens)
        let mapping = SectionMatcher.match(old: old.sections, new: new.sections, oldProfiles: profiles.old, newProfiles: profiles.new)
        var oldMatch = SentenceAligner(old: oldItems, new: newItems, sectionMap: mapping).align()
        let joins = SentenceJoins(old: oldItems, new: newItems, sectionMap: mapping).detect(oldMatch: &oldMatch)
        let links = SectionLinks.detect(primary: mapping, old: oldItems, new: newItems, oldMatch: oldMatch,
                                        oldSections: old.sections.count, newSections: new.sections.count)
        let assembler = DiffAssembler(oldDocument: old, newDocument: new, old: oldItems, new: newItems, oldMatch: oldMatch,
                                      joins: joins, links: links, oldHeadings: profiles.old.map(\.headingKey), newHeadings: profiles.new.map(\.headingKey))
        return assembler.assemble()
    }

    /// Each section's sentences as word-id sets, for section profiles.
    static func wordsBySection(_ items: [SentenceItem], count: Int) -> [[[Int]]] {
        var result = [[[Int]]](repeating: [], count: count)
        for item in items where !item.match.isNoise { result[item.section].append(item.tokens) }
        return result
    }
}
