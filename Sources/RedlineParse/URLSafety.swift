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

    /// Whether a target starting with `byte` is safe whatever follows: an ASCII byte that is not
    /// whitespace and cannot begin `javascript:`, `vbscript:`, `file:` or `data:` in any case.
    static func isSafeStart(_ byte: UInt8) -> Bool {
        guard byte > 0x20, byte < 0x80, !UTF8Text.isWhitespace(UInt32(byte)) else { return false }
        let lower = byte | 0x20
        return lower != 0x6A && lower != 0x76 && lower != 0x66 && lower != 0x64  // j v f d
    }
}
