import Foundation

/// Turns a heading into a URL fragment: lower-case, diacritics folded, letters and digits of any
/// script kept (so Arabic and Japanese headings keep readable anchors), everything else a hyphen.
public enum Slug {
    public static func make(_ text: String) -> String {
        // locale: nil keeps folding independent of the machine's locale.
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).lowercased()
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
            if slug.unicodeScalars.count >= 80 { break }
        }
        return slug.isEmpty ? "section" : slug
    }
}
