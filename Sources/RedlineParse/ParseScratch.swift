#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The buffers one parse fills and empties again, kept per thread from one document to the
/// next so that each document does not allocate (and grow, block by block) its own: the
/// walker's block text and section HTML, the sentence scanner's spans and marks, and the collapse
/// buffer. A parse takes them (`take`, leaving empty buffers
/// behind, so a parse inside a parse simply starts its own) and gives them back emptied (`keep`).
struct ParseScratch {
    var text: [UInt8] = []
    var html = SectionHTML()
    var spans: [SentenceSplitter.Span] = []
    var marks: [Int] = []
    var buffer: [UInt8] = []

    /// A buffer larger than this is not kept (one huge document should not pin its memory to a thread).
    static let maximumKept = 1 << 21

    /// The calling thread's buffers (empty ones the first time).
    static func take() -> ParseScratch {
        guard let raw = pthread_getspecific(key) else { return ParseScratch() }
        let box = Unmanaged<Box>.fromOpaque(raw).takeUnretainedValue()
        var taken = ParseScratch()
        swap(&taken, &box.scratch)
        return taken
    }

    /// Keeps `scratch`'s buffers, emptied, for the calling thread's next parse (`scratch` is left empty).
    static func keep(_ scratch: inout ParseScratch) {
        scratch.empty()
        let box: Box
        if let raw = pthread_getspecific(key) {
            box = Unmanaged<Box>.fromOpaque(raw).takeUnretainedValue()
        } else {
            box = Box()
            pthread_setspecific(key, Unmanaged.passRetained(box).toOpaque())
        }
        swap(&box.scratch, &scratch)
    }

    private mutating func empty() {
        text.removeAll(keepingCapacity: text.capacity <= Self.maximumKept)
        html.empty(keepingCapacity: html.capacity <= Self.maximumKept)
        spans.removeAll(keepingCapacity: spans.capacity <= Self.maximumKept / 16)
        marks.removeAll(keepingCapacity: marks.capacity <= Self.maximumKept / 8)
        buffer.removeAll(keepingCapacity: buffer.capacity <= Self.maximumKept)
    }

    private final class Box {
        var scratch = ParseScratch()
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            // Optional on Glibc, not on Darwin.
            let raw: UnsafeMutableRawPointer? = pointer
            guard let raw else { return }
            Unmanaged<Box>.fromOpaque(raw).release()
        }
        return key
    }()
}
