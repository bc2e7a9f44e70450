import RedlineDiff
import RedlineParse
import RedlineReview

/// Builds the per-version JSON and `versions.json` from the timelines.
extension SiteRenderer {
    func versionDocument(_ entry: PolicyTimeline.Entry, timeline: PolicyTimeline) -> VersionDocument {
        let (locale, policy) = (timeline.locale, timeline.policy)
        let version = entry.version
        let front = version.frontMatter
        let sections = version.document.sections.map { section in
            VersionDocument.Section(slug: section.slug, heading: section.heading, level: section.level, parents: section.parents,
                                    line: section.line, sentences: section.blocks.flatMap(\.sentences).map(VersionDocument.Sentence.init))
        }
        let translations = self.translations(policy, version.date).excluding(locale)
        let review = entry.review
        let findingRecord = { (finding: Finding) in
            VersionDocument.FindingRecord(
                id: finding.id, rule: finding.rule, category: finding.category, severity: finding.severity.rawValue,
                direction: finding.direction.rawValue, section: finding.section,
                old: finding.old.map(VersionDocument.Sentence.init), new: finding.new.map(VersionDocument.Sentence.init),
                explanation: finding.explanation,
                acknowledged: finding.direction == .reduction && finding.isAcknowledged(by: front.acknowledges))
        }
        return VersionDocument(
            policy: policy, locale: locale, canonicalLocale: source.config.canonicalLocale, version: version.date.description,
            announced: front.announced?.description, noticeDays: front.announced.map { $0.days(until: version.date) },
            status: entry.status.rawValue, title: front.title, summary: front.summary,
            url: paths.absolute(SitePaths.version(locale, policy, version.date)),
            changesURL: entry.previous == nil ? nil : paths.absolute(SitePaths.changes(locale, policy, version.date)),
            previous: entry.previous.map { link(locale, policy, $0.date) }, next: entry.next.map { link(locale, policy, $0.date) },
            translations: translations.links, acknowledges: front.acknowledges, sections: sections,
            diff: entry.previous.flatMap { previous in entry.diff.map { diffRecord($0, previous: previous.date) } },
            reviewLocale: review == nil ? nil : source.config.canonicalLocale,
            findings: (review?.findings ?? []).map(findingRecord), expansions: (review?.expansions ?? []).map(findingRecord),
            sha256: version.contentHash.hex,
            amendments: version.amendments.isEmpty ? nil : version.amendments.map {
                VersionDocument.Amendment(date: $0.date.description, reason: $0.reason, oldSHA256: $0.old.hex, newSHA256: $0.new?.hex)
            },
            encodedTranslations: translations.encoded)
    }

    /// Every locale's copy of the version of `policy` on `date`, as links made and encoded once
    /// for all the copies (`VersionTranslations`, remembered in `translationSets`).
    func translations(_ policy: String, _ date: PolicyDate) -> VersionTranslations {
        translationSets.value(for: policy + "\u{0}" + date.description) {
            // `policyLocales` lists the locales that have the policy in the site's order, each
            // with its versions by date: the locales whose timeline has this version.
            VersionTranslations(links: (policyLocales[policy] ?? []).compactMap { other in
                other.entries[date] == nil ? nil : link(other.locale, policy, date)
            })
        }
    }

    func link(_ locale: String, _ policy: String, _ date: PolicyDate) -> VersionDocument.Link {
        VersionDocument.Link(version: date.description, locale: locale, url: paths.absolute(SitePaths.version(locale, policy, date)),
                             json: paths.absolute(MachinePaths.versionJSON(locale, policy, date)))
    }

    func diffRecord(_ diff: PolicyDiff, previous: PolicyDate) -> VersionDocument.Diff {
        let sections = diff.sections.map { change in
            VersionDocument.SectionChange(
                status: change.status.rawValue, oldSlug: change.oldSlug, oldHeading: change.oldHeading,
                newSlug: change.newSlug, newHeading: change.newHeading, moved: change.moved, related: change.related,
                sentences: change.sentences.filter { $0.status != .unchanged }.map { sentence in
                    VersionDocument.SentenceChange(
                        status: sentence.status.rawValue, old: sentence.old.map(VersionDocument.Sentence.init),
                        new: sentence.new.map(VersionDocument.Sentence.init),
                        words: sentence.words.map { VersionDocument.Word(op: $0.operation.rawValue, text: $0.text) })
                })
        }
        return VersionDocument.Diff(previous: previous.description, unchanged: diff.isEmpty, sections: sections)
    }

    /// `/versions.json`: every policy, locale and version with its URLs, in path order.
    func versionsIndex() -> VersionsIndex {
        var versions: [VersionsIndex.Version] = []
        for timeline in timelines {
            for entry in timeline.entries {
                let (locale, policy, date) = (timeline.locale, timeline.policy, entry.version.date)
                versions.append(VersionsIndex.Version(
                    policy: policy, locale: locale, version: date.description,
                    announced: entry.version.frontMatter.announced?.description, status: entry.status.rawValue,
                    title: entry.version.frontMatter.title,
                    url: paths.absolute(SitePaths.version(locale, policy, date)),
                    json: paths.absolute(MachinePaths.versionJSON(locale, policy, date)),
                    changesURL: entry.previous == nil ? nil : paths.absolute(SitePaths.changes(locale, policy, date)),
                    materialFindings: entry.review?.material.count ?? 0, expansions: entry.review?.expansions.count ?? 0,
                    sha256: entry.version.contentHash.hex))
            }
        }
        versions.sort { ($0.policy, $0.version, $0.locale) < ($1.policy, $1.version, $1.locale) }
        let config = source.config
        return VersionsIndex(
            site: .init(title: config.title, baseURL: config.baseURL, publisher: config.publisher.name, publisherURL: config.publisher.url,
                        locales: config.locales, defaultLocale: config.defaultLocale, canonicalLocale: config.canonicalLocale),
            feeds: config.locales.map { .init(locale: $0, atom: paths.absolute(MachinePaths.atomFeed($0)), json: paths.absolute(MachinePaths.jsonFeed($0))) },
            versions: versions)
    }
}
