import Foundation
@testable import RedlineParse
import RedlineRender

/// A small two-locale site built inline, with the repository's own templates.
enum FixtureSite {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let config = SiteConfig(title: "Example <Privacy> Center", baseURL: "https://privacy.example.com/",
                                   publisher: .init(name: "Example & Co", url: "https://example.com/"),
                                   locales: ["en", "ar"], defaultLocale: "en", canonicalLocale: "en")

    static func version(_ policy: String, _ date: String, _ locale: String, _ front: String, _ body: String) -> PolicyVersion {
        var diagnostics: [Diagnostic] = []
        let text = "---\ntitle: \(locale == "ar" ? "سياسة الخصوصية" : "Privacy Policy")\neffective: \(date)\n\(front)---\n\(body)"
        let version = PolicyVersion.parse(text, policy: policy, locale: locale, path: "content/\(policy)/\(date)/\(locale).md",
                                          folderDate: PolicyDate(date), unsafeHTML: false, diagnostics: &diagnostics)
        return version!
    }

    static func theme() throws -> Theme {
        let templates = repository.appendingPathComponent("templates")
        var names: [String: String] = [:]
        for name in TemplateSet.requiredTemplates {
            names[name] = try String(contentsOf: templates.appendingPathComponent("\(name).mustache"), encoding: .utf8)
        }
        var diagnostics: [Diagnostic] = []
        let en = ThemeLoader.parseStrings(try String(contentsOf: templates.appendingPathComponent("i18n/en.yml"), encoding: .utf8), path: "en.yml", diagnostics: &diagnostics)
        var ar = en
        ar["language"] = "العربية"
        ar["effective"] = "تاريخ السريان"
        return Theme(templates: names, strings: ["en": en, "ar": ar], assets: ["redline.css": Array("body{}".utf8)])
    }

    static func source() throws -> SiteSource {
        let v1 = """
        # Privacy Policy

        We respect your privacy.

        ## Sharing

        We will not sell your personal information.

        ## Contact

        Write to privacy@example.com.
        """
        let v2 = """
        # Privacy Policy

        We respect your privacy.

        ## Contact

        Write to privacy@example.com.

        ## Sharing

        We will not sell or rent your personal information.
        """
        let arabic = "# سياسة الخصوصية\n\nنحترم خصوصيتك.\n\n## المشاركة\n\nلن نبيع معلوماتك الشخصية.\n"
        return SiteSource(config: config, versions: [
            version("privacy", "2020-01-01", "en", "announced: 2019-12-01\nsummary: First <b>version</b>.\n", v1),
            version("privacy", "2021-03-01", "en", "announced: 2021-01-29\nsummary: \"Editorial: the *Sharing* section moved.\"\n", v2),
            version("privacy", "2020-01-01", "ar", "announced: 2019-12-01\n", arabic),
        ], theme: try theme())
    }
}
