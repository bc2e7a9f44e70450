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
        // One pass over the template: a value that itself contains `{name}` stays as written.
        let template = self[key]
        guard template.utf8.contains(0x7B) else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"), let value = values[String(rest[rest.index(after: open)..<close])] else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
