/// Parts of a version page's header that Redline writes as HTML for the default theme, each
/// the bytes its Mustache block gave (`PolicyBodyHTMLTests` renders the old blocks through
/// swift-mustache against these). A version page looked up about 35 names in its header, each
/// through swift-mustache's dynamic casts (~16,000 instructions a name); these two lists were
/// 13 of them. Every value is escaped by `HTMLText.escape`, the templates' own escaper. The
/// values the blocks used (`notice`, `currentLink`, `drift`, `changesLink`, …) stay in the
/// context for themes that write their own markup.
enum VersionHeaderHTML {
    /// The `<li>` lines of the version's links (history, changes, previous version), each
    /// ending in a newline: `versionLinksHTML`. A missing UI string is empty, as `{{t.x}}` is.
    static func links(history: String, changes: String?, previous: String?, strings: UIStrings) -> String {
        var html = ""
        html.reserveCapacity(400)
        line(&html, history, strings.table["version_history"])
        if let changes { line(&html, changes, strings.table["what_changed"]) }
        if let previous { line(&html, previous, strings.table["previous_version"]) }
        return html
    }

    private static func line(_ html: inout String, _ href: String, _ label: String?) {
        html += "        <li><a href=\""
        html += HTMLText.escape(href)
        html += "\">"
        html += HTMLText.escape(label ?? "")
        html += "</a></li>\n"
    }

    /// A notice with a link after its text (`upcomingMaterial`, `drift`).
    struct LinkedNotice {
        var text: String
        var link: String
    }

    /// The notice lines above the summary (the archived or upcoming notice, an upcoming
    /// reduction of rights, a newer canonical version, each amendment), without the last line
    /// break: `noticesHTML`, nil when there are none (the theme shows it inside its own section).
    static func notices(notice: String?, currentLink: String?, upcoming: LinkedNotice?, drift: LinkedNotice?,
                        amendments: [(dateISO: String, text: String)], strings: UIStrings) -> String? {
        var lines: [String] = []
        if let notice {
            var line = "    <p class=\"notice\" role=\"note\">" + HTMLText.escape(notice)
            if let currentLink {
                line += " <a href=\"" + HTMLText.escape(currentLink) + "\">" + HTMLText.escape(strings.table["current_version"] ?? "") + "</a>"
            }
            lines.append(line + "</p>")
        }
        if let upcoming {
            lines.append("    <p class=\"notice notice-warning\" role=\"note\">" + HTMLText.escape(upcoming.text) + " <a href=\""
                         + HTMLText.escape(upcoming.link) + "\">" + HTMLText.escape(strings.table["what_changed"] ?? "") + "</a></p>")
        }
        if let drift {
            lines.append("    <p class=\"notice\" role=\"note\">" + HTMLText.escape(drift.text) + " <a href=\""
                         + HTMLText.escape(drift.link) + "\">" + HTMLText.escape(strings.table["current_version"] ?? "") + "</a></p>")
        }
        for amendment in amendments {
            lines.append("    <p class=\"notice notice-amended\" role=\"note\" data-amended=\"" + HTMLText.escape(amendment.dateISO) + "\">"
                         + HTMLText.escape(amendment.text) + "</p>")
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }
}
