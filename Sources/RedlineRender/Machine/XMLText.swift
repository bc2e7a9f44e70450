/// Escaping for the XML Redline writes (Atom, sitemap).
public enum XMLText {
    /// Escapes text for element content and double-quoted attributes, and drops the characters
    /// XML 1.0 cannot carry at all (C0 controls other than tab and line ends, U+FFFE, U+FFFF).
    public static func escape(_ text: String) -> String {
        // Byte-level (a sitemap or feed escapes every URL and title of the site): the bytes to
        // replace or drop are ASCII, or EF BF BE / EF BF BF (U+FFFE, U+FFFF).
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x26: result += [0x26, 0x61, 0x6D, 0x70, 0x3B]  // &amp;
            case 0x3C: result += [0x26, 0x6C, 0x74, 0x3B]  // &lt;
            case 0x3E: result += [0x26, 0x67, 0x74, 0x3B]  // &gt;
            case 0x22: result += [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]  // &quot;
            case 0x27: result += [0x26, 0x61, 0x70, 0x6F, 0x73, 0x3B]  // &apos;
            case 0x09, 0x0A, 0x0D: result.append(byte)
            case 0x00..<0x20: break
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
                index += 2
            default: result.append(byte)
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
