/// LIWC-style `.dic` dictionaries, read and written.
///
///     %
///     1	hopeful
///     2	gloomy
///     %
///     optimis*	1
///     turn a corner	1
///     setback*	2
///
/// A `%` line opens and another closes the category block (`NUMBER<TAB>NAME` per line; the
/// name runs to the next tab, so it may hold spaces and a description may follow).
/// Each entry is a term, then the numbers of its categories. With a tab after the term,
/// the term is everything before it (LIWC 2015 allows spaces in terms); without one, the
/// trailing whole numbers are the categories and the words before them the term.
/// Numbers are compared by value (`02` is `2`). LIWC 2007's conditional categories
/// (`(02 134)126`, `134/125`) have no equivalent and are an error.
enum LIWCDictionary {
    static func read(_ bytes: [UInt8], path: String) throws -> ExternalDictionary {
        var reader = Reader()
        for line in TextLine.split(bytes, path: path) where !line.isBlank { reader.read(line) }
        switch reader.state {
        case .beforeHeader: reader.issues.append(DictionaryIssue(SourceLocation(path: path, line: 1, column: 1), .liwcHeaderMissing))
        case .header(let opened): reader.issues.append(DictionaryIssue(opened, .liwcHeaderUnclosed))
        case .entries, .stopped: break
        }
        guard reader.issues.isEmpty else { throw ImportError.issues(reader.issues.sorted { $0.location < $1.location }) }
        return ExternalDictionary(format: .liwc, path: path, categories: reader.order.map { reader.categories[$0]!.name }, entries: reader.entries)
    }

    private struct Reader {
        enum State {
            case beforeHeader
            case header(opened: SourceLocation)
            case entries
            /// The file does not start like a `.dic`; reading more would only repeat that.
            case stopped
        }

        var state = State.beforeHeader
        var categories: [Int: (name: String, location: SourceLocation)] = [:]
        var order: [Int] = []
        var entries: [DictionaryEntry] = []
        var issues: [DictionaryIssue] = []

        mutating func read(_ line: TextLine) {
            let content = line.trimmed
            let isPercent = content.elementsEqual([UInt8(ascii: "%")])
            switch state {
            case .beforeHeader:
                if isPercent {
                    state = .header(opened: line.contentLocation)
                } else {
                    issues.append(DictionaryIssue(line.contentLocation, .liwcHeaderMissing))
                    state = .stopped
                }
            case .header:
                if isPercent { state = .entries } else { readCategory(line, content) }
            case .entries:
                readEntry(line, content)
            case .stopped:
                break
            }
        }

        mutating func readCategory(_ line: TextLine, _ content: ArraySlice<UInt8>) {
            let numberEnd = content.firstIndex(where: TextLine.isBlank) ?? content.endIndex
            // The name runs to the next tab: it may hold spaces, and a description may follow it.
            let rest = TextLine.trim(content[numberEnd...])
            let name = TextLine.trim(rest[..<(rest.firstIndex(of: 0x09) ?? rest.endIndex)])
            guard let number = Self.number(content[..<numberEnd]), !name.isEmpty else {
                issues.append(DictionaryIssue(line.contentLocation, .liwcCategoryLine))
                return
            }
            if let earlier = categories[number] {
                issues.append(DictionaryIssue(line.contentLocation, .duplicateCategory(content[..<numberEnd].string, first: earlier.location)))
            } else if let earlier = categories.values.first(where: { $0.name == name.string }) {
                issues.append(DictionaryIssue(line.location(name.startIndex), .duplicateCategory(name.string, first: earlier.location)))
            } else {
                categories[number] = (name.string, line.contentLocation)
                order.append(number)
            }
        }

        mutating func readEntry(_ line: TextLine, _ content: ArraySlice<UInt8>) {
            let term: ArraySlice<UInt8>
            let numbers: [ArraySlice<UInt8>]
            if let tab = content.firstIndex(of: 0x09) {
                term = TextLine.trim(content[..<tab])
                numbers = TextLine.words(content[(tab + 1)...])
            } else {
                let words = TextLine.words(content)
                let firstNumber = words.lastIndex { Self.number($0) == nil }.map { $0 + 1 } ?? 0
                term = firstNumber == 0 ? content[content.startIndex..<content.startIndex] : TextLine.trim(content[..<words[firstNumber - 1].endIndex])
                numbers = Array(words[firstNumber...])
            }
            guard !term.isEmpty else {
                issues.append(DictionaryIssue(line.contentLocation, .emptyTerm))
                return
            }
            let termLocation = line.location(term.startIndex)
            guard !numbers.isEmpty else {
                issues.append(DictionaryIssue(termLocation, .entryWithoutCategory(term.string)))
                return
            }
            for field in numbers {
                let at = line.location(field.startIndex)
                guard let number = Self.number(field) else {
                    let conditional = field.contains(UInt8(ascii: "(")) || field.contains(UInt8(ascii: "/")) || field.contains(UInt8(ascii: ")"))
                    issues.append(DictionaryIssue(at, conditional ? .liwcConditionalCategory(field.string) : .liwcNotACategoryNumber(field.string)))
                    continue
                }
                guard let category = categories[number] else {
                    issues.append(DictionaryIssue(at, .liwcUndefinedCategory(field.string)))
                    continue
                }
                entries.append(DictionaryEntry(term: term.string, category: category.name, location: termLocation, categoryLocation: at))
            }
        }

        /// A category number: ASCII digits only, at most 9 of them.
        static func number(_ field: ArraySlice<UInt8>) -> Int? {
            guard !field.isEmpty, field.count <= 9, field.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            return field.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
    }

    /// A `.dic` of `categories`, numbered from 1 in order; a term in several categories is one line.
    ///
    /// Terms keep the lexicons' order (first appearance) rather than LIWC's alphabetical one:
    /// Slant breaks ties between equally long matches by entry order, so an import reproduces
    /// the axis exactly. Numbers on a line ascend.
    static func write(_ categories: [ExportCategory]) -> String {
        var out = "%\n"
        var order: [String] = []
        var numbers: [String: [Int]] = [:]
        for (index, category) in categories.enumerated() {
            out += "\(index + 1)\t\(category.name)\n"
            for term in category.terms where numbers[term.text]?.last != index + 1 {
                if numbers[term.text] == nil { order.append(term.text) }
                numbers[term.text, default: []].append(index + 1)
            }
        }
        out += "%\n"
        for text in order { out += text + "\t" + numbers[text]!.map(String.init).joined(separator: "\t") + "\n" }
        return out
    }
}
