import Foundation

/// Writes the synthetic Redline site, the same content as a Hugo site, the file list and the pairs.
struct SiteGenerator {
    var policies: Int
    var locales: Int
    var versions: Int
    /// The earlier sessions' site: 40 locales that are 10 copies of 4 texts (see `DuplicatedLocales`).
    var duplicatedLocales = false
    var repo: URL
    var out: URL

    let fileManager = FileManager.default

    func run() throws {
        try? fileManager.removeItem(at: out)
        let site = out.appendingPathComponent("site"), hugo = out.appendingPathComponent("hugo")
        let tags = Array(SyntheticLocales.all.prefix(locales))
        try writeConfig(site: site, tags: tags)
        try writeTheme(site: site, tags: tags)
        try writeHugoSkeleton(hugo: hugo, tags: tags)

        // The honest site needs only the English text; the duplicated one all four languages'.
        var sources: [String: PolicyText] = [:]
        for language in duplicatedLocales ? SyntheticLocales.sourceLanguages : ["en"] {
            sources[language] = try baseText(language)
        }
        let variant = PolicyVariant(repo: repo, text: sources["en"]!, kit: .of("en"))
        let translators = tags.map { PseudoTranslator(tag: $0) }

        var files: [String] = []
        var pairIndex = 0
        let oldPairs = out.appendingPathComponent("pairs/old"), newPairs = out.appendingPathComponent("pairs/new")
        try fileManager.createDirectory(at: oldPairs, withIntermediateDirectories: true)
        try fileManager.createDirectory(at: newPairs, withIntermediateDirectories: true)
        var words = 0

        for policyIndex in 0..<policies {
            let policy = String(format: "policy-%02d", policyIndex + 1)
            var rng = SeededGenerator(seed: 0x5EED_0000 + UInt64(policyIndex))
            var locales: any LocaleTexts = duplicatedLocales
                ? DuplicatedLocales(sources: sources, locales: tags.count, index: policyIndex, policy: policy, using: &rng)
                : TranslatedLocales(english: sources["en"]!, variant: variant, index: policyIndex, policy: policy,
                                    translators: translators, using: &rng)
            var previousPaths = [String?](repeating: nil, count: tags.count)
            for versionIndex in 0..<versions {
                let edits = versionIndex == 0 ? [] : (0..<(2 + Int(rng.next() % 4))).map { _ in Edit.random(using: &rng) }
                let date = Self.date(versionIndex)
                for (localeIndex, (tag, version)) in zip(tags, locales.next(version: versionIndex, edits: edits)).enumerated() {
                    let markdown = Self.frontMatter(title: version.title, summary: version.summary, version: versionIndex, date: date)
                        + version.text.markdown(title: version.title)
                    if localeIndex == 0 { words += version.text.wordCount }
                    let relative = "content/\(policy)/\(date)/\(tag).md"
                    let path = site.appendingPathComponent(relative)
                    try write(markdown, to: path)
                    files.append(path.path)
                    let hugoPath = hugo.appendingPathComponent("content/\(tag)/\(policy)/\(date).md")
                    try fileManager.createDirectory(at: hugoPath.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try fileManager.linkItem(at: path, to: hugoPath)
                    if let previous = previousPaths[localeIndex] {
                        try fileManager.linkItem(atPath: previous, toPath: oldPairs.appendingPathComponent("\(pairIndex).md").path)
                        try fileManager.linkItem(at: path, to: newPairs.appendingPathComponent("\(pairIndex).md"))
                        pairIndex += 1
                    }
                    previousPaths[localeIndex] = path.path
                }
            }
        }
        try write(files.joined(separator: "\n") + "\n", to: out.appendingPathComponent("files.txt"))
        print("generated \(files.count) version files (\(policies) policies × \(tags.count) locales × \(versions) versions), "
              + "\(pairIndex) pairs, \(words / max(1, policies * versions)) words per canonical version, in \(out.path)")
    }

    // MARK: - Text

    /// The example privacy policy followed by the cookie policy of the same language (~3,000 words);
    /// English also gets the seed policy's sections as a pool for added paragraphs.
    func baseText(_ language: String) throws -> PolicyText {
        var text = PolicyText(sections: [])
        for policy in ["privacy", "cookies"] {
            let folder = repo.appendingPathComponent("content/\(policy)")
            let dates = try fileManager.contentsOfDirectory(atPath: folder.path).sorted()
            guard let latest = dates.last(where: { fileManager.fileExists(atPath: folder.appendingPathComponent("\($0)/\(language).md").path) })
            else { continue }
            let file = try String(contentsOf: folder.appendingPathComponent("\(latest)/\(language).md"), encoding: .utf8)
            let parsed = PolicyText.parse(markdown: PolicyText.body(of: file))
            text.sections += text.sections.isEmpty ? parsed.sections : parsed.sections.filter { !$0.heading.isEmpty }
        }
        return text
    }

    static func shuffledOrder(count: Int, using rng: inout SeededGenerator) -> [Int] {
        var order = Array(0..<count)
        guard count > 1 else { return order }
        for index in stride(from: count - 1, to: 0, by: -1) {
            order.swapAt(index, Int(rng.next() % UInt64(index + 1)))
        }
        return order
    }

    /// Versions every 35 days from 2010-01-04 (50 versions end in 2014; the bench builds on 2030-01-01).
    static func date(_ index: Int, offset: Int = 0) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.date(from: DateComponents(year: 2010, month: 1, day: 4))!
        let day = calendar.date(byAdding: .day, value: index * 35 + offset, to: start)!
        let parts = calendar.dateComponents([.year, .month, .day], from: day)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    static func frontMatter(title: String, summary: String, version: Int, date: String) -> String {
        "---\ntitle: \"\(title)\"\neffective: \(date)\nannounced: \(Self.date(version, offset: -40))\n"
            + "summary: \"\(summary)\"\n---\n"
    }

    // MARK: - Files

    func write(_ text: String, to url: URL) throws {
        try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func writeConfig(site: URL, tags: [String]) throws {
        try write("""
            title: Synthetic Privacy Center
            base_url: https://privacy.synthetic.example/
            publisher:
              name: Synthetic
              url: https://www.synthetic.example/
            locales: [\(tags.joined(separator: ", "))]
            default_locale: en
            canonical_locale: en
            notice_days: 30

            """, to: site.appendingPathComponent("content/redline.yml"))
    }

    /// The default theme; locales beyond the four examples borrow their source language's UI strings.
    func writeTheme(site: URL, tags: [String]) throws {
        let templates = site.appendingPathComponent("templates")
        try fileManager.copyItem(at: repo.appendingPathComponent("templates"), to: templates)
        for (index, tag) in tags.enumerated() where !SyntheticLocales.sourceLanguages.contains(tag) {
            let source = try String(contentsOf: templates.appendingPathComponent("i18n/\(SyntheticLocales.source(of: index)).yml"), encoding: .utf8)
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix("language:") ? "language: \"\(tag)\"" : String(line)
            }
            try write(lines.joined(separator: "\n"), to: templates.appendingPathComponent("i18n/\(tag).yml"))
        }
    }

    func writeHugoSkeleton(hugo: URL, tags: [String]) throws {
        var config = """
            baseURL = "https://privacy.synthetic.example/"
            title = "Synthetic Privacy Center"
            defaultContentLanguage = "en"
            disableKinds = ["taxonomy", "term"]

            [languages]

            """
        for (index, tag) in tags.enumerated() {
            config += "  [languages.\(tag)]\n    contentDir = \"content/\(tag)\"\n    weight = \(index + 1)\n    languageName = \"\(tag)\"\n"
        }
        try write(config, to: hugo.appendingPathComponent("config.toml"))
        let page = """
            <!doctype html>
            <html lang="{{ .Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body><nav>{{ range .Translations }}<a hreflang="{{ .Lang }}" href="{{ .RelPermalink }}">{{ .Lang }}</a> {{ end }}</nav>
            <main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>

            """
        let list = """
            <!doctype html>
            <html lang="{{ .Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body><main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>

            """
        try write(page, to: hugo.appendingPathComponent("layouts/_default/single.html"))
        try write(list, to: hugo.appendingPathComponent("layouts/_default/list.html"))
        try write(list, to: hugo.appendingPathComponent("layouts/index.html"))
    }
}
