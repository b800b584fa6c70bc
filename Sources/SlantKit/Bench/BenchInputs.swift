/// Deterministic inputs for `slant bench`: a JSONL corpus built from the
/// project's own articles, and a large synthetic lexicon. Nothing is downloaded.
public enum BenchInputs {
    /// A small deterministic generator (SplitMix64), so the same seed gives the same inputs.
    struct Generator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// JSONL records `{"id", "text"}` cycling through `texts` until `bytes` is reached; ids vary.
    public static func corpus(from texts: [String], bytes target: Int, seed: UInt64) -> [UInt8] {
        var g = Generator(seed: seed)
        var out: [UInt8] = []
        out.reserveCapacity(target + 8192)
        var i = 0
        while out.count < target && !texts.isEmpty {
            var w = JSONWriter()
            w.beginObject()
            w.field("id", "bench-\(i)-\(g.next() % 1_000_000)")
            w.field("text", texts[g.below(texts.count)])
            w.endObject()
            out.append(contentsOf: w.bytes)
            out.append(0x0A)
            i += 1
        }
        return out
    }

    /// `entries` extra entry lines for the `engagement_pressure` axis: 2-4-word phrases
    /// drawn from `vocabulary`, one in ten ending in a wildcard, split between the two
    /// poles. Added to the shipped axis file, so the output format does not change.
    public static func extraEntries(_ entries: Int, vocabulary: [String], seed: UInt64) -> String {
        var g = Generator(seed: seed)
        let words = vocabulary.filter { $0.count >= 4 && $0.unicodeScalars.allSatisfy { $0.properties.isLowercase } }
        var seen = Set<String>()
        var sections: [[String]] = [[], []]
        while seen.count < entries && !words.isEmpty {
            var term = (0..<(2 + g.below(3))).map { _ in words[g.below(words.count)] }.joined(separator: " ")
            if g.below(10) == 0 { term += "*" }
            guard seen.insert(term).inserted else { continue }
            let weight = NumberFormat.short(Double(1 + g.below(30)) / 10)  // 0.1 ... 3
            sections[g.below(2)].append("\(term)    \(weight)")
        }
        return "\n[pole engagement]\n" + sections[0].joined(separator: "\n") + "\n[pole pressure]\n" + sections[1].joined(separator: "\n") + "\n"
    }
}

