/// Text with `⟦` `⟧` around every place a hit must land, in the style of
/// swift-format's marked test sources.
///
///     "Congress should ⟦impose new sanctions⟧ on Moscow."
struct MarkedText {
    let text: String
    /// Byte spans of the marked regions in `text` (markers removed).
    let spans: [ClosedRange<Int>]

    init(_ marked: String) {
        var text: [UInt8] = []
        var spans: [ClosedRange<Int>] = []
        var open: Int?
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⟦": open = text.count
            case "⟧":
                spans.append(open!...(text.count - 1))
                open = nil
            default: text.append(contentsOf: Array(String(scalar).utf8))
            }
        }
        self.text = String(decoding: text, as: UTF8.self)
        self.spans = spans
    }
}
