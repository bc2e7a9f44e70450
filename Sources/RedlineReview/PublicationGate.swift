import RedlineParse

/// Decides whether a site may be published: every material reduction acknowledged in the
/// version's front matter, announced at least `noticeDays` before it takes effect, and not
/// already in effect without an announcement. Runs on the canonical locale only.
public enum PublicationGate {
    /// Evaluates every version of every policy in the canonical locale as of `buildDate`.
    public static func evaluate(source: SiteSource, buildDate: PolicyDate) -> GateReport {
        let canonical = source.config.canonicalLocale
        let review = SiteReview(source: source, locales: [canonical])
        return evaluate(review: review, noticeDays: source.config.noticeDays, buildDate: buildDate, locale: canonical)
    }

    /// The same check over reviews already computed (the renderer's), for one locale.
    public static func evaluate(review: SiteReview, noticeDays: Int, buildDate: PolicyDate, locale: String) -> GateReport {
        var problems: [GateProblem] = []
        var entries: [SiteReview.Entry] = []
        for timeline in review.timelines where timeline.locale == locale {
            for entry in timeline.entries {
                entries.append(entry)
                problems += check(entry, noticeDays: noticeDays, buildDate: buildDate)
            }
        }
        return GateReport(problems: problems, entries: entries)
    }

    /// The problems of one version.
    public static func check(_ entry: SiteReview.Entry, noticeDays: Int, buildDate: PolicyDate) -> [GateProblem] {
        let material = entry.review.material
        guard !material.isEmpty else { return [] }
        let front = entry.version.frontMatter
        let acknowledged = Set(front.acknowledges)
        var problems = material.filter { !acknowledged.contains($0.id) }.map {
            GateProblem(kind: .unacknowledged, path: entry.version.path, line: $0.new?.line ?? front.line, finding: $0,
                        message: "\($0.id) is not acknowledged: \($0.explanation)")
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

/// One reason the gate fails.
public struct GateProblem: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, Codable {
        /// A material finding whose id the front matter's `acknowledges` does not list.
        case unacknowledged
        /// Less than `notice_days` between `announced` and `effective` (or no announcement yet).
        case shortNotice
        /// The version is in effect on the build date and was never announced.
        case inEffectWithoutAnnouncement
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

    public var passed: Bool { problems.isEmpty }
}
