import RedlineDiff
import RedlineReview

/// The terminal redline: `[-deleted-]` and `{+inserted+}` like `git diff --word-diff`, or ANSI
/// colours when asked (the CLI asks only on a terminal without `--no-color`).
public enum TextReport {
    public static func render(_ report: DiffReport, color: Bool = false) -> String {
        let style = Style(color: color)
        var out = style.bold("redline diff: \(report.old.label) → \(report.new.label)") + "\n"
        out += report.summaryLine + "\n"
        out += findings("Findings", report.review.findings, style: style)
        out += findings("Expansions", report.review.expansions, style: style)
        for section in report.changedSections {
            out += "\n" + style.bold("## \(section.displayHeading)") + "  [\(section.statusLabel)]\n"
            let unchanged = section.sentences.count - section.changedSentences.count
            for sentence in section.changedSentences {
                out += line(sentence, style: style)
            }
            if unchanged > 0 { out += style.dim("  … \(unchanged) unchanged sentence\(unchanged == 1 ? "" : "s")") + "\n" }
        }
        return out
    }

    static func findings(_ title: String, _ list: [Finding], style: Style) -> String {
        guard !list.isEmpty else { return "" }
        var out = "\n" + style.bold("\(title) (\(list.count)):") + "\n"
        for finding in list {
            out += "  \(finding.severity.rawValue)  \(finding.id)\n"
            out += "      \(finding.explanation)\n"
            if let old = finding.old { out += "      " + style.deleted("- line \(old.line): \(old.text)") + "\n" }
            if let new = finding.new { out += "      " + style.inserted("+ line \(new.line): \(new.text)") + "\n" }
        }
        return out
    }

    static func line(_ sentence: SentenceChange, style: Style) -> String {
        let location = "line " + sentence.lineLabel
        let moved = sentence.movedFrom.map { " (moved from #\($0))" } ?? ""
        switch sentence.status {
        case .unchanged:
            return ""
        case .added:
            return "  + \(location): " + style.inserted(style.markInsert(sentence.new?.text ?? "")) + "\n"
        case .deleted:
            return "  - \(location): " + style.deleted(style.markDelete(sentence.old?.text ?? "")) + "\n"
        case .moved:
            return "  > \(location)\(moved): " + style.moved(sentence.new?.text ?? "") + "\n"
        case .edited:
            let body = sentence.words.map { word -> String in
                switch word.operation {
                case .equal: word.text
                case .delete: style.deleted(style.markDelete(word.text))
                case .insert: style.inserted(style.markInsert(word.text))
                }
            }.joined()
            return "  ~ \(location)\(sentence.joinLabel)\(moved): \(body)\n"
        }
    }

    /// Colour codes, or git's word-diff markers when there is no colour.
    struct Style {
        let color: Bool
        func wrap(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        func bold(_ text: String) -> String { wrap(text, "1") }
        func dim(_ text: String) -> String { wrap(text, "2") }
        func deleted(_ text: String) -> String { wrap(text, "31") }
        func inserted(_ text: String) -> String { wrap(text, "32") }
        func moved(_ text: String) -> String { wrap(text, "36") }
        func markDelete(_ text: String) -> String { color ? text : "[-\(text)-]" }
        func markInsert(_ text: String) -> String { color ? text : "{+\(text)+}" }
    }
}
