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
