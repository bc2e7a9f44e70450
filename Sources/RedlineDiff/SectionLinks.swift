/// Which old sections became which new ones: the one-to-one match, plus the extra links of
/// splits (one old section → two new) and merges (two old → one new), recognised when the union
/// of two sections covers at least 70% of the other's sentences.
struct SectionLinks {
    /// Old section → its primary new section.
    var primary: [Int?]
    /// Extra (old, new) links from splits and merges.
    var splits: [(old: Int, new: Int)] = []
    var merges: [(old: Int, new: Int)] = []

    static let coverage = 0.7

    /// Whether sentences moving from old section `o` to new section `n` stay within one section's family.
    func linked(_ o: Int, _ n: Int) -> Bool {
        primary[o] == n || splits.contains { $0.old == o && $0.new == n } || merges.contains { $0.old == o && $0.new == n }
    }

    /// The new section an old section's deleted sentences go to (nil: the section was deleted).
    func target(of o: Int) -> Int? { primary[o] ?? merges.first { $0.old == o }?.new }

    /// Finds splits and merges from where matched sentences went.
    static func detect(primary: [Int?], old: [SentenceItem], new: [SentenceItem], oldMatch: [Int?],
                       oldSections: Int, newSections: Int) -> SectionLinks {
        var links = SectionLinks(primary: primary)
        // flows[o][n]: sentences of old section o matched into new section n.
        var flows = [[Int]](repeating: [Int](repeating: 0, count: newSections), count: oldSections)
        var oldSizes = [Int](repeating: 0, count: oldSections)
        var newSizes = [Int](repeating: 0, count: newSections)
        for item in old where !item.match.isNoise { oldSizes[item.section] += 1 }
        for item in new where !item.match.isNoise { newSizes[item.section] += 1 }
        for (o, match) in oldMatch.enumerated() {
            guard let match, !old[o].match.isNoise else { continue }
            flows[old[o].section][new[match].section] += 1
        }
        var newTaken = [Bool](repeating: false, count: newSections)
        for case let n? in primary { newTaken[n] = true }
        var oldTaken = primary.map { $0 != nil }

        // Splits: an old section whose text went to its match and to a new section that has no match.
        for o in 0..<oldSections where oldSizes[o] >= 2 {
            let free = (0..<newSections).filter { !newTaken[$0] && flows[o][$0] > 0 }
            var ranked = free.sorted { (flows[o][$0], -$0) > (flows[o][$1], -$1) }
            if let p = links.primary[o] { ranked.insert(p, at: 0) }
            guard ranked.count >= 2 else { continue }
            let (first, second) = (ranked[0], ranked[1])
            let total = Double(oldSizes[o])
            guard Double(flows[o][first] + flows[o][second]) >= coverage * total,
                  Double(flows[o][second]) >= max(1, 0.2 * total), flows[o][first] > 0,
                  Double(flows[o][second]) >= 0.5 * Double(newSizes[second]) else { continue }
            if links.primary[o] == nil {
                links.primary[o] = first
                newTaken[first] = true
                oldTaken[o] = true
            }
            links.splits.append((o, second))
            newTaken[second] = true
        }
        // Merges: a new section whose text came from its match and from an old section that has no match.
        for n in 0..<newSections where newSizes[n] >= 2 {
            let inverse = links.primary.firstIndex { $0 == n }
            let free = (0..<oldSections).filter { !oldTaken[$0] && flows[$0][n] > 0 }
            var ranked = free.sorted { (flows[$0][n], -$0) > (flows[$1][n], -$1) }
            if let inverse { ranked.insert(inverse, at: 0) }
            guard ranked.count >= 2 else { continue }
            let (first, second) = (ranked[0], ranked[1])
            let total = Double(newSizes[n])
            guard Double(flows[first][n] + flows[second][n]) >= coverage * total,
                  Double(flows[second][n]) >= max(1, 0.2 * total), flows[first][n] > 0,
                  Double(flows[second][n]) >= 0.5 * Double(oldSizes[second]) else { continue }
            if inverse == nil, !newTaken[n] {
                links.primary[first] = n
                newTaken[n] = true
                oldTaken[first] = true
            } else if inverse == nil {
                continue
            }
            links.merges.append((second, n))
            oldTaken[second] = true
        }
        return links
    }
}
