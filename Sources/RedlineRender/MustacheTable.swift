import Mustache

/// A table of values handed to templates (`{{t.feed}}`, `{{page.title}}`, the root context, each
/// finding): a dictionary's lookups, sections and transforms, as a type swift-mustache finds
/// cheaper to look into. Every name a template looks up casts each context on the stack to two
/// protocols; for `[String: Any]`, whose `MustacheParent` conformance is conditional, that cost
/// about a third more than for this plain struct (a page looks up 60 to 100 names).
///
/// The locale's UI strings (`t`, 47 of them in the default theme) are wrapped once per build and
/// locale; every other table is made by `MustacheText.wrapping` when a page renders.
struct MustacheTable: MustacheParent, MustacheTransformable, CustomStringConvertible, @unchecked Sendable {
    /// Values already wrapped (`MustacheText.wrapping`). Unchecked `Sendable`: wrapped values
    /// are strings, numbers, flags, tables and arrays of them, none of them shared mutable state.
    let values: [String: Any]

    init(_ table: [String: String]) {
        values = table.mapValues { MustacheText(text: $0) }
    }

    /// A table of values that are already wrapped.
    init(wrapped values: [String: Any]) {
        self.values = values
    }

    func child(named name: String) -> Any? { values[name] }

    func transform(_ name: String) -> Any? { values.transform(name) }

    /// As the dictionary prints (`{{page}}` written out as a value).
    var description: String { values.description }
}
