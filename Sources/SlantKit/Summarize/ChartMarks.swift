/// The drawing vocabulary of the report's SVG charts: series styles (a colour
/// *and* a marker shape, so series differ without colour), the score scale, and
/// coordinate formatting.
enum ChartMarks {
    /// Marker shapes, in the order series take them.
    enum Shape: String, CaseIterable {
        case circle, square, triangle, diamond, invertedTriangle = "inverted-triangle", plus
    }

    /// Colours cycle through `palette` (Okabe & Ito's, told apart with colour-vision deficiencies), shapes through `Shape`.
    static let palette = 6

    /// The CSS class of series `index`: its colour.
    static func seriesClass(_ index: Int) -> String { "s\(index % palette)" }

    static func shape(_ index: Int) -> Shape { Shape.allCases[index % Shape.allCases.count] }

    /// A marker of `shape` centred on (x, y), `r` its half-size.
    static func marker(_ shape: Shape, _ x: Double, _ y: Double, r: Double = 5, cls: String) -> String {
        let attributes = "class=\"marker \(shape.rawValue) \(cls)\""
        switch shape {
        case .circle:
            return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r))\" \(attributes)/>"
        case .square:
            return "<rect x=\"\(n(x - r * 0.9))\" y=\"\(n(y - r * 0.9))\" width=\"\(n(r * 1.8))\" height=\"\(n(r * 1.8))\" \(attributes)/>"
        case .triangle:
            return polygon([(x, y - r * 1.1), (x + r * 1.1, y + r * 0.9), (x - r * 1.1, y + r * 0.9)], attributes)
        case .diamond:
            return polygon([(x, y - r * 1.2), (x + r * 1.2, y), (x, y + r * 1.2), (x - r * 1.2, y)], attributes)
        case .invertedTriangle:
            return polygon([(x, y + r * 1.1), (x + r * 1.1, y - r * 0.9), (x - r * 1.1, y - r * 0.9)], attributes)
        case .plus:
            let a = r * 0.45, b = r * 1.1
            return polygon([(x - a, y - b), (x + a, y - b), (x + a, y - a), (x + b, y - a), (x + b, y + a), (x + a, y + a),
                            (x + a, y + b), (x - a, y + b), (x - a, y + a), (x - b, y + a), (x - b, y - a), (x - a, y - a)], attributes)
        }
    }

    private static func polygon(_ points: [(Double, Double)], _ attributes: String) -> String {
        "<polygon points=\"\(points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " "))\" \(attributes)/>"
    }

    /// A small standalone SVG of series `index`'s marker, for legends.
    static func legendMarker(_ index: Int) -> String {
        "<svg class=\"key\" width=\"14\" height=\"14\" viewBox=\"0 0 14 14\" aria-hidden=\"true\">"
            + marker(shape(index), 7, 7, r: 5, cls: seriesClass(index)) + "</svg>"
    }

    /// Half the width of a symmetric score scale that holds every value: a multiple of 0.25, from 0.25 to 1.
    static func scoreRange(_ values: [Double]) -> Double {
        let largest = values.map(abs).max() ?? 0
        return min(1, max(0.25, (largest / 0.25).rounded(.up) * 0.25))
    }

    /// Tick values on a symmetric scale of half-width `range` (a multiple of 0.25): steps of 0.25, or 0.5 on the full scale.
    static func ticks(_ range: Double) -> [Double] {
        let step = range >= 1 ? 0.5 : 0.25
        let count = Int((range / step).rounded(.down))
        return (-count...count).map { Double($0) * step }
    }

    /// A coordinate with one decimal.
    static func n(_ x: Double) -> String { NumberFormat.fixed(x, 1) }

    /// A name cut to `limit` characters with an ellipsis, for chart labels (tables and tooltips keep the whole name).
    static func clipped(_ s: String, _ limit: Int) -> String { s.count <= limit ? s : String(s.prefix(limit - 1)) + "…" }
}
