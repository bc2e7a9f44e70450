import Foundation

/// A file that `redline init` or `redline new` creates: a path relative to the site folder and its bytes.
public struct ScaffoldFile: Sendable, Equatable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Binary theme files (images, fonts) are embedded as base64.
    init(path: String, base64: String) {
        self.init(path: path, bytes: Array(Data(base64Encoded: base64) ?? Data()))
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// The default theme, embedded from the repository's `templates/` by `scripts/embed-templates.py`
/// (`make embed-templates`), so that `redline init` works from an installed binary with no
/// resource bundle beside it. `EmbeddedThemeTests` fails when the two differ.
public enum DefaultTheme {}
