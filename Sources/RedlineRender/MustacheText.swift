import Mustache

/// A string handed to a template. swift-mustache renders a plain `String` value only after
/// trying it as a template, a custom renderable, a lambda and an optional, then describing it;
/// this type is recognised at the second cast, and transforms (`{{lowercased(x)}}`) behave as on
/// the string itself.
///
/// It is a `MustacheParent` without children: inside a section on a string (`{{#notice}}…`)
/// every name is looked up on the stack below, as for a `String`, at the cost of one cast —
/// otherwise swift-mustache reflects the value with `Mirror` for each name (and would find this
/// type's own `text` property where a `String` has none).
struct MustacheText: MustacheCustomRenderable, MustacheTransformable, MustacheParent, Sendable {
    let text: String

    var renderText: String { text }
    var isNull: Bool { false }

    func child(named: String) -> Any? { nil }

    func transform(_ name: String) -> Any? { text.transform(name) }

    /// `value` with every string inside it (in dictionaries and arrays) made a `MustacheText` and
    /// every dictionary a `MustacheTable`.
    static func wrapping(_ value: Any) -> Any {
        switch value {
        case let string as String: MustacheText(text: string)
        case let dictionary as [String: Any]: MustacheTable(wrapped: dictionary.mapValues(wrapping))
        case let dictionaries as [[String: Any]]: dictionaries.map { MustacheTable(wrapped: $0.mapValues(wrapping)) }
        case let strings as [String]: strings.map { MustacheText(text: $0) }
        case let values as [Any]: values.map(wrapping)
        default: value
        }
    }
}
