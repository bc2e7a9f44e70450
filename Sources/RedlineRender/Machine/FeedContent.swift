import RedlineParse
import RedlineReview

/// The body of a feed entry: the author's summary, the notice given, and the material
/// reductions and the expansions of users' rights in plain words.
struct FeedContent {
    let strings: UIStrings
    let version: PolicyVersion
    let material: [Finding]
    let expansions: [Finding]
    let summaryHTML: String?
    let summaryText: String?

    /// Days between announcement and effect, when the version was announced.
    var noticeLine: String? {
        guard let announced = version.frontMatter.announced else { return nil }
        return strings.format("notice_given_days", ["days": String(announced.days(until: version.date))])
    }

    var html: String {
        var parts: [String] = [summaryHTML ?? "<p>\(HTMLText.escape(strings["no_summary"]))</p>"]
        if let noticeLine { parts.append("<p>\(HTMLText.escape(noticeLine))</p>") }
        for (heading, list) in [(strings["findings"], material), (strings["expansions"], expansions)] where !list.isEmpty {
            parts.append("<h2>\(HTMLText.escape(heading))</h2>")
            parts.append("<ul>" + list.map { "<li>\(itemHTML($0))</li>" }.joined() + "</ul>")
        }
        return parts.joined(separator: "\n")
    }

    var text: String {
        var parts: [String] = [summaryText ?? strings["no_summary"]]
        if let noticeLine { parts.append(noticeLine) }
        for (heading, list) in [(strings["findings"], material), (strings["expansions"], expansions)] where !list.isEmpty {
            parts.append(heading + ":\n" + list.map { "- " + itemText($0) }.joined(separator: "\n"))
        }
        return parts.joined(separator: "\n\n")
    }

    func itemHTML(_ finding: Finding) -> String {
        // The explanation already quotes the sentences involved.
        var html = HTMLText.escape(finding.explanation)
        if isAcknowledged(finding) { html += " <em>(\(HTMLText.escape(strings["acknowledged"])))</em>" }
        return html
    }

    func itemText(_ finding: Finding) -> String {
        var text = finding.explanation
        if isAcknowledged(finding) { text += " (\(strings["acknowledged"]))" }
        return text
    }

    func isAcknowledged(_ finding: Finding) -> Bool {
        finding.direction == .reduction && finding.isAcknowledged(by: version.frontMatter.acknowledges)
    }
}
