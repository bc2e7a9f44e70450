import RedlineDiff
import RedlineParse

/// The body of a changes page: each changed section with its sentences marked up with
/// `<ins>` and `<del>`, moved sections and sentences linked to where they were (a moved
/// sentence is never shown as inserted: it was there before). Every text is escaped here.
struct RedlineHTML {
    let strings: UIStrings
    /// Relative link to the previous version's page, for "moved from" links.
    let previousVersionLink: String

    /// The changed sections as template items, and the unchanged ones (slug, heading) for the
    /// list of sections that did not change.
    func render(_ diff: PolicyDiff) -> (changed: [ChangedSection], unchanged: [(slug: String, heading: String)]) {
        // Old section headings by slug, to name the section a sentence moved from.
        var oldHeadings: [String: String] = [:]
        for section in diff.sections { if let slug = section.oldSlug { oldHeadings[slug] = section.oldHeading ?? "" } }
        var changed: [ChangedSection] = []
        var unchanged: [(slug: String, heading: String)] = []
        for section in diff.sections {
            let heading = section.newHeading ?? section.oldHeading ?? ""
            if section.status == .unchanged, !section.moved {
                unchanged.append((section.slug, heading.isEmpty ? strings["contents"] : heading))
                continue
            }
            var item = ChangedSection(slug: "change-" + section.slug, heading: heading, status: section.status.rawValue,
                                      statusLabel: label(for: section), summary: summary(of: section),
                                      body: body(of: section, oldHeadings: oldHeadings))
            if section.status == .renamed, let old = section.oldHeading { item.oldHeading = old }
            if section.moved || section.status == .moved || section.status == .renamed, let oldSlug = section.oldSlug {
                item.movedFrom = strings.format("moved_from", ["section": section.oldHeading ?? oldSlug])
                item.movedFromLink = previousVersionLink + "#" + oldSlug
            }
            changed.append(item)
        }
        return (changed, unchanged)
    }

    /// The `<li>` lines of the unchanged sections, each linking to the section on the version's
    /// page, as the default theme's `{{#unchangedSections}}` rendered them (the template variable
    /// `unchangedSectionsHTML`): a long policy with a small edit lists twenty sections, three
    /// Mustache lookups each. Every value is escaped, as the template escaped it.
    static func unchangedHTML(_ unchanged: [(slug: String, heading: String)], versionLink: String) -> String {
        let link = HTMLText.escape(versionLink)
        var html = ""
        for section in unchanged {
            html += "        <li><a href=\""
            html += link
            html += "#"
            html += HTMLText.escape(section.slug)
            html += "\">"
            html += HTMLText.escape(section.heading)
            html += "</a></li>\n"
        }
        return html
    }

    func label(for section: SectionChange) -> String {
        switch section.status {
        case .added: strings["section_added"]
        case .deleted: strings["section_removed"]
        case .moved: strings["section_moved"]
        case .renamed: strings["section_renamed"]
        default: strings["section_changed"]
        }
    }

    /// "2 added, 1 removed, 3 edited" in plain numbers, per section.
    func summary(of section: SectionChange) -> String {
        var counts: [SentenceChange.Status: Int] = [:]
        for sentence in section.sentences { counts[sentence.status, default: 0] += 1 }
        let order: [(SentenceChange.Status, String)] = [(.added, "+"), (.deleted, "−"), (.edited, "±"), (.moved, "↕")]
        return order.compactMap { status, sign in counts[status].map { "\(sign)\($0)" } }.joined(separator: " ")
    }

    func body(of section: SectionChange, oldHeadings: [String: String] = [:]) -> String {
        var html = ""
        for sentence in section.sentences {
            switch sentence.status {
            case .unchanged:
                html += "<p class=\"same\">\(HTMLText.escape(sentence.new?.text ?? ""))</p>\n"
            case .moved:
                html += "<p class=\"moved\">\(HTMLText.escape(sentence.new?.text ?? ""))\(movedNote(sentence, oldHeadings))</p>\n"
            case .added:
                html += "<p class=\"added\"><ins>\(HTMLText.escape(sentence.new?.text ?? ""))</ins></p>\n"
            case .deleted:
                html += "<p class=\"deleted\"><del>\(HTMLText.escape(sentence.old?.text ?? ""))</del></p>\n"
            case .edited:
                let moved = sentence.movedFrom == nil ? "" : " moved"
                html += "<p class=\"edited\(moved)\">\(words(sentence))\(movedNote(sentence, oldHeadings))</p>\n"
            }
        }
        return html
    }

    /// " <a …>Moved from “Section”</a>" linking to the old section in the previous version; empty when it did not move.
    func movedNote(_ sentence: SentenceChange, _ oldHeadings: [String: String]) -> String {
        guard let slug = sentence.movedFrom else { return "" }
        let heading = oldHeadings[slug].flatMap { $0.isEmpty ? nil : $0 } ?? strings["contents"]
        let label = strings.format("moved_from", ["section": heading])
        return " <a class=\"moved-from\" href=\"\(HTMLText.escape(previousVersionLink + "#" + slug))\">\(HTMLText.escape(label))</a>"
    }

    func words(_ sentence: SentenceChange) -> String {
        guard !sentence.words.isEmpty else {
            return "<del>\(HTMLText.escape(sentence.old?.text ?? ""))</del> <ins>\(HTMLText.escape(sentence.new?.text ?? ""))</ins>"
        }
        return sentence.words.map { word in
            switch word.operation {
            case .equal: HTMLText.escape(word.text)
            case .insert: "<ins>\(HTMLText.escape(word.text))</ins>"
            case .delete: "<del>\(HTMLText.escape(word.text))</del>"
            }
        }.joined()
    }
}
