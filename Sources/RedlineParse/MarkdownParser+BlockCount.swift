import CCmark

/// Counting cmark's nodes before the walk, so `Walker` reserves each section's blocks once.
extension MarkdownParser {
    /// The number of headings among `node` and the top-level nodes after it.
    static func headingCount(from node: OpaquePointer?) -> Int {
        var count = 0, next = node
        while let current = next {
            if cmark_node_get_type(current) == CMARK_NODE_HEADING { count += 1 }
            next = cmark_node_next(current)
        }
        return count
    }

    /// About how many blocks `Walker` makes of `node` and the top-level nodes after it, up to
    /// the next heading (a room to reserve, so it need not be exact): one per paragraph, code
    /// or HTML block and list item, the children of quotes and nested lists counted too.
    static func blockCount(from node: OpaquePointer?) -> Int {
        var count = 0, next = node
        while let current = next, cmark_node_get_type(current) != CMARK_NODE_HEADING {
            count += blockCount(current, depth: 0)
            next = cmark_node_next(current)
        }
        return count
    }

    private static func blockCount(_ node: OpaquePointer, depth: Int) -> Int {
        guard depth < maximumDepth else { return 1 }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_BLOCK_QUOTE:
            var count = 0, child = cmark_node_first_child(node)
            while let current = child {
                count += blockCount(current, depth: depth + 1)
                child = cmark_node_next(current)
            }
            return count
        case CMARK_NODE_LIST:
            var count = 0, item = cmark_node_first_child(node)
            while let current = item {
                count += 1
                var child = cmark_node_first_child(current)
                while let inner = child {
                    if cmark_node_get_type(inner) == CMARK_NODE_LIST { count += blockCount(inner, depth: depth + 1) }
                    child = cmark_node_next(inner)
                }
                item = cmark_node_next(current)
            }
            return count
        default:
            return 1
        }
    }
}
