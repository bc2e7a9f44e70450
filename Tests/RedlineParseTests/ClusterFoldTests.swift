import Foundation
@testable import RedlineParse
import Testing

@Suite("Slugs: folding cluster by cluster agrees with folding the whole heading")
struct ClusterFoldTests {
    /// The slug `SlugKey.of` makes of a non-ASCII heading: by clusters when it can.
    static func clusterSlug(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { ClusterFold.slug($0) }
    }

    static func expectSame(_ text: String) -> Bool {
        guard let fast = clusterSlug(text) else { return false }
        #expect(fast == Slug.unicodeSlug(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        return true
    }

    @Test func headingsOfEveryScript() {
        let headings = [
            "Données & Sécurité!", "حقوقك", "Ｆｕｌｌ Width", String(repeating: "é", count: 100), "Σας ΣΥΣΤΑΣΕΙΣ ας",
            "Ваши права: й, ё, Й, Ё", "Quyền riêng tư của bạn — Điều 5", "שמירת מידע", "अधिकार और सूचना", "ข้อมูลส่วนบุคคล",
            "개인정보 처리방침", "個人情報の取り扱い（第3条）", "隐私政策：我们收集的信息", "Straße Maß ǅ ﬁ", "ｶﾞｷﾞ ｱｲｳ",
            "Çerezler ve İzleme — ığüşöç", "Przetwarzanie danych – ąćęłńóśźż", "Ochrana údajů ř ů", "Protecția datelor ș ț",
            "e\u{301}te\u{301} cafe\u{301}", "Ελληνικά ά έ ή ί ό ύ ώ ΐ ΰ", "١٢٣ ٤٥ ۱۲ ٠", "Ⅻ ① ½ ²", "Ａ１－Ｂ２　ｃ",
        ]
        var covered = 0
        for heading in headings where Self.expectSame(heading) { covered += 1 }
        // Only jamo, prepended or supplementary scalars go back to Foundation: every heading above is covered.
        #expect(covered == headings.count)
        #expect(Self.clusterSlug("A\u{1100}\u{1161}") == nil)
        #expect(Self.clusterSlug("\u{301}abc") == nil)
        #expect(Self.clusterSlug("emoji 😀") == nil)
    }

    /// `foldsToItself` over every scalar it takes: Foundation folds each alone to itself, kept.
    @Test func ideographsAndHangulSyllablesFoldToThemselves() {
        var taken = 0
        for value in UInt32(0x3000)...0xDFFF where ClusterFold.foldsToItself(value) {
            let scalar = Unicode.Scalar(value)!
            #expect(ClusterFold.foldedScalars(String(Character(scalar))) == [value | ClusterFold.keepBit], "\(String(value, radix: 16))")
            taken += 1
        }
        #expect(taken == 6_592 + 20_992 + 11_172)
        // Beside marks, variation selectors, jamo, kana and punctuation: as the whole heading folds.
        for heading in ["漢字\u{FE00}の見出し", "一\u{302}二 三", "한\u{11A8}국어 정보", "がぎぐ 漢 ｶﾞ", "第3条（個人情報）", "丂㐀䶿鿿 가힣",
                        String(repeating: "隐私", count: 60)] {
            _ = Self.expectSame(heading)
        }
    }

    @Test func seededRandomTextInEveryScript() {
        // Letters, marks and punctuation of the scripts the synthetic site and real policies use.
        let pools: [[ClosedRange<UInt32>]] = [
            [0x20...0x7E, 0xA0...0x24F, 0x300...0x36F],  // Latin, Latin-1, Extended-A/B, combining marks
            [0x370...0x3FF, 0x1F00...0x1FFE, 0x300...0x345],  // Greek and polytonic Greek
            [0x400...0x52F, 0x2DE0...0x2DFF],  // Cyrillic
            [0x591...0x5F4, 0x600...0x6FF, 0x750...0x77F, 0xFB50...0xFBB1],  // Hebrew, Arabic
            [0x900...0x97F, 0xE00...0xE5B, 0x980...0x9FE],  // Devanagari, Thai, Bengali
            [0x3000...0x30FF, 0x4E00...0x4FFF, 0xFF00...0xFFEF],  // CJK punctuation, kana, ideographs, half- and full-width forms
            [0xAC00...0xAD00, 0x1E00...0x1EFF, 0x2000...0x206F, 0x2150...0x218F, 0x2460...0x24FF],  // Hangul, Vietnamese, punctuation, numbers
        ]
        var state: UInt64 = 0x51C9
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var covered = 0
        for round in 0..<1_400 {
            let pool = pools[round % pools.count]
            var text = ""
            for _ in 0..<(1 + next(40)) {
                let range = pool[next(pool.count)]
                let value = range.lowerBound + UInt32(next(Int(range.upperBound - range.lowerBound) + 1))
                // One scalar in three a space, so that words and hyphens come out.
                if next(3) == 0 { text.append(" ") } else if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
            }
            if Self.expectSame(text) { covered += 1 }
        }
        // Marks after a space, prepended scalars and long runs of marks go back to Foundation.
        #expect(covered > 200)
    }

    @Test func realCorpusAndExampleContent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var folders = [root.appendingPathComponent("content")]
        let corpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/real")
        if FileManager.default.fileExists(atPath: corpus.path) { folders.append(corpus) } else { print("ClusterFoldTests: no real corpus at \(corpus.path)") }
        var lines = Set<String>()
        for folder in folders {
            let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
            for file in files where file.hasSuffix(".md") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                lines.formUnion(text.split(separator: "\n").map(String.init).filter { $0.utf8.contains { $0 >= 0x80 } })
            }
        }
        #expect(!lines.isEmpty)
        for line in lines.sorted() { _ = Self.expectSame(line) }
    }
}
