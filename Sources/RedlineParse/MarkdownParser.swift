import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A heading or a block as cmark saw it, in document order: the flat form that
/// `DocumentBuilder` groups into sections. Plain Swift values, so no cmark pointer escapes this file.
enum MarkdownElement: Sendable, Equatable {
    case heading(level: Int, text: String, html: String, line: Int)
    case block(Block.Kind, text: String, line: Int, depth: Int, leadIn: String?)
    /// HTML of a top-level node that is not a heading, for the section's body.
    case html(String)
}

/// The only file that talks to libcmark. It parses Markdown and turns cmark's tree into
/// `MarkdownElement` values and rendered HTML; everything else in Redline works on Swift values.
enum MarkdownParser {
    /// Deeper nesting than this is flattened into its parent's text, so hostile input
    /// (lists nested a thousand levels) cannot exhaust the stack.
    static let maximumDepth = 48

    struct Output {
        var elements: [MarkdownElement]
        var warnings: [(line: Int, message: String)]
    }

    /// Parses `markdown` (the body after the front matter). Lines are reported relative to the body.
    static func parse(_ markdown: String, unsafeHTML: Bool) -> Output {
        let options = unsafeHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        var output = Output(elements: [], warnings: [])
        guard let document = cmark_parse_document(markdown, markdown.utf8.count, options) else { return output }
        defer { cmark_node_free(document) }
        var walker = Walker(options: options, unsafeHTML: unsafeHTML)
        var child = cmark_node_first_child(document)
        while let node = child {
            walker.topLevel(node)
            child = cmark_node_next(node)
        }
        output.elements = walker.elements
        output.warnings = walker.warnings
        return output
    }

    /// Renders a standalone Markdown fragment (a front-matter summary, say) to HTML.
    static func renderHTML(_ markdown: String, unsafeHTML: Bool) -> String {
        let options = unsafeHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        guard let document = cmark_parse_document(markdown, markdown.utf8.count, options) else { return "" }
        defer { cmark_node_free(document) }
        return render(document, options: options)
    }

    fileprivate static func render(_ node: OpaquePointer, options: Int32) -> String {
        guard let buffer = cmark_render_html(node, options) else { return "" }
        defer { free(buffer) }
        return String(cString: buffer)
    }

    private struct Walker {
        let options: Int32
        let unsafeHTML: Bool
        var elements: [MarkdownElement] = []
        var warnings: [(line: Int, message: String)] = []

        init(options: Int32, unsafeHTML: Bool) {
            self.options = options
            self.unsafeHTML = unsafeHTML
        }

        mutating func topLevel(_ node: OpaquePointer) {
            checkSafety(node)
            let line = Int(cmark_node_get_start_line(node))
            if cmark_node_get_type(node) == CMARK_NODE_HEADING {
                let html = MarkdownParser.render(node, options: options)
                elements.append(.heading(level: Int(cmark_node_get_heading_level(node)),
                                         text: inlineText(node), html: innerHTML(ofHeading: html), line: line))
                return
            }
            elements.append(.html(MarkdownParser.render(node, options: options)))
            blocks(node, depth: 0, leadIn: nil, quoted: false)
        }

        /// Appends the text blocks of `node` and its descendants.
        mutating func blocks(_ node: OpaquePointer, depth: Int, leadIn: String?, quoted: Bool) {
            let line = Int(cmark_node_get_start_line(node))
            guard depth < MarkdownParser.maximumDepth else {
                warnings.append((line, "nesting deeper than \(MarkdownParser.maximumDepth) levels is flattened into one block"))
                elements.append(.block(.paragraph, text: inlineText(node), line: line, depth: depth, leadIn: leadIn))
                return
            }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                elements.append(.block(quoted ? .quote : .paragraph, text: inlineText(node), line: line, depth: depth, leadIn: leadIn))
            case CMARK_NODE_CODE_BLOCK:
                elements.append(.block(.code, text: literal(node), line: line, depth: depth, leadIn: leadIn))
            case CMARK_NODE_HTML_BLOCK:
                if unsafeHTML { elements.append(.block(.html, text: literal(node), line: line, depth: depth, leadIn: leadIn)) }
            case CMARK_NODE_BLOCK_QUOTE:
                forEachChild(node) { $0.blocks($1, depth: depth + 1, leadIn: leadIn, quoted: true) }
            case CMARK_NODE_LIST:
                let listLeadIn = previousParagraphText(node) ?? leadIn
                forEachChild(node) { $0.listItem($1, depth: depth, leadIn: listLeadIn) }
            default:
                break
            }
        }

