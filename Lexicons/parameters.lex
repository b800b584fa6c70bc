slant-lexicon 1
# Every number the rules and the aggregation use. Names are fixed (see
# README.md "Rules"); values are yours to tune. `slant tune` proposes entry
# weights; these parameters are set by hand and checked with `slant eval`.

[parameters]
# Negation: "not", "no longer", "far from" ... up to this many tokens before a
# hit, in the same clause. A negated claim argues the other way, but less
# firmly than the plain claim, so the factor flips and damps.
# The window is 1 because a negator reverses the term it governs ("no new
# sanctions", "not a deal"); two or three words back it mostly governs a verb
# whose object the term is, and the author's stance survives: "has not applied
# pressure on the Kremlin" complains that pressure is lacking, "did not cause
# Putin's war" still names the war Putin's. On the 189 dev-set pages a window
# of 3 flipped 60 hits on labelled pages, 41 of them against the readers.
negation.window              1
negation.factor             -0.6

# Intensifiers ("massive", "sweeping") and hedges ("perhaps", "may") scale the
# hit that follows within the window, in the same clause.
intensifier.window           2
intensifier.factor           1.4
hedge.window                 3
hedge.factor                 0.7

# Advocacy: "should", "must", "it is time to" before a hit is the writer
# taking a side in their own voice; news reporting rarely does.
advocacy.window              4
advocacy.factor              1.5

# Evaluation: a target ([target POLE] entries: sanctions, talks, NATO, the
# administration ...) takes its direction from the nearest endorsing or
# rejecting word (lists in evaluations.lex) this many tokens away in its
# sentence: endorsed it keeps its pole times the factor, rejected it flips.
# A target nothing judges is a topic mention, not a stance: it keeps only
# target.bare of its weight.
evaluation.window            4
evaluation.factor            3
target.bare                  0.25

# Questions: a claim inside a question is raised, not asserted (often to be
# disputed), so it counts for less.
question.factor              0.5

# Attribution: quoted words and reported speech are other people's framing;
# the author's own voice counts in full. Reported speech is discounted less
# than a direct quote because paraphrase is partly the author's choice.
quote.factor                 0.4
# A quotation of at most this many words is a scare quote: the author holding
# the words at a distance (the "peace plan", Putin's "special military
# operation"), so the hit argues the other way, damped.
quote.scare_max_tokens       4
quote.scare_factor          -0.5
attribution.factor           0.7
# "Critics argue ...", "some analysts say ...": the writer is setting up the
# view they are about to reject, so it counts for little.
attribution.distanced        0.3

# Contrast markers ("but", "however"): the clause after the marker is the one
# the writer stands behind.
contrast.before              0.7
contrast.after               1.3

# Position: the headline and the lead set the frame.
position.headline            2.0
position.headline_max_tokens 25
position.lead                1.5
position.lead_min_tokens     15

# Aggregation: score = (P - N) / (P + N + smoothing); |score| <= neutral_band
# is labelled neutral; confidence reaches 63% of its cap at this much evidence.
score.smoothing              3.0
score.neutral_band           0.15
confidence.scale             6.0

# Genre: a text with at least reporting_rate reporting cues per sentence and
# at most voice_rate cues of the author's own voice (genre.lex) reads as
# straight news; every score is multiplied by news_factor, because a report
# of measures is not advocacy of them.
# voice_rate allows some voice cues because unquoted speech in reports ("we
# ran on this") and present-tense background put them in news too. The three
# values are what `slant tune --labels Evaluation/real/labels.jsonl` fits on
# the 189 dev-set pages (its "genre fitted" line); its cv-gain column chooses
# them afresh on each fold's training part. Since engagement's coupling went
# to 0.75 the fit prefers news_factor 0.15 by a hair; 0.3 is kept because the
# two tie on the dev set's all-page accuracy (summed over the axes) and 0.3
# costs the opinion pages that read as news less.
genre.reporting_rate         0.3
genre.voice_rate             0.35
genre.news_factor            0.3

# Coupling: the camps of this debate argue in bundles. A writer who blames
# Russia for the war usually wants pressure and values the alliance, and in
# 2025 usually faults the administration's handling; one who speaks of
# NATO's provocation usually wants a deal. So each axis takes this share of
# the other axes' evidence, turned by their camp loadings: +1 when the
# axis's second pole is the hawkish camp's, -1 when its first is, 0 to leave
# an axis out. The trump_evaluation loading describes this administration
# and this war; set it to 0 when the political alignment changes.
# coupling.strength is the share an axis takes; coupling.strength.AXIS sets
# one axis's own. Engagement takes three times the others' share: whether a
# writer wants talks or pressure follows the camp closely, and the pages
# name the policy less often than they blame Russia or defend the alliance.
# Both are what `slant tune --labels Evaluation/real/labels.jsonl` chooses
# on the 189 dev-set pages ("coupling strengths fitted"), from 0.25, 0.5 and
# 0.75 per axis; its cv-gain column chooses them afresh on each fold.
coupling.strength            0.25
coupling.strength.engagement_pressure  0.75
camp.engagement_pressure     1
camp.nato_skeptic_alliance   1
camp.war_responsibility      1
camp.trump_evaluation       -1

# Calibration: the score is gain * balance (times the genre factor), clamped
# to [-1, 1]. The gain sets where an axis's balances cross the neutral band:
# each is the "alone" gain of `slant tune --labels Evaluation/real/labels.jsonl`
# (the one that maximizes 3-class accuracy plus Krippendorff's alpha with
# these weights on the 189 real dev-set pages; README says how to gather
# them) when it was last set; a gain is re-set when tune's moves by enough to
# change the dev-set figures (engagement's alone gain is now 1.95 and
# trump_evaluation's 2.25, and together they change no all-page figure of
# the dev set). An axis without a line has gain 1. nato_skeptic_alliance is the
# exception: its "alone" optimum is flat (1.05 scores accuracy + alpha 1.17
# against 1.14 at 0.70), and 1.05 would take its accuracy to 0.65, below the
# 0.68 of answering neutral every time, so it stays at 0.70.
calibration.engagement_pressure    1.10
calibration.nato_skeptic_alliance  0.70
calibration.war_responsibility     1.25
calibration.trump_evaluation       1.90
