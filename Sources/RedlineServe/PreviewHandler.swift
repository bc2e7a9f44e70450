import FlyingFox
import Foundation

/// Answers the preview's HTTP requests from the output folder, adding the reload script (and
/// the error overlay) to HTML; directories are served by their index.html, as static hosts do.
struct PreviewHandler: HTTPHandler {
    let preview: PreviewServer
    let output: URL

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let (generation, errors) = await preview.state()
        let path = request.target.path(percentEncoded: false)
        if path == PreviewPage.statusPath {
            let body = "{\"generation\":\(generation),\"failed\":\(errors != nil)}"
            return response(.ok, type: "application/json; charset=utf-8", body: Data(body.utf8))
        }
        guard request.method == .GET || request.method == .HEAD else {
            return response(.methodNotAllowed, type: "text/plain; charset=utf-8", body: Data("GET only\n".utf8))
        }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard path.hasPrefix("/"), !segments.contains(where: { $0 == ".." || $0 == "." || $0.contains("\0") || $0.hasPrefix(".") }) else {
            return response(.notFound, type: "text/plain; charset=utf-8", body: Data("not found\n".utf8))
        }
        var file = segments.reduce(output) { $0.appendingPathComponent($1) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), isDirectory.boolValue {
            // Pages link to each other relatively, which needs the trailing slash.
            guard path.hasSuffix("/") else {
                // Absolute when the Host is known: Foundation's URLSession on Linux loops on a relative one.
                let location = request.headers[.host].map { "http://\($0)" } ?? ""
                let headers: HTTPHeaders = [.location: location + request.target.path() + "/", .cacheControl: "no-store"]
                return HTTPResponse(statusCode: .movedPermanently, headers: headers)
            }
            file.appendPathComponent("index.html")
        }
        if let data = FileManager.default.contents(atPath: file.path) {
            return page(data, path: file.lastPathComponent, status: .ok, generation: generation, errors: errors)
        }
        if let notFound = FileManager.default.contents(atPath: output.appendingPathComponent("404.html").path) {
            return page(notFound, path: "404.html", status: .notFound, generation: generation, errors: errors)
        }
        let text = PreviewPage.errorPage(errors ?? ["No site in \(output.path) yet."], generation: generation)
        return response(.serviceUnavailable, type: "text/html; charset=utf-8", body: Data(text.utf8))
    }

    func page(_ data: Data, path: String, status: HTTPStatusCode, generation: Int, errors: [String]?) -> HTTPResponse {
        let type = ContentTypes.forPath(path)
        guard type.hasPrefix("text/html") else { return response(status, type: type, body: data) }
        let html = PreviewPage.inject(into: String(decoding: data, as: UTF8.self), generation: generation, errors: errors)
        return response(status, type: type, body: Data(html.utf8))
    }

    func response(_ status: HTTPStatusCode, type: String, body: Data) -> HTTPResponse {
        let headers: HTTPHeaders = [.contentType: type, .cacheControl: "no-store"]
        return HTTPResponse(statusCode: status, headers: headers, body: body)
    }
}
