import Foundation
import RedlineParse

/// Reads what `redline new` needs from a site folder: the configuration and every version file
/// of one policy. Unlike `SiteLoader` it does not parse the other policies, so a problem
/// elsewhere in the site does not stop an author from starting a new version.
public struct NewVersionSource: Sendable {
    public let siteDirectory: URL

    public init(siteDirectory: URL) {
        self.siteDirectory = siteDirectory.standardizedFileURL
    }

    public func config() throws(NewVersionError) -> SiteConfig {
        let path = "content/redline.yml"
        guard let text = try read(path) else {
            throw .content(ContentError(.error(at: SourceLocation(path: path), "no site configuration",
                                               hint: "run `redline init` first, or pass --site with the site folder")))
        }
        do {
            return try SiteConfig.parse(text, path: path)
        } catch {
            throw .content(error)
        }
    }

    /// Every `content/<policy>/<date>/<locale>.md` of the policy, in date order.
    public func versions(of policy: String, config: SiteConfig) throws(NewVersionError) -> [NewVersion.Existing] {
        let manager = FileManager.default
        let folder = siteDirectory.appendingPathComponent("content/\(policy)")
        var isDirectory: ObjCBool = false
        guard PathRules.isValidSegment(policy), manager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            let known = ((try? manager.contentsOfDirectory(atPath: siteDirectory.appendingPathComponent("content").path)) ?? [])
                .filter { !$0.hasPrefix(".") && PathRules.isValidSegment($0) }.sorted()
            throw .usage("no policy `\(policy)` in content/",
                         hint: known.isEmpty ? "add a first version as content/\(policy)/YYYY-MM-DD/\(config.canonicalLocale).md"
                                             : "policies in the site: \(known.joined(separator: ", "))")
        }
        var found: [NewVersion.Existing] = []
        for name in ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() {
            guard let date = PolicyDate(name) else { continue }
            for file in ((try? manager.contentsOfDirectory(atPath: folder.appendingPathComponent(name).path)) ?? []).sorted()
            where file.hasSuffix(".md") && !file.hasPrefix(".") {
                let locale = String(file.dropLast(3))
                let path = "content/\(policy)/\(name)/\(file)"
                guard config.locales.contains(locale), let text = try read(path) else { continue }
                found.append(NewVersion.Existing(date: date, locale: locale, path: path, text: text))
            }
        }
        return found
    }

    /// UTF-8 text with a BOM removed and CRLF made LF, as the loader reads it.
    /// nil when the file is missing; a file that is not UTF-8 is a content error.
    func read(_ path: String) throws(NewVersionError) -> String? {
        guard let data = FileManager.default.contents(atPath: siteDirectory.appendingPathComponent(path).path) else { return nil }
        var diagnostics: [Diagnostic] = []
        guard let text = TextDecoding.decode(Array(data), path: path, diagnostics: &diagnostics) else {
            throw .content(ContentError(diagnostics))
        }
        return text
    }
}
