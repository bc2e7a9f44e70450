/// One sentence split into several consecutive ones, or several merged into one: `old` and
/// `new` are item indices, one side with a single item and the other with two or more.
struct SentenceJoin: Equatable {
    var old: [Int]
    var new: [Int]

    var isSplit: Bool { new.count > 1 }
}

/// Finds sentences that were split or merged, after the one-to-one alignment: without this, one
/// long sentence cut in two reads as an edit plus an unrelated addition (or as a deletion and two
/// additions). A group of consecutive sentences replaces a one-to-one pair only when, together,
/// they match the other side clearly better than the pair did, and each of them contributes.
struct SentenceJoins {
    let old: [SentenceItem]
    let new: [SentenceItem]
    /// Old section index → new section index.
    let sectionMap: [Int?]

    /// Minimum score of the single sentence against the group.
    static let threshold = 0.6
    /// How much the group must beat the one-to-one pair it replaces.
    static let margin = 0.1
    /// Share of a part's content words that must come from the single sentence.
    static let contribution = 0.5

    /// The joins, with `oldMatch` updated: the single sentence paired with the first of its group;
    /// the other members of the group are left unpaired (they belong to the join).
    func detect(oldMatch: inout [Int?]) -> [SentenceJoin] {
        var newMatch = [Int?](repeating: nil, count: new.count)
        for (o, n) in oldMatch.enumerated() { if let n { newMatch[n] = o } }
        var inverse = [Int: Int]()
        for (o, n) in sectionMap.enumerated() { if let n { inverse[n] = o } }

        var joins: [SentenceJoin] = []
        var takenOld = Set<Int>(), takenNew = Set<Int>()
        for (o, group) in groups(one: old, many: new, oneMatch: oldMatch, manyMatch: newMatch, taken: []) {
            joins.append(SentenceJoin(old: [o], new: group))
            takenOld.insert(o)
            takenNew.formUnion(group)
        }
        for (n, group) in groups(one: new, many: old, oneMatch: newMatch, manyMatch: oldMatch,
                                 taken: takenNew, many: takenOld, section: { inverse[$0] }) {
            joins.append(SentenceJoin(old: group, new: [n]))
        }
        for join in joins {
            for o in join.old { if let n = oldMatch[o] { newMatch[n] = nil }; oldMatch[o] = nil }
            for n in join.new { if let o = newMatch[n] { oldMatch[o] = nil }; newMatch[n] = nil }
            oldMatch[join.old[0]] = join.new[0]
            newMatch[join.new[0]] = join.old[0]
        }
        return joins.sorted { $0.new[0] < $1.new[0] }
    }

    /// For each item of `one` not matched exactly, the best run of consecutive `many` items
    /// (free, or its own match) that together match it. `section` maps a section of `one` to `many`'s.
    func groups(one: [SentenceItem], many: [SentenceItem], oneMatch: [Int?], manyMatch: [Int?], taken: Set<Int>,
                many takenMany: Set<Int> = [], section: ((Int) -> Int?)? = nil) -> [(Int, [Int])] {
        let mapSection = section ?? { sectionMap[$0] }
        // Unpaired items by content word, so that seeding an unpaired sentence only looks at the
        // items sharing words with it (a big rewrite has hundreds of each).
        let vocabulary = (many.lazy.flatMap(\.tokens).max() ?? -1) + 1
        var postings = [[Int]](repeating: [], count: vocabulary)
        for (index, item) in many.enumerated() where manyMatch[index] == nil && !item.match.isNoise && !takenMany.contains(index) {
            for token in item.tokens { postings[token].append(index) }
        }
        var counts = [Int](repeating: 0, count: many.count)
        var touched: [Int] = []
        var used = takenMany
        var result: [(Int, [Int])] = []
        for o in one.indices where !one[o].match.isNoise && !taken.contains(o) {
            let item = one[o]
            let current = oneMatch[o]
            if let current, many[current].match.key == item.match.key { continue }
            func free(_ m: Int) -> Bool {
                !used.contains(m) && !many[m].match.isNoise && (manyMatch[m] == nil || manyMatch[m] == o)
            }
            func contributes(_ m: Int) -> Bool {
                let tokens = many[m].tokens
                return !tokens.isEmpty && Double(Similarity.shared(tokens, item.tokens)) / Double(tokens.count) >= Self.contribution
            }
            func score(_ group: [Int]) -> Double {
                let union = group.dropFirst().reduce(many[group[0]].tokens) { Self.union($0, many[$1].tokens) }
                return Similarity.sentenceScore(shared: Similarity.shared(union, item.tokens), item.tokens.count, union.count)
            }
            let baseline = current.map { score([$0]) } ?? 0
            var seeds: [Int] = []
            if let current {
                seeds = [current]
            } else if let target = mapSection(item.section) {
                for token in item.tokens where token < vocabulary {
                    for m in postings[token] {
                        if counts[m] == 0 { touched.append(m) }
                        counts[m] += 1
                    }
                }
                for m in touched {
                    // `counts[m]` words of m are in the sentence: the share `contributes` asks for.
                    if many[m].section == target, free(m), Double(counts[m]) / Double(many[m].tokens.count) >= Self.contribution { seeds.append(m) }
                    counts[m] = 0
                }
                touched.removeAll(keepingCapacity: true)
                seeds.sort()
            }
            var best: (score: Double, group: [Int])?
            for seed in seeds {
                var group = [seed]
                var groupScore = score(group)
                // Grow the run on either side while a neighbour in the same section adds to the match.
                while true {
                    let candidates = [group[0] - 1, group[group.count - 1] + 1].filter {
                        many.indices.contains($0) && many[$0].section == many[seed].section && free($0) && contributes($0)
                    }
                    let grown = candidates.map { $0 < group[0] ? [$0] + group : group + [$0] }
                        .map { (score: score($0), group: $0) }
                        .filter { $0.score > groupScore }
                        .max { $0.score < $1.score }
                    guard let grown else { break }
                    (groupScore, group) = (grown.score, grown.group)
                }
                if group.count > 1, groupScore >= Self.threshold, groupScore >= baseline + Self.margin, groupScore > best?.score ?? 0 {
                    best = (groupScore, group)
                }
            }
            if let best {
                result.append((o, best.group))
                used.formUnion(best.group)
            }
        }
        return result
    }

    /// Union of two sorted unique id arrays.
    static func union(_ a: [Int], _ b: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i] < b[j]) { result.append(a[i]); i += 1 }
            else if i == a.count || b[j] < a[i] { result.append(b[j]); j += 1 }
            else { result.append(a[i]); i += 1; j += 1 }
        }
        return result
    }
}
