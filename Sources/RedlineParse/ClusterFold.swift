/// `Slug.unicodeSlug` one character cluster at a time: Foundation's folding works cluster by
/// cluster (a base scalar with the marks on it), and lower-casing scalar by scalar, so the folded
/// heading is the folded clusters one after another. An ideograph or Hangul syllable alone folds
/// to itself; each other distinct cluster is folded by Foundation once per process and
/// remembered; a heading then costs a lookup per cluster instead of a folding, a lower-casing and a property lookup per scalar (on the honest synthetic site
/// `unicodeSlug` was 14 % of the parse at 1,000 pages). Clusters this cannot vouch for (Hangul
/// jamo, prepended or supplementary-plane scalars, controls, a mark first, more than seven bytes)
/// send the whole heading back to `unicodeSlug`. `ClusterFoldTests` compares the two.
enum ClusterFold {
    /// Marks a folded scalar the slug keeps (a letter, a number or a non-spacing mark).
    static let keepBit: UInt32 = 1 << 31

    /// Folded clusters by their packed bytes (see `pack`), shared by the threads of a build.
    static let memo = Memo<UInt64, [UInt32]>()

    /// The slug of a non-ASCII heading's UTF-8 bytes, as `Slug.unicodeSlug` makes it; nil when
    /// a cluster is one of those it leaves to `unicodeSlug`.
    static func slug(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var slug: [UInt8] = []
        slug.reserveCapacity(min(bytes.count, 320) + 8)
        var count = 0
        var pendingHyphen = false
        var index = 0
        // The same loop as `unicodeSlug`'s, over each cluster's folded scalars.
        func add(_ packed: UInt32) -> Bool {
            if packed & keepBit != 0 {
                if pendingHyphen, count > 0 {
                    slug.append(0x2D)
                    count += 1
                }
                pendingHyphen = false
                UTF8.encode(Unicode.Scalar(packed & ~keepBit)!) { slug.append($0) }
                count += 1
            } else {
                pendingHyphen = true
            }
            return count < 80
        }
        while index < bytes.count {
            let (value, length) = UTF8Text.scalar(in: bytes, at: index)
            guard startsCluster(value), !UTF8Text.isExtending(bytes, at: index) else { return nil }
            var end = index + length
            while end < bytes.count, UTF8Text.isExtending(bytes, at: end) {
                end += UTF8Text.scalar(in: bytes, at: end).length
            }
            if length == 1, end == index + 1 {
                // ASCII folds to its lower case; the slug keeps letters and digits (`SlugTests`).
                let lower = (value >= 0x41 && value <= 0x5A) ? value + 0x20 : value
                let keeps = (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39)
                guard add(keeps ? lower | keepBit : lower) else { break }
            } else if end == index + 3, foldsToItself(value) {
                // An ideograph or a Hangul syllable alone: kept as it is, without a memo lookup.
                guard add(value | keepBit) else { break }
            } else {
                guard let key = pack(bytes[index..<end]) else { return nil }
                let folded = memo.value(for: key) { foldedScalars(String(decoding: bytes[index..<end], as: UTF8.self)) }
                var more = true
                for packed in folded where more { more = add(packed) }
                guard more else { break }
            }
            index = end
        }
        return count == 0 ? "section" : String(decoding: slug, as: UTF8.self)
    }

    /// The scalars of `Slug.fold(text)`, each with `keepBit` when `Slug.keeps` it.
    static func foldedScalars(_ text: String) -> [UInt32] {
        Slug.fold(text).unicodeScalars.map { Slug.keeps($0) ? $0.value | keepBit : $0.value }
    }

    /// Whether a scalar can start a cluster this folds on its own: not a control, not a Hangul
    /// jamo (they join into syllables), not one of the Prepend scalars, not past U+FFFF.
    static func startsCluster(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x20, 0x7F..<0xA0, 0x600...0x605, 0x6DD, 0x70F, 0x890...0x891, 0x8E2, 0xD4E,
             0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF, 0x10000...:
            return false
        default:
            return true
        }
    }

    /// Whether `value` is a CJK unified ideograph (Extension A or the main block) or a Hangul
    /// syllable, which Foundation's folding leaves as it is and the slug keeps
    /// (`ClusterFoldTests` checks every one). In Chinese and Japanese nearly every ideograph is
    /// a cluster seen for the first time, and a Foundation fold costs ~20 K instructions
    /// whatever its length. (Not kana: diacritic folding strips their voiced marks.)
    static func foldsToItself(_ value: UInt32) -> Bool {
        (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value)
    }

    /// Up to seven bytes and their count in one integer; nil for a longer cluster.
    static func pack(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64? {
        guard bytes.count <= 7 else { return nil }
        var key: UInt64 = 0
        for byte in bytes { key = key << 8 | UInt64(byte) }
        return key | UInt64(bytes.count) << 56
    }
}
