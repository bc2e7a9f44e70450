import Foundation
import RedlineDiff
import RedlineParse
import RedlineRender
import RedlineReview

/// Finds the text a lock entry was taken from, to show what changed in a published version.
///
/// The lock keeps only hashes, so the old text comes from version control: the git index and
/// the file's last commits are searched for a text with the locked hash. Without git, or when no
/// revision matches, the message says so instead of a diff.
struct LockedText {
    var siteDirectory: URL
    /// How far back in the file's history to look.
    static let maximumRevisions = 50

    /// The redline from the locked text to `version`, as `redline diff` prints it, indented, and
    /// the line of the first changed sentence in the current file (nil when unknown).
    func diff(locked: ContentHash, against version: PolicyVersion) -> (report: String, line: Int?) {
        guard let text = find(locked, path: version.path) else {
            return ("    (no revision with \(locked) in this folder's git history, so the diff cannot be shown; try `git log -p -- \(version.path)`)", nil)
        }
        var diagnostics: [Diagnostic] = []
        guard let old = PolicyVersion.parse(text, policy: version.policy, locale: version.locale, path: version.path,
                                            folderDate: nil, unsafeHTML: false, diagnostics: &diagnostics) else {
            return ("    (the locked text no longer parses, so the diff cannot be shown)", nil)
        }
        let diff = Differ.diff(old.document, version.document)
        let review = Reviewer.review(old: old.document, new: version.document, diff: diff, locale: version.locale)
        let report = DiffReport(old: .init(label: "\(version.path) (locked)", file: version.path),
                                new: .init(label: "\(version.path) (now)", file: version.path), diff: diff, review: review)
        var lines = TextReport.render(report).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert(contentsOf: Self.frontMatterChanges(old.frontMatter, version.frontMatter), at: min(2, lines.count))
        let firstChange = diff.sections.flatMap(\.sentences).filter { $0.status != .unchanged }.compactMap { $0.new?.line }.min()
        // The front matter is not part of the diff: a change there has no sentence line.
        return (lines.map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n"), firstChange)
    }

    /// One line per front-matter key whose value changed (the redline covers only the body).
    static func frontMatterChanges(_ old: FrontMatter, _ new: FrontMatter) -> [String] {
        let keys: [(String, (FrontMatter) -> String)] = [
            ("title", { $0.title }), ("announced", { $0.announced?.description ?? "(none)" }),
            ("summary", { $0.summary ?? "(none)" }), ("acknowledges", { "[" + $0.acknowledges.joined(separator: ", ") + "]" }),
        ]
        return keys.compactMap { key, value in
            value(old) == value(new) ? nil : "front matter `\(key)`: \(value(old)) → \(value(new))"
        }
    }

    /// The decoded text of `path` (relative to the site) whose hash is `hash`, from git.
    func find(_ hash: ContentHash, path: String) -> String? {
        var candidates = [":./" + path]
        if let log = git(["log", "--format=%H", "-n", String(Self.maximumRevisions), "--", path]) {
            candidates += String(decoding: log, as: UTF8.self).split(separator: "\n").map { "\($0):./\(path)" }
        }
        for candidate in candidates {
            guard let bytes = git(["show", candidate]) else { continue }
            var ignored: [Diagnostic] = []
            if let text = TextDecoding.decode(Array(bytes), path: path, diagnostics: &ignored), ContentHash(of: text) == hash { return text }
        }
        return nil
    }

    /// Runs git in the site folder; nil when git is missing or fails.
    func git(_ arguments: [String]) -> Data? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", siteDirectory.path] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? data : nil
    }
}
