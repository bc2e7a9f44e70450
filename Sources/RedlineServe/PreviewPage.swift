import Foundation
import RedlineRender

/// What `redline serve` adds to HTML responses, and only to responses: the files in `public/`
/// are never changed, so a preview cannot leak into a deployment.
public enum PreviewPage {
    /// The path the reload script polls; outside any path a site can have (no policy starts with `_`).
    public static let statusPath = "/__redline/status"

    /// `html` with the reload script (and, after a failed build, the error overlay) before `</body>`.
    public static func inject(into html: String, generation: Int, errors: [String]?) -> String {
        var addition = script(generation: generation)
        if let errors { addition = overlay(errors) + addition }
        guard let range = html.range(of: "</body>", options: .backwards) else { return html + addition }
        return html.replacingCharacters(in: range, with: addition + "</body>")
    }

    /// Polls the server and reloads when a build finished after this page was served, so a
    /// page reloads once per save. Plain polling: works in every browser, through any proxy.
    static func script(generation: Int) -> String {
        """
        <script data-redline-preview>
        (function () {
          var served = \(generation);
          function poll() {
            fetch("\(statusPath)", { cache: "no-store" })
              .then(function (response) { return response.json(); })
              .then(function (status) {
                if (status.generation !== served) { location.reload(); } else { setTimeout(poll, 500); }
              })
              .catch(function () { setTimeout(poll, 1500); });
          }
          setTimeout(poll, 500);
        })();
        </script>

        """
    }

    /// A fixed panel over the page with the build's errors; the page under it is the last good build.
    static func overlay(_ errors: [String]) -> String {
        let text = errors.map(HTMLText.escape).joined(separator: "\n")
        return """
        <div id="redline-preview-error" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;\
        background:rgba(30,0,0,.92);color:#fff;font:14px/1.5 ui-monospace,monospace">
        <p style="font-size:1.2rem;margin:0 0 1rem"><strong>redline serve: the build failed.</strong> \
        The page below is the last good build; it reloads when you save a fix.</p>
        <pre style="white-space:pre-wrap;margin:0">\(text)</pre>
        </div>

        """
    }

    /// The page for any path while no build has ever succeeded.
    public static func errorPage(_ errors: [String], generation: Int) -> String {
        inject(into: "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Build failed · redline serve</title></head>\n<body>\n</body>\n</html>\n",
               generation: generation, errors: errors)
    }
}
