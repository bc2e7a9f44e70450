import RedlineParse

/// Decides whether a site may be published: every material reduction acknowledged in the
/// version's front matter, announced at least `noticeDays` before it takes effect, and not
/// already in effect without an announcement. Runs on the canonical locale only.
public enum PublicationGate {
    /// Evaluates every version of every policy in the canonical locale as of `buildDate`.
    ///
    /// `locked` holds the paths (`content/<policy>/<date>/<locale>.md`) that `content/redline.lock`
    /// lists as published: their acknowledgements by id alone draw no warning, because the lock
    /// already keeps their sentences, and binding them would change a published file.
    public static func evaluate(source: SiteSource, buildDate: PolicyDate, locked: Set<String> = []) -> GateReport {
        let canonical = source.config.canonicalLocale
        let review = SiteReview(source: source, locales: [canonical])
        return evaluate(review: review, noticeDays: source.config.noticeDays, buildDate: buildDate, locale: canonical, locked: locked)
    }

    /// The same check over reviews already computed (the renderer's), for one locale.
    public static func evaluate(review: SiteReview, noticeDays: Int, buildDate: PolicyDate, locale: String, locked: Set<String> = []) -> GateReport {
        var problems: [GateProblem] = []
        var warnings: [GateProblem] = []
        var entries: [SiteReview.Entry] = []
        for timeline in review.timelines where timeline.locale == locale {
            for entry in timeline.entries {
                entries.append(entry)
                problems += check(entry, noticeDays: noticeDays, buildDate: buildDate)
                if !locked.contains(entry.version.path) { warnings += unboundAcknowledgements(entry) }
            }
        }
        return GateReport(problems: problems, entries: entries, warnings: warnings)
    }

    /// The problems of one version.
    public static func check(_ entry: SiteReview.Entry, noticeDays: Int, buildDate: PolicyDate) -> [GateProblem] {
        let material = entry.review.material
        guard !material.isEmpty else { return [] }
        let front = entry.version.frontMatter
        var problems = material.filter { !$0.isAcknowledged(by: front.acknowledges) }.map { finding in
            let lapsed = finding.acknowledgement(in: front.acknowledges) == .lapsed
            return GateProblem(kind: .unacknowledged, path: entry.version.path, line: finding.new?.line ?? front.line, finding: finding,
                               message: lapsed
                                ? "\(finding.id) was acknowledged for an earlier wording of its sentence; acknowledge it again as \(finding.acknowledgementKey): \(finding.explanation)"
                                : "\(finding.id) is not acknowledged (acknowledge it as \(finding.acknowledgementKey)): \(finding.explanation)")
        }
        if let announced = front.announced {
            let given = announced.days(until: front.effective)
            if given < noticeDays {
                problems.append(GateProblem(kind: .shortNotice, path: entry.version.path, line: front.line, finding: nil,
                                            message: "the version reduces rights but gives \(given) days of notice (announced \(announced), effective \(front.effective)); \(noticeDays) are required"))
            }
        } else if front.effective <= buildDate {
            problems.append(GateProblem(kind: .inEffectWithoutAnnouncement, path: entry.version.path, line: front.line, finding: nil,
                                        message: "the version reduces rights and took effect on \(front.effective) without an `announced` date"))
        } else {
            problems.append(GateProblem(kind: .shortNotice, path: entry.version.path, line: front.line, finding: nil,
                                        message: "the version reduces rights but has no `announced` date; announce it at least \(noticeDays) days before \(front.effective)"))
        }
        return problems
    }
}

extension PublicationGate {
    /// Acknowledgements by id alone: accepted, but they would outlive a change of the sentence.
    /// Asked of versions not yet published only: a locked version's sentence cannot change
    /// without `redline build --amend`, and writing the bound key into it would be such a change.
    public static func unboundAcknowledgements(_ entry: SiteReview.Entry) -> [GateProblem] {
        let front = entry.version.frontMatter
        return entry.review.material.filter { $0.acknowledgement(in: front.acknowledges) == .idOnly }.map { finding in
            GateProblem(kind: .unboundAcknowledgement, path: entry.version.path, line: front.line, finding: finding,
                        message: "\(finding.id) is acknowledged by id only; write \(finding.acknowledgementKey) so the acknowledgement lapses if the sentence changes")
        }
    }
}

/// One reason the gate fails.
public struct GateProblem: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, Codable {
        /// A material finding whose id the front matter's `acknowledges` does not list.
        case unacknowledged
        /// Less than `notice_days` between `announced` and `effective` (or no announcement yet).
        case shortNotice
        /// The version is in effect on the build date and was never announced.
        case inEffectWithoutAnnouncement
        /// A warning, never a failure: an acknowledgement by id alone, not bound to its sentence.
        case unboundAcknowledgement
    }

    public var kind: Kind
    /// The version file.
    public var path: String
    /// The new sentence's line for a finding, the front matter's `effective` line otherwise.
    public var line: Int
    public var finding: Finding?
    public var message: String
}

/// The gate's verdict with the per-version reviews it ran on.
public struct GateReport: Sendable, Equatable {
    public var problems: [GateProblem]
    /// Every version checked, oldest first per policy.
    public var entries: [SiteReview.Entry]
    /// What does not fail the gate but should be fixed (acknowledgements by id alone).
    public var warnings: [GateProblem] = []

    public var passed: Bool { problems.isEmpty }
}
