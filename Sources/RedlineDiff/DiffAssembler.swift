import RedlineParse

/// Turns the matches into the `PolicyDiff`: a status for every section and sentence, new
/// sentences in reading order with deleted ones placed after the sentence that preceded them.
struct DiffAssembler {
    let oldDocument: Document
    let newDocument: Document
    let old: [SentenceItem]
    let new: [SentenceItem]
    let oldMatch: [Int?]
    /// Split and merged sentences: the first item of each side stands for the join (paired in
    /// `oldMatch`); the other parts are neither added nor deleted.
    let joins: [SentenceJoin]
    let links: SectionLinks
    let oldHeadings: [String]
    let newHeadings: [String]
    /// The sentence changes of new sections left out of the items (`UnchangedSections`), by new section.
    let unchanged: [[SentenceChange]?]

    /// Sorting key of an entry: after position `anchor`, kind (0 section or new sentence, 1 deletion), then old position.
    typealias Key = (anchor: Int, kind: Int, order: Int)

    /// One section's sentence changes with their keys (unique), kept apart so that sorting moves
    /// indices, not changes; new sentences arrive in order, so only deletions call for a sort.
    struct Entries {
        var keys: [Key] = []
        var changes: [SentenceChange] = []
        var inOrder = true

        mutating func append(_ key: Key, _ change: SentenceChange) {
            if let last = keys.last, !(last < key) { inOrder = false }
            keys.append(key)
            changes.append(change)
        }

        func sorted() -> [SentenceChange] {
            if inOrder { return changes }
            return keys.indices.sorted { keys[$0] < keys[$1] }.map { changes[$0] }
        }
    }

    func assemble() -> PolicyDiff {
        var newMatch = [Int?](repeating: nil, count: new.count)
        for (o, n) in oldMatch.enumerated() { if let n { newMatch[n] = o } }
        let reordered = reorderedSentences(newMatch: newMatch)

        // Sentences of each new section, and of deleted old sections. Per-sentence flags are
        // arrays, not sets: this runs for every sentence of every pair.
        var newEntries = [Entries](repeating: Entries(), count: newDocument.sections.count)
        var deletedEntries = [Entries](repeating: Entries(), count: oldDocument.sections.count)
        var joinByHead = [Int](repeating: -1, count: new.count)
        for (index, join) in joins.enumerated() where joinByHead[join.new[0]] < 0 { joinByHead[join.new[0]] = index }
        var partsNew = [Bool](repeating: false, count: new.count)
        var partsOld = [Bool](repeating: false, count: old.count)
        for join in joins {
            for n in join.new.dropFirst() { partsNew[n] = true }
            for o in join.old.dropFirst() { partsOld[o] = true }
        }
        for (n, item) in new.enumerated() where !partsNew[n] {
            let join = joinByHead[n] >= 0 ? joins[joinByHead[n]] : nil
            newEntries[item.section].append((n, 0, 0), change(old: newMatch[n], new: n, reordered: reordered, join: join))
        }
        for (o, item) in old.enumerated() where oldMatch[o] == nil && !partsOld[o] {
            let change = SentenceChange(status: .deleted, old: item.sentence, new: nil)
            // After the nearest earlier sentence of the same section that stayed in its family.
            var anchor: Int?
            var p = o - 1
            while p >= 0, old[p].section == item.section {
                if let n = oldMatch[p], links.linked(item.section, new[n].section) { anchor = n; break }
                p -= 1
            }
            if let anchor {
                newEntries[new[anchor].section].append((anchor, 1, o), change)
            } else if let target = links.target(of: item.section) {
                newEntries[target].append((-1, 1, o), change)
            } else {
                deletedEntries[item.section].append((o, 1, o), change)
            }
        }

        var sections: [(Key, SectionChange)] = []
        sections.reserveCapacity(newDocument.sections.count + oldDocument.sections.count)
        let moved = movedSections
        // The first old section whose primary match is each new section (`primary.firstIndex`).
        var primaryOld = [Int?](repeating: nil, count: newDocument.sections.count)
        for (o, n) in links.primary.enumerated().reversed() { if let n { primaryOld[n] = o } }
        for (n, section) in newDocument.sections.enumerated() {
            let sentences = unchanged[n] ?? newEntries[n].sorted()
            sections.append(((n, 0, 0), sectionChange(new: n, section: section, sentences: sentences, movedSections: moved,
                                                      primaryOld: primaryOld[n])))
        }
        for (o, section) in oldDocument.sections.enumerated() where links.target(of: o) == nil {
            var anchor = -1
            for p in stride(from: o - 1, through: 0, by: -1) {
                if let target = links.primary[p] { anchor = target; break }
            }
            let sentences = deletedEntries[o].sorted()
            sections.append(((anchor, 1, o), SectionChange(status: .deleted, oldSlug: section.slug, oldHeading: section.heading,
                                                           newSlug: nil, newHeading: nil, sentences: sentences)))
        }
        return PolicyDiff(sections: sections.sorted { $0.0 < $1.0 }.map(\.1))
    }

