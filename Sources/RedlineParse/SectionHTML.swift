#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A section's rendered HTML, gathered node by node and made a string with as few copies as it
/// can: a paragraph of plain text renders as `<p>`, its text, `</p>`, and that text is already a
/// string (its block's), so it is appended as one; only the other nodes' bytes are copied into
/// strings, unvalidated (`UTF8Text.string(valid:)`). (Validating a non-ASCII section's HTML went
/// scalar by scalar and was the largest single cost of the parse past cmark.) The result is byte
/// for byte the rendering.
struct SectionHTML {
    /// Rendered bytes not yet made a string.
    private var pending: [UInt8] = []
    /// The section's HTML so far, in order.
    private var pieces: [String] = []
    private var count = 0

    init() {}

    init(capacity: Int) {
        reserveCapacity(capacity)
    }

    mutating func reserveCapacity(_ capacity: Int) {
        pending.reserveCapacity(capacity)
        pieces.reserveCapacity(64)
    }

    /// Room for rendered bytes (what a kept buffer holds).
    var capacity: Int { pending.capacity }

    /// Drops everything, for a buffer kept for the next document (`ParseScratch`).
    mutating func empty(keepingCapacity: Bool) {
        pending.removeAll(keepingCapacity: keepingCapacity)
        pieces.removeAll(keepingCapacity: keepingCapacity)
        count = 0
    }

    var isEmpty: Bool { pending.isEmpty && pieces.isEmpty }

    /// Appends one top-level node's rendering; `paragraph` is its text when it is a paragraph.
    mutating func append(_ rendered: UnsafeBufferPointer<UInt8>, paragraph: String?) {
        if let paragraph, Self.isPlainParagraph(rendered, text: paragraph) {
            flushPending()
            pieces.append("<p>")
            pieces.append(paragraph)
            pieces.append("</p>\n")
            count += rendered.count
        } else {
            pending.append(contentsOf: rendered)
        }
    }

    /// The section's HTML, as one string of exactly its length; starts the next section empty.
    mutating func take() -> String {
        flushPending()
        defer {
            pieces.removeAll(keepingCapacity: true)
            count = 0
        }
        if pieces.count == 1 { return pieces[0] }
        var html = ""
        html.reserveCapacity(count)
        for piece in pieces { html += piece }
        return html
    }

    private mutating func flushPending() {
        guard !pending.isEmpty else { return }
        // cmark's rendering of a valid string is valid UTF-8 (see `UTF8Text.string(valid:)`).
        pieces.append(pending.withUnsafeBufferPointer { UTF8Text.string(valid: $0) })
        count += pending.count
        pending.removeAll(keepingCapacity: true)
    }

    /// Whether `rendered` is exactly `<p>` + `text` + `</p>\n`.
    static func isPlainParagraph(_ rendered: UnsafeBufferPointer<UInt8>, text: String) -> Bool {
        guard rendered.count >= 8, let base = rendered.baseAddress else { return false }
        let end = rendered.count
        // `<p>` and `</p>\n`
        guard rendered[0] == 0x3C, rendered[1] == 0x70, rendered[2] == 0x3E, rendered[end - 5] == 0x3C, rendered[end - 4] == 0x2F,
              rendered[end - 3] == 0x70, rendered[end - 2] == 0x3E, rendered[end - 1] == 0x0A else { return false }
        var text = text
        return text.withUTF8 { bytes in
            bytes.count == rendered.count - 8 && (bytes.isEmpty || memcmp(base + 3, bytes.baseAddress!, bytes.count) == 0)
        }
    }
}
