import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// With its extensions (`MarkdownParser+*.swift`), the only code that talks to libcmark. It parses Markdown and walks cmark's tree once,
/// handing each heading, block and stretch of rendered HTML to a `SectionAccumulator` as plain
/// Swift values, so no cmark pointer escapes these files.
///
/// Text is gathered as bytes: each block's literals are copied straight from cmark into one
/// reused buffer, and each section's HTML into another (`SectionHTML`, which takes a plain
/// paragraph's text as its string), so a block's text becomes a `String` once (in `BlockText`)
/// and a section's HTML once, instead of a string per literal and per node.
enum MarkdownParser {
    /// Deeper nesting than this is flattened into its parent's text, so hostile input
    /// (lists nested a thousand levels) cannot exhaust the stack.
    static let maximumDepth = 48

    typealias Warning = (line: Int, message: String)

    /// Parses `markdown` (the body after the front matter) into sections. Warnings' lines are
    /// relative to the body; the sections' lines are shifted by `lineOffset`.
    static func parse(_ markdown: String, unsafeHTML: Bool, lineOffset: Int) -> (sections: SectionAccumulator, warnings: [Warning]) {
        let options = unsafeHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        var contiguous = markdown
        contiguous.makeContiguousUTF8()
        let text = contiguous  // shares the bytes `withUTF8` hands out
        return contiguous.withUTF8 { bytes in
            withDocument(bytes, options: options) { document in
                guard let document else { return (SectionAccumulator(lineOffset: lineOffset), []) }
                let source = SourceText(string: text, bytes: bytes)
                var scratch = ParseScratch.take()
                var walker = Walker(options: options, unsafeHTML: unsafeHTML, source: source, lineOffset: lineOffset, scratch: &scratch)
                var child = cmark_node_first_child(document)
                walker.sink.reserveSections(headings: headingCount(from: child))
                walker.sink.reserveBlocks(blockCount(from: child))
                while let node = child {
                    walker.topLevel(node)
                    child = cmark_node_next(node)
                }
                walker.flushHTML()
                walker.sink.source = nil  // its bytes are only valid in here
                walker.giveBack(into: &scratch)
                ParseScratch.keep(&scratch)
                return (walker.sink, walker.warnings)
            }
        }
    }

