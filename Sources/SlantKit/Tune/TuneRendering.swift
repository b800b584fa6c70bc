/// Output formats of `slant tune`.
public enum TuneFormat: String, Sendable, CaseIterable {
    /// Sections for a terminal, at most about 100 columns wide.
    case text
    /// One JSON object for tools, listing every entry.
    case json

    /// `top` bounds the rows of each text section; json lists every entry and every dead one.
    public func render(_ report: TuneReport, top: Int) -> String {
        switch self {
        case .text: return TuneText.render(report, top: top)
        case .json: return TuneJSON.render(report)
        }
    }
}

/// Terminal text, at most about 100 columns wide.
enum TuneText {
    static let width = 100

    static func render(_ r: TuneReport, top: Int) -> String {
        let fired = r.contributions.count
        var out = "slant tune: \(r.cases) cases, \(r.judged) judged axis labels\n"
            + "\(r.entries) entries and context rules: \(fired) fired, \(r.dead.count) never fired\n"
        out += metrics(r)
        let harmful = r.contributions.filter { $0.errorChange < 0 }
        let helpful = r.contributions.filter { $0.errorChange > 0 }.reversed()
        out += "\nmost harmful: removing it lowers the total error (\(min(top, harmful.count)) of \(harmful.count))\n"
        out += "  Δerr = change in Σ|expected − score| if it were removed (negative: removing it helps);\n"
        out += "  push = Σ hit value × sign(expected − score) (negative: pushes scores past or away from labels)\n"
        for c in harmful.prefix(top) { out += contribution(c) }
        out += "\nmost helpful: removing it raises the total error (\(min(top, helpful.count)) of \(helpful.count))\n"
        for c in helpful.prefix(top) { out += contribution(c) }
        out += fittedWeights(r, top: top)
        out += dead(r)
        out += candidates(r)
        return out
    }

    static func metrics(_ r: TuneReport) -> String {
        var out = "\nbefore = the lexicons as they are; fitted = weights and calibration gains fitted on all\n"
        out += "cases; cv = \(r.folds)-fold cross-validation (seed \(r.seed)): each fold scored with weights and gains\n"
        out += "fitted on the other folds; cv-gain = the lexicon weights, with the coupling strengths, the\n"
        out += "genre rule and the gains chosen on the other folds.\n"
        out += "acc = three-class accuracy; rho = Spearman; alpha = Krippendorff (interval).\n"
        let name = max(4, r.figures.map(\.before.axis.rawValue.count).max() ?? 0)
        out += pad("axis", name, left: true) + pad("n", 5) + "  " + pad("metric", 7, left: true) + pad("before", 8) + pad("fitted", 8) + pad("cv", 8) + pad("cv-gain", 9) + "\n"
        for f in r.figures {
            let rows: [(String, (AxisFigures) -> Double)] = [("MAE", \.meanAbsoluteError), ("acc", \.accuracy), ("within", \.withinTolerance),
                                                             ("rho", \.spearman), ("alpha", \.alpha)]
            for (i, row) in rows.enumerated() {
                out += (i == 0 ? pad(f.before.axis.rawValue, name, left: true) + pad(String(f.before.n), 5) : String(repeating: " ", count: name + 5))
                out += "  " + pad(row.0, 7, left: true)
                for figures in [f.before, f.fitted, f.crossValidated] { out += pad(number(row.1(figures)), 8) }
                out += pad(number(row.1(f.gainCrossValidated)), 9) + "\n"
            }
        }
        out += "\ncoupling strengths fitted on all cases with the lexicon weights\n"
            + "(coupling.strength.AXIS in parameters.lex, else coupling.strength):\n"
        out += pad("axis", name, left: true) + pad("lexicon", 9) + pad("fitted", 8) + "\n"
        for c in r.coupling {
            out += pad(c.axis.rawValue, name, left: true) + pad(NumberFormat.fixed(c.lexicon, 2), 9) + pad(NumberFormat.fixed(c.fitted, 2), 8) + "\n"
        }
        out += "  tried \(GainFit.couplingCandidates.map(NumberFormat.short).joined(separator: ", "))\n"
        out += "genre fitted with them: \(genre(r.genre.fitted))\n  lexicon \(genre(r.genre.lexicon))\n"
            + "  tried reporting_rate \(list(GainFit.genreGrid.reportingRates)) × voice_rate \(list(GainFit.genreGrid.voiceRates))"
            + " × news_factor \(list(GainFit.genreGrid.newsFactors))\n"
        out += "\ncalibration gains fitted on all cases (calibration.AXIS in parameters.lex; not written by --write):\n"
        out += pad("axis", name, left: true) + pad("lexicon", 9) + pad("fitted", 8) + pad("alone", 8) + "  (alone: with the lexicon weights)\n"
        for g in r.gains {
            out += pad(g.axis.rawValue, name, left: true) + pad(NumberFormat.fixed(g.lexicon, 2), 9)
                + pad(NumberFormat.fixed(g.fitted, 2), 8) + pad(NumberFormat.fixed(g.alone, 2), 8) + "\n"
        }
        return out
    }

