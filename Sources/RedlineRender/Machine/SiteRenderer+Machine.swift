import RedlineParse

/// Output for machines: feeds, JSON-LD, sitemap, per-version JSON (issue 6 fills these in).
extension SiteRenderer {
    /// Files besides the HTML pages: feeds, sitemap, robots.txt, JSON.
    func machineReadableFiles() -> [OutputFile] { [] }

    /// JSON-LD for a version page or the current page (already safe to embed in `<script>`).
    func versionJSONLD(_ entry: PolicyTimeline.Entry, timeline: PolicyTimeline, directory: String, isCurrentPage: Bool) -> String? { nil }

    /// JSON-LD for a changes page.
    func changesJSONLD(_ entry: PolicyTimeline.Entry, directory: String) -> String? { nil }
}
