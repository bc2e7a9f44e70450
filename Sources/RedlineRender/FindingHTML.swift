import RedlineParse
import RedlineReview

/// The findings and expansions of a changes page as the `<li>` items the default theme's
/// `{{#findings}}` and `{{#expansions}}` blocks wrote (`findingsHTML`, `expansionsHTML`), each
/// line ending in a newline. A finding took about 20 lookups, several of them three contexts
/// deep (the finding, `reviewLanguage`, the root), on half the pages of a site; every value is
/// escaped by `HTMLText.escape`, the templates' own escaper. The lists `findings` and
/// `expansions` stay in the context for themes that write their own markup
/// (`FindingHTMLTests` renders the old blocks through swift-mustache against these).
enum FindingHTML {
    /// The language of the quoted text when it is not the page's: `lang` and `dir` attributes.
    static func languageAttributes(_ language: (tag: String, dir: String)?) -> String {
        guard let language else { return "" }
        return " lang=\"" + HTMLText.escape(language.tag) + "\" dir=\"" + HTMLText.escape(language.dir) + "\""
    }

    /// One `<li class="finding">` item per finding. `acknowledgedLabel` is the locale's
    /// `acknowledged` string (empty when missing, as `{{t.acknowledged}}` is).
    static func findings(_ findings: [Finding], acknowledges: [String], strings: UIStrings, language: (tag: String, dir: String)?) -> String {
        let lang = languageAttributes(language)
        let acknowledged = HTMLText.escape(strings.table["acknowledged"] ?? "")
        var html = ""
        for finding in findings {
            let severity = HTMLText.escape(finding.severity.rawValue)
            let id = HTMLText.escape(finding.id)
            html += "      <li class=\"finding finding-" + severity + "\" id=\"" + id + "\">\n"
            html += "        <p><span class=\"badge badge-" + severity + "\">" + HTMLText.escape(strings[finding.severity.rawValue])
            html += "</span> <span" + lang + ">" + HTMLText.escape(finding.explanation) + "</span>"
            if finding.isAcknowledged(by: acknowledges) { html += " <span class=\"badge\">" + acknowledged + "</span>" }
            html += "</p>\n"
            if let old = finding.old {
                html += "        <blockquote class=\"old\"" + lang + "><del>" + HTMLText.escape(old.text) + "</del></blockquote>\n"
            }
            if let new = finding.new {
                html += "        <blockquote class=\"new\"" + lang + "><ins>" + HTMLText.escape(new.text) + "</ins></blockquote>\n"
            }
            html += "        <p class=\"rule\"><code>" + id + "</code></p>\n      </li>\n"
        }
        return html
    }

    /// One `<li class="finding finding-expansion">` item per expansion.
    static func expansions(_ expansions: [Finding], language: (tag: String, dir: String)?) -> String {
        let lang = languageAttributes(language)
        var html = ""
        for expansion in expansions {
            html += "      <li class=\"finding finding-expansion\">\n        <p" + lang + ">" + HTMLText.escape(expansion.explanation) + "</p>\n"
            if let new = expansion.new {
                html += "        <blockquote class=\"new\"" + lang + "><ins>" + HTMLText.escape(new.text) + "</ins></blockquote>\n"
            }
            html += "      </li>\n"
        }
        return html
    }
}