        /// A list item is one block: its own paragraphs; nested lists become blocks one level deeper.
        mutating func listItem(_ item: OpaquePointer, depth: Int, leadIn: String?) {
            var texts: [String] = []
            var nested: [OpaquePointer] = []
            var child = cmark_node_first_child(item)
            while let node = child {
                if cmark_node_get_type(node) == CMARK_NODE_LIST { nested.append(node) } else { texts.append(inlineText(node)) }
                child = cmark_node_next(node)
            }
            let text = texts.filter { !$0.isEmpty }.joined(separator: "\n")
            elements.append(.block(.listItem, text: text, line: Int(cmark_node_get_start_line(item)), depth: depth, leadIn: leadIn))
            for list in nested { blocks(list, depth: depth + 1, leadIn: text, quoted: false) }
        }

        mutating func forEachChild(_ node: OpaquePointer, _ body: (inout Walker, OpaquePointer) -> Void) {
            var child = cmark_node_first_child(node)
            while let current = child {
                body(&self, current)
                child = cmark_node_next(current)
            }
        }

        func previousParagraphText(_ node: OpaquePointer) -> String? {
            guard let previous = cmark_node_previous(node), cmark_node_get_type(previous) == CMARK_NODE_PARAGRAPH else { return nil }
            return inlineText(previous)
        }

        /// Text of a node's inline content, iteratively (no recursion), soft and hard breaks as newlines.
        func inlineText(_ node: OpaquePointer) -> String {
            var text = ""
            guard let iterator = cmark_iter_new(node) else { return text }
            defer { cmark_iter_free(iterator) }
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard let current = cmark_iter_get_node(iterator) else { continue }
                switch (cmark_node_get_type(current), event) {
                case (CMARK_NODE_TEXT, _), (CMARK_NODE_CODE, _): text += literal(current)
                case (CMARK_NODE_SOFTBREAK, _), (CMARK_NODE_LINEBREAK, _): text += "\n"
                case (CMARK_NODE_PARAGRAPH, CMARK_EVENT_EXIT), (CMARK_NODE_HEADING, CMARK_EVENT_EXIT),
                     (CMARK_NODE_CODE_BLOCK, _):
                    if cmark_node_get_type(current) == CMARK_NODE_CODE_BLOCK { text += literal(current) }
                    text += "\n"
                default: break
                }
            }
            return text.trimmingWhitespace()
        }

        func literal(_ node: OpaquePointer) -> String {
            cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        }

        func innerHTML(ofHeading html: String) -> String {
            // cmark renders exactly "<hN>…</hN>\n".
            var inner = Substring(html)
            if inner.hasPrefix("<h"), let close = inner.firstIndex(of: ">") { inner = inner[inner.index(after: close)...] }
            while inner.last == "\n" { inner = inner.dropLast() }
            if let open = inner.range(of: "</h", options: .backwards) { inner = inner[..<open.lowerBound] }
            return String(inner)
        }

        /// Warns about raw HTML and unsafe link targets that safe mode drops.
        mutating func checkSafety(_ node: OpaquePointer) {
            guard !unsafeHTML, let iterator = cmark_iter_new(node) else { return }
            defer { cmark_iter_free(iterator) }
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
                let line = Int(cmark_node_get_start_line(current))
                switch cmark_node_get_type(current) {
                case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                    warnings.append((line, "raw HTML dropped (set `unsafe_html: true` in redline.yml to keep it)"))
                case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                    let url = cmark_node_get_url(current).map { String(cString: $0) } ?? ""
                    if URLSafety.isUnsafe(url, image: cmark_node_get_type(current) == CMARK_NODE_IMAGE) {
                        warnings.append((line, "unsafe link target dropped: \(url.prefix(40))"))
                    }
                default: break
                }
            }
        }
    }
}
