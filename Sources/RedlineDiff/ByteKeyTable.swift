import Foundation

/// Ids for byte strings (words, tokens), in the order they were first added: an open-addressing
/// table over one byte arena. `[String: Int]` hashes and compares every key through Unicode
/// normalisation, which cost more than the rest of the diff's word handling; here a key is its
/// bytes. Callers give NFC bytes (the `String` methods do), so byte equality is `String` equality.
public struct ByteKeyTable: Sendable {
    private var arena: [UInt8] = []
    /// End of each key in `arena` (its start is the previous key's end), by id.
    private var ends: [Int] = []
    private var hashes: [UInt64] = []
    /// Id + 1 per slot (0: empty); the count is a power of two, at most half full.
    private var slots: [Int32] = []
    /// Which key lengths (bit `min(length, 63)`) and first bytes (bit `byte & 63`) were added:
    /// most lookups are misses (a sentence's words against a lexicon's first words), and these
    /// turn most of them away before hashing.
    private var lengths: UInt64 = 0
    private var firstBytes: UInt64 = 0

    public var count: Int { ends.count }

    public init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        ends.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
    }

    /// The id of `text` (compared as `String`s compare: by NFC), nil when it was never added.
    public func id(of text: String) -> Int? {
        // Native text in NFC (nearly always) is looked up in place, without a copy.
        var found: Int?
        let done = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard ScalarTable.isNFC(bytes) else { return false }
            found = id(of: bytes)
            return true
        }
        if done == true { return found }
        var key = Self.canonical(text)
        return key.withUTF8 { id(of: $0) }
    }

    /// The id of `text` (compared as `String`s compare: by NFC), adding it when new.
    public mutating func insert(_ text: String) -> (id: Int, isNew: Bool) {
        var key = Self.canonical(text)
        return key.withUTF8 { insert($0) }
    }

    /// `text` in NFC: itself when every scalar says so (nearly always), else through Foundation.
    static func canonical(_ text: String) -> String {
        var copy = text
        if copy.withUTF8(ScalarTable.isNFC) { return copy }
        return text.precomposedStringWithCanonicalMapping
    }

    /// The id of `key`, nil when it was never added.
    func id(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard mayContain(key) else { return nil }
        return id(of: key, hash: ByteHash.hash(key))
    }

    /// False when no key of this length and first byte was ever added.
    @inline(__always)
    private func mayContain(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lengths & (1 << UInt64(min(key.count, 63))) != 0 else { return false }
        return key.isEmpty || firstBytes & (1 << UInt64(key[0] & 63)) != 0
    }

    /// The id of `key`, adding it when new (with `isNew` true).
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        let hash = ByteHash.hash(key)
        if let id = id(of: key, hash: hash) { return (id, false) }
        if (ends.count + 1) * 2 > slots.count { grow() }
        let id = ends.count
        arena.append(contentsOf: key)
        lengths |= 1 << UInt64(min(key.count, 63))
        if let first = key.first { firstBytes |= 1 << UInt64(first & 63) }
        ends.append(arena.count)
        hashes.append(hash)
        place(id, hash: hash)
        return (id, true)
    }

    private func id(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                while true {
                    let entry = Int(slots[slot])
                    if entry == 0 { return nil }
                    let id = entry - 1
                    if hashes[id] == hash {
                        let start = id == 0 ? 0 : ends[id - 1]
                        let length = ends[id] - start
                        if length == key.count, length == 0 || memcmp(arena.baseAddress! + start, key.baseAddress!, length) == 0 {
                            return id
                        }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    private mutating func place(_ id: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(id + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for id in 0..<ends.count { place(id, hash: hashes[id]) }
    }
}

/// A fast deterministic hash of bytes (eight at a time), for lookups only: no result depends on it.
enum ByteHash {
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return mix(h) }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            index += 8
        }
        if index < bytes.count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while index < bytes.count {
                tail |= UInt64(bytes[index]) << shift
                shift += 8
                index += 1
            }
            h = (h ^ tail) &* 0xBF58_476D_1CE4_E5B9
        }
        return mix(h)
    }

    static func hash(_ text: String) -> UInt64 {
        if let hash = text.utf8.withContiguousStorageIfAvailable({ hash($0) }) { return hash }
        var copy = text
        return copy.withUTF8 { hash($0) }
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
