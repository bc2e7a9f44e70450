import Foundation

/// Turns a heading into a URL fragment: lower-case, diacritics folded, letters and digits of any
/// script kept (so Arabic and Japanese headings keep readable anchors), everything else a hyphen.
public enum Slug {
    public static func make(_ text: String) -> String {
        // Most headings are ASCII, where folding is lower-casing; Foundation's folding cost more
        // than parsing the rest of the document. `SlugTests` checks both paths agree.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSlug(text) }
        // The same headings recur in every version of a policy: fold each once.
        return memo.value(for: text) { unicodeSlug(text) }
    }

    private static let memo = StringMemo()

    static func asciiSlug(_ text: String) -> String {
        var slug: [UInt8] = []
        slug.reserveCapacity(min(text.utf8.count, 80))
        var pendingHyphen = false
        for byte in text.utf8 {
            let lower = (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                if pendingHyphen, !slug.isEmpty { slug.append(0x2D) }
                pendingHyphen = false
                slug.append(lower)
            } else {
                pendingHyphen = true
            }
            if slug.count >= 80 { break }
        }
        return slug.isEmpty ? "section" : String(decoding: slug, as: UTF8.self)
    }

    static func unicodeSlug(_ text: String) -> String {
        // locale: nil keeps folding independent of the machine's locale.
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).lowercased()
        var slug = ""
        var count = 0
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark {
                if pendingHyphen, !slug.isEmpty {
                    slug.append("-")
                    count += 1
                }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
                count += 1
            } else {
                pendingHyphen = true
            }
            if count >= 80 { break }
        }
        return slug.isEmpty ? "section" : slug
    }
}
