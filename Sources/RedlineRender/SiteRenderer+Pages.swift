import RedlineParse
import RedlineReview

/// The template context of each kind of page.
extension SiteRenderer {
    func versionContext(_ entry: PolicyTimeline.Entry, timeline: PolicyTimeline, directory: String, isCurrentPage: Bool) -> [String: Any] {
        let locale = timeline.locale
        let root = SitePaths.root(from: directory)
        let strings = self.strings(locale)
        let dates = self.dates(locale)
        let version = entry.version
        let front = version.frontMatter
        let historyLink = root + SitePaths.history(locale, timeline.policy)
        var context: [String: Any] = [
            "title": front.title,
            "effective": dates.long(version.date),
            "effectiveISO": version.date.description,
            "historyLink": historyLink,
            "status": entry.status.rawValue,
            "hasToc": version.document.sections.contains(where: PolicyBodyHTML.isInContents),
            "sectionsHTML": PolicyBodyHTML.sectionsHTML(version.document),
            "tocHTML": PolicyBodyHTML.tocHTML(version.document),
        ]
        // The lists themselves, for themes that iterate them (the default theme takes the HTML).
        if templates.uses("sections") { context["sections"] = sectionContexts(version.document) }
        if templates.uses("toc") {
            context["toc"] = version.document.sections.filter(PolicyBodyHTML.isInContents).map {
                ["slug": $0.slug, "heading": $0.heading, "sub": $0.level == 3] as [String: Any]
            }
        }
        if let announced = front.announced {
            context["announced"] = dates.long(announced)
            context["announcedISO"] = announced.description
        }
        if let summary = front.summary {
            context["summaryHTML"] = DocumentParser.html(summary)
            context["description"] = PlainText.of(markdown: summary)
        }
        let changesLink = entry.previous == nil ? nil : root + SitePaths.changes(locale, timeline.policy, version.date)
        let previousLink = entry.previous.map { root + SitePaths.version(locale, timeline.policy, $0.date) }
        let currentLink = isCurrentPage ? nil : root + SitePaths.current(locale, timeline.policy)
        if let changesLink { context["changesLink"] = changesLink }
        if let previousLink { context["previousLink"] = previousLink }
        if let currentLink { context["currentLink"] = currentLink }
        context["versionLinksHTML"] = VersionHeaderHTML.links(history: historyLink, changes: changesLink, previous: previousLink, strings: strings)
        var notice: String?
        switch entry.status {
        case .archived:
            context["statusLabel"] = strings["archived_version"]
            let until = entry.next.map { dates.long($0.date.adding(days: -1)) } ?? ""
            notice = strings.format("archived_notice", ["from": dates.long(version.date), "to": until])
        case .upcoming:
            context["statusLabel"] = strings["upcoming_version"]
            notice = strings.format("upcoming_notice", ["date": dates.long(version.date)])
        case .current:
            context["statusLabel"] = strings["current_version"]
        }
        if let notice { context["notice"] = notice }
        context["jsonld"] = versionJSONLD(entry, timeline: timeline, directory: directory, isCurrentPage: isCurrentPage)
        // Deliberate changes to a published version (content/redline.lock), oldest first.
        let amendments = version.amendments.map {
            (dateISO: $0.date.description, text: strings.format("amended_note", ["date": dates.long($0.date), "reason": $0.reason]))
        }
        context["amendments"] = amendments.map { ["dateISO": $0.dateISO, "text": $0.text] }
        var upcomingNotice: VersionHeaderHTML.LinkedNotice?, driftNotice: VersionHeaderHTML.LinkedNotice?
        if isCurrentPage || entry.status == .current {
            // Announce an upcoming version that reduces rights, on the page people actually read.
            if let upcoming = timeline.entries.first(where: { $0.status == .upcoming && !($0.review?.material.isEmpty ?? true) }) {
                upcomingNotice = .init(text: strings.format("upcoming_material_notice", ["date": dates.long(upcoming.version.date)]),
                                       link: root + SitePaths.changes(locale, timeline.policy, upcoming.version.date))
            }
            if let drift = translationDrift(timeline, entry: entry) {
                driftNotice = .init(text: drift.text, link: root + drift.directory)
            }
        }
        if let upcomingNotice { context["upcomingMaterial"] = ["text": upcomingNotice.text, "link": upcomingNotice.link] }
        if let driftNotice { context["drift"] = ["text": driftNotice.text, "link": driftNotice.link] }
        if let notices = VersionHeaderHTML.notices(notice: notice, currentLink: currentLink, upcoming: upcomingNotice, drift: driftNotice,
                                                   amendments: amendments, strings: strings) {
            context["noticesHTML"] = notices
        }
        return context
    }

