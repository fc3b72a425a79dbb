import Hummingbird

/// Files every page uses. Their names carry a hash of their content, so a changed file has a
/// new name and any copy a browser or proxy keeps can be kept for a year, unasked.
enum AssetController {
    static let cacheControl = "public, max-age=31536000, immutable"

    static func stylesheet() -> Response {
        HTMLResponse.text(Stylesheet.css, contentType: "text/css; charset=utf-8", extraHeaders: [.cacheControl: cacheControl])
    }
}
