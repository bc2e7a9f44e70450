import RedlineDiff
import RedlineReview

/// A standalone HTML5 page of the redline, with `<ins>` and `<del>`, every text escaped and
/// the styles inline (no assets, so it can be attached to a review or mailed as is).
public enum HTMLReport {
    public static func render(_ report: DiffReport) -> String {
        let title = "Redline: \(report.old.label) → \(report.new.label)"
        var out = """
        <!DOCTYPE html>
        <html lang="\(e(report.new.locale ?? "en"))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(title))</title>
        <style>
        body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
        ins{background:#dafbe1;text-decoration:none}del{background:#ffebe9;color:#82071e}
        .status{font-size:.8em;color:#57606a;font-weight:normal}.line{color:#57606a;font-size:.8em;margin-right:.5em}
        .moved{border-left:3px solid #0969da;padding-left:.5em}.material{color:#82071e;font-weight:bold}
        li{margin:.3em 0}
        </style>
        </head>
        <body>
        <h1>\(e(title))</h1>
        <p>\(e(report.summaryLine))</p>

        """
        out += findings("Findings", report.review.findings)
        out += findings("Expansions", report.review.expansions)
        for section in report.changedSections {
            out += "<section id=\"\(e("change-" + section.slug))\">\n"
            out += "<h2>\(e(section.displayHeading)) <span class=\"status\">\(e(section.statusLabel))</span></h2>\n<ul>\n"
            for sentence in section.changedSentences { out += item(sentence) }
            let unchanged = section.sentences.count - section.changedSentences.count
            if unchanged > 0 { out += "<li class=\"same\">\(unchanged) unchanged sentence\(unchanged == 1 ? "" : "s")</li>\n" }
            out += "</ul>\n</section>\n"
        }
        return out + "</body>\n</html>\n"
    }

    static func findings(_ title: String, _ list: [Finding]) -> String {
        guard !list.isEmpty else { return "" }
        var out = "<section>\n<h2>\(e(title)) (\(list.count))</h2>\n<ul>\n"
        for finding in list {
            out += "<li><span class=\"\(e(finding.severity.rawValue))\">\(e(finding.severity.rawValue))</span> <code>\(e(finding.id))</code>: \(e(finding.explanation))"
            if let old = finding.old { out += "<br><del>\(e(old.text))</del> <span class=\"line\">line \(old.line)</span>" }
            if let new = finding.new { out += "<br><ins>\(e(new.text))</ins> <span class=\"line\">line \(new.line)</span>" }
            out += "</li>\n"
        }
        return out + "</ul>\n</section>\n"
    }

    static func item(_ sentence: SentenceChange) -> String {
        let line = "<span class=\"line\">line \(e(sentence.lineLabel))</span>"
        let moved = sentence.movedFrom.map { " <span class=\"status\">moved from #\(e($0))</span>" } ?? ""
        switch sentence.status {
        case .unchanged: return ""
        case .added: return "<li class=\"added\">\(line)<ins>\(e(sentence.new?.text ?? ""))</ins></li>\n"
        case .deleted: return "<li class=\"deleted\">\(line)<del>\(e(sentence.old?.text ?? ""))</del></li>\n"
        case .moved: return "<li class=\"moved\">\(line)\(e(sentence.new?.text ?? ""))\(moved)</li>\n"
        case .edited:
            let body = sentence.words.map { word -> String in
                switch word.operation {
                case .equal: e(word.text)
                case .insert: "<ins>\(e(word.text))</ins>"
                case .delete: "<del>\(e(word.text))</del>"
                }
            }.joined()
            let join = sentence.joinLabel.isEmpty ? "" : " <span class=\"status\">\(e(String(sentence.joinLabel.dropFirst(2))))</span>"
            return "<li class=\"edited\(sentence.movedFrom == nil ? "" : " moved")\">\(line)\(body)\(join)\(moved)</li>\n"
        }
    }

    /// Escapes text for HTML content and attribute values.
    static func e(_ text: String) -> String { HTMLText.escape(text) }
}
