/// The script `spravka serve` adds to every page it serves (never to the built site): it asks
/// the server for the site's version and reloads the page when a rebuild changed it.
enum LiveReload {
    /// Where the script asks for the current version.
    static let versionPath = "/.spravka-serve/version"

    static func script(version: Int) -> String {
        """
        <script>/* spravka serve: reload after a rebuild */(function () {
          var served = "\(version)";
          function poll() {
            fetch("\(versionPath)", { cache: "no-store" })
              .then(function (response) { return response.text(); })
              .then(function (current) {
                if (current.trim() !== served) { location.reload(); } else { setTimeout(poll, 600); }
              }, function () { setTimeout(poll, 2000); });
          }
          setTimeout(poll, 600);
        })();</script>

        """
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
