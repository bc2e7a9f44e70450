/// What loading a version file found, kept by the incremental build so that the next load can
/// take an unchanged file (same `FileStamp`, change time included) as it was, without reading
/// it: its hash, front matter and reading warnings. Its body is read only if a page that shows
/// it is made again (`SiteLoader.Loaded.body(of:)`).
public struct KnownFile: Sendable, Equatable {
    public var stamp: FileStamp
    /// The content hash's 64 hex digits.
    public var hash: String
    public var frontMatter: FrontMatter
    /// The line the body starts on.
    public var bodyLine: Int
    /// What reading the file reported (decoding warnings), before parsing.
    public var readWarnings: [Diagnostic]
    /// The version before this one in its policy and locale at that load: a pair of unchanged
    /// files that were already neighbours need no duplicate check (the build that saw them passed).
    public var previous: String?

    public init(stamp: FileStamp, hash: String, frontMatter: FrontMatter, bodyLine: Int, readWarnings: [Diagnostic], previous: String? = nil) {
        self.stamp = stamp
        self.hash = hash
        self.frontMatter = frontMatter
        self.bodyLine = bodyLine
        self.readWarnings = readWarnings
        self.previous = previous
    }
}
