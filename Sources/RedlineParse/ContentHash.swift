import Crypto

/// A SHA-256 digest of normalised text, written as `sha256:<64 lower-case hex digits>`.
///
/// The text is hashed as Redline reads it — UTF-8, byte-order mark dropped, line ends `\n` — so the
/// same policy saved with CRLF line ends or a BOM keeps its hash, and any change a reader could see
/// changes it.
public struct ContentHash: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 64 lower-case hexadecimal digits.
    public let hex: String

    /// Hashes `text`'s UTF-8 bytes.
    public init(of text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Hashes raw bytes (for files Redline does not decode, such as assets).
    public init(bytes: [UInt8]) {
        hex = SHA256.hash(data: bytes).map { byte in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
        }.joined()
    }

    /// Parses the `sha256:<hex>` form; nil when it is not exactly that.
    public init?(parsing text: String) {
        guard text.hasPrefix("sha256:") else { return nil }
        let digits = text.utf8.dropFirst("sha256:".utf8.count)
        guard digits.count == 64, digits.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else { return nil }
        hex = String(decoding: digits, as: UTF8.self)
    }

    /// `sha256:<hex>`.
    public var description: String { "sha256:" + hex }

    public static func < (lhs: ContentHash, rhs: ContentHash) -> Bool { lhs.hex < rhs.hex }
}
