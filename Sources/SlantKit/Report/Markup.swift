/// Escaping for HTML and XML output (the explain page and JUnit), in one place.
public enum Markup {
    /// Escapes text for element content and for single- or double-quoted
    /// attributes. C0 control characters other than tab, newline and carriage
    /// return are dropped: XML 1.0 forbids them even as character references.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(ch)
            default: if ch.value >= 0x20 { out.unicodeScalars.append(ch) }
            }
        }
        return out
    }
}
