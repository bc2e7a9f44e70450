import RedlineParse

/// What `MatchText` asks of each scalar of the Basic Multilingual Plane, computed once from the
/// same standard-library functions its slow path calls (`MatchTextTests` compares the two for
/// every scalar): the lowercase mapping, and how the fold treats a scalar. Looking a scalar up is
/// an array read instead of Unicode property queries and a `String` per lowercase mapping.
enum ScalarTable {
    /// How `MatchText.fold` treats a (lower-cased) non-ASCII scalar.
    enum Kind: UInt32 {
        case other = 0, word, space, apostrophe, quote, dash, currency
    }

    /// Bits 0–20: the scalar's lowercase mapping; 21–23: its own `Kind`; 24: the mapping is usable
    /// (the scalar and its mapping are NFC-stable and the mapping is one scalar); 25: the scalar is NFC-stable (and `Kind` is set).
    static let entries: [UInt32] = {
        var entries = [UInt32](repeating: 0, count: 0x10000)
        for value in UInt32(0x80)..<0x10000 where NFCStable.contains(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var entry = kind(of: scalar).rawValue << 21 | 1 << 25
            let lowered: [Unicode.Scalar]
            if MatchText.isUncased(value) {
                lowered = [scalar]
            } else {
                lowered = Array(scalar.properties.lowercaseMapping.unicodeScalars)
            }
            if lowered.count == 1, NFCStable.contains(lowered[0].value) {
                entry |= lowered[0].value | 1 << 24
            }
            entries[Int(value)] = entry
        }
        return entries
    }()

    static let loweredMask: UInt32 = 0x1F_FFFF
    static let usable: UInt32 = 1 << 24
    static let stable: UInt32 = 1 << 25

    static func kind(_ entry: UInt32) -> Kind { Kind(rawValue: (entry >> 21) & 7) ?? .other }

    /// How the fold treats `scalar` (non-ASCII), as `MatchText.fold` decided it scalar by scalar.
    static func kind(of scalar: Unicode.Scalar) -> Kind {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0xB4: return .apostrophe
        case 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033: return .quote
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return .dash
        default:
            if UTF8Text.isWhitespace(scalar.value) { return .space }
            if MatchText.isWordScalar(scalar) { return .word }
            return scalar.value == 0x20AC || scalar.value == 0xA3 ? .currency : .other
        }
    }
}
