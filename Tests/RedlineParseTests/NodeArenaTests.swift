@testable import RedlineParse
import Testing

@Suite("cmark's arena: blocks, growth, and documents larger than it")
struct NodeArenaTests {
    @Test func blocksAreAlignedClearedAndGrown() {
        var arena = MarkdownParser.NodeArena(capacity: 1024)
        defer { arena.release() }
        let first = arena.allocate(10, zeroed: true)!
        #expect(Int(bitPattern: first) % 16 == 0)
        #expect((0..<10).allSatisfy { first.load(fromByteOffset: $0, as: UInt8.self) == 0 })
        first.storeBytes(of: 0x1234_5678, as: UInt32.self)
        // The last block grows in place; another one moves, keeping its bytes.
        #expect(arena.reallocate(first, 100) == first)
        let second = arena.allocate(8)!
        let moved = arena.reallocate(first, 200)!
        #expect(moved != first && moved != second)
        #expect(moved.load(as: UInt32.self) == 0x1234_5678)
        // Larger than the chunk: a chunk of its own, and a larger kept chunk next time.
        let large = arena.allocate(4096)!
        large.storeBytes(of: 7, toByteOffset: 4095, as: UInt8.self)
        arena.empty()
        #expect(arena.capacity > 4096)
        #expect(arena.spill == nil)
    }

    @Test func aDocumentLargerThanTheArenaParsesAsOften() {
        let paragraph = "Wir verarbeiten Ihre Daten *nur* dann, wenn es nötig ist. Zweiter Satz über [Rechte](https://example.com).\n\n"
        let list = (1...40).map { "- Punkt \($0) mit **Betonung** und Text.\n" }.joined()
        let body = "# Titel\n\n" + String(repeating: paragraph + list + "\n## Abschnitt\n\n", count: 400)
        let first = DocumentParser.parse(body)
        #expect(first.document.sections.count == 401)
        // The second parse runs in the arena the first one grew; a small one after it too.
        #expect(DocumentParser.parse(body) == first)
        #expect(DocumentParser.parse("Kurz.").document.sections.count == 1)
    }

    @Test func threadsParseInTheirOwnArenas() {
        let bodies = (0..<32).map { "# Policy \($0)\n\nText number \($0). Another sentence.\n\n- item \($0)\n- item two\n" }
        let serial = bodies.map { DocumentParser.parse($0) }
        let parallel = bodies.concurrentMap { DocumentParser.parse($0) }
        #expect(serial == parallel)
    }
}