    /// `0.2, 0.3, 0.4`.
    static func list(_ values: [Double]) -> String { values.map(NumberFormat.short).joined(separator: ", ") }

    /// `reporting_rate 0.3, voice_rate 0.5, news_factor 0.3`.
    static func genre(_ g: GenreSetting) -> String {
        "reporting_rate \(NumberFormat.short(g.reportingRate)), voice_rate \(NumberFormat.short(g.voiceRate)), "
            + "news_factor \(NumberFormat.short(g.newsFactor))"
    }

    static func contribution(_ c: Contribution) -> String {
        let e = c.entry
        var out = "  " + pad(NumberFormat.fixed(c.errorChange, 3), 7) + "  push " + pad(signed(c.push), 6)
        let term = "\"\(e.term)\" → \(e.pole) \(e.weightText)"
        out += " \(e.id)" + (out.count + e.id.description.count + term.count + 2 > width ? "\n           " : " ") + term + "\n"
        out += "           removed: ΔMAE \(signed(c.removedMAE, 3)) Δacc \(signed(c.removedAccuracy, 3))"
        out += " Δwithin \(signed(c.removedWithin, 3)) on \(e.axis)\n"
        let what = (e.kind == .context ? "context rule, " : "") + "\(c.hits) hit\(c.hits == 1 ? "" : "s") in \(c.cases.count) case\(c.cases.count == 1 ? "" : "s"):"
        out += wrap(c.cases, separator: ", ", indent: 11, lines: 1, lead: what)
        return out
    }

    static func fittedWeights(_ r: TuneReport, top: Int) -> String {
        var out = "\nfitted weights: \(r.fitted.count) changed (\(min(top, r.fitted.count)) largest relative changes; --write applies all)\n"
        out += "  minimising Σ(score − expected)² + \(NumberFormat.short(r.penalty))·Σ((w − w0)/w0)², each w in [w0/2, 2·w0] ∩ [0.01, 5]\n"
        for f in r.fitted.prefix(top) {
            out += "  \(f.entry.id)  \"\(f.entry.term)\" → \(f.entry.pole)  \(f.entry.weightText) → \(WeightWriter.format(f.weight))\n"
        }
        return out
    }

    static func dead(_ r: TuneReport) -> String {
        var out = "\nnever fired on these cases: \(r.dead.count) (line and term, by file)\n"
        var files: [String] = []
        var byFile: [String: [TunableEntry]] = [:]
        for e in r.dead {
            if byFile[e.id.location.path] == nil { files.append(e.id.location.path) }
            byFile[e.id.location.path, default: []].append(e)
        }
        for file in files {
            let items = byFile[file]!.map { "\($0.id.location.line) \($0.term)" }
            out += "  \(file) (\(items.count))\n"
            out += wrap(items, separator: "; ", indent: 4, lines: .max)
        }
        return out
    }

    static func candidates(_ r: TuneReport) -> String {
        var out = "\ncandidate terms: phrases typical of one pole, not yet in the axis (Fightin' Words z-score,\n"
        out += "prior mass \(NumberFormat.short(FightinWords.defaultPriorMass)); counts in cases labelled toward that pole / the other pole)\n"
        for group in r.candidates {
            guard let axis = r.axes.first(where: { $0.id == group.axis }) else { continue }
            out += "  \(axis.id)\n"
            for (pole, list, own) in [(axis.negative.name, group.first, true), (axis.positive.name, group.second, false)] {
                out += "    \(pole):" + (list.isEmpty ? " none\n" : "\n")
                for c in list {
                    let counts = own ? "\(c.countA)/\(c.countB)" : "\(c.countB)/\(c.countA)"
                    out += "      z " + pad(NumberFormat.fixed(abs(c.z), 2), 5) + "  " + pad(counts, 7, left: true) + " \(c.phrase)\n"
                }
            }
        }
        return out
    }

    static func number(_ x: Double) -> String { x.isNaN ? "undef" : NumberFormat.fixed(x, 3) }
    static func signed(_ x: Double, _ decimals: Int = 2) -> String { (x >= 0 ? "+" : "") + NumberFormat.fixed(x, decimals) }

