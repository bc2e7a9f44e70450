import RedlineParse

/// schema.org JSON-LD (research §C.1): the publisher, the policy as an abstract work, each
/// version in each locale as a `DigitalDocument`, and the page that shows it.
extension SiteRenderer {
    var ids: LinkedDataIDs { LinkedDataIDs(paths: paths) }

    /// A `@graph` document as compact JSON, safe inside `<script>`: the publisher and the
    /// website, then `work` (a node already encoded, `workJSON`), then `nodes`. The same text as
    /// encoding the whole graph (compact JSON joins an array's elements with bare commas), but
    /// the nodes shared by many pages are encoded once (`siteNodesJSON`, `workJSON`).
    func jsonLD(work: String? = nil, _ nodes: [JSONValue]) -> String {
        // `encode` is already script-safe.
        var text = #"{"@context":"https://schema.org","@graph":["# + siteNodesJSON
        if let work { text += ","; text += work }
        for node in nodes { text += ","; text += MachineJSON.encode(node, pretty: false) }
        return text + "]}"
    }

    /// `workNode` as compact JSON, for the graphs of all the timeline's pages.
    func workJSON(_ timeline: PolicyTimeline) -> String {
        MachineJSON.encode(workNode(timeline), pretty: false)
    }

    func organizationNode() -> JSONValue {
        let publisher = source.config.publisher
        return ["@type": "Organization", "@id": .string(ids.organization), "name": .string(publisher.name),
                "url": .string(publisher.url ?? source.config.baseURL)]
    }

    func websiteNode() -> JSONValue {
        ["@type": "WebSite", "@id": .string(ids.website), "url": .string(source.config.baseURL),
         "name": .string(source.config.title), "publisher": .ref(ids.organization)]
    }

    /// The policy across versions; named as in the canonical locale, which every locale shares.
    func workNode(_ timeline: PolicyTimeline) -> JSONValue {
        let canonical = timelineOf(timeline.policy, source.config.canonicalLocale) ?? timeline
        return ["@type": "CreativeWork", "@id": .string(ids.work(timeline.policy)),
                "name": .string(canonical.current?.version.frontMatter.title ?? timeline.policy),
                "publisher": .ref(ids.organization),
                "workExample": .array(timeline.entries.map { .ref(ids.document(timeline.locale, timeline.policy, $0.version.date)) })]
    }

    func documentNode(_ entry: PolicyTimeline.Entry, timeline: PolicyTimeline) -> JSONValue {
        let (locale, policy, date) = (timeline.locale, timeline.policy, entry.version.date)
        var node: JSONValue = [
            "@type": "DigitalDocument", "@id": .string(ids.document(locale, policy, date)),
            "name": .string(entry.version.frontMatter.title), "version": .string(date.description),
            "datePublished": .string(entry.published.description), "dateModified": .string(entry.published.description),
            "inLanguage": .string(locale), "url": .string(paths.absolute(SitePaths.version(locale, policy, date))),
            "encodingFormat": "text/html", "publisher": .ref(ids.organization), "exampleOfWork": .ref(ids.work(policy)),
            // ISO 8601 interval of the days the text is in force; ".." leaves it open (schema.org).
            "temporalCoverage": .string("\(date)/\(entry.next.map { $0.date.adding(days: -1).description } ?? "..")"),
            "creativeWorkStatus": .string(Self.workStatus[entry.status] ?? "In force"),
        ]
        node.set("abstract", PlainText.of(markdown: entry.version.frontMatter.summary).map(JSONValue.string))
        node.set("isBasedOn", entry.previous.map { .ref(ids.document(locale, policy, $0.date)) })
        if entry.status == .archived { node.set("expires", entry.next.map { .string($0.date.description) }) }
        let canonicalLocale = source.config.canonicalLocale
        let translations = (policyLocales[policy] ?? []).compactMap { other in
            other.locale != locale && other.entries[date] != nil ? other.locale : nil
        }
        if locale == canonicalLocale {
            if !translations.isEmpty { node.set("workTranslation", .array(translations.map { .ref(ids.document($0, policy, date)) })) }
        } else if translations.contains(canonicalLocale) {
            node.set("translationOfWork", .ref(ids.document(canonicalLocale, policy, date)))
        }
        return node
    }

    static let workStatus: [PolicyTimeline.Status: String] = [.archived: "Superseded", .current: "In force", .upcoming: "Upcoming"]

    /// The version that replaces this one, stated from its side (schema.org has no inverse of
    /// `isBasedOn`). No `inLanguage` here: the node's full description is on its own page.
    func successorNode(_ entry: PolicyTimeline.Entry, timeline: PolicyTimeline) -> JSONValue? {
        guard let next = entry.next else { return nil }
        return ["@type": "DigitalDocument", "@id": .string(ids.document(timeline.locale, timeline.policy, next.date)),
                "url": .string(paths.absolute(SitePaths.version(timeline.locale, timeline.policy, next.date))),
                "version": .string(next.date.description),
                "isBasedOn": .ref(ids.document(timeline.locale, timeline.policy, entry.version.date))]
    }

    func webPageNode(type: String = "WebPage", directory: String, name: String, locale: String, modified: PolicyDate,
                     mainEntity: String? = nil, hasPart: [String] = []) -> JSONValue {
        var node: JSONValue = [
            "@type": .string(type), "@id": .string(paths.absolute(directory)), "url": .string(paths.absolute(directory)),
            "name": .string(name), "inLanguage": .string(locale), "isPartOf": .ref(ids.website),
            "dateModified": .string(modified.description),
        ]
        node.set("mainEntity", mainEntity.map(JSONValue.ref))
        if !hasPart.isEmpty { node.set("hasPart", .array(hasPart.map(JSONValue.ref))) }
        return node
    }

    func timelineOf(_ policy: String, _ locale: String) -> PolicyTimeline? {
        timelineIndex["\(policy)\u{0}\(locale)"].map { timelines[$0.timeline] }
    }
}
