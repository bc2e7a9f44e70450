/// The YAML block at the top of a version file.
public struct FrontMatter: Sendable, Equatable, Codable {
    public var title: String
    /// The day the version takes effect; must equal the folder name.
    public var effective: PolicyDate
    /// The day users were told; `effective − announced` is the notice given.
    public var announced: PolicyDate?
    /// One or two sentences for the history page and the feed (Markdown allowed, rendered safely).
    public var summary: String?
    /// Finding ids the authors accept (`sharing.new-recipient@how-we-use-your-information`).
    public var acknowledges: [String]
    /// Line of `acknowledges:` (or of `effective:`), where `redline check` points.
    public var line: Int

    public init(title: String, effective: PolicyDate, announced: PolicyDate? = nil, summary: String? = nil, acknowledges: [String] = [], line: Int = 1) {
        self.title = title
        self.effective = effective
        self.announced = announced
        self.summary = summary
        self.acknowledges = acknowledges
        self.line = line
    }

    static let knownKeys = ["title", "effective", "announced", "summary", "acknowledges"]

    /// Splits `text` into front matter and body. The body's first line is returned so that
    /// sentence lines refer to the file. A file without `---` has no front matter.
    public static func split(_ text: String) -> (yaml: String?, body: String, bodyFirstLine: Int) {
        guard text.hasPrefix("---\n") || text == "---" else { return (nil, text, 1) }
        // Walks the lines in place (splitting and re-joining a whole policy cost more than parsing it).
        let utf8 = text.utf8
        guard let opening = utf8.firstIndex(of: 0x0A) else { return ("", "", 1) }
        let yamlStart = utf8.index(after: opening)
        var lineStart = yamlStart
        var end = 0
        while true {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let line = text[lineStart..<lineEnd]
            if line == "---" || line == "..." {
                let yaml = end == 0 ? "" : String(text[yamlStart..<utf8.index(before: lineStart)])
                let body = lineEnd == utf8.endIndex ? "" : String(text[utf8.index(after: lineEnd)...])
                return (yaml, body, end + 3)
            }
            guard lineEnd != utf8.endIndex else { return ("", "", 1) }
            lineStart = utf8.index(after: lineEnd)
            end += 1
        }
    }

    /// Reads front matter. `folderDate` is the date the version's folder is named after.
    static func parse(_ yamlText: String?, path: String, folderDate: PolicyDate?, diagnostics: inout [Diagnostic]) -> FrontMatter? {
        let top = SourceLocation(path: path, line: 1, column: 1)
        guard let yamlText else {
            diagnostics.append(.error(at: top, "missing front matter", hint: "start the file with `---`, `title: …`, `effective: YYYY-MM-DD`, then `---`"))
            return nil
        }
        guard let yaml = YAMLMapping.parse(yamlText, path: path, lineOffset: 1, diagnostics: &diagnostics) else {
            if !diagnostics.contains(where: { $0.severity == .error }) {
                diagnostics.append(.error(at: top, "front matter is not closed", hint: "end the front matter with a line `---`"))
            }
            return nil
        }
        let errorsBefore = diagnostics.filter { $0.severity == .error }.count
        yaml.unknownKeys(known: knownKeys, diagnostics: &diagnostics)
        let title = yaml.string("title", required: true, hint: "add `title: Privacy Policy`", diagnostics: &diagnostics)?.0
        var effective: PolicyDate?
        var line = 2
        if let (text, location) = yaml.string("effective", required: true, hint: "add `effective: \(folderDate?.description ?? "YYYY-MM-DD")`", diagnostics: &diagnostics) {
            line = location.line
            effective = date(text, key: "effective", at: location, diagnostics: &diagnostics)
            if let effective, let folderDate, effective != folderDate {
                diagnostics.append(.error(at: location, "`effective` is \(effective) but the folder is \(folderDate)",
                                          hint: "the folder is named after the effective date: set `effective: \(folderDate)` or rename the folder"))
            }
        }
        var announced: PolicyDate?
        if let (text, location) = yaml.string("announced", diagnostics: &diagnostics) {
            announced = date(text, key: "announced", at: location, diagnostics: &diagnostics)
            if let announced, let effective, announced > effective {
                diagnostics.append(.error(at: location, "`announced` (\(announced)) is after `effective` (\(effective))",
                                          hint: "users are told before a version takes effect; fix one of the dates"))
            }
        }
        let summary = yaml.string("summary", diagnostics: &diagnostics)?.0
        var acknowledges: [String] = []
        if let items = yaml.strings("acknowledges", diagnostics: &diagnostics) {
            acknowledges = items.map(\.0)
            if let first = yaml.value("acknowledges") { line = first.location.line }
        }
        guard diagnostics.filter({ $0.severity == .error }).count == errorsBefore, let title, let effective else { return nil }
        return FrontMatter(title: title, effective: effective, announced: announced, summary: summary, acknowledges: acknowledges, line: line)
    }

    static func date(_ text: String, key: String, at location: SourceLocation, diagnostics: inout [Diagnostic]) -> PolicyDate? {
        if let date = PolicyDate(text) { return date }
        let shape = text.count == 10 && text.filter { $0 == "-" }.count == 2
        diagnostics.append(.error(at: location, shape ? "`\(key)` is \(text), a day that does not exist" : "`\(key)` must be a date written YYYY-MM-DD, found `\(text)`",
                                  hint: "write the date as YYYY-MM-DD, e.g. `\(key): 2021-03-01`"))
        return nil
    }
}
