@testable import RedlineParse
import Testing

@Suite("Strings of bytes known to be valid UTF-8 equal the validated ones")
struct ValidStringTests {
    static func both(_ bytes: [UInt8]) -> (String, String) {
        bytes.withUnsafeBufferPointer { (UTF8Text.string(valid: $0), String(decoding: $0, as: UTF8.self)) }
    }

    @Test func equalsDecodingForEveryScriptAndLength() {
        let samples = ["", "a", "plain ASCII text of some length, over sixteen bytes", "<p>Données &amp; Sécurité</p>\n",
                       "隐私政策：我们收集的信息。", "개인정보 처리방침", "e\u{301}te\u{301}", "😀 emoji 👍🏽", "حقوقك", String(repeating: "ab", count: 40)]
        for sample in samples {
            let bytes = Array(sample.utf8)
            // Every prefix and suffix that starts and ends on a scalar boundary.
            for start in 0...bytes.count where start == bytes.count || bytes[start] & 0xC0 != 0x80 {
                for end in start...bytes.count where end == bytes.count || bytes[end] & 0xC0 != 0x80 {
                    let (fast, checked) = Self.both(Array(bytes[start..<end]))
                    #expect(fast == checked)
                    #expect(Array(fast.utf8) == Array(checked.utf8))
                    #expect(fast.hashValue == checked.hashValue)
                }
            }
        }
    }

    @Test func asciiCheckLooksAtEveryByte() {
        for length in 0..<40 {
            for position in 0..<max(length, 1) {
                var bytes = [UInt8](repeating: 0x61, count: length)
                if length > 0 { bytes[position] = 0xC3 }
                #expect(bytes.withUnsafeBufferPointer { UTF8Text.isASCII($0) } == (length == 0))
            }
        }
    }
}
