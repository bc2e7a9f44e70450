import Foundation
import RedlineParse

/// `redline new`: the next version of a policy, copied from the newest version of every locale
/// with fresh front matter (`effective`, `announced`; no `acknowledges`, no `summary`).
/// `plan` is pure; `NewVersionSource` reads what it needs from the site.
public struct NewVersion: Sendable, Equatable {
    /// One existing version file of the policy.
    public struct Existing: Sendable, Equatable {
        public var date: PolicyDate
        public var locale: String
        public var path: String
        public var text: String
        public init(date: PolicyDate, locale: String, path: String, text: String) {
            self.date = date
            self.locale = locale
            self.path = path
            self.text = text
        }
    }

    public var policy: String
    public var effective: PolicyDate
    public var announced: PolicyDate
    /// The files copied from: the newest version of each locale.
    public var sources: [Existing]
    public var files: [ScaffoldFile]

    /// Plans the new version. `today` is the default `announced`; the default `effective` is
    /// `announced + noticeDays`, so a version that turns out to reduce rights already gives enough notice.
    public static func plan(policy: String, config: SiteConfig, existing: [Existing], today: PolicyDate,
                            effective: PolicyDate?, announced: PolicyDate?) throws(NewVersionError) -> NewVersion {
        guard let newest = existing.map(\.date).max() else {
            throw .usage("policy `\(policy)` has no versions", hint: "create content/\(policy)/YYYY-MM-DD/\(config.canonicalLocale).md by hand first")
        }
        let announcedDate = announced ?? min(today, effective ?? today)
        let effectiveDate = effective ?? announcedDate.adding(days: config.noticeDays)
        if existing.contains(where: { $0.date == effectiveDate }) {
            throw .usage("version \(effectiveDate) of `\(policy)` already exists (content/\(policy)/\(effectiveDate))",
                         hint: "edit that version, or pass --effective with a day after \(newest)")
        }
        guard effectiveDate > newest else {
            throw .usage("the new version's effective date \(effectiveDate) is not after the newest version, \(newest)",
                         hint: "pass --effective with a day after \(newest)")
        }
        guard announcedDate <= effectiveDate else {
            throw .usage("`announced` (\(announcedDate)) is after `effective` (\(effectiveDate))", hint: "users are told before a version takes effect")
        }
        var sources: [Existing] = []
        for locale in Set(existing.map(\.locale)).sorted() {
            if let latest = existing.filter({ $0.locale == locale }).max(by: { $0.date < $1.date }) { sources.append(latest) }
        }
        var files: [ScaffoldFile] = []
        var diagnostics: [Diagnostic] = []
        for source in sources {
            var sourceDiagnostics: [Diagnostic] = []
            _ = PolicyVersion.parse(source.text, policy: policy, locale: source.locale, path: source.path, folderDate: source.date,
                                    unsafeHTML: config.unsafeHTML, diagnostics: &sourceDiagnostics)
            // A copy of a broken file would be broken too: report the original's errors (exit 65).
            diagnostics += sourceDiagnostics.filter { $0.severity == .error }
            let path = "content/\(policy)/\(effectiveDate)/\(source.locale).md"
            files.append(ScaffoldFile(path: path, text: rewrite(source.text, effective: effectiveDate, announced: announcedDate)))
        }
        if !diagnostics.isEmpty { throw .content(ContentError(diagnostics)) }
        return NewVersion(policy: policy, effective: effectiveDate, announced: announcedDate, sources: sources, files: files)
    }

    /// The version file with `effective` and `announced` set after `title`, and `summary` and
    /// `acknowledges` removed with their nested lines (they describe the old version). Comments
    /// and unknown keys are kept; the body is copied byte for byte.
    static func rewrite(_ text: String, effective: PolicyDate, announced: PolicyDate) -> String {
        let (yaml, body, _) = FrontMatter.split(text)
        let replaced: Set<String> = ["effective", "announced", "summary", "acknowledges"]
        var kept: [String] = []
        var skipping = false
        for line in (yaml ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let key = topLevelKey(line) {
                skipping = replaced.contains(key)
            } else if skipping, line.isEmpty || line.first == " " || line.first == "\t" || line.first == "-" {
                continue
            } else {
                skipping = false
            }
            if !skipping { kept.append(line) }
        }
        let insertAt = (kept.firstIndex { topLevelKey($0) == "title" }).map { $0 + 1 } ?? 0
        kept.insert(contentsOf: [
            "effective: \(effective)",
            "announced: \(announced)",
            "# summary: what changed, in one or two sentences (shown in the history and the feeds)",
        ], at: insertAt)
        while kept.last?.isEmpty == true { kept.removeLast() }
        return "---\n" + kept.joined(separator: "\n") + "\n---\n" + body
    }

    /// `key` for a line `key: …` at column 1.
    static func topLevelKey(_ line: String) -> String? {
        guard let first = line.first, first.isLetter || first == "_", let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon]
        guard key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        return String(key)
    }
}

/// Why `redline new` could not plan the version.
public enum NewVersionError: Error, Sendable, Equatable {
    /// Exit 64: the request does not fit the site (unknown policy, dates out of order, version exists).
    case usage(String, hint: String)
    /// Exit 65: the site's content is broken.
    case content(ContentError)
}
