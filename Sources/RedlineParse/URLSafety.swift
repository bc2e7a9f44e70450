/// The link targets cmark's safe mode empties, so Redline can warn about them.
enum URLSafety {
    /// Mirrors cmark's `_scan_dangerous_url`: `javascript:`, `vbscript:`, `file:` and
    /// `data:` except raster images are dangerous.
    static func isUnsafe(_ url: String, image: Bool) -> Bool {
        let lowered = url.lowercased().trimmingWhitespace()
        if lowered.hasPrefix("javascript:") || lowered.hasPrefix("vbscript:") || lowered.hasPrefix("file:") { return true }
        if lowered.hasPrefix("data:") {
            let safeImages = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
            return !safeImages.contains { lowered.hasPrefix($0) }
        }
        return false
    }
}
