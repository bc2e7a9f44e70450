extension UTF8Text {
    /// `bytes` as a string, without validating them: for bytes known to be valid UTF-8 because
    /// they were made from a valid string by cmark (its renderings and literals: it only adds,
    /// drops or escapes ASCII bytes, and writes entities and NUL as whole, valid scalars) or by
    /// `collapse` (which replaces whole whitespace scalars). `String(decoding:as:)` validated
    /// them again, scalar by scalar: about a tenth of the parse on the non-Latin synthetic site.
    /// The string carries the same ASCII flag as a validated one (later comparisons take the
    /// same paths). Debug builds still validate, and stop on invalid bytes.
    static func string(valid bytes: UnsafeBufferPointer<UInt8>) -> String {
        assert(String(validating: bytes, as: UTF8.self) != nil, "invalid UTF-8 taken as valid")
        #if compiler(>=6.2)
        if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
            let span = unsafe UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII(bytes))
            return String(copying: span)
        }
        #endif
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether every byte is below 0x80, eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        var high: UInt64 = 0
        while index &+ 8 <= count {
            high |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            index &+= 8
        }
        while index < count {
            high |= UInt64(base[index])
            index &+= 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }
}
