import RedlineParse

/// The policy text of a version page — its sections and its table of contents — as HTML Redline
/// writes itself, for the template variables `sectionsHTML` and `tocHTML` (triple braces). The
/// markup is the default theme's `{{#sections}}` and `{{#toc}}` blocks, byte for byte.
///
/// A policy of 23 sections is about 270 value lookups per page through a Mustache section, each
/// through swift-mustache's dynamic casts: with the language switcher joined (`PageLinks`) that
/// was the largest cost of rendering a full build. Every value that is not already HTML is
/// escaped by `HTMLText.escape`, the escaper the templates use; `headingHTML` and `bodyHTML` are
/// cmark's output, which the theme puts in triple braces too. Themes that want other markup keep
/// iterating `sections` and `toc`, which are still provided to a theme that names them
/// (`TemplateSet.uses`).
enum PolicyBodyHTML {
    /// Whether the section's heading is shown: the body's own H1 repeats the page title, which
    /// the template already shows.
    static func showsHeading(_ section: Section, at index: Int, of document: Document) -> Bool {
        section.level >= 2 || (section.level == 1 && index > 0 && section.heading != document.title)
    }

    /// The heading level a section is shown at (the page title is the only H1).
    static func shownLevel(_ section: Section) -> Int { min(max(section.level, 2), 6) }

    /// The sections the table of contents lists.
    static func isInContents(_ section: Section) -> Bool { section.level >= 2 && section.level <= 3 }

    /// One `<section>` per section, each line ending in a newline, as `{{#sections}}` rendered them.
    static func sectionsHTML(_ document: Document) -> String {
        var html = ""
        html.reserveCapacity(document.sections.reduce(0) { $0 + $1.bodyHTML.utf8.count + $1.headingHTML.utf8.count + 2 * $1.slug.utf8.count + 180 })
        for (index, section) in document.sections.enumerated() {
            let slug = HTMLText.escape(section.slug)
            html += "    <section class=\"policy-section\">\n"
            if showsHeading(section, at: index, of: document) {
                let level = String(shownLevel(section))
                html += "      <h"
                html += level
                html += " id=\""
                html += slug
                html += "\">"
                html += section.headingHTML
                html += " <a class=\"anchor\" href=\"#"
                html += slug
                html += "\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h"
                html += level
                html += ">\n"
            } else {
                html += "      <span id=\""
                html += slug
                html += "\"></span>\n"
            }
            html += section.bodyHTML
            html += "\n    </section>\n"
        }
        return html
    }

    /// One `<li>` line per level-2 and level-3 section, as `{{#toc}}` rendered them.
    static func tocHTML(_ document: Document) -> String {
        var html = ""
        for section in document.sections where isInContents(section) {
            html += section.level == 3 ? "      <li class=\"sub\"><a href=\"#" : "      <li><a href=\"#"
            html += HTMLText.escape(section.slug)
            html += "\">"
            html += HTMLText.escape(section.heading)
            html += "</a></li>\n"
        }
        return html
    }
}
