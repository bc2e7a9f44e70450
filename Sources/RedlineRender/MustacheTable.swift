import Mustache

/// A table of strings handed to templates already wrapped (`MustacheText`): the locale's UI
/// strings (`t`, 47 of them in the default theme) are wrapped once per build and locale instead
/// of once per page. Looked up (`{{t.feed}}`), entered as a section and transformed
/// (`{{count(t)}}`) as the dictionary of wrapped strings it replaces.
struct MustacheTable: MustacheParent, MustacheTransformable, Sendable {
    let values: [String: MustacheText]

    init(_ table: [String: String]) {
        values = table.mapValues { MustacheText(text: $0) }
    }

    func child(named name: String) -> Any? { values[name] }

    func transform(_ name: String) -> Any? { (values as [String: Any]).transform(name) }
}
