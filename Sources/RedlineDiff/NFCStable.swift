/// Scalars that Unicode normalisation form C leaves alone wherever they stand: no canonical
/// decomposition, no composition with a neighbour, combining class 0 (NFC_Quick_Check = Yes and
/// never reordered). Text made only of them is already in NFC, so the slow Foundation pass can be
/// skipped. A conservative list covering what policies use; anything else takes the slow path.
enum NFCStable {
    static func contains(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300: true                    // ASCII, Latin-1, Latin Extended-A/B, IPA, spacing modifiers
        case 0x400...0x482, 0x48A...0x52F: true // Cyrillic, without the combining marks 0483–0489
        case 0x370...0x373, 0x375...0x377, 0x37A...0x37D, 0x37F, 0x384...0x386, 0x388...0x38A, 0x38C, 0x38E...0x3A1,
             0x3A3...0x3FF: true                // Greek and Coptic, without 0374 037E 0387 (they decompose)
        case 0x5D0...0x5EA, 0x5EF...0x5F4: true // Hebrew letters, no points
        case 0x600...0x60F, 0x61B...0x64A, 0x660...0x66F, 0x671...0x6D5: true  // Arabic letters and digits, no marks
        case 0x900...0x93B, 0x93D...0x94C, 0x94E...0x950, 0x955...0x957, 0x960...0x97F: true  // Devanagari: no nukta,
                                                // virama or accents, no 0958–095F (they decompose)
        case 0xE01...0xE37, 0xE3F...0xE47, 0xE4C...0xE5B: true  // Thai, without the marks that reorder
        case 0x1E00...0x1EFF: true              // Latin Extended Additional (Vietnamese)
        case 0x2002...0x20CF: true              // punctuation, super/subscripts, currency (2000–2001 decompose)
        case 0x2100...0x2125, 0x2127...0x2129, 0x212C...0x214F: true  // letterlike (Ω K Å decompose)
        case 0x2190...0x21FF, 0x2500...0x27BF: true  // arrows, box drawing, shapes, dingbats
        case 0x3000...0x3029, 0x3030...0x303F: true  // CJK punctuation, without the tone marks
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC...0x30FF: true  // kana, without the voicing marks
        case 0x4E00...0x9FFF: true              // CJK unified ideographs
        case 0xAC00...0xD7A3: true              // Hangul syllables (the jamo they decompose to are not here)
        case 0xFB00...0xFB06: true              // Latin ligatures (ﬁ ﬂ): compatibility mappings only
        case 0xFE00...0xFE0F: true              // variation selectors
        case 0xFF01...0xFFEF: true              // full-width forms: compatibility mappings only
        default: false
        }
    }

    /// Combining marks (combining class above 0) that no canonical decomposition holds and that
    /// have none themselves: they compose with nothing, so right after a stable scalar (a starter)
    /// NFC leaves them where they stand; only a run of marks may need reordering.
    static func isLoneMark(_ value: UInt32) -> Bool {
        switch value {
        case 0x94D: true                        // Devanagari virama
        case 0xE38...0xE3A, 0xE48...0xE4B: true // Thai vowels below, phinthu, tone marks
        default: false
        }
    }
}
