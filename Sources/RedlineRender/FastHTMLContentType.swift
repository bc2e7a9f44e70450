import Mustache

/// swift-mustache's default HTML escaping, on bytes instead of Characters.
///
/// The library looks each Character up in a dictionary, and a page of a 40-locale site escapes a
/// few hundred values: that lookup was an eighth of a whole build. Every template is compiled with
/// `pragma` on a line of its own (standalone, so it renders nothing) to select this content type;
/// partials get it too, because each one is compiled the same way. The five characters replaced
/// and their entities are the library's; a `<` followed by a combining mark is escaped here too,
/// where the library's Character comparison let it through.
struct FastHTMLContentType: MustacheContentType {
    static let name = "REDLINE_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    func escapeText(_ text: String) -> String {
        HTMLText.escape(text)
    }
}
