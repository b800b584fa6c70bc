/// Reduces HTML to text: tags go, `script`/`style`/`noscript`/`template` lose
/// their content, block elements become line breaks, entities are decoded.
///
/// A byte-level state machine, not a parser: unclosed and badly nested markup
/// degrades to text instead of failing.
public enum HTMLReducer {
    static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
        "table", "section", "article", "header", "footer", "blockquote", "figcaption", "figure", "aside", "nav", "hr", "title", "main",
    ]
    static let rawTextTags: Set<String> = ["script", "style", "noscript", "template", "svg"]

    /// The text of `html` as UTF-8 bytes: tags and comments removed, the content of raw-text
    /// elements dropped, a line feed for each block element's tag, entities decoded, and the
    /// HTML's own line breaks turned into spaces.
    ///
    /// It never fails: an unknown or broken entity stays as text, and an unclosed tag or
    /// comment takes the rest of the input with it.
    public static func reduce(_ html: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(html.count / 2)
        var i = 0
        let n = html.count
        while i < n {
            let b = html[i]
            if b == UInt8(ascii: "<") {
                if html.hasPrefix("<!--", at: i) {
                    i = html.find("-->", from: i + 4).map { $0 + 3 } ?? n
                    continue
                }
                let (name, closing, end) = readTag(html, at: i)
                i = end
                if rawTextTags.contains(name) && !closing {
                    i = skipRawText(html, from: i, tag: name)
                }
                if blockTags.contains(name) { out.append(0x0A) }
            } else if b == UInt8(ascii: "&") {
                let (decoded, length) = decodeEntity(html, at: i)
                out.append(contentsOf: decoded)
                i += length
            } else {
                out.append(b == 0x0A || b == 0x0D ? 0x20 : b)
                i += 1
            }
        }
        return out
    }

    /// Reads `<name ...>`; returns the lower-cased name, whether it is a closing tag, and the index after `>`.
    private static func readTag(_ html: [UInt8], at start: Int) -> (String, Bool, Int) {
        var i = start + 1
        let closing = i < html.count && html[i] == UInt8(ascii: "/")
        if closing { i += 1 }
        var name: [UInt8] = []
        while i < html.count, name.count < 16, isNameByte(html[i]) {
            name.append(html[i] | 0x20)
            i += 1
        }
        var quote: UInt8 = 0
        while i < html.count {
            let b = html[i]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: ">") {
                return (String(decoding: name, as: UTF8.self), closing, i + 1)
            }
            i += 1
        }
        return (String(decoding: name, as: UTF8.self), closing, html.count)
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }

    /// Skips to just after `</tag>`, case-insensitively, or to the end.
    private static func skipRawText(_ html: [UInt8], from start: Int, tag: String) -> Int {
        let closer = Array("</\(tag)".utf8)
        var i = start
        while i + closer.count <= html.count {
            if html[i] == UInt8(ascii: "<") && zip(closer, html[i..<(i + closer.count)]).allSatisfy({ $0 == $1 | 0x20 || $0 == $1 }) {
                return readTag(html, at: i).2
            }
            i += 1
        }
        return html.count
    }

    static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "rsquo": "\u{2019}", "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "laquo": "\u{00AB}", "raquo": "\u{00BB}",
        "copy": "\u{00A9}", "reg": "\u{00AE}", "euro": "\u{20AC}", "pound": "\u{00A3}", "shy": "\u{00AD}",
    ]

    /// Decodes `&name;`, `&#123;` or `&#x1F;` at `start`; an unknown or broken entity stays as text.
    private static func decodeEntity(_ html: [UInt8], at start: Int) -> ([UInt8], Int) {
        var i = start + 1
        var body: [UInt8] = []
        while i < html.count, body.count < 10, html[i] != UInt8(ascii: ";") {
            body.append(html[i])
            i += 1
        }
        guard i < html.count, html[i] == UInt8(ascii: ";"), !body.isEmpty else { return ([UInt8(ascii: "&")], 1) }
        let text = String(decoding: body, as: UTF8.self)
        let length = i - start + 1
        if text.hasPrefix("#") {
            let digits = text.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let v = value, let scalar = Unicode.Scalar(v), v != 0 else { return (Array("\u{FFFD}".utf8), length) }
            return (Array(String(Character(scalar)).utf8), length)
        }
        guard let named = namedEntities[text] else { return ([UInt8(ascii: "&")], 1) }
        return (Array(named.utf8), length)
    }
}

extension Array where Element == UInt8 {
    func hasPrefix(_ s: String, at i: Int) -> Bool {
        let p = Array(s.utf8)
        return i + p.count <= count && Array(self[i..<(i + p.count)]) == p
    }

    func find(_ s: String, from start: Int) -> Int? {
        let p = Array(s.utf8)
        var i = start
        while i + p.count <= count {
            if self[i] == p[0] && hasPrefix(s, at: i) { return i }
            i += 1
        }
        return nil
    }
}
