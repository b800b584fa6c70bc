# A tiny engagement/pressure axis for `slant tune` tests.
# `summit` is planted on the wrong pole: the labelled cases that use it argue
# for engagement, so removing it must help more than removing anything else.
slant-lexicon 1
axis engagement_pressure "Engagement vs. pressure"
pole - engagement "talks"
pole + pressure "sanctions"

[pole engagement]
peace talks        1.0     # explicit
diplomacy	1
negotiat*          1
ceasefire          0.5
detente            1.25    # never used in the labels

[pole pressure]
sanction*          1
new sanctions      2
weapons            1
deadline           1.5
summit             2       # planted: pushes the wrong way

[context]
# term   | triggers       | within | pole       weight
sanction* | @relief_words | 3 | engagement 1.5
aid       | halt, freeze  | 2 | engagement 1   # never fires
