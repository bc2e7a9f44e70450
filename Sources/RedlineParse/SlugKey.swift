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
    /// bytes hash without normalising. The hash is worked out once, in `init`, and compared
    /// first: a memo lookup compares the key with every occupied bucket it probes, and comparing
    /// the strings themselves copied both (a retain and a release each) and read their bytes.
    struct HeadingBytes: Hashable {
        let text: String
        let hash: Int

        init(_ text: String) {
            var text = text
            text.makeContiguousUTF8()
            var hasher = Hasher()
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            self.text = text
            hash = hasher.finalize()
        }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }

        static func == (left: HeadingBytes, right: HeadingBytes) -> Bool {
            guard left.hash == right.hash else { return false }
            var (left, right) = (left.text, right.text)
            return left.withUTF8 { a in right.withUTF8 { b in a.count == b.count && (a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0) } }
        }
    }
}
