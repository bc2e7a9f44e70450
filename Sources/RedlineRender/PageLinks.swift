/// The two lists every page carries — the language switcher and the `hreflang` links — as HTML
/// Redline writes itself, for the template variables `languagesHTML` and `page.alternatesHTML`
/// (triple braces). The markup is the default theme's, byte for byte.
///
/// A 40-locale site lists 40 languages and 41 links on every page: through a Mustache section
/// that was about 280 value lookups per page, each through swift-mustache's dynamic casts, the
/// largest single cost of a full build. Joined here, every value is escaped by `HTMLText.escape`,
/// the escaper the templates use, so nothing reaches the page unescaped. Themes that want other
/// markup keep iterating `languages` and `page.alternates`, which are still provided to a theme
/// that names them (`TemplateSet.uses`).
enum PageLinks {
    /// One entry of the language switcher.
    struct Language {
        var code: String
        var name: String
        var href: String
        var isCurrent: Bool
        var dir: String
    }

    /// `<li>` lines of the switcher, each ending in a newline, as `{{#languages}}` rendered them.
    static func languagesHTML(_ languages: [Language]) -> String {
        var html = ""
        html.reserveCapacity(languages.count * 150)
        for language in languages {
            let line = languageLine(language)
            html += line.head
            html += language.isCurrent ? currentMark : plainMark
            html += line.tail
        }
        return html
    }

    /// One language's `<li>` line without the end of its `<a>` tag, which says whether it is
    /// the page's own language (`currentMark` or `plainMark` goes between `head` and `tail`).
    static func languageLine(_ language: Language) -> (head: String, tail: String) {
        let code = HTMLText.escape(language.code)
        var head = "        <li><a href=\""
        head += HTMLText.escape(language.href)
        head += "\" hreflang=\""
        head += code
        head += "\" lang=\""
        head += code
        head += "\" dir=\""
        head += HTMLText.escape(language.dir)
        return (head, HTMLText.escape(language.name) + "</a></li>\n")
    }

    /// The end of the `<a>` tag of the page's own language, and of every other.
    static let currentMark = "\" aria-current=\"page\">"
    static let plainMark = "\">"

    /// The `<link rel="alternate">` lines of the locale's Atom and JSON feeds, each ending in a
    /// newline: `page.feedsHTML`, as the default layout wrote them from `t.feed`, `root` and
    /// `page.lang` (six lookups on every page). `title` is the locale's `feed` string.
    static func feedsHTML(root: String, locale: String, title: String) -> String {
        let title = HTMLText.escape(title)
        let folder = HTMLText.escape(root) + HTMLText.escape(locale)
        var html = "<link rel=\"alternate\" type=\"application/atom+xml\" title=\""
        html.reserveCapacity(200 + 2 * (title.utf8.count + folder.utf8.count))
        html += title
        html += " (Atom)\" href=\""
        html += folder
        html += "/feed.xml\">\n<link rel=\"alternate\" type=\"application/feed+json\" title=\""
        html += title
        html += " (JSON Feed)\" href=\""
        html += folder
        html += "/feed.json\">\n"
        return html
    }

    /// `<link rel="alternate" hreflang>` lines, each ending in a newline (empty for no links).
    static func alternatesHTML(_ links: [(hreflang: String, href: String)]) -> String {
        var html = ""
        html.reserveCapacity(links.count * 110)
        for link in links {
            html += "<link rel=\"alternate\" hreflang=\""
            html += HTMLText.escape(link.hreflang)
            html += "\" href=\""
            html += HTMLText.escape(link.href)
            html += "\">\n"
        }
        return html
    }
}
