import CCmark

/// The parse's warnings: raw HTML and unsafe link targets that safe mode drops, and nesting
/// flattened past `maximumDepth`; also given alone (`warnings`) when a file is only loaded.
extension MarkdownParser {
    /// Warns about raw HTML and unsafe link targets that safe mode drops.
    /// Visits `node` and its descendants in document order (as cmark's iterator enters them),
    /// without the iterator's allocation per top-level node.
    static func safetyWarnings(_ node: OpaquePointer, unsafeHTML: Bool, into warnings: inout [Warning]) {
        guard !unsafeHTML else { return }
        var current = node
        while true {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                warnings.append((Int(cmark_node_get_start_line(current)), "raw HTML dropped (set `unsafe_html: true` in redline.yml to keep it)"))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let target = cmark_node_get_url(current)
                // Most targets start with a byte no dangerous scheme can (`h`, `/`, `#`): no string needed.
                if let target, URLSafety.isSafeStart(UInt8(bitPattern: target.pointee)) { break }
                let url = target.map { String(cString: $0) } ?? ""
                if URLSafety.isUnsafe(url, image: cmark_node_get_type(current) == CMARK_NODE_IMAGE) {
                    warnings.append((Int(cmark_node_get_start_line(current)), "unsafe link target dropped: \(url.prefix(40))"))
                }
            default: break
            }
            if let child = cmark_node_first_child(current) {
                current = child
                continue
            }
            // Leave this node and every ancestor without a next sibling, up to `node`.
            while true {
                if current == node { return }
                if let next = cmark_node_next(current) {
                    current = next
                    break
                }
                guard let parent = cmark_node_parent(current) else { return }
                current = parent
            }
        }
    }

    static let nestingWarning = "nesting deeper than \(maximumDepth) levels is flattened into one block"

    /// The warnings `parse` gives, in the same order, without gathering any text: loading a file
    /// needs only these when its document is parsed again where its pages are made.
    static func warnings(_ markdown: String, unsafeHTML: Bool) -> [Warning] {
        let options = unsafeHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            withDocument(bytes, options: options) { document in
                var warnings: [Warning] = []
                var child = document.flatMap { cmark_node_first_child($0) }
                while let node = child {
                    safetyWarnings(node, unsafeHTML: unsafeHTML, into: &warnings)
                    if cmark_node_get_type(node) != CMARK_NODE_HEADING { nestingWarnings(node, depth: 0, into: &warnings) }
                    child = cmark_node_next(node)
                }
                return warnings
            }
        }
    }

    /// The nesting warnings of `Walker.blocks`, by the same descent: into quotes, and into the
    /// lists inside list items (an item's other content is flattened, so it cannot nest deeper).
    private static func nestingWarnings(_ node: OpaquePointer, depth: Int, into warnings: inout [Warning]) {
        guard depth < maximumDepth else {
            warnings.append((Int(cmark_node_get_start_line(node)), nestingWarning))
            return
        }
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_BLOCK_QUOTE:
                nestingWarnings(current, depth: depth + 1, into: &warnings)
            case CMARK_NODE_LIST:
                var inner = cmark_node_first_child(current)
                while let itemChild = inner {
                    if cmark_node_get_type(itemChild) == CMARK_NODE_LIST { nestingWarnings(itemChild, depth: depth + 1, into: &warnings) }
                    inner = cmark_node_next(itemChild)
                }
            default:
                return
            }
            child = cmark_node_next(current)
        }
    }
}
