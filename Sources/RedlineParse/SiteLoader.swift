import Foundation

/// Reads a site folder (`content/`, `templates/`) into a `SiteSource`. The only part of the
/// front end that touches the disk; every problem is collected with its file, line and column.
public struct SiteLoader {
    public let siteDirectory: URL

    public init(siteDirectory: URL) {
        self.siteDirectory = siteDirectory.standardizedFileURL
    }

    public func load() throws(ContentError) -> SiteSource {
        var diagnostics: [Diagnostic] = []
        let configPath = "content/redline.yml"
        guard let configText = readText(configPath, diagnostics: &diagnostics) else {
            if diagnostics.isEmpty {
                diagnostics.append(.error(at: SourceLocation(path: configPath), "no site configuration",
                                          hint: "create content/redline.yml (or run `redline init`), or pass --site with the site folder"))
            }
            throw ContentError(diagnostics)
        }
        let config = try SiteConfig.parse(configText, path: configPath)
        diagnostics += config.warnings
        let versions = loadVersions(config: config, diagnostics: &diagnostics)
        diagnostics += Self.duplicates(in: versions)
        let theme = ThemeLoader(root: siteDirectory, locales: config.locales).load(diagnostics: &diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw ContentError(diagnostics.filter { $0.severity == .error } + diagnostics.filter { $0.severity == .warning })
        }
        return SiteSource(config: config, versions: versions, theme: theme, warnings: diagnostics)
    }

    func loadVersions(config: SiteConfig, diagnostics: inout [Diagnostic]) -> [PolicyVersion] {
        var versions: [PolicyVersion] = []
        let policyNames = listDirectory("content", diagnostics: &diagnostics).filter { isDirectory("content/\($0)") }
        if policyNames.isEmpty {
            diagnostics.append(.error(at: SourceLocation(path: "content"), "no policies found",
                                      hint: "add a version as content/<policy>/<YYYY-MM-DD>/<locale>.md"))
        }
        for policy in policyNames {
            let policyPath = "content/\(policy)"
            guard PathRules.isValidSegment(policy) else {
                diagnostics.append(.error(at: SourceLocation(path: policyPath), "policy folder `\(policy)` is not a valid URL segment",
                                          hint: "use lower-case letters, digits and hyphens, e.g. `privacy` or `cookie-policy`"))
                continue
            }
            var found = 0
            for folder in listDirectory(policyPath, diagnostics: &diagnostics) {
                let folderPath = "\(policyPath)/\(folder)"
                guard isDirectory(folderPath) else {
                    diagnostics.append(.warning(at: SourceLocation(path: folderPath), "ignored: only version folders belong in a policy folder"))
                    continue
                }
                guard let date = PolicyDate(folder) else {
                    diagnostics.append(.error(at: SourceLocation(path: folderPath), "version folder `\(folder)` is not a date",
                                              hint: "name version folders by their effective date, YYYY-MM-DD (a day that exists)"))
                    continue
                }
                let files = listDirectory(folderPath, diagnostics: &diagnostics)
                if !files.contains(where: { $0.hasSuffix(".md") }) {
                    diagnostics.append(.warning(at: SourceLocation(path: folderPath), "ignored: the version folder has no <locale>.md file",
                                                hint: "add \(folderPath)/\(config.canonicalLocale).md, or remove the folder"))
                }
                for file in files {
                    let path = "\(folderPath)/\(file)"
                    guard file.hasSuffix(".md") else {
                        diagnostics.append(.warning(at: SourceLocation(path: path), "ignored: version files are named <locale>.md"))
                        continue
                    }
                    let locale = String(file.dropLast(3))
                    guard config.locales.contains(locale) else {
                        diagnostics.append(.error(at: SourceLocation(path: path), "unknown locale `\(locale)`",
                                                  hint: "add `\(locale)` to `locales` in content/redline.yml, or rename the file to one of \(config.locales.map { "\($0).md" }.joined(separator: ", "))"))
                        continue
                    }
                    guard let text = readText(path, diagnostics: &diagnostics) else { continue }
                    found += 1
                    if let version = PolicyVersion.parse(text, policy: policy, locale: locale, path: path, folderDate: date,
                                                         unsafeHTML: config.unsafeHTML, diagnostics: &diagnostics) {
                        versions.append(version)
                    }
                }
            }
            if found == 0 {
                diagnostics.append(.error(at: SourceLocation(path: policyPath), "policy `\(policy)` has no versions",
                                          hint: "add content/\(policy)/<YYYY-MM-DD>/\(config.canonicalLocale).md, or remove the folder"))
            }
        }
        return versions
    }

    /// A version whose text repeats the previous version of the same locale word for word
    /// publishes nothing new, and would show an empty redline: usually a copy not yet edited.
    static func duplicates(in versions: [PolicyVersion]) -> [Diagnostic] {
        let ordered = versions.sorted { ($0.policy, $0.locale, $0.date) < ($1.policy, $1.locale, $1.date) }
        return zip(ordered, ordered.dropFirst()).compactMap { previous, version in
            guard previous.policy == version.policy, previous.locale == version.locale,
                  previous.body.collapsingWhitespace == version.body.collapsingWhitespace else { return nil }
            return .error(at: SourceLocation(path: version.path, line: version.frontMatter.line, column: 1),
                          "duplicate version: the text is the same as \(previous.path)",
                          hint: "edit the new version's text, or delete the folder if the copy was a mistake")
        }
    }

    // MARK: - Disk access

    func url(_ relativePath: String) -> URL { siteDirectory.appendingPathComponent(relativePath) }

    func isDirectory(_ relativePath: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url(relativePath).path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Sorted entry names, hidden files skipped; a link leading out of the site is an error.
    func listDirectory(_ relativePath: String, diagnostics: inout [Diagnostic]) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url(relativePath).path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().filter { name in
            let path = "\(relativePath)/\(name)"
            guard PathRules.staysInside(url(path), root: siteDirectory) else {
                diagnostics.append(.error(at: SourceLocation(path: path), "symbolic link points outside the site folder",
                                          hint: "copy the file into the site instead of linking to it"))
                return false
            }
            return true
        }
    }

    /// The file as UTF-8 text with a BOM removed and CRLF turned into LF.
    func readText(_ relativePath: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let data = FileManager.default.contents(atPath: url(relativePath).path) else { return nil }
        return TextDecoding.decode(Array(data), path: relativePath, diagnostics: &diagnostics)
    }
}
