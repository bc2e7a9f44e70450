/// Matched section pairs whose sentences are the same, key for key, in the same order (most of
/// a version is its predecessor's text): the diff leaves them out of the sentence passes and
/// writes their changes directly. Their alignment is the identity whatever else happens:
///
/// - the exact pass pairs them one to one in order (within the matched pair first, so no other
///   section can take their sentences, and each new sentence takes the first unpaired old one
///   of its key, which is its counterpart);
/// - the later passes and `SentenceJoins` touch only unpaired sentences, and no sentence of them
///   is left unpaired;
/// - `SectionLinks` sees all their flow going from the old section to its match, which already
///   takes part in no split or merge, and no other section's flow goes into them;
/// - `DiffAssembler` places no deletion in them and finds nothing reordered: every sentence is
///   `unchanged`, and the section's own status is worked out as before.
///
/// Sections holding a noise line (which pairs across the whole document in order) are not
/// skipped; neither is anything when the pair's word ids are not shared (`PairTokens`), where
/// leaving sentences out would change the order ids are given in.
struct UnchangedSections {
    /// New section → the old section whose sentences it repeats (nil: aligned sentence by sentence).
    var oldFor: [Int?]
    /// Whether an old section is one of those.
    var skippedOld: [Bool]
    var skippedNew: [Bool]

    /// Nothing skipped.
    init(oldSections: Int, newSections: Int) {
        oldFor = [Int?](repeating: nil, count: newSections)
        skippedOld = [Bool](repeating: false, count: oldSections)
        skippedNew = [Bool](repeating: false, count: newSections)
    }

    /// The section pairs of `mapping` (old → new) with equal, non-noise sentence keys.
    init(old: DiffInput, new: DiffInput, mapping: [Int?]) {
        self.init(oldSections: old.sectionStarts.count - 1, newSections: new.sectionStarts.count - 1)
        for (o, mapped) in mapping.enumerated() {
            guard let n = mapped else { continue }
            let oldStart = old.sectionStarts[o], oldEnd = old.sectionStarts[o + 1]
            let newStart = new.sectionStarts[n], newEnd = new.sectionStarts[n + 1]
            guard oldEnd - oldStart == newEnd - newStart else { continue }
            // Read in place: copying each entry (its sentence, text and word arrays) retained and
            // released every reference in it, most of the cost of this check.
            let same = old.entries.withUnsafeBufferPointer { oldEntries in
                new.entries.withUnsafeBufferPointer { newEntries in
                    (0..<(oldEnd - oldStart)).allSatisfy { offset in
                        oldEntries[oldStart + offset].keyHash == newEntries[newStart + offset].keyHash
                            && !oldEntries[oldStart + offset].match.isNoise
                            && DiffInput.same(oldEntries[oldStart + offset].match.key, newEntries[newStart + offset].match.key)
                    }
                }
            }
            guard same else { continue }
            oldFor[n] = o
            skippedOld[o] = true
            skippedNew[n] = true
        }
    }

    /// The sentence changes of each skipped new section (every sentence `unchanged`, as
    /// `DiffAssembler` would make them), nil for the others.
    func changes(old: DiffInput, new: DiffInput) -> [[SentenceChange]?] {
        oldFor.enumerated().map { n, o in
            guard let o else { return nil }
            let oldStart = old.sectionStarts[o], newStart = new.sectionStarts[n]
            let count = new.sectionStarts[n + 1] - newStart
            var changes: [SentenceChange] = []
            changes.reserveCapacity(count)
            for offset in 0..<count {
                changes.append(SentenceChange(status: .unchanged, old: old.entries[oldStart + offset].sentence,
                                              new: new.entries[newStart + offset].sentence))
            }
            return changes
        }
    }
}
