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

[list voice_cues]
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
