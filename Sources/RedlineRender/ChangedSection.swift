/// One changed section of a changes page (`RedlineHTML.render`): the template item of
/// `{{#changedSections}}`, and its markup written by Redline for `changedSectionsHTML`.
struct ChangedSection {
    var slug: String
    var heading: String
    var status: String
    var statusLabel: String
    var summary: String
    /// The sentences' HTML (escaped by `RedlineHTML`).
    var body: String
    var oldHeading: String?
    var movedFrom: String?
    var movedFromLink: String?

    /// The item as the templates' `changedSections` list has it.
    var templateValues: [String: Any] {
        var item: [String: Any] = ["slug": slug, "heading": heading, "status": status, "statusLabel": statusLabel,
                                   "summary": summary, "body": body]
        item["oldHeading"] = oldHeading
        item["movedFrom"] = movedFrom
        item["movedFromLink"] = movedFromLink
        return item
    }

    /// The sections as the default theme's `{{#changedSections}}` rendered them, every value
    /// escaped as the template escaped it, without the last line break (the template's line
    /// `{{{changedSectionsHTML}}}` ends with it). A changes page shows a few sections, each
    /// about eight Mustache lookups: written here, the page makes one.
    static func html(_ sections: [ChangedSection]) -> String {
        var html = ""
        for section in sections {
            html += "    <section class=\"change change-"
            html += HTMLText.escape(section.status)
            html += "\" id=\""
            html += HTMLText.escape(section.slug)
            html += "\">\n      <h3>"
            html += HTMLText.escape(section.heading)
            html += " <span class=\"badge\">"
            html += HTMLText.escape(section.statusLabel)
            html += "</span> <span class=\"counts\">"
            html += HTMLText.escape(section.summary)
            html += "</span></h3>\n"
            if let oldHeading = section.oldHeading {
                html += "      <p class=\"meta\"><del>" + HTMLText.escape(oldHeading) + "</del></p>\n"
            }
            if let movedFrom = section.movedFrom {
                html += "      <p class=\"meta\"><a href=\"" + HTMLText.escape(section.movedFromLink ?? "") + "\">"
                html += HTMLText.escape(movedFrom) + "</a></p>\n"
            }
            html += "      <div class=\"sentences\">\n"
            html += section.body
            html += "\n      </div>\n    </section>\n"
        }
        if html.utf8.last == 0x0A { html.removeLast() }
        return html
    }
}