    /// When the canonical locale has a newer version in effect than this translation shows.
    func translationDrift(_ timeline: PolicyTimeline, entry: PolicyTimeline.Entry) -> (text: String, directory: String)? {
        let canonicalLocale = source.config.canonicalLocale
        guard timeline.locale != canonicalLocale,
              let canonical = timelineOf(timeline.policy, canonicalLocale),
              let newest = canonical.entries.last(where: { $0.status != .upcoming }),
              newest.version.date > entry.version.date else { return nil }
        let text = strings(timeline.locale).format("newer_in_canonical", [
            "date": dates(timeline.locale).long(newest.version.date),
            "language": strings(canonicalLocale)["language"],
        ])
        return (text, SitePaths.current(canonicalLocale, timeline.policy))
    }

    func sectionContexts(_ document: Document) -> [[String: Any]] {
        document.sections.enumerated().map { index, section in
            [
                "slug": section.slug,
                "level": PolicyBodyHTML.shownLevel(section),
                "headingHTML": section.headingHTML,
                "showHeading": PolicyBodyHTML.showsHeading(section, at: index, of: document),
                "bodyHTML": section.bodyHTML,
            ]
        }
    }

    func historyContext(_ timeline: PolicyTimeline, directory: String) -> [String: Any] {
        let root = SitePaths.root(from: directory)
        let strings = self.strings(timeline.locale)
        let dates = self.dates(timeline.locale)
        let rows: [[String: Any]] = timeline.entries.reversed().map { entry in
            let version = entry.version
            var row: [String: Any] = [
                "effective": dates.long(version.date), "effectiveISO": version.date.description,
                "title": version.frontMatter.title,
                "link": root + SitePaths.version(timeline.locale, timeline.policy, version.date),
                "status": entry.status.rawValue,
                "statusLabel": strings[entry.status == .current ? "current_version" : entry.status == .upcoming ? "upcoming_version" : "archived_version"],
                "materialCount": entry.review?.material.count ?? 0,
                "hasMaterial": !(entry.review?.material.isEmpty ?? true),
                "expansionCount": entry.review?.expansions.count ?? 0,
            ]
            if let summary = version.frontMatter.summary { row["summaryHTML"] = DocumentParser.html(summary) }
            if let announced = version.frontMatter.announced { row["announced"] = dates.long(announced) }
            if entry.previous != nil { row["changesLink"] = root + SitePaths.changes(timeline.locale, timeline.policy, version.date) }
            return row
        }
        return ["title": timeline.current?.version.frontMatter.title ?? timeline.policy, "versions": rows,
                "currentLink": root + SitePaths.current(timeline.locale, timeline.policy),
                "jsonld": historyJSONLD(timeline, directory: directory)]
    }

    func renderHome(locale: String, directory: String) -> OutputFile {
        let root = SitePaths.root(from: directory)
        let dates = self.dates(locale)
        let policies: [[String: Any]] = timelines.filter { $0.locale == locale }.compactMap { timeline in
            guard let current = timeline.current else { return nil }
            return ["title": current.version.frontMatter.title, "effective": dates.long(current.version.date),
                    "effectiveISO": current.version.date.description,
                    "link": root + SitePaths.current(locale, timeline.policy),
                    "historyLink": root + SitePaths.history(locale, timeline.policy)]
        }
        let alternates = source.config.locales.map { ($0, SitePaths.localeHome($0)) }
        return page(directory, template: "index", locale: locale, title: source.config.title, links: "home",
                    alternates: alternates, extra: ["policies": policies, "jsonld": homeJSONLD(locale: locale, directory: directory)])
    }

    func renderNotFound() -> OutputFile {
        let locale = source.config.defaultLocale
        // A 404 page is served at any depth, so its links are absolute.
        var file = page("", template: "404", locale: locale, title: strings(locale)["not_found_title"], links: nil, alternates: [],
                        extra: ["policies": timelines.filter { $0.locale == locale }.map {
                            ["title": $0.current?.version.frontMatter.title ?? $0.policy, "link": paths.absolute(SitePaths.current(locale, $0.policy))]
                        }, "jsonld": notFoundJSONLD()], root: paths.baseURL)
        file.path = "404.html"
        return file
    }
}
