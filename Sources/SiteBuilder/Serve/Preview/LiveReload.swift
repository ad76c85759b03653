/// The script `spravka serve` adds to every page it serves (never to the built site): it asks
/// the server for the site's version and reloads the page when a rebuild changed it.
enum LiveReload {
    /// Where the script asks for the current version.
    static let versionPath = "/.spravka-serve/version"

    /// The script's own address: pages load it as a file, since their Content-Security-Policy
    /// allows no inline script.
    static let scriptPath = "/.spravka-serve/reload.js"

    /// The reload script; the page's version comes from its tag's `data-version`.
    static let scriptSource = """
        /* spravka serve: reload after a rebuild */
        (function () {
          var tag = document.currentScript;
          var served = tag ? tag.getAttribute("data-version") : "";
          function poll() {
            fetch("\(versionPath)", { cache: "no-store" })
              .then(function (response) { return response.text(); })
              .then(function (current) {
                if (current.trim() !== served) { location.reload(); } else { setTimeout(poll, 600); }
              }, function () { setTimeout(poll, 2000); });
          }
          setTimeout(poll, 600);
        })();

        """

    /// The tag added to a page served at `version`.
    static func script(version: Int) -> String {
        "<script src=\"\(scriptPath)\" data-version=\"\(version)\"></script>\n"
    }

    /// `html` with the script inserted before its last `</body>` (or at the end).
    static func inject(into html: [UInt8], version: Int) -> [UInt8] {
        let script = Array(script(version: version).utf8)
        let closing = Array("</body>".utf8)
        var index = html.count - closing.count
        while index >= 0 {
            if html[index] == closing[0], Array(html[index..<index + closing.count]) == closing {
                return Array(html[..<index]) + script + Array(html[index...])
            }
            index -= 1
        }
        return html + script
    }
}
