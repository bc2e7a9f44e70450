/// Pairs the sentences of two versions one to one, in four passes: noise lines in order;
/// exact normalised matches (preferring the matched section, then reading order); similar
/// sentences in the gaps between anchors of each matched section pair; then a global pass
/// across sections for sentences that moved and changed.
struct SentenceAligner {
    let old: [SentenceItem]
    let new: [SentenceItem]
    /// Old section index → new section index.
    let sectionMap: [Int?]

    /// Minimum similarity inside a matched section pair, and across sections (stricter: farther apart).
    static let localThreshold = 0.6
    static let globalThreshold = 0.65

    /// `oldMatch[o]` is the new item paired with old item `o`.
    func align() -> [Int?] {
        var oldMatch = [Int?](repeating: nil, count: old.count)
        var newMatch = [Int?](repeating: nil, count: new.count)
        func pair(_ o: Int, _ n: Int) {
            oldMatch[o] = n
            newMatch[n] = o
        }
        // 1. Noise ("Last updated …") pairs in order: the date changing is not a change.
        let oldIsNoise = old.map(\.match.isNoise), newIsNoise = new.map(\.match.isNoise)
        let oldNoise = old.indices.filter { oldIsNoise[$0] }
        let newNoise = new.indices.filter { newIsNoise[$0] }
        for (o, n) in zip(oldNoise, newNoise) { pair(o, n) }

        // 2. Exact matches: each key's occurrences paired within matched sections first, then in order.
        let oldByKey = KeyGroups(old, skipping: oldIsNoise)
        let oldSection = old.map(\.section), newSection = new.map(\.section)
        for n in new.indices where newMatch[n] == nil && !newIsNoise[n] {
            if let o = oldByKey.first(new[n].key, in: old, where: { oldMatch[$0] == nil && sectionMap[oldSection[$0]] == newSection[n] }) {
                pair(o, n)
            }
        }
        for n in new.indices where newMatch[n] == nil && !newIsNoise[n] {
            if let o = oldByKey.first(new[n].key, in: old, where: { oldMatch[$0] == nil }) { pair(o, n) }
        }

        // 3. Similar sentences inside each matched section pair: in the gaps between anchors, then anywhere in it.
        var oldBySection: [[Int]] = Array(repeating: [], count: (oldSection.max() ?? -1) + 1)
        for (index, section) in oldSection.enumerated() { oldBySection[section].append(index) }
        var newBySection: [[Int]] = Array(repeating: [], count: (newSection.max() ?? -1) + 1)
        for (index, section) in newSection.enumerated() { newBySection[section].append(index) }
        for (oldSection, target) in sectionMap.enumerated() {
            guard let target, oldSection < oldBySection.count, target < newBySection.count else { continue }
            let olds = oldBySection[oldSection]
            let news = newBySection[target]
            // Only unpaired sentences on both sides can pair here (most sections are unchanged).
            guard olds.contains(where: { oldMatch[$0] == nil }), news.contains(where: { newMatch[$0] == nil }) else { continue }
            // Anchors: in-order exact matches of this pair.
            let anchored = olds.filter { oldMatch[$0].map { newSection[$0] == target } ?? false }
            let targets = anchored.map { oldMatch[$0]! }
            let anchors: [(Int, Int)]
            if Increasing.isIncreasing(targets) {
                anchors = Array(zip(anchored, targets))
            } else {
                let keep = Increasing.longest(targets)
                anchors = anchored.enumerated().filter { keep.contains($0.offset) }.map { ($0.element, oldMatch[$0.element]!) }
            }
            func gap(old o: Int) -> Int { anchors.count(where: { $0.0 < o }) }
            func gap(new n: Int) -> Int { anchors.count(where: { $0.1 < n }) }
            var oldGaps: [Int: [Int]] = [:]
            for o in olds where oldMatch[o] == nil { oldGaps[gap(old: o), default: []].append(o) }
            var newGaps: [Int: [Int]] = [:]
            for n in news where newMatch[n] == nil { newGaps[gap(new: n), default: []].append(n) }
            for gapIndex in oldGaps.keys.sorted() {
                guard let gapOld = oldGaps[gapIndex], let gapNew = newGaps[gapIndex] else { continue }
                for (o, n) in similar(gapOld, gapNew, Self.localThreshold) { pair(o, n) }
            }
            let restOld = olds.filter { oldMatch[$0] == nil }
            let restNew = news.filter { newMatch[$0] == nil }
            for (o, n) in similar(restOld, restNew, Self.localThreshold) { pair(o, n) }
        }

        // 4. Across sections: a sentence that moved and was reworded.
        let restOld = old.indices.filter { oldMatch[$0] == nil && !oldIsNoise[$0] }
        let restNew = new.indices.filter { newMatch[$0] == nil && !newIsNoise[$0] }
        for (o, n) in similar(restOld, restNew, Self.globalThreshold) { pair(o, n) }
        return oldMatch
    }

    /// One-to-one similar pairs among the given old and new items.
    func similar(_ olds: [Int], _ news: [Int], _ threshold: Double) -> [(Int, Int)] {
        let olds = olds.filter { !old[$0].match.isNoise }
        let news = news.filter { !new[$0].match.isNoise }
        guard !olds.isEmpty, !news.isEmpty else { return [] }
        return GreedyMatcher.match(old: olds.map { old[$0].tokens }, new: news.map { new[$0].tokens }, threshold: threshold)
            .map { (olds[$0.old], news[$0.new]) }
    }
}

/// Items grouped by key, each group in reading order: an open-addressing table on the keys'
/// precomputed hashes with the members chained through `next`, built for every pair (a
/// dictionary of arrays hashed each key again and allocated an array per sentence).
struct KeyGroups {
    /// First member + 1 of the group in each slot (0: empty); a power of two, at most half full.
    private var slots: [Int32]
    private var next: [Int32]
    private var last: [Int32]

    init(_ items: [SentenceItem], skipping skipped: [Bool]) {
        var size = 16
        while size < items.count * 2 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        next = [Int32](repeating: -1, count: items.count)
        last = [Int32](repeating: -1, count: items.count)
        let mask = size - 1
        for index in items.indices where !skipped[index] {
            let key = items[index].key
            var slot = key.hash & mask
            while true {
                let head = Int(slots[slot]) - 1
                if head < 0 {
                    slots[slot] = Int32(index + 1)
                    last[index] = Int32(index)
                    break
                }
                if items[head].key == key {
                    next[Int(last[head])] = Int32(index)
                    last[head] = Int32(index)
                    break
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The first member (in reading order) of `key`'s group that satisfies `accept`.
    func first(_ key: SentenceItem.Key, in items: [SentenceItem], where accept: (Int) -> Bool) -> Int? {
        let mask = slots.count - 1
        var slot = key.hash & mask
        while true {
            let head = Int(slots[slot]) - 1
            if head < 0 { return nil }
            if items[head].key == key {
                var member = head
                while member >= 0 {
                    if accept(member) { return member }
                    member = Int(next[member])
                }
                return nil
            }
            slot = (slot + 1) & mask
        }
    }
}
