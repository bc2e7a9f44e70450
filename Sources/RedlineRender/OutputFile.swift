/// One file of the built site: a path under `public/` and its bytes. The renderer returns
/// these in memory; only the publish stage writes them.
public struct OutputFile: Sendable, Equatable {
    /// Relative path with `/` separators, e.g. `en/privacy/2021-03-01/index.html`.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The contents as UTF-8 text (for tests and inspection).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
