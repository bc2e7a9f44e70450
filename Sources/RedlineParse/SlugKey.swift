import Foundation

/// A slug with its `String` hash worked out once. Hashing a non-ASCII `String` normalises it
/// (it hashes as its NFC form), which cost more per heading than parsing its section; a heading
/// seen before gets its slug and hash from `SlugKey.memo`, so a document's set of slugs hashes
/// only integers. Equality is still `String` equality (canonical equivalence), as before.
struct SlugKey: Hashable, Sendable {
    let slug: String
    /// `slug.hashValue`: equal strings have equal hashes, so comparing it first is exact.
    let hash: Int

    init(_ slug: String) {
        self.slug = slug
        hash = slug.hashValue
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    static func == (left: SlugKey, right: SlugKey) -> Bool { left.hash == right.hash && left.slug == right.slug }

    /// The heading's slug (`Slug.make`) and its hash.
    static func of(_ heading: String) -> SlugKey {
        var heading = heading
        if let ascii = heading.withUTF8({ Slug.asciiSlug($0) }) { return SlugKey(ascii) }
        return memo.value(for: HeadingBytes(heading)) {
            SlugKey(heading.withUTF8 { ClusterFold.slug($0) } ?? Slug.unicodeSlug(heading))
        }
    }

    /// Non-ASCII headings' slugs, shared by the threads of a build.
    static let memo = Memo<HeadingBytes, SlugKey>()

    /// A heading compared and hashed by its UTF-8 bytes: the slug is a function of them, and
    /// bytes hash without normalising.
    struct HeadingBytes: Hashable {
        var text: String

        init(_ text: String) {
            self.text = text
            self.text.makeContiguousUTF8()
        }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }

        static func == (left: HeadingBytes, right: HeadingBytes) -> Bool {
            var (left, right) = (left.text, right.text)
            return left.withUTF8 { a in right.withUTF8 { b in a.count == b.count && (a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0) } }
        }
    }
}
