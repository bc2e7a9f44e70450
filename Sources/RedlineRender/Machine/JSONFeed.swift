import RedlineReview

/// A locale's change history as JSON Feed 1.1, with the same ids and dates as the Atom feed.
struct JSONFeed {
    let feed: FeedModel
    let publisher: (name: String, url: String?)

    func render() -> String { MachineJSON.encode(value(), pretty: true) }

    func value() -> JSONValue {
        var author: JSONValue = ["name": .string(publisher.name)]
        author.set("url", publisher.url.map(JSONValue.string))
        let value: JSONValue = [
            "version": "https://jsonfeed.org/version/1.1",
            "title": .string(feed.title),
            "home_page_url": .string(feed.homeURL),
            "feed_url": .string(feed.jsonURL),
            "language": .string(feed.locale),
            "authors": [author],
            "items": .array(feed.entries.map(item)),
        ]
        return value
    }

    func item(_ entry: FeedEntry) -> JSONValue {
        var redline: JSONValue = [
            "policy": .string(entry.policy),
            "effective": .string(entry.effective.description),
            "version_url": .string(entry.versionURL),
            "json_url": .string(entry.jsonURL),
            "findings": .array(entry.material.map { finding($0, acknowledged: $0.isAcknowledged(by: entry.acknowledges)) }),
            "expansions": .array(entry.expansions.map { finding($0, acknowledged: false) }),
        ]
        redline.set("announced", entry.announced.map { .string($0.description) })
        var item: JSONValue = [
            "id": .string(entry.id),
            "url": .string(entry.alternateURL),
            "title": .string(entry.title),
            "content_html": .string(entry.contentHTML),
            "content_text": .string(entry.contentText),
            "date_published": .string(entry.published.rfc3339),
            "date_modified": .string(entry.published.rfc3339),
            "language": .string(feed.locale),
            "tags": .array(entry.categories.map(JSONValue.string)),
            "_redline": redline,
        ]
        item.set("summary", entry.summaryText.map(JSONValue.string))
        return item
    }

    func finding(_ finding: Finding, acknowledged: Bool) -> JSONValue {
        var value: JSONValue = [
            "id": .string(finding.id), "category": .string(finding.category),
            "severity": .string(finding.severity.rawValue), "explanation": .string(finding.explanation),
            "acknowledged": .bool(acknowledged),
        ]
        value.set("old", finding.old.map { .string($0.text) })
        value.set("new", finding.new.map { .string($0.text) })
        return value
    }
}
