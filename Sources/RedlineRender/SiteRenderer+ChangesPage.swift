import RedlineParse
import RedlineReview

/// The template context of a changes page: the redline of one version against the one before,
/// with its findings and expansions.
extension SiteRenderer {
    func changesContext(_ entry: PolicyTimeline.Entry, timeline: PolicyTimeline, directory: String) -> [String: Any] {
        let locale = entry.version.locale
        let policy = entry.version.policy
        let root = SitePaths.root(from: directory)
        let strings = self.strings(locale)
        let dates = self.dates(locale)
        let version = entry.version
        let versionLink = root + SitePaths.version(locale, policy, version.date)
        var context: [String: Any] = [
            "title": version.frontMatter.title,
            "effective": dates.long(version.date),
            "effectiveISO": version.date.description,
            "versionLink": versionLink,
            "historyLink": root + SitePaths.history(locale, policy),
        ]
        if let previous = entry.previous {
            let previousLink = root + SitePaths.version(locale, policy, previous.date)
            context["previousLink"] = previousLink
            context["previousDate"] = dates.long(previous.date)
            let redline = RedlineHTML(strings: strings, previousVersionLink: previousLink).render(entry.diff ?? .init(sections: []))
            context["changedSectionsHTML"] = ChangedSection.html(redline.changed)
            if templates.uses("changedSections") { context["changedSections"] = redline.changed.map(\.templateValues) }
            context["unchangedSectionsHTML"] = RedlineHTML.unchangedHTML(redline.unchanged, versionLink: versionLink)
            if templates.uses("unchangedSections") {
                context["unchangedSections"] = redline.unchanged.map { ["slug": $0.slug, "heading": $0.heading] }
            }
            context["hasUnchanged"] = !redline.unchanged.isEmpty
            context["noChanges"] = redline.changed.isEmpty
        }
        if let summary = version.frontMatter.summary { context["summaryHTML"] = DocumentParser.html(summary) }
        if let announced = version.frontMatter.announced {
            context["announced"] = dates.long(announced)
            context["notice"] = strings.format("notice_given_days", ["days": String(announced.days(until: version.date))])
        }
        context["jsonld"] = changesJSONLD(entry, timeline: timeline, directory: directory)
        let review = entry.review ?? Review()
        // The lists themselves, for themes that iterate them (the default theme takes the HTML).
        if templates.uses("findings") { context["findings"] = review.findings.map { findingContext($0, version: version, strings: strings) } }
        if templates.uses("expansions") { context["expansions"] = review.expansions.map { findingContext($0, version: version, strings: strings) } }
        context["hasFindings"] = !review.findings.isEmpty
        context["hasExpansions"] = !review.expansions.isEmpty
        // Findings quote and explain the canonical text; mark them as that language (WCAG 3.1.2) so
        // screen readers and the bidi algorithm treat English inside an Arabic page correctly.
        let reviewLocale = source.config.canonicalLocale
        let reviewLanguage = reviewLocale == locale ? nil : (tag: reviewLocale, dir: slot(reviewLocale).dir)
        if let reviewLanguage { context["reviewLanguage"] = ["tag": reviewLanguage.tag, "dir": reviewLanguage.dir] }
        context["findingsHTML"] = FindingHTML.findings(review.findings, acknowledges: version.frontMatter.acknowledges, strings: strings,
                                                       language: reviewLanguage)
        context["expansionsHTML"] = FindingHTML.expansions(review.expansions, language: reviewLanguage)
        return context
    }

    func findingContext(_ finding: Finding, version: PolicyVersion, strings: UIStrings) -> [String: Any] {
        var item: [String: Any] = [
            "id": finding.id, "rule": finding.rule, "category": finding.category,
            "severity": finding.severity.rawValue, "severityLabel": strings[finding.severity.rawValue],
            "explanation": finding.explanation, "section": finding.section,
            "acknowledged": finding.isAcknowledged(by: version.frontMatter.acknowledges),
        ]
        if let old = finding.old { item["old"] = old.text }
        if let new = finding.new { item["new"] = new.text }
        return item
    }
}
