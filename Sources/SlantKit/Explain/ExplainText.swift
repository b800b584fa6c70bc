/// The terminal form of `slant explain`: the article with every hit marked,
/// numbered notes under each paragraph, paragraph subtotals, and the scores.
///
/// Markers are `[text]{n}`; with `color`, the text is also coloured by the
/// pole it ends up pushing toward (blue for the first pole, red for the
/// second, grey for hits that carry no weight).
public enum ExplainText {
    /// The explanation as `slant explain` prints it; `color` adds ANSI colours for a terminal.
    public static func render(_ e: Explanation, color: Bool) -> String {
        var out = "\(e.source)  (\(e.score.tokens) tokens, \(e.paragraphs.count) paragraphs)\n"
        for line in e.paragraphs {
            out += "\n" + header(line, e) + "\n"
            out += "  " + marked(line, e, color: color) + "\n"
            for i in line.hits { out += "    {\(i + 1)} " + note(e.hits[i], e) + "\n" }
        }
        out += "\ngenre  \(e.score.genre.description)" + (e.score.genre.isNews ? ": every score ×\(NumberFormat.short(e.score.genre.factor))" : "") + "\n"
        out += "\nscores\n"
        for axis in e.axes {
            guard let s = e.score.axis(axis.id) else { continue }
            out += "  \(axis.id.rawValue)  \(NumberFormat.fixed(s.score, 3))  \(s.label)  conf \(NumberFormat.fixed(s.confidence, 2))  hits \(axis.negative.name) \(s.negativeHits) / \(axis.positive.name) \(s.positiveHits)"
            out += e.campNote(axis) + "\n"
        }
        for warning in e.score.warnings { out += "  warning: \(warning)\n" }
        return out
    }

    static func header(_ line: Explanation.ParagraphLine, _ e: Explanation) -> String {
        var h = "¶\(line.index + 1)" + (line.isHeadline ? " headline" : "")
        if let reason = e.dropReason(line) { return h + "  dropped: " + reason }
        let parts = zip(e.axes, line.subtotals).filter { $0.1 != 0 }.map { "\($0.0.id) \(signed($0.1))" }
        h += parts.isEmpty ? "  (no hits)" : "  " + parts.joined(separator: "  ")
        return h
    }

    /// `negated ×-0.6, lead ×1.5`; `sanctions relief → engagement -1.20 (base 1.2; ...) Lexicons/x.lex:12`
    static func note(_ hit: Hit, _ e: Explanation) -> String {
        let rules = hit.applied.isEmpty ? "" : "; " + hit.applied.map(e.describe).joined(separator: ", ")
        return "\(hit.axis): \"\(hit.term)\" → \(e.pole(of: hit).name) \(signed(hit.value)) (base \(NumberFormat.short(hit.weight))\(rules)) \(hit.entry)"
    }

    static func signed(_ x: Double) -> String { (x > 0 ? "+" : "") + NumberFormat.fixed(x, 2) }

    /// The paragraph text with `[`…`]{n}` around hits; hits with the same span share one bracket.
    static func marked(_ line: Explanation.ParagraphLine, _ e: Explanation, color: Bool) -> String {
        // One mark per distinct span, carrying every hit number on it.
        var marks: [ByteSpan: [Int]] = [:]
        for i in line.hits { marks[e.hits[i].span, default: []].append(i) }
        var events: [(at: Int, isOpen: Bool, span: ByteSpan)] = []
        for span in marks.keys {
            events.append((span.start, true, span))
            events.append((span.end, false, span))
        }
        // At one position: closes before opens; longer spans open first and close last.
        events.sort { a, b in
            if a.at != b.at { return a.at < b.at }
            if a.isOpen != b.isOpen { return !a.isOpen }
            return a.isOpen ? a.span.end > b.span.end : a.span.start > b.span.start
        }
        var out = ""
        var cursor = line.span.start
        var openMarks: [ByteSpan] = []
        for event in events {
            out += e.slice(ByteSpan(start: cursor, end: event.at))
            cursor = event.at
            let ids = marks[event.span]!
            if event.isOpen {
                out += "[" + (color ? colour(e.hits[ids[0]], e) : "")
                openMarks.append(event.span)
            } else {
                openMarks.removeAll { $0 == event.span }
                out += (color ? reset : "") + "]{" + ids.map { String($0 + 1) }.joined(separator: ",") + "}"
                if color, let outer = openMarks.last { out += colour(e.hits[marks[outer]![0]], e) }
            }
        }
        out += e.slice(ByteSpan(start: cursor, end: line.span.end))
        return out
    }

    static let reset = "\u{1B}[0m"

    static func colour(_ hit: Hit, _ e: Explanation) -> String {
        if hit.value == 0 { return "\u{1B}[90m" }
        return hit.value < 0 ? "\u{1B}[34m" : "\u{1B}[31m"
    }
}
