/// Scalars that Unicode normalisation form C leaves alone wherever they stand: no canonical
/// decomposition, no composition with a neighbour, combining class 0 (NFC_Quick_Check = Yes and
/// never reordered). Text made only of them is already in NFC, so the slow Foundation pass can be
/// skipped. A conservative list covering what policies use; anything else takes the slow path.
enum NFCStable {
    static func contains(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300: true                    // ASCII, Latin-1, Latin Extended-A/B, IPA, spacing modifiers
        case 0x400...0x482, 0x48A...0x52F: true // Cyrillic, without the combining marks 0483–0489
        case 0x600...0x60F, 0x61B...0x64A, 0x660...0x66F, 0x671...0x6D5: true  // Arabic letters and digits, no marks
        case 0x2002...0x20CF: true              // punctuation, super/subscripts, currency (2000–2001 decompose)
        case 0x2100...0x2125, 0x2127...0x2129, 0x212C...0x214F: true  // letterlike (Ω K Å decompose)
        case 0x2190...0x21FF, 0x2500...0x27BF: true  // arrows, box drawing, shapes, dingbats
        case 0x3000...0x3029, 0x3030...0x303F: true  // CJK punctuation, without the tone marks
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC...0x30FF: true  // kana, without the voicing marks
        case 0x4E00...0x9FFF: true              // CJK unified ideographs
        case 0xFB00...0xFB06: true              // Latin ligatures (ﬁ ﬂ): compatibility mappings only
        case 0xFE00...0xFE0F: true              // variation selectors
        case 0xFF01...0xFFEF: true              // full-width forms: compatibility mappings only
        default: false
        }
    }
}
