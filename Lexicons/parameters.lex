slant-lexicon 1
# Every number the rules and the aggregation use. Names are fixed (see
# README.md "Rules"); values are yours to tune. `slant tune` proposes entry
# weights; these parameters are set by hand and checked with `slant eval`.

[parameters]
# Negation: "not", "no longer", "far from" ... up to this many tokens before a
# hit, in the same clause. A negated claim argues the other way, but less
# firmly than the plain claim, so the factor flips and damps.
negation.window              3
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

# Questions: a claim inside a question is raised, not asserted (often to be
# disputed), so it counts for less.
question.factor              0.5

# Attribution: quoted words and reported speech are other people's framing;
# the author's own voice counts in full. Reported speech is discounted less
# than a direct quote because paraphrase is partly the author's choice.
quote.factor                 0.4
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
