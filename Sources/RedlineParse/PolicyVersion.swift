/// One version of one policy in one locale: `content/<policy>/<date>/<locale>.md`, parsed.
public struct PolicyVersion: Sendable, Equatable {
    public var policy: String
    public var locale: String
    /// Path relative to the site folder, as diagnostics print it.
    public var path: String
    public var frontMatter: FrontMatter
    /// The Markdown after the front matter (line ends normalised to `\n`).
    public var body: String
    public var document: Document
    /// SHA-256 of the whole file as decoded (BOM dropped, line ends `\n`): what the lock file, the
    /// incremental cache and `versions.json` identify a version's content by.
    public var contentHash: ContentHash
    /// Deliberate changes since publication, from `content/redline.lock` (set by the build, not the parser).
    public var amendments: [LockFile.Amendment] = []

    public init(policy: String, locale: String, path: String, frontMatter: FrontMatter, body: String, document: Document,
                contentHash: ContentHash? = nil) {
        self.policy = policy
        self.locale = locale
        self.path = path
        self.frontMatter = frontMatter
        self.body = body
        self.document = document
        self.contentHash = contentHash ?? ContentHash(of: body)
    }

    /// The effective date, which names the version.
    public var date: PolicyDate { frontMatter.effective }

    /// Parses a version file's text. Errors and warnings go to `diagnostics`; nil when it has errors.
    /// With `parsesDocument` false the document is left empty and only its warnings are
    /// gathered (the build parses it again where its pages are made).
    public static func parse(_ text: String, policy: String, locale: String, path: String, folderDate: PolicyDate?,
                             unsafeHTML: Bool, parsesDocument: Bool = true, diagnostics: inout [Diagnostic]) -> PolicyVersion? {
        let (yaml, body, bodyLine) = FrontMatter.split(text)
        guard let frontMatter = FrontMatter.parse(yaml, path: path, folderDate: folderDate, diagnostics: &diagnostics) else { return nil }
        guard !body.trimmingWhitespace().isEmpty else {
            diagnostics.append(.error(at: SourceLocation(path: path, line: bodyLine, column: 1), "the policy text is empty",
                                      hint: "write the policy in Markdown below the front matter"))
            return nil
        }
        guard parsesDocument else {
            diagnostics += DocumentParser.warnings(body, path: path, firstLine: bodyLine, unsafeHTML: unsafeHTML)
            return PolicyVersion(policy: policy, locale: locale, path: path, frontMatter: frontMatter, body: body,
                                 document: Document(title: nil, sections: []), contentHash: ContentHash(of: text))
        }
        let parsed = DocumentParser.parse(body, path: path, firstLine: bodyLine, unsafeHTML: unsafeHTML)
        diagnostics += parsed.warnings
        return PolicyVersion(policy: policy, locale: locale, path: path, frontMatter: frontMatter, body: body, document: parsed.document,
                             contentHash: ContentHash(of: text))
    }
}
