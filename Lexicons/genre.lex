slant-lexicon 1
# Cues of genre (see Genre.swift and the genre.* parameters): straight news
# reports in the third person and attributes what it says; opinion speaks in
# the author's own voice. Counted per sentence in counted paragraphs.

[list reporting_cues]
# Attribution of the reported words, and wire credits.
said
says
told
told reporters
according to
announced
in a statement
said in a statement
spokesperson
spokesman
spokeswoman
press secretary
confirmed
reported
reuters
associated press
afp
agence france presse
news agency
reportedly
writes
wrote
is reported
was reported
it is noted
it was noted
speaking on condition of anonymity
added
noted
stated
said on
said that
told
saying
cited
quoted
wrote on
posted on
on monday
on tuesday
on wednesday
on thursday
on friday
on saturday
on sunday
# Plans, officials, their silence and more verbs of attribution: how reports
# attribute without "said".
expected to
is expected to
plans to
discussed
meeting with
officials
sources
declined to comment
request for comment
did not respond
citing
reports
claimed
urged
warned
stressed
emphasized
emphasised
earlier this week
last week
this week

[list voice_cues]
# Present-tense judgement and argument: news narrates in the past tense
# ("officials said"), commentary weighs things now ("it is a mistake",
# "perhaps", "therefore", contractions). Outside quotes only, like the rest.
is a
it is
is not
isn't
it's
that's
there's
what's
don't
doesn't
perhaps
therefore
after all
certainly
the only
the reality
the question
whatever
# The author speaking: first person singular and plural (quoted words are
# not counted). "us" is left out: it is also the country, folded.
i
i'm
i've
i'd
my
me
we
we're
we've
we'd
our
ours
ourselves
in my view
let's
# Stance adverbials and judgements: the author weighing in.
clearly
obviously
of course
no doubt
surely
undoubtedly
arguably
frankly
naturally
needless to say
make no mistake
to be sure
in fact
in truth
the truth is
the reality is
the problem is
the question is
the lesson
unfortunately
fortunately
sadly
alas
ironically
predictably
tellingly
remarkably
worse still
the best news
good news
bad news
so-called
