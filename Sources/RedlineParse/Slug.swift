import Foundation

/// Turns a heading into a URL fragment: lower-case, diacritics folded, letters and digits of any
/// script kept (so Arabic and Japanese headings keep readable anchors), everything else a hyphen.
public enum Slug {
    public static func make(_ text: String) -> String {
        // Most headings are ASCII, where folding is lower-casing; Foundation's folding cost more
        // than parsing the rest of the document. `SlugTests` checks both paths agree. The same
        // headings recur in every version of a policy: other headings are folded once (`SlugKey`).
        SlugKey.of(text).slug
    }

    static func asciiSlug(_ text: String) -> String {
        var text = text
        return text.withUTF8 { asciiSlug($0) } ?? "section"
    }

    /// The slug of ASCII bytes (written on the stack, then made a string of its own length); nil
    /// when a byte is not ASCII.
    static func asciiSlug(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // 81 at most: a hyphen and a letter can follow the 79th byte.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 81) { slug -> String? in
            var count = 0
            var pendingHyphen = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                // Past 80 bytes only whether the rest is ASCII matters.
                guard count < 80 else { continue }
                let lower = (byte >= 0x41 && byte <= 0x5A) ? byte + 0x20 : byte
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                    if pendingHyphen, count > 0 {
                        slug[count] = 0x2D
                        count += 1
                    }
                    pendingHyphen = false
                    slug[count] = lower
                    count += 1
                } else {
                    pendingHyphen = true
                }
            }
            return count == 0 ? "section" : String(decoding: UnsafeBufferPointer(rebasing: slug[..<count]), as: UTF8.self)
        }
    }

    static func unicodeSlug(_ text: String) -> String {
        let folded = fold(text)
        var slug = ""
        var count = 0
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if keeps(scalar) {
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

    /// The heading lower-cased with diacritics and width folded away.
    static func fold(_ text: String) -> String {
        // locale: nil keeps folding independent of the machine's locale.
        text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).lowercased()
    }

    /// Whether the slug keeps a folded scalar: letters and digits of any script, and the
    /// non-spacing marks that stay on them.
    static func keeps(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark
    }
}
