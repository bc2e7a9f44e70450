import Foundation
import RedlineDiff
import RedlineReview

/// A redline to paste as a pull-request comment (GitHub-flavoured Markdown): findings first,
/// then each changed section with ~~deleted~~ and **inserted** words. All policy text is escaped.
public enum MarkdownReport {
    public static func render(_ report: DiffReport) -> String {
        var out = "### Redline: `\(code(report.old.label))` → `\(code(report.new.label))`\n\n"
        out += report.summaryLine + "\n"
        out += findings("Findings", report.review.findings)
        out += findings("Expansions", report.review.expansions)
        let sections = report.changedSections
        if !sections.isEmpty { out += "\n#### Changes by section\n" }
        for section in sections {
            out += "\n##### \(escape(section.displayHeading)) — \(escape(section.statusLabel))\n\n"
            for sentence in section.changedSentences { out += item(sentence) }
            let unchanged = section.sentences.count - section.changedSentences.count
            if unchanged > 0 { out += "- _\(unchanged) unchanged sentence\(unchanged == 1 ? "" : "s")_\n" }
        }
        return out
    }

    static func findings(_ title: String, _ list: [Finding]) -> String {
        guard !list.isEmpty else { return "" }
        var out = "\n#### \(title) (\(list.count))\n\n| Severity | Rule | Section | Explanation |\n| --- | --- | --- | --- |\n"
        for finding in list {
            out += "| \(finding.severity.rawValue) | `\(code(finding.rule))` | `\(code(finding.section))` | \(escape(finding.explanation)) |\n"
        }
        return out
    }

    static func item(_ sentence: SentenceChange) -> String {
        let line = "line \(sentence.lineLabel)"
        let moved = sentence.movedFrom.map { ", moved from `\(code($0))`" } ?? ""
        switch sentence.status {
        case .unchanged: return ""
        case .added: return "- **Added** (\(line)): **\(escape(sentence.new?.text ?? ""))**\n"
        case .deleted: return "- **Deleted** (\(line)): ~~\(escape(sentence.old?.text ?? ""))~~\n"
        case .moved: return "- **Moved** (\(line)\(moved)): \(escape(sentence.new?.text ?? ""))\n"
        case .edited:
            let body = sentence.words.map { word -> String in
                let text = escape(word.text)
                let trimmed = text.trimmingCharacters(in: " ")
                guard word.operation != .equal, !trimmed.isEmpty else { return text }
                // Emphasis markers must touch the words, so the surrounding spaces stay outside.
                let lead = String(text.prefix { $0 == " " }), trail = String(text.reversed().prefix { $0 == " " })
                let mark = word.operation == .delete ? "~~" : "**"
                return lead + mark + trimmed + mark + trail
            }.joined()
            return "- **Edited** (\(line)\(sentence.joinLabel)\(moved)): \(body)\n"
        }
    }

    /// Backslash-escapes what Markdown would read as syntax, and keeps HTML from rendering.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "#", "|", "~", "<", ">", "!":
                out.append("\\")
                out.append(character)
            case "\n": out.append(" ")
            default: out.append(character)
            }
        }
        return out
    }

    /// Text inside a code span: backticks cannot be escaped there, so they become quotes.
    static func code(_ text: String) -> String { text.replacingOccurrences(of: "`", with: "'") }
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
