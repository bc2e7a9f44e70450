import RedlineParse

/// Aligns two versions of a policy: sections (slug, then heading and content similarity;
/// renames, moves, splits and merges), then sentences (exact anchors, similar sentences in the
/// gaps, a global pass for moves across sections, then sentences split or merged), then words
/// inside edited sentences.
///
/// Normalisation is for matching only: every sentence in the result carries its original text and line.
public enum Differ {
    public static func diff(_ old: Document, _ new: Document) -> PolicyDiff {
        let oldInput = DiffInput(old)
        return diff(oldInput, DiffInput(new, reusing: oldInput))
    }

    /// The diff of two prepared versions (see `DiffInput`): the same result as `diff(old.document, new.document)`.
    public static func diff(_ oldInput: DiffInput, _ newInput: DiffInput) -> PolicyDiff {
        let old = oldInput.document, new = newInput.document
        var tokens = PairTokens(old: oldInput, new: newInput)
        let oldItems: [SentenceItem], newItems: [SentenceItem], mapping: [Int?], unchanged: UnchangedSections
        if tokens.shared {
            // Ids are the versions' own: sections are matched first, from every sentence's word
            // set, and only the sections that changed become items.
            mapping = SectionMatcher.match(old: old.sections, new: new.sections) {
                let oldWords = wordsBySection(oldInput.entries, count: old.sections.count)
                let newWords = wordsBySection(newInput.entries, count: new.sections.count)
                return SectionMatcher.profiles(oldWords: oldWords, newWords: newWords, tokens: &tokens)
            }
            unchanged = UnchangedSections(old: oldInput, new: newInput, mapping: mapping)
            (oldItems, newItems) = tokens.items(skippingOld: unchanged.skippedOld, new: unchanged.skippedNew)
        } else {
            (oldItems, newItems) = tokens.items()
            // Section profiles (TF-IDF over every section) only score sections the slugs leave unpaired.
            mapping = SectionMatcher.match(old: old.sections, new: new.sections) {
                let oldWords = wordsBySection(oldItems, count: old.sections.count)
                let newWords = wordsBySection(newItems, count: new.sections.count)
                return SectionMatcher.profiles(oldWords: oldWords, newWords: newWords, tokens: &tokens)
            }
            unchanged = UnchangedSections(oldSections: old.sections.count, newSections: new.sections.count)
        }
        var oldMatch = SentenceAligner(old: oldItems, new: newItems, sectionMap: mapping).align()
        let joins = SentenceJoins(old: oldItems, new: newItems, sectionMap: mapping).detect(oldMatch: &oldMatch)
        let links = SectionLinks.detect(primary: mapping, old: oldItems, new: newItems, oldMatch: oldMatch,
                                        oldSections: old.sections.count, newSections: new.sections.count)
        let assembler = DiffAssembler(oldDocument: old, newDocument: new, old: oldItems, new: newItems, oldMatch: oldMatch,
                                      joins: joins, links: links, oldHeadings: oldInput.headingKeys, newHeadings: newInput.headingKeys,
                                      unchanged: unchanged.changes(old: oldInput, new: newInput))
        return assembler.assemble()
    }

    /// Each section's sentences as word-id sets, for section profiles.
    static func wordsBySection(_ items: [SentenceItem], count: Int) -> [[[Int]]] {
        var result = [[[Int]]](repeating: [], count: count)
        for item in items where !item.match.isNoise { result[item.section].append(item.tokens) }
        return result
    }

    /// The same from a version's entries, when their word sets are the pair's (`PairTokens.shared`).
    static func wordsBySection(_ entries: [DiffInput.Entry], count: Int) -> [[[Int]]] {
        var result = [[[Int]]](repeating: [], count: count)
        for entry in entries where !entry.match.isNoise { result[entry.section].append(entry.set) }
        return result
    }
}
