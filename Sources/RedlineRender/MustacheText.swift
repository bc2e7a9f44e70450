import Mustache

/// A string handed to a template. swift-mustache renders a plain `String` value only after
/// trying it as a template, a custom renderable, a lambda and an optional, then describing it;
/// this type is recognised at the second cast, and transforms (`{{lowercased(x)}}`) behave as on
/// the string itself.
struct MustacheText: MustacheCustomRenderable, MustacheTransformable, Sendable {
    let text: String

    var renderText: String { text }
    var isNull: Bool { false }

    func transform(_ name: String) -> Any? { text.transform(name) }

    /// `value` with every string inside it (in dictionaries and arrays) made a `MustacheText`.
    static func wrapping(_ value: Any) -> Any {
        switch value {
        case let string as String: MustacheText(text: string)
        case let dictionary as [String: Any]: dictionary.mapValues(wrapping)
        case let dictionaries as [[String: Any]]: dictionaries.map { $0.mapValues(wrapping) }
        case let strings as [String]: strings.map { MustacheText(text: $0) }
        case let values as [Any]: values.map(wrapping)
        default: value
        }
    }
}