    static func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return left ? s + fill : fill + s
    }

    /// `items` joined by `separator` into lines of at most `width` columns (an item is never split),
    /// each indented, the first starting with `lead`; cut with `…` after `lines` lines.
    static func wrap(_ items: [String], separator: String, indent: Int, lines: Int, lead: String = "") -> String {
        let prefix = String(repeating: " ", count: indent)
        var out: [String] = []
        var line = lead
        for (i, item) in items.enumerated() {
            let piece = item + (i + 1 < items.count ? separator.trimmingTrailingSpace() : "")
            if !line.isEmpty && indent + line.count + 1 + piece.count > width {
                out.append(line)
                line = ""
                if out.count == lines { return out.map { prefix + $0 }.joined(separator: "\n") + " …\n" }
            }
            line += (line.isEmpty ? "" : " ") + piece
        }
        if !line.isEmpty { out.append(line) }
        return out.map { prefix + $0 + "\n" }.joined()
    }
}

/// One JSON object for tools; numbers have four decimals, keys a fixed order.
enum TuneJSON {
    static func render(_ r: TuneReport) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("cases", r.cases)
        w.field("judged", r.judged)
        w.field("entries", r.entries)
        w.field("folds", r.folds)
        w.field("seed", Int(truncatingIfNeeded: r.seed))
        w.field("penalty", r.penalty)
        w.key("metrics")
        w.beginObject()
        for f in r.figures {
            w.key(named: f.before.axis.rawValue)
            w.beginObject()
            w.field("n", f.before.n)
            for (name, figures) in [("before", f.before), ("fitted", f.fitted), ("cv", f.crossValidated), ("cv_gain", f.gainCrossValidated)] {
                w.key(named: name)
                w.beginObject()
                for (metric, value) in [("mae", figures.meanAbsoluteError), ("accuracy", figures.accuracy), ("within", figures.withinTolerance),
                                        ("spearman", figures.spearman), ("alpha", figures.alpha)] {
                    w.key(named: metric)
                    value.isNaN ? w.null() : w.number(value)
                }
                w.endObject()
            }
            w.endObject()
        }
        w.endObject()
        w.key("coupling")
        w.beginObject()
        for c in r.coupling {
            w.key(named: c.axis.rawValue)
            w.beginObject()
            w.field("lexicon", c.lexicon)
            w.field("fitted", c.fitted)
            w.endObject()
        }
        w.endObject()
        w.key("genre")
        w.beginObject()
        for (name, g) in [("lexicon", r.genre.lexicon), ("fitted", r.genre.fitted)] {
            w.key(named: name)
            w.beginObject()
            w.field("reporting_rate", g.reportingRate)
            w.field("voice_rate", g.voiceRate)
            w.field("news_factor", g.newsFactor)
            w.endObject()
        }
        w.endObject()
        w.key("calibration")
        w.beginObject()
        for g in r.gains {
            w.key(named: g.axis.rawValue)
            w.beginObject()
            w.field("lexicon", g.lexicon)
            w.field("fitted", g.fitted)
            w.field("alone", g.alone)
            w.endObject()
        }
        w.endObject()
        let fitted = Dictionary(uniqueKeysWithValues: r.fitted.map { ($0.entry.id, $0.weight) })
        w.key("contributions")
        w.beginArray()
        for c in r.contributions {
            w.beginObject()
            entryFields(c.entry, fitted: fitted[c.entry.id], &w)
            w.field("error_change", c.errorChange)
            w.field("push", c.push)
            w.key("removed")
            w.beginObject()
            w.field("mae", c.removedMAE)
            w.field("accuracy", c.removedAccuracy)
            w.field("within", c.removedWithin)
            w.endObject()
            w.field("hits", c.hits)
            w.key("cases")
            w.beginArray()
            for id in c.cases { w.string(id) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("dead")
        w.beginArray()
        for e in r.dead {
            w.beginObject()
            entryFields(e, fitted: nil, &w)
            w.endObject()
        }
        w.endArray()
        w.key("candidates")
        w.beginObject()
        for group in r.candidates {
            guard let axis = r.axes.first(where: { $0.id == group.axis }) else { continue }
            w.key(named: axis.id.rawValue)
            w.beginArray()
            for (pole, list) in [(axis.negative.name, group.first), (axis.positive.name, group.second)] {
                for c in list {
                    w.beginObject()
                    w.field("term", c.phrase)
                    w.field("pole", pole)
                    w.field("z", c.z)
                    w.field("count_a", c.countA)
                    w.field("count_b", c.countB)
                    w.endObject()
                }
            }
            w.endArray()
        }
        w.endObject()
        w.endObject()
        return String(decoding: w.bytes, as: UTF8.self) + "\n"
    }

    private static func entryFields(_ e: TunableEntry, fitted: Double?, _ w: inout JSONWriter) {
        w.field("entry", e.id.description)
        w.field("kind", e.kind.rawValue)
        w.field("axis", e.axis.rawValue)
        w.field("term", e.term)
        w.field("pole", e.pole)
        w.field("weight", e.weight)
        if let fitted { w.field("fitted_weight", fitted) }
    }
}
