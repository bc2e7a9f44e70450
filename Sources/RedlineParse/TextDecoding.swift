#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Strict UTF-8 decoding with a precise location for the first bad byte, and the small
/// normalisations every text file gets (BOM dropped, CRLF and CR turned into LF).
public enum TextDecoding {
    /// Files larger than this are refused rather than parsed (a policy is a few hundred KB).
    public static let maximumBytes = 8 * 1024 * 1024

    public static func decode(_ bytes: [UInt8], path: String, diagnostics: inout [Diagnostic]) -> String? {
        guard bytes.count <= maximumBytes else {
            diagnostics.append(.error(at: SourceLocation(path: path), "file is \(bytes.count / 1_048_576) MB, larger than the \(maximumBytes / 1_048_576) MB limit",
                                      hint: "a policy version is normally well under 1 MB; check that the right file is here"))
            return nil
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // The standard library's validation is fast; the scalar-by-scalar search only runs to locate an error.
        let valid = body.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) }
        if valid == nil, let bad = firstInvalidUTF8(body) {
            let prefix = body[body.startIndex..<bad]
            let line = prefix.filter { $0 == 0x0A }.count + 1
            let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? body.startIndex
            let column = String(decoding: body[lineStart..<bad], as: UTF8.self).unicodeScalars.count + 1
            diagnostics.append(.error(at: SourceLocation(path: path, line: line, column: column), "invalid UTF-8 (byte 0x\(String(body[bad], radix: 16, uppercase: true)))",
                                      hint: "save the file as UTF-8 (for example `iconv -f latin1 -t utf-8`)"))
            return nil
        }
        let text = valid ?? String(decoding: body, as: UTF8.self)
        guard containsCarriageReturn(text) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Whether `text` has a CR byte: `memchr` over the string's own bytes (a freshly decoded
    /// string is native, so they are contiguous), which scans a word at a time; almost no file
    /// has one, so this scan covers every byte of every file a build reads.
    static func containsCarriageReturn(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ bytes in
            bytes.isEmpty ? false : memchr(bytes.baseAddress!, 0x0D, bytes.count) != nil
        }) { return found }
        return text.utf8.contains(0x0D)
    }

    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
