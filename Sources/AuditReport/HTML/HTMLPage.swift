/// A whole self-contained page: charset, the Content-Security-Policy, the style sheet, the body.
///
/// Nothing is fetched (no script, font or image from anywhere), so it opens by double-click and
/// reads the same offline.
struct HTMLPage {
    var language: Language
    var title: String
    var body: String

    var bytes: [UInt8] {
        var s = "<!DOCTYPE html>\n<html lang=\"\(language.htmlCode)\">\n<head>\n<meta charset=\"utf-8\">\n"
        s += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(HTMLStyle.contentSecurityPolicy)\">\n"
        s += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        s += "<meta name=\"referrer\" content=\"no-referrer\">\n"
        s += "<title>\(HTMLText.escaped(title))</title>\n<style>\(HTMLStyle.css)</style>\n</head>\n<body>\n"
        s += body
        s += "</body>\n</html>\n"
        return Array(s.utf8)
    }
}
