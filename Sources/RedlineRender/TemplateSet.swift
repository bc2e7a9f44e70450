import Foundation
import Mustache
import RedlineParse

/// The theme's Mustache templates, compiled once. A syntax error or a missing template is a
/// `ContentError` naming the file, line and column.
public struct TemplateSet: Sendable {
    /// Templates every site needs.
    public static let requiredTemplates = ["layout", "version", "history", "changes", "index", "404"]

    private let library: MustacheLibrary
    /// Every name the theme's tags mention (each part of `a.b` and of `f(x)`), or nil when a
    /// template changes its delimiters and the names cannot be told: then every name counts.
    private let names: Set<String>?

    public init(theme: Theme) throws(ContentError) {
        MustacheContentTypes.register(FastHTMLContentType(), named: FastHTMLContentType.name)
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        for name in theme.templates.keys.sorted() {
            let path = "templates/\(name).mustache"
            do {
                try library.register(MustacheTemplate(string: FastHTMLContentType.pragma + (theme.templates[name] ?? "")), named: name)
            } catch let error as MustacheTemplate.ParserError {
                // The pragma line above the theme's text is not the author's: lines count from theirs.
                let line = max(1, error.context.lineNumber - 1)
                diagnostics.append(.error(at: SourceLocation(path: path, line: line, column: error.context.columnNumber),
                                          "template syntax error: \(error.error)",
                                          hint: "check that every {{#section}} and {{^section}} is closed by a matching {{/section}}"))
            } catch {
                diagnostics.append(.error(at: SourceLocation(path: path), "template could not be read: \(error)"))
            }
        }
        for name in Self.requiredTemplates where theme.templates[name] == nil {
            diagnostics.append(.error(at: SourceLocation(path: "templates/\(name).mustache"), "missing template `\(name)`",
                                      hint: "copy templates/\(name).mustache from the default theme (`redline init` writes one)"))
        }
        for (name, text) in theme.templates.sorted(by: { $0.key < $1.key }) {
            for partial in Self.partialNames(in: text) where theme.templates[partial] == nil {
                diagnostics.append(.error(at: SourceLocation(path: "templates/\(name).mustache"), "template `\(name)` uses the missing partial `\(partial)`",
                                          hint: "create templates/\(partial).mustache or remove the reference"))
            }
        }
        if !diagnostics.isEmpty { throw ContentError(diagnostics) }
        self.library = library
        var names: Set<String>? = []
        for text in theme.templates.values {
            guard let found = Self.tagNames(in: text) else { names = nil; break }
            names?.formUnion(found)
        }
        self.names = names
    }

    /// Whether any template may look up `name`. Lists that are costly to build per page
    /// (`languages`, `page.alternates`) are built only for a theme that names them.
    public func uses(_ name: String) -> Bool {
        names?.contains(name) ?? true
    }

    /// The parts of every tag's name (`{{#page.alternates}}` gives `page` and `alternates`), or
    /// nil when the text changes delimiters (`{{=<% %>=}}`). A superset is harmless: it only
    /// builds a list nobody shows.
    static func tagNames(in text: String) -> Set<String>? {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}") else { break }
            let tag = rest[..<close.lowerBound]
            if tag.first == "=" { return nil }
            for part in tag.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) {
                names.insert(String(part))
            }
            rest = rest[close.upperBound...]
        }
        return names
    }

    /// Renders `name` with `context` (values HTML-escaped unless the template uses triple braces).
    public func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(MustacheText.wrapping(context), withTemplate: name) ?? ""
    }

    /// Names used as `{{> partial}}` or `{{< parent}}`, so a missing one is caught before rendering
    /// (swift-mustache would silently render nothing).
    static func partialNames(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            guard let first = rest.first, first == ">" || first == "<" else { continue }
            guard let close = rest.range(of: "}}") else { break }
            let name = rest[rest.index(after: rest.startIndex)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty, !names.contains(name) { names.append(name) }
            rest = rest[close.upperBound...]
        }
        return names
    }
}
