import Foundation
import SlantKit

// One executable, five targets: `SlantFuzz TARGET [libFuzzer options] [corpus dirs]`.
// Each target checks invariants, not just "no crash": scores finite and in
// [-1, 1], evidence offsets inside the input, re-scoring gives the same result.

typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

// SwiftPM renames `main`, so libFuzzer's own main never runs: drive it explicitly.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: FuzzCallback) -> Int32

nonisolated(unsafe) let classifier = Classifier(lexicons: try! LexiconSet.shipped())

/// The invariants every score must hold for `input`.
func check(_ score: ArticleScore, inputCount: Int) {
    for axis in score.axes {
        precondition(axis.score.isFinite && abs(axis.score) <= 1, "score out of range: \(axis.score)")
        precondition(axis.confidence.isFinite && (0...1).contains(axis.confidence), "confidence out of range")
    }
    for hit in score.hits {
        precondition(hit.span.start >= 0 && hit.span.start < hit.span.end && hit.span.end <= inputCount, "evidence outside the input")
        precondition(hit.value.isFinite, "hit value not finite")
    }
}

func scoreTwice(_ bytes: [UInt8]) {
    let first = classifier.score(utf8: bytes)
    check(first, inputCount: bytes.count)
    let second = classifier.score(utf8: bytes)
    precondition(first.axes.map(\.score) == second.axes.map(\.score), "re-scoring changed the scores")
    precondition(first.hits.map(\.span) == second.hits.map(\.span), "re-scoring changed the evidence")
}

func fuzzScore(_ bytes: [UInt8]) {
    scoreTwice(TextDecoding.decode(bytes).text)
}

func fuzzHTML(_ bytes: [UInt8]) {
    let text = HTMLReducer.reduce(bytes)
    precondition(text.count <= bytes.count * 3 + 3, "reduced text larger than any entity expansion allows")
    scoreTwice(TextDecoding.decode(text).text)
}

func fuzzJSONL(_ bytes: [UInt8]) {
    for line in bytes.split(separator: 0x0A) {
        let record: JSONLRecord
        do {
            record = try JSONLRecordReader.parse(line)
        } catch let error as JSONLRecordReader.SyntaxError {
            // An error record names the byte where reading stopped: inside the line or just past it.
            precondition((1...line.count + 1).contains(error.column), "syntax error column \(error.column) outside a \(line.count)-byte line")
            precondition(!error.message.isEmpty, "syntax error without a message")
            continue
        } catch let error as JSONLRecordReader.FieldTypeError {
            // Compared as bytes: a key that opens with a combining mark joins the quote into one
            // Character, so a String prefix test would fail on a correct message.
            precondition(error.description.utf8.starts(with: "field \"".utf8), "field type error without its field: \(error)")
            continue
        } catch {
            preconditionFailure("unexpected error type \(error)")
        }
        if let text = record.text {
            let score = classifier.score(text, title: record.title)
            let count = (record.title.map { $0.utf8.count + 2 } ?? 0) + text.utf8.count
            check(score, inputCount: count)
        }
    }
}

/// Fails unless every diagnostic names a file of `sources`, a line of that file (1-based: a
/// problem in a fuzzed file is never a whole-file one) and a column inside that line, and says what is wrong.
func checkLocations(_ diagnostics: [Diagnostic], in sources: [(path: String, text: String)]) {
    precondition(!diagnostics.isEmpty, "a failed load must say why")
    for d in diagnostics {
        precondition(!d.message.isEmpty, "diagnostic without a message at \(d.location)")
        guard let source = sources.first(where: { $0.path == d.location.path }) else {
            preconditionFailure("diagnostic names a file that was not read: \(d)")
        }
        // Split on the byte, as the readers do: a String splits "\r\n" as one Character.
        let lines = Array(source.text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
        precondition((1...lines.count).contains(d.location.line), "line outside the file: \(d) (\(lines.count) lines)")
        let width = String(decoding: lines[d.location.line - 1], as: UTF8.self).unicodeScalars.count
        precondition((0...width + 1).contains(d.location.column), "column outside the line: \(d) (\(width) scalars)")
    }
}

/// The small fixture lists and parameters, so each lexicon run parses little besides the fuzzed file.
let fixtureSources: [(path: String, text: String)] = ["lists.lex", "parameters.lex"].map { name in
    let path = "Tests/Fixtures/lexicons/" + name
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        fatalError("run SlantFuzz from the repository root (needs \(path))")
    }
    return (path, text)
}

func fuzzLexicon(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    do {
        let set = try LexiconSet.parse(fixtureSources + [("fuzz.lex", text)])
        let sample = Array("Washington must not lift sanctions on Russia, critics said; Ukraine needs weapons?".utf8)
        let score = Classifier(lexicons: set).score(utf8: sample)
        check(score, inputCount: sample.count)
    } catch let error as LexiconError {
        checkLocations(error.diagnostics, in: fixtureSources + [("fuzz.lex", text)])
    } catch {
        preconditionFailure("unexpected error type \(error)")
    }
}

func fuzzLabels(_ bytes: [UInt8]) {
    let path = "/nonexistent/labels.jsonl"
    do {
        let cases = try LabelSet.parse(bytes, path: path, axes: classifier.lexicons.axes)
        for c in cases {
            precondition(c.expect.values.allSatisfy { (-1...1).contains($0) }, "expect out of range accepted")
            precondition(c.tolerance > 0, "tolerance not positive")
        }
    } catch let error as LabelError {
        // Labels are read per line, so a diagnostic names its line and never a column.
        checkLocations(error.diagnostics, in: [(path, String(decoding: bytes, as: UTF8.self))])
        precondition(error.diagnostics.allSatisfy { $0.location.column == 0 }, "label diagnostic with a column")
    } catch {
        preconditionFailure("unexpected error type \(error)")
    }
}

/// libFuzzer's runtime references this symbol even when driven through LLVMFuzzerRunDriver.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    selected(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

let targets: [String: ([UInt8]) -> Void] = [
    "score": fuzzScore, "html": fuzzHTML, "jsonl": fuzzJSONL, "lexicon": fuzzLexicon, "labels": fuzzLabels,
]
nonisolated(unsafe) var selected: ([UInt8]) -> Void = fuzzScore

var arguments = CommandLine.arguments
guard arguments.count >= 2, let target = targets[arguments[1]] else {
    FileHandle.standardError.write(Data("usage: SlantFuzz \(targets.keys.sorted().joined(separator: "|")) [libFuzzer options] [corpus]\n".utf8))
    exit(2)
}
selected = target
arguments.remove(at: 1)
var argc = Int32(arguments.count)
var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
cArguments.withUnsafeMutableBufferPointer { buffer in
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = buffer.baseAddress
    exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in testOneInput(data, size) })
}
