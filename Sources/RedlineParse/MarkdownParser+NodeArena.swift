import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension MarkdownParser {
    /// Where cmark allocates while one document is parsed, read and rendered: a bump allocator
    /// whose `free` does nothing, emptied at once when the document is done. cmark makes a
    /// node, a content buffer and (for `cmark_node_get_literal`) a C string per node and frees
    /// each again; through glibc's malloc, on the heap a loaded site leaves behind, that was a
    /// large part of the parse. One arena per thread, kept across documents, because cmark's
    /// allocator functions take no context: they find the calling thread's arena.
    ///
    /// Every block is 16-byte aligned and preceded by its size (for `realloc`). Only `calloc`'s
    /// blocks are cleared, each on its own (clearing what a document used at once cost more:
    /// the renderings and grown buffers need no clearing).
    struct NodeArena {
        /// The chunk kept across documents, and its size.
        var start: UnsafeMutableRawPointer
        var capacity: Int
        /// Where the next block's size goes, and the end of the chunk being filled.
        var cursor: UnsafeMutableRawPointer
        var limit: UnsafeMutableRawPointer
        /// Chunks added when a document outgrew `start`, each beginning with the address of the one before.
        var spill: UnsafeMutableRawPointer?
        /// Bytes taken in this document, to size the kept chunk after a spill.
        var used = 0
        /// Whether a document is using this arena (a parse inside a parse gets its own).
        var inUse = false

        static let initialCapacity = 1 << 18
        /// A thread keeps at most this much between documents (a larger document spills every time).
        static let maximumCapacity = 1 << 24
        static let header = 16

        init(capacity: Int) {
            start = malloc(capacity)!
            self.capacity = capacity
            cursor = start + 8
            limit = start + capacity
        }

        /// A block of `size` bytes, cleared when `zeroed`.
        @inline(__always)
        mutating func allocate(_ size: Int, zeroed: Bool = false) -> UnsafeMutableRawPointer? {
            // The size sits in the 8 bytes before the block; the cursor stays 8 past a multiple of 16.
            let total = (size &+ 8 &+ 15) & ~15
            guard size >= 0, size < Int.max / 2 else { return nil }
            if total > limit - cursor {
                guard spillOver(total) else { return nil }
            }
            cursor.storeBytes(of: size, as: Int.self)
            let block = cursor + 8
            cursor += total
            used &+= total
            if zeroed { memset(block, 0, size) }
            return block
        }

        /// Grows `block` (from this arena) to `size` bytes: in place when it is the last block taken.
        mutating func reallocate(_ block: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
            guard let block else { return allocate(size) }
            let old = (block - 8).load(as: Int.self)
            if size <= old { return block }
            let oldTotal = (old &+ 8 &+ 15) & ~15, total = (size &+ 8 &+ 15) & ~15
            if block - 8 + oldTotal == cursor, size < Int.max / 2, total - oldTotal <= limit - cursor {
                (block - 8).storeBytes(of: size, as: Int.self)
                cursor += total - oldTotal
                used &+= total - oldTotal
                return block
            }
            guard let moved = allocate(size) else { return nil }
            moved.copyMemory(from: block, byteCount: old)
            return moved
        }

        /// Starts a chunk with room for `total` bytes at least.
        mutating func spillOver(_ total: Int) -> Bool {
            let size = max(total + NodeArena.header + 16, capacity)
            guard let chunk = malloc(size) else { return false }
            chunk.storeBytes(of: spill, as: UnsafeMutableRawPointer?.self)
            spill = chunk
            cursor = chunk + NodeArena.header + 8
            limit = chunk + size
            return true
        }

        /// Frees everything the document took, ready for the next one.
        mutating func empty() {
            if spill != nil {
                while let chunk = spill {
                    spill = chunk.load(as: UnsafeMutableRawPointer?.self)
                    free(chunk)
                }
                // Outgrown: next time, one chunk as large as this document needed (within bounds).
                var grown = capacity
                while grown < used + 64, grown < NodeArena.maximumCapacity { grown *= 2 }
                free(start)
                capacity = grown
                start = malloc(capacity)!
            }
            cursor = start + 8
            limit = start + capacity
            used = 0
        }

        func release() {
            var chunk = spill
            while let current = chunk {
                chunk = current.load(as: UnsafeMutableRawPointer?.self)
                free(current)
            }
            free(start)
        }

        /// The calling thread's arena (see `withDocument`).
        static let key: pthread_key_t = {
            var key = pthread_key_t()
            pthread_key_create(&key) { pointer in
                // Optional on Glibc, not on Darwin.
                let raw: UnsafeMutableRawPointer? = pointer
                guard let arena = raw?.assumingMemoryBound(to: NodeArena.self) else { return }
                arena.pointee.release()
                arena.deinitialize(count: 1)
                arena.deallocate()
            }
            return key
        }()

        @inline(__always)
        static var current: UnsafeMutablePointer<NodeArena> {
            pthread_getspecific(key)!.assumingMemoryBound(to: NodeArena.self)
        }

        static func make() -> UnsafeMutablePointer<NodeArena> {
            let arena = UnsafeMutablePointer<NodeArena>.allocate(capacity: 1)
            arena.initialize(to: NodeArena(capacity: initialCapacity))
            return arena
        }

        /// cmark's allocator functions over the calling thread's arena.
        nonisolated(unsafe) static let memory: UnsafeMutablePointer<cmark_mem> = {
            let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
            memory.initialize(to: cmark_mem(
                calloc: { count, size in
                    let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
                    return overflow ? nil : NodeArena.current.pointee.allocate(bytes, zeroed: true)
                },
                realloc: { block, size in NodeArena.current.pointee.reallocate(block, size) },
                free: { _ in }))
            return memory
        }()
    }

    /// Parses `bytes` with every cmark allocation in the thread's arena and calls `body` with the
    /// document (nil when cmark gives none). Nothing cmark made outlives `body`: the tree, the
    /// literals it hands out and the HTML it renders are all emptied with the arena afterwards,
    /// so neither the tree nor a rendering is freed on its own.
    static func withDocument<Result>(_ bytes: UnsafeBufferPointer<UInt8>, options: Int32, _ body: (OpaquePointer?) -> Result) -> Result {
        let outer = pthread_getspecific(NodeArena.key)?.assumingMemoryBound(to: NodeArena.self)
        let arena: UnsafeMutablePointer<NodeArena>
        if let outer, !outer.pointee.inUse {
            arena = outer
        } else {
            // The thread's first document, or a document parsed while another is being read.
            arena = NodeArena.make()
            pthread_setspecific(NodeArena.key, arena)
        }
        arena.pointee.inUse = true
        defer {
            arena.pointee.empty()
            arena.pointee.inUse = false
            if let outer, outer != arena {
                pthread_setspecific(NodeArena.key, outer)
                arena.pointee.release()
                arena.deinitialize(count: 1)
                arena.deallocate()
            }
        }
        // cmark_parse_document, with the arena: a parser, the whole text, the tree. The parser
        // is not freed either: it lives in the arena too.
        guard let parser = cmark_parser_new_with_mem(options, NodeArena.memory) else { return body(nil) }
        if let base = bytes.baseAddress, !bytes.isEmpty {
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { cmark_parser_feed(parser, $0, bytes.count) }
        }
        return body(cmark_parser_finish(parser))
    }
}