    /// Renders a standalone Markdown fragment (a front-matter summary, say) to HTML.
    static func renderHTML(_ markdown: String, unsafeHTML: Bool) -> String {
        let options = unsafeHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            withDocument(bytes, options: options) { document in
                guard let document, let buffer = cmark_render_html(document, options) else { return "" }
                return String(cString: buffer)
            }
        }
    }

    /// Calls `body` with the bytes cmark rendered for `node` (nothing when rendering fails).
    /// The buffer is in the document's arena (see `withDocument`), so it is not freed here.
    fileprivate static func withRendered(_ node: OpaquePointer, options: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let buffer = cmark_render_html(node, options) else { return }
        let count = strlen(buffer)
        buffer.withMemoryRebound(to: UInt8.self, capacity: count) { body(UnsafeBufferPointer(start: $0, count: count)) }
    }

    private struct Walker {
        let options: Int32
        let unsafeHTML: Bool
        var sink: SectionAccumulator
        var warnings: [Warning] = []
        /// Raw text of the block being read (inline Markdown removed, line breaks kept).
        var text: [UInt8] = []
        /// Rendered HTML of the current section's body not yet handed to `sink`.
        var html: SectionHTML
        /// The last paragraph read and its collapsed text: the lead-in of a list right after it.
        var lastParagraph: (node: OpaquePointer, text: String)?
        /// The Markdown's bytes, and the start of the line `sourceOffset` looked at last.
        let source: SourceText?
        var cursor = (line: 1, offset: 0)

        /// Takes its buffers, and its sink's, from `scratch` (see `giveBack`).
        init(options: Int32, unsafeHTML: Bool, source: SourceText, lineOffset: Int, scratch: inout ParseScratch) {
            self.options = options
            self.unsafeHTML = unsafeHTML
            self.source = source
            sink = SectionAccumulator(lineOffset: lineOffset, source: source, scratch: &scratch)
            swap(&text, &scratch.text)
            html = SectionHTML()
            swap(&html, &scratch.html)
            // Sized once for the whole parse: growing them block by block reallocated often,
            // and on the large, fragmented heap of a loaded site each reallocation is slow.
            let size = source.bytes.count
            text.reserveCapacity(min(size, 1 << 16))
            html.reserveCapacity(min(size + size / 2, 1 << 20))
        }

        /// Hands the walker's and the sink's buffers back to `scratch`, for the thread's next document.
        mutating func giveBack(into scratch: inout ParseScratch) {
            swap(&text, &scratch.text)
            swap(&html, &scratch.html)
            sink.giveBack(into: &scratch)
        }

        /// The byte offset in the Markdown where `node` starts (cmark counts columns in bytes),
        /// found by walking forward from the line asked for last: blocks come in line order.
        mutating func sourceOffset(_ node: OpaquePointer) -> Int? {
            guard let source, let base = source.bytes.baseAddress else { return nil }
            let line = Int(cmark_node_get_start_line(node)), column = Int(cmark_node_get_start_column(node))
            guard line >= 1, column >= 1 else { return nil }
            if line < cursor.line { cursor = (1, 0) }
            while cursor.line < line {
                let remaining = source.bytes.count - cursor.offset
                guard remaining > 0, let newline = memchr(base + cursor.offset, 0x0A, remaining) else { return nil }
                cursor = (cursor.line + 1, UnsafeRawPointer(base).distance(to: UnsafeRawPointer(newline)) + 1)
            }
            return cursor.offset + column - 1
        }

        mutating func topLevel(_ node: OpaquePointer) {
            checkSafety(node)
            let line = Int(cmark_node_get_start_line(node))
            if cmark_node_get_type(node) == CMARK_NODE_HEADING {
                flushHTML()
                text.removeAll(keepingCapacity: true)
                appendInlineText(node)
                let heading = text.withUnsafeBufferPointer { UTF8Text.collapsingWhitespace($0[...]) }
                // A plain heading's inline HTML is its text: that string is taken instead of a second one.
                var inner = ""
                if let plain = plainHeadingHTML(node, text: heading) {
                    inner = plain
                } else {
                    MarkdownParser.withRendered(node, options: options) { inner = MarkdownParser.innerHTML(ofHeading: $0, text: heading) }
                }
                sink.heading(level: Int(cmark_node_get_heading_level(node)), text: heading, html: inner, line: line)
                sink.reserveBlocks(MarkdownParser.blockCount(from: cmark_node_next(node)))
                return
            }
            blocks(node, depth: 0, leadIn: nil, quoted: false)
            // Rendered after its blocks are read, so that a paragraph's text is at hand (see `SectionHTML`).
            let paragraph = lastParagraph.flatMap { $0.node == node ? $0.text : nil }
            MarkdownParser.withRendered(node, options: options) { html.append($0, paragraph: paragraph) }
        }

        /// The inline HTML of a heading that is one text node with nothing to escape, which cmark
        /// renders as that text: taken from the bytes `appendInlineText` just read (its literal and
        /// a newline), without rendering the heading. Nil for any other heading.
        func plainHeadingHTML(_ node: OpaquePointer, text heading: String) -> String? {
            guard let child = cmark_node_first_child(node), cmark_node_get_type(child) == CMARK_NODE_TEXT,
                  cmark_node_next(child) == nil, text.count > 1, text.last == 0x0A else { return nil }
            return text.withUnsafeBufferPointer { MarkdownParser.innerHTML(ofPlainText: UnsafeBufferPointer(rebasing: $0.dropLast()), text: heading) }
        }

        /// Hands the HTML gathered since the last heading to the current section.
        mutating func flushHTML() {
            guard !html.isEmpty else { return }
            sink.html(html.take())
        }

        /// Hands `text` to `sink` as a block; returns its collapsed text.
        @discardableResult
        mutating func emit(_ kind: Block.Kind, line: Int, depth: Int, leadIn: String?, sourceOffset: Int? = nil) -> String {
            let raw = text
            return raw.withUnsafeBufferPointer { sink.block(kind, raw: $0, line: line, depth: depth, leadIn: leadIn, sourceOffset: sourceOffset) }
        }

        /// Appends the text blocks of `node` and its descendants.
        mutating func blocks(_ node: OpaquePointer, depth: Int, leadIn: String?, quoted: Bool) {
            let line = Int(cmark_node_get_start_line(node))
            guard depth < MarkdownParser.maximumDepth else {
                warnings.append((line, MarkdownParser.nestingWarning))
                text.removeAll(keepingCapacity: true)
                appendInlineText(node)
                emit(.paragraph, line: line, depth: depth, leadIn: leadIn)
                return
            }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                text.removeAll(keepingCapacity: true)
                appendInlineText(node)
                let isParagraph = cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH
                let collapsed = emit(quoted ? .quote : .paragraph, line: line, depth: depth, leadIn: leadIn,
                                     sourceOffset: isParagraph ? sourceOffset(node) : nil)
                if isParagraph { lastParagraph = (node, collapsed) }
            case CMARK_NODE_CODE_BLOCK:
                text.removeAll(keepingCapacity: true)
                appendLiteral(node)
                emit(.code, line: line, depth: depth, leadIn: leadIn)
            case CMARK_NODE_HTML_BLOCK:
                guard unsafeHTML else { break }
                text.removeAll(keepingCapacity: true)
                appendLiteral(node)
                emit(.html, line: line, depth: depth, leadIn: leadIn)
            case CMARK_NODE_BLOCK_QUOTE:
                forEachChild(node) { $0.blocks($1, depth: depth + 1, leadIn: leadIn, quoted: true) }
            case CMARK_NODE_LIST:
                let listLeadIn = previousParagraphText(node) ?? leadIn
                forEachChild(node) { $0.listItem($1, depth: depth, leadIn: listLeadIn) }
            default:
                break
            }
        }

        /// A list item is one block: its own paragraphs, one per line; nested lists become blocks
        /// one level deeper, led in by the item. (Blank texts need no filtering: collapsing removes them.)
        mutating func listItem(_ item: OpaquePointer, depth: Int, leadIn: String?) {
            text.removeAll(keepingCapacity: true)
            var hasNestedList = false
            forEachChild(item) { walker, node in
                if cmark_node_get_type(node) == CMARK_NODE_LIST {
                    hasNestedList = true
                } else {
                    if !walker.text.isEmpty { walker.text.append(0x0A) }
                    walker.appendInlineText(node)
                }
            }
            // An item that is one plain line of text is a stretch of the Markdown.
            let first = cmark_node_first_child(item)
            let offset = first.flatMap { cmark_node_get_type($0) == CMARK_NODE_PARAGRAPH ? sourceOffset($0) : nil }
            let itemText = emit(.listItem, line: Int(cmark_node_get_start_line(item)), depth: depth, leadIn: leadIn, sourceOffset: offset)
            guard hasNestedList else { return }
            forEachChild(item) { walker, node in
                if cmark_node_get_type(node) == CMARK_NODE_LIST { walker.blocks(node, depth: depth + 1, leadIn: itemText, quoted: false) }
            }
        }

        mutating func forEachChild(_ node: OpaquePointer, _ body: (inout Walker, OpaquePointer) -> Void) {
            var child = cmark_node_first_child(node)
            while let current = child {
                body(&self, current)
                child = cmark_node_next(current)
            }
        }

        /// The collapsed text of the paragraph right before `node`, if there is one.
        mutating func previousParagraphText(_ node: OpaquePointer) -> String? {
            guard let previous = cmark_node_previous(node), cmark_node_get_type(previous) == CMARK_NODE_PARAGRAPH else { return nil }
            if let lastParagraph, lastParagraph.node == previous { return lastParagraph.text }
            // A paragraph inside a list item was read as part of the item: read it again on its own.
            text.removeAll(keepingCapacity: true)
            appendInlineText(previous)
            return text.withUnsafeBufferPointer { UTF8Text.collapsingWhitespace($0[...]) }
        }

        /// Appends the text of a node's inline content, walking the subtree without recursion:
        /// literals as they are, soft and hard breaks and the end of each paragraph, heading or
        /// code block as a newline.
        mutating func appendInlineText(_ root: OpaquePointer) {
            var node = root
            while true {
                switch cmark_node_get_type(node) {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE: appendLiteral(node)
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text.append(0x0A)
                case CMARK_NODE_CODE_BLOCK:
                    appendLiteral(node)
                    text.append(0x0A)
                default: break
                }
                if let child = cmark_node_first_child(node) {
                    node = child
                    continue
                }
                // Leave this node and every ancestor that has no next sibling, up to the root.
                var current = node
                while true {
                    let type = cmark_node_get_type(current)
                    if type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING { text.append(0x0A) }
                    if current == root { return }
                    if let next = cmark_node_next(current) {
                        node = next
                        break
                    }
                    guard let parent = cmark_node_parent(current) else { return }
                    current = parent
                }
            }
        }

        mutating func appendLiteral(_ node: OpaquePointer) {
            guard let literal = cmark_node_get_literal(node) else { return }
            let count = strlen(literal)
            literal.withMemoryRebound(to: UInt8.self, capacity: count) { text.append(contentsOf: UnsafeBufferPointer(start: $0, count: count)) }
        }

        mutating func checkSafety(_ node: OpaquePointer) {
            MarkdownParser.safetyWarnings(node, unsafeHTML: unsafeHTML, into: &warnings)
        }
    }
}
