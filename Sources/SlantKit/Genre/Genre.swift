/// Whether a text reads as straight news, judged from the text itself.
///
/// Straight news reports measures in detail (sanctions, weapons, talks) without
/// taking a side, so its hits must not add up to advocacy. It is recognisable
/// from its voice: reporting cues ("said", "told reporters", "according to",
/// wire credits, datelines) are dense, and the author's own voice (first
/// person, "should", "must", "it is time to") is absent. A text whose counted
/// paragraphs have at least `genre.reporting_rate` reporting cues per sentence
/// and at most `genre.voice_rate` voice cues per sentence (outside quotation
/// marks) reads as news, and every score is multiplied by `genre.news_factor`.
public struct Genre: Sendable, Equatable {
    /// True when the text reads as straight news.
    public let isNews: Bool
    /// Reporting cues per counted sentence.
    public let reportingRate: Double
    /// Author's-voice cues (first person, advocacy) per counted sentence, outside quotes.
    public let voiceRate: Double
    /// What every axis score is multiplied by: `genre.news_factor` for news, else 1.
    public let factor: Double

    /// `news (0.45 reporting, 0.00 voice cues per sentence)`, for `explain`.
    public var description: String {
        "\(isNews ? "news" : "opinion or analysis") (\(NumberFormat.fixed(reportingRate, 2)) reporting, "
            + "\(NumberFormat.fixed(voiceRate, 2)) voice cues per sentence)"
    }

    /// Counted sentences the rates are per (0: the text had none, and cannot read as news).
    let sentences: Int

    static func classify(_ document: Document, _ matches: Matches, _ lexicon: CompiledLexicon,
                         _ relevance: [ParagraphStatus]) -> Genre {
        // A paragraph's close ends its sentence, so its sentences are the span of its tokens' indexes.
        var sentences = 0
        for paragraph in document.paragraphs.indices where relevance[paragraph] == .counted {
            let range = document.paragraphs[paragraph]
            guard range.tokenEnd > range.tokenStart else { continue }
            sentences += Int(document.tokens[range.tokenEnd - 1].sentence - document.tokens[range.tokenStart].sentence) + 1
        }
        guard sentences > 0 else { return Genre(isNews: false, reportingRate: 0, voiceRate: 0, factor: 1, sentences: 0) }
        func count(_ list: Int32, outsideQuotes: Bool) -> Int {
            matches.markers(list, inCountedParagraphsOf: document, relevance, outsideQuotes: outsideQuotes).count
        }
        let reporting = Double(count(lexicon.lists.reporting, outsideQuotes: false)) / Double(sentences)
        let voice = Double(count(lexicon.lists.voice, outsideQuotes: true) + count(lexicon.lists.advocacy, outsideQuotes: true))
            / Double(sentences)
        let setting = GenreSetting(lexicon.lexicons.parameters)
        let isNews = setting.isNews(reportingRate: reporting, voiceRate: voice, sentences: sentences)
        return Genre(isNews: isNews, reportingRate: reporting, voiceRate: voice, factor: isNews ? setting.newsFactor : 1,
                     sentences: sentences)
    }

    /// This text's factor under another genre rule (`slant tune` tries several on cached scores).
    func factor(under setting: GenreSetting) -> Double {
        setting.isNews(reportingRate: reportingRate, voiceRate: voiceRate, sentences: sentences) ? setting.newsFactor : 1
    }
}

/// The genre rule's three numbers: `genre.reporting_rate`, `genre.voice_rate`, `genre.news_factor`.
public struct GenreSetting: Sendable, Equatable {
    /// Reporting cues per counted sentence at or above which a text can read as news.
    public let reportingRate: Double
    /// Voice cues per counted sentence at or below which a text can read as news.
    public let voiceRate: Double
    /// What every score of a text that reads as news is multiplied by.
    public let newsFactor: Double

    /// A setting with the given numbers.
    public init(reportingRate: Double, voiceRate: Double, newsFactor: Double) {
        self.reportingRate = reportingRate
        self.voiceRate = voiceRate
        self.newsFactor = newsFactor
    }

    /// The setting of `parameters`.
    init(_ parameters: RuleParameters) {
        self.init(reportingRate: parameters.genreReportingRate, voiceRate: parameters.genreVoiceRate,
                  newsFactor: parameters.genreNewsFactor)
    }

    /// Whether a text with these rates over `sentences` counted sentences reads as news.
    func isNews(reportingRate r: Double, voiceRate v: Double, sentences: Int) -> Bool {
        sentences > 0 && r >= reportingRate && v <= voiceRate
    }
}