    /// New sentences whose exact or similar match kept its section but not its order among its neighbours.
    func reorderedSentences(newMatch: [Int?]) -> [Bool] {
        // Pairs grouped by (old section, new section): the primary links by old section in an
        // array, the few split and merge links in a dictionary. The groups are checked one by one,
        // so how they are found does not matter.
        var byPrimary = [[(old: Int, new: Int)]](repeating: [], count: oldDocument.sections.count)
        var byLink: [Int: [(old: Int, new: Int)]] = [:]
        for (n, match) in newMatch.enumerated() {
            guard let o = match else { continue }
            let (oldSection, newSection) = (old[o].section, new[n].section)
            if links.primary[oldSection] == newSection {
                byPrimary[oldSection].append((o, n))
            } else if links.linked(oldSection, newSection) {
                byLink[oldSection * 1_000_003 + newSection, default: []].append((o, n))
            }
        }
        var reordered = [Bool](repeating: false, count: new.count)
        for pairs in byPrimary + Array(byLink.values) where pairs.count > 1 {
            // Usually already in old order and increasing: nothing moved.
            if Increasing.isIncreasing(pairs.map(\.old)), Increasing.isIncreasing(pairs.map(\.new)) { continue }
            let sorted = pairs.sorted { $0.old < $1.old }
            if Increasing.isIncreasing(sorted.map(\.new)) { continue }
            let keep = Increasing.longest(sorted.map(\.new))
            for (index, pair) in sorted.enumerated() where !keep.contains(index) { reordered[pair.new] = true }
        }
        return reordered
    }

    func change(old o: Int?, new n: Int, reordered: [Bool], join: SentenceJoin?) -> SentenceChange {
        let item = new[n]
        guard let o else { return SentenceChange(status: .added, old: nil, new: item.sentence) }
        let source = old[o]
        let inPlace = links.linked(source.section, item.section) && !reordered[n]
        let movedFrom = inPlace ? nil : oldDocument.sections[source.section].slug
        if let join {
            let joined = join.isSplit
                ? SentenceChange.Join(kind: .split, parts: join.new.map { new[$0].sentence })
                : SentenceChange.Join(kind: .merged, parts: join.old.map { old[$0].sentence })
            let oldSentence = join.isSplit ? source.sentence : joined.joined
            let newSentence = join.isSplit ? joined.joined : item.sentence
            return SentenceChange(status: .edited, old: oldSentence, new: newSentence,
                                  words: WordDiff.diff(oldSentence.text, newSentence.text), movedFrom: movedFrom, join: joined)
        }
        if source.match.key == item.match.key {
            return SentenceChange(status: inPlace ? .unchanged : .moved, old: source.sentence, new: item.sentence, movedFrom: movedFrom)
        }
        return SentenceChange(status: .edited, old: source.sentence, new: item.sentence,
                              words: WordDiff.diff(source.sentence.text, item.sentence.text), movedFrom: movedFrom)
    }

    func sectionChange(new n: Int, section: Section, sentences: [SentenceChange], movedSections: Set<Int>, primaryOld: Int?) -> SectionChange {
        let splitFrom = links.splits.first { $0.new == n }?.old
        guard let o = primaryOld ?? splitFrom else {
            return SectionChange(status: .added, oldSlug: nil, oldHeading: nil, newSlug: section.slug, newHeading: section.heading,
                                 sentences: sentences)
        }
        let oldSection = oldDocument.sections[o]
        var status: SectionChange.Status
        var related: [String] = []
        let moved = primaryOld != nil && movedSections.contains(o)
        if let splitFrom {
            status = .split
            if let first = links.primary[splitFrom] { related = [newDocument.sections[first].slug] }
        } else if case let others = links.splits.filter({ $0.old == o }), !others.isEmpty {
            status = .split
            related = others.map { newDocument.sections[$0.new].slug }
        } else if case let merged = links.merges.filter({ $0.new == n }), !merged.isEmpty {
            status = .merged
            related = merged.map { oldDocument.sections[$0.old].slug }
        } else if oldHeadings[o] != newHeadings[n] {
            status = .renamed
        } else if moved {
            status = .moved
        } else {
            status = sentences.allSatisfy { $0.status == .unchanged } ? .unchanged : .edited
        }
        return SectionChange(status: status, oldSlug: oldSection.slug, oldHeading: oldSection.heading, newSlug: section.slug,
                             newHeading: section.heading, moved: moved, related: related, sentences: sentences)
    }

    /// Old sections whose match is out of order relative to the other matched sections.
    var movedSections: Set<Int> {
        let pairs = links.primary.enumerated().compactMap { o, n in n.map { (o, $0) } }
        if Increasing.isIncreasing(pairs.map(\.1)) { return [] }
        let keep = Increasing.longest(pairs.map(\.1))
        return Set(pairs.enumerated().filter { !keep.contains($0.offset) }.map(\.element.0))
    }
}
