import Foundation
import RedlineParse
import RedlineRender

/// The whole pipeline for one site: load → parse → diff → review → render → write.
public struct SiteBuild {
    /// What a build did, for the one line per locale the CLI prints.
    public struct Summary: Sendable, Equatable {
        public struct LocaleCount: Sendable, Equatable {
            public var locale: String
            public var versions: Int
            public var pages: Int
        }
        public var files: Int
        public var locales: [LocaleCount]
        public var warnings: [Diagnostic]
    }

    public var siteDirectory: URL
    public var outputDirectory: URL
    public var buildDate: PolicyDate
    public var clean: Bool
    /// Called as each stage starts (the CLI's progress line); nil by default.
    public var progress: (@Sendable (BuildProgress) -> Void)?

    public init(siteDirectory: URL, outputDirectory: URL? = nil, buildDate: PolicyDate, clean: Bool = false) {
        self.siteDirectory = siteDirectory
        self.outputDirectory = outputDirectory ?? siteDirectory.appendingPathComponent("public")
        self.buildDate = buildDate
        self.clean = clean
    }

    /// Builds the site. Nothing is written unless loading and rendering succeed.
    public func run() throws -> Summary {
        progress?(.loading)
        let source = try SiteLoader(siteDirectory: siteDirectory).load()
        progress?(.rendering(policies: source.policies.count, versions: source.versions.count, locales: source.config.locales.count))
        let files = try SiteRenderer(source: source, buildDate: buildDate).render()
        progress?(.writing(files: files.count))
        try SiteWriter(output: outputDirectory, clean: clean).write(files)
        return Self.summarize(source, files)
    }

    static func summarize(_ source: SiteSource, _ files: [OutputFile]) -> Summary {
        let locales = source.config.locales.map { locale in
            Summary.LocaleCount(locale: locale, versions: source.versions.filter { $0.locale == locale }.count,
                                pages: files.filter { $0.path.hasPrefix(locale + "/") && $0.path.hasSuffix(".html") }.count)
        }
        return Summary(files: files.count, locales: locales, warnings: source.warnings)
    }
}
