import RedlineParse
@testable import RedlineReview
import Testing

@Suite struct PublicationGateTests {
    static let old = "We will not sell your personal information."
    static let reduced = "We may sell your personal information."
    static let finding = "sharing.prohibition-lifted@preamble"

    func source(announced: String?, acknowledges: [String], effective: String = "2025-03-01", noticeDays: Int = 30) -> SiteSource {
        let config = SiteConfig(title: "T", baseURL: "https://example.org/", publisher: .init(name: "P"), locales: ["en"],
                                defaultLocale: "en", canonicalLocale: "en", noticeDays: noticeDays)
        func version(_ date: String, _ text: String, announced: String?, acknowledges: [String]) -> PolicyVersion {
            let front = FrontMatter(title: "Privacy", effective: PolicyDate(date)!, announced: announced.flatMap(PolicyDate.init),
                                    acknowledges: acknowledges, line: 3)
            return PolicyVersion(policy: "privacy", locale: "en", path: "content/privacy/\(date)/en.md", frontMatter: front,
                                 body: text, document: DocumentParser.parse(text).document)
        }
        return SiteSource(config: config, versions: [
            version("2024-01-01", Self.old, announced: nil, acknowledges: []),
            version(effective, Self.reduced, announced: announced, acknowledges: acknowledges),
        ], theme: Theme(templates: [:]))
    }

    let today = PolicyDate("2025-02-01")!

    @Test func unacknowledgedReductionFails() {
        let report = PublicationGate.evaluate(source: source(announced: "2025-01-01", acknowledges: []), buildDate: today)
        #expect(!report.passed)
        #expect(report.problems.contains { $0.kind == .unacknowledged && $0.finding?.id == Self.finding && $0.line == 1 })
    }

    @Test func shortNoticeFails() {
        let report = PublicationGate.evaluate(source: source(announced: "2025-02-15", acknowledges: [Self.finding]), buildDate: today)
        #expect(report.problems.map(\.kind) == [.shortNotice])
    }

    @Test func inEffectWithoutAnnouncementFails() {
        let report = PublicationGate.evaluate(source: source(announced: nil, acknowledges: [Self.finding]), buildDate: PolicyDate("2025-03-02")!)
        #expect(report.problems.map(\.kind) == [.inEffectWithoutAnnouncement])
    }

    @Test func acknowledgedWithEnoughNoticePasses() {
        let report = PublicationGate.evaluate(source: source(announced: "2025-01-30", acknowledges: [Self.finding]), buildDate: today)
        #expect(report.passed)
        #expect(report.entries.count == 2)
        #expect(report.entries[1].review.material.map(\.id) == [Self.finding])
    }

    /// The key `redline check` asks authors to write: the finding id and its sentence's hash.
    func boundKey() throws -> String {
        let report = PublicationGate.evaluate(source: source(announced: "2025-01-30", acknowledges: []), buildDate: today)
        let finding = try #require(report.problems.first { $0.kind == .unacknowledged }?.finding)
        #expect(report.problems.first?.message.contains(finding.acknowledgementKey) == true)
        return finding.acknowledgementKey
    }

    @Test func acknowledgementBoundToTheSentencePassesWithoutWarning() throws {
        let key = try boundKey()
        #expect(key.hasPrefix(Self.finding + "#") && key.count == Self.finding.count + 17)
        let report = PublicationGate.evaluate(source: source(announced: "2025-01-30", acknowledges: [key]), buildDate: today)
        #expect(report.passed)
        #expect(report.warnings.isEmpty)
    }

    @Test func acknowledgementByIdAlonePassesWithAWarning() {
        let report = PublicationGate.evaluate(source: source(announced: "2025-01-30", acknowledges: [Self.finding]), buildDate: today)
        #expect(report.passed)
        #expect(report.warnings.map(\.kind) == [.unboundAcknowledgement])
        #expect(report.warnings.first?.message.contains("#") == true)
    }

    /// A published version's acknowledgement by id stays as it is: the lock keeps its sentence, and
    /// writing the bound key into the file would change a locked version (only `--amend` may).
    @Test func acknowledgementByIdOnALockedVersionDrawsNoWarning() {
        let site = source(announced: "2025-01-30", acknowledges: [Self.finding])
        let lock = LockFile(entries: [.init(path: "privacy/2025-03-01/en.md", hash: site.versions[1].contentHash)])
        #expect(lock.publishedPaths == ["content/privacy/2025-03-01/en.md"])
        let report = PublicationGate.evaluate(source: site, buildDate: today, locked: lock.publishedPaths)
        #expect(report.passed)
        #expect(report.warnings.isEmpty)
        // A version an amendment removed is no longer kept by the lock.
        let removed = LockFile(entries: [.init(path: "privacy/2025-03-01/en.md", hash: nil)])
        #expect(PublicationGate.evaluate(source: site, buildDate: today, locked: removed.publishedPaths).warnings.map(\.kind) == [.unboundAcknowledgement])
    }

    @Test func acknowledgementLapsesWhenTheSentenceChanges() throws {
        // Acknowledged for "We may sell your personal information." but the version now says more.
        let key = try boundKey()
        var changed = source(announced: "2025-01-30", acknowledges: [key])
        let text = "We may sell your personal information to anyone."
        changed.versions[1].body = text
        changed.versions[1].document = DocumentParser.parse(text).document
        let report = PublicationGate.evaluate(source: changed, buildDate: today)
        #expect(!report.passed)
        #expect(report.problems.contains { $0.kind == .unacknowledged && $0.message.contains("earlier wording") })
        // Spacing and punctuation are not a change of wording.
        var respaced = source(announced: "2025-01-30", acknowledges: [key])
        respaced.versions[1].document = DocumentParser.parse("We  may sell your personal information").document
        #expect(PublicationGate.evaluate(source: respaced, buildDate: today).passed)
    }

    @Test func siteReviewOrdersVersionsAndReviewsEachAgainstThePrevious() {
        let review = SiteReview(source: source(announced: nil, acknowledges: []))
        let timeline = review.timeline(policy: "privacy", locale: "en")
        #expect(timeline?.entries.count == 2)
        #expect(timeline?.entries[0].previous == nil)
        #expect(timeline?.entries[1].previous?.date == PolicyDate("2024-01-01"))
        #expect(timeline?.entries[1].review.material.isEmpty == false)
    }
}
