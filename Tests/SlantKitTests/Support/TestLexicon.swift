@testable import SlantKit

/// A small lexicon written for tests, so rule tests do not move when the
/// shipped lexicons are tuned. Parameters are round numbers that make factors
/// easy to read in assertions.
enum TestLexicon {
    static let parameters = """
        slant-lexicon 1
        [parameters]
        negation.window 3
        negation.factor -0.5
        intensifier.window 2
        intensifier.factor 1.5
        hedge.window 3
        hedge.factor 0.5
        advocacy.window 3
        advocacy.factor 1.75
        question.factor 0.5
        quote.factor 0.25
        quote.scare_max_tokens 3
        quote.scare_factor -0.5
        attribution.factor 0.75
        attribution.distanced 0.25
        contrast.before 0.5
        contrast.after 2
        position.headline 3
        position.headline_max_tokens 12
        position.lead 1.25
        position.lead_min_tokens 6
        score.smoothing 1
        score.neutral_band 0.15
        confidence.scale 4
        evaluation.window 4
        evaluation.factor 2
        target.bare 0.5
        genre.reporting_rate 1
        genre.voice_rate 0
        genre.news_factor 0.5
        coupling.strength 0
        """

    static let lists = """
        slant-lexicon 1
        [list negators]
        not
        no
        never
        no longer
        far from
        [list intensifiers]
        massive
        sweeping
        [list hedges]
        perhaps
        may
        some argue
        [list advocacy_markers]
        should
        must
        it is time to
        [list attribution_verbs]
        said
        argued
        according to
        [list distancing_sources]
        critics
        some analysts
        [list contrast_markers]
        but
        however
        [list boilerplate]
        subscribe to our newsletter
        getty images
        [list end_markers]
        about the author
        [list topic_anchors]
        russia*
        ukrain*
        putin
        nato
        kyiv
        kiev
        zelensk*
        [list abbreviations]
        u.s
        sen
        [list relief_words]
        lift*
        eas*
        relief
        [list endorsements]
        working
        essential
        wise
        [list rejections]
        failed
        backfired
        reckless
        [list reporting_cues]
        said
        told reporters
        according to
        [list voice_cues]
        i
        we
        our
        """

    static let axis = """
        slant-lexicon 1
        axis engagement_pressure "Engagement vs. pressure"
        pole - engagement "talks"
        pole + pressure "sanctions"

        [pole engagement]
        peace talks        1
        sanctions relief   2
        negotiat*          1
        diplomacy          1

        [pole pressure]
        sanction*          1
        new sanctions      2
        weapons            1
        putin's war        2

        [target pressure]
        tariffs            1

        [target engagement]
        ceasefire          1

        [context]
        sanction* | @relief_words | 3 | engagement 1.5
        aid       | halt, freeze  | 2 | engagement 1
        aid       | send          | 2 | pressure 1
        """

    static func set(axis: String = axis, extra: [(String, String)] = []) throws -> LexiconSet {
        try LexiconSet.parse([("axis.lex", axis), ("lists.lex", lists), ("parameters.lex", parameters)] + extra)
    }

    static func classifier() throws -> Classifier { try Classifier(lexicons: set()) }
}

extension ArticleScore {
    var engagementPressure: AxisScore { axis(AxisID("engagement_pressure"))! }
}
