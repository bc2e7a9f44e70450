import Foundation

/// What a name from the content may be, so that no content path can write outside `public/`.
public enum PathRules {
    /// A policy name becomes a URL segment and a folder in `public/`: lower-case ASCII letters,
    /// digits and inner hyphens only (no `..`, no spaces, no slashes).
    public static func isValidSegment(_ name: String) -> Bool {
        guard !name.isEmpty, name.count <= 64, name.first != "-", name.last != "-" else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Whether `url`, with symbolic links resolved, is inside `root`.
    public static func staysInside(_ url: URL, root: URL) -> Bool {
        let resolved = url.resolvingSymlinksInPath().standardizedFileURL.path
        let base = root.resolvingSymlinksInPath().standardizedFileURL.path
        return resolved == base || resolved.hasPrefix(base.hasSuffix("/") ? base : base + "/")
    }
}
