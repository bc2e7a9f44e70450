import RedlineParse

/// What `MatchText` asks of each scalar of the Basic Multilingual Plane, computed once from the
/// same standard-library functions its slow path calls (`MatchTextTests` compares the two): the
/// lowercase mapping, how the fold treats a scalar, and whether text holding it is in NFC.
/// Looking a scalar up is an array read instead of Unicode property queries and a `String` per
/// lowercase mapping.
enum ScalarTable {
    /// How `MatchText.fold` treats a (lower-cased) non-ASCII scalar.
    enum Kind: UInt32 {
        case other = 0, word, space, apostrophe, quote, dash, currency
    }

    /// Bits 0–20: the scalar's lowercase mapping; 21–23: its own `Kind`; 24: the mapping is usable
    /// (one scalar, NFC-stable, a haraka or a lone mark, as is the scalar); 25: `Kind` is set;
    /// 26: NFC-stable; 27: an Arabic haraka; 28: a number (`numericType != nil`); 29: a lone mark
    /// (`NFCStable.isLoneMark`).
    static let entries: [UInt32] = {
        var entries = [UInt32](repeating: 0, count: 0x10000)
        for value in UInt32(0x80)..<0x10000 where NFCStable.contains(value) || isHaraka(value) || NFCStable.isLoneMark(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var entry = kind(of: scalar).rawValue << 21 | hasKind
            entry |= isHaraka(value) ? haraka : NFCStable.isLoneMark(value) ? loneMark : stable
            if scalar.properties.numericType != nil { entry |= number }
            let lowered: [Unicode.Scalar]
            if MatchText.isUncased(value) {
                lowered = [scalar]
            } else {
                lowered = Array(scalar.properties.lowercaseMapping.unicodeScalars)
            }
            if lowered.count == 1, NFCStable.contains(lowered[0].value) || lowered[0].value == value {
                entry |= lowered[0].value | usable
            }
            entries[Int(value)] = entry
        }
        return entries
    }()

    static let loweredMask: UInt32 = 0x1F_FFFF
    static let usable: UInt32 = 1 << 24
    static let hasKind: UInt32 = 1 << 25
    static let stable: UInt32 = 1 << 26
    static let haraka: UInt32 = 1 << 27
    static let number: UInt32 = 1 << 28
    static let loneMark: UInt32 = 1 << 29

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

    /// Arabic harakat (fathatan … sukun, U+064B–U+0652): combining marks of classes 27–34, in
    /// code point order, that compose with nothing. After a letter without a decomposition
    /// (U+0621, U+0627–U+064A), NFC only puts a run of them in order.
    static func isHaraka(_ value: UInt32) -> Bool { value >= 0x64B && value <= 0x652 }

    static func isPlainArabicLetter(_ value: UInt32) -> Bool { value == 0x621 || (value >= 0x627 && value <= 0x64A) }

    /// Whether `value` (the scalar before a lone mark; 0 at the start) is an NFC-stable scalar,
    /// after which a lone mark stays where it stands in NFC. A mark after another mark may have to
    /// be reordered, so it is "unknown" (the general path).
    static func isStableStarter(_ value: UInt32) -> Bool {
        value != 0 && (value < 0x80 || (value < 0x10000 && entries[Int(value)] & stable != 0))
    }

    /// Whether `bytes` (UTF-8) are in NFC by the table's knowledge: every scalar NFC-stable, a
    /// haraka in order after a plain Arabic letter or another such haraka, or a lone mark after a
    /// stable scalar. False means "unknown".
    static func isNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var previous: UInt32 = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                previous = UInt32(bytes[index])
                index += 1
                continue
            }
            let (value, length) = UTF8Text.scalar(in: bytes, at: index)
            guard value < 0x10000 else { return false }
            let entry = entries[Int(value)]
            if entry & haraka != 0 {
                guard isPlainArabicLetter(previous) || (isHaraka(previous) && previous <= value) else { return false }
            } else if entry & loneMark != 0 {
                guard isStableStarter(previous) else { return false }
            } else if entry & stable == 0 {
                return false
            }
            previous = value
            index += length
        }
        return true
    }
}
