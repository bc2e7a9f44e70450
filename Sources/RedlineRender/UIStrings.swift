import Foundation
import RedlineParse

/// The theme's UI strings for one locale, with `{placeholder}` filling.
public struct UIStrings: Sendable {
    public let table: [String: String]

    public init(_ table: [String: String]) { self.table = table }

    /// The string for `key` (the key itself when missing; loading already reported that).
    public subscript(key: String) -> String { table[key] ?? key }

    /// The string with each `{name}` replaced by its value.
    public func format(_ key: String, _ values: [String: String]) -> String {
        var text = self[key]
        for (name, value) in values.sorted(by: { $0.key < $1.key }) {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }
}
