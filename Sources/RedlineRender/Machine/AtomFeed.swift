/// A locale's change history as an Atom feed (RFC 4287), complete in the sense of RFC 5005.
struct AtomFeed {
    let feed: FeedModel
    let publisher: (name: String, url: String?)
    let language: String

    func render() -> String {
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom" xmlns:fh="http://purl.org/syndication/history/1.0" xml:lang="\#(e(language))">"#,
            "  <id>\(e(feed.id))</id>",
            "  <title>\(e(feed.title))</title>",
            "  <updated>\(feed.updated.rfc3339)</updated>",
            "  <author>",
            "    <name>\(e(publisher.name))</name>",
        ]
        if let url = publisher.url { lines.append("    <uri>\(e(url))</uri>") }
        lines += [
            "  </author>",
            #"  <link rel="self" type="application/atom+xml" href="\#(e(feed.atomURL))"/>"#,
            #"  <link rel="alternate" type="text/html" href="\#(e(feed.homeURL))"/>"#,
            #"  <link rel="alternate" type="application/feed+json" href="\#(e(feed.jsonURL))"/>"#,
            "  <generator>Redline</generator>",
            // RFC 5005: this document holds every entry, so readers may drop any they do not see.
            "  <fh:complete/>",
        ]
        var xml = lines.joined(separator: "\n") + "\n"
        for entry in feed.entries { xml += render(entry) }
        xml += "</feed>\n"
        return xml
    }

    func render(_ entry: FeedEntry) -> String {
        var xml = """
          <entry>
            <id>\(e(entry.id))</id>
            <title>\(e(entry.title))</title>
            <published>\(entry.published.rfc3339)</published>
            <updated>\(entry.published.rfc3339)</updated>
            <link rel="alternate" type="text/html" href="\(e(entry.alternateURL))"/>

        """
        if entry.alternateURL != entry.versionURL {
            xml += "    <link rel=\"related\" type=\"text/html\" href=\"\(e(entry.versionURL))\"/>\n"
        }
        // The version as data (its sections, diff and findings) is another representation of it.
        xml += "    <link rel=\"alternate\" type=\"application/json\" href=\"\(e(entry.jsonURL))\"/>\n"
        for category in entry.categories { xml += "    <category term=\"\(e(category))\"/>\n" }
        if let summary = entry.summaryHTML {
            xml += "    <summary type=\"html\">\(e(summary))</summary>\n"
        }
        xml += "    <content type=\"html\">\(e(entry.contentHTML))</content>\n"
        xml += "  </entry>\n"
        return xml
    }

    private func e(_ text: String) -> String { XMLText.escape(text) }
}
