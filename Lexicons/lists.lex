# Word lists used by the engine and by the [context] rules of the axis
# files. One term per line, no weights. Terms follow the same rules as
# lexicon entries: lower case, phrases allowed, trailing * on a word is a
# prefix wildcard (>= 4 letters).

slant-lexicon 1

# ---------------------------------------------------------------------------
# Engine lists (names required by the engine)
# ---------------------------------------------------------------------------

[list negators]
# Only words that reverse the claim that follows them.
# Deliberately left out:
#   against  - "sanctions against Russia", "war against Ukraine" are not
#              reversals and are everywhere in this debate.
#   without  - usually a counterfactual warning, not a reversal: "without
#              US military aid Ukraine cannot survive" argues FOR aid.
#   lack of  - "the lack of sanctions" complains about too few sanctions.
not
no
never
hardly
barely
scarcely
nothing
none
nobody
no one
neither
nor
no longer
far from
rather than
instead of
don't
doesn't
didn't
isn't
wasn't
aren't
weren't
won't
wouldn't
shouldn't
can't
cannot
couldn't
hasn't
haven't
hadn't
mustn't
ain't

[list negation_exceptions]
# Idioms that open with a negator but affirm what follows: "not only
# sanctions but also weapons", "it is no coincidence that Trump caved".
# A negator at the start of one of these negates nothing (Matcher), so each
# begins with the negator itself: "not forget" covers "we must not forget".
not only
not just
not merely
not simply
no coincidence
no accident
no surprise
no wonder
no doubt
not least
nothing less than
no less than
not to mention
no matter
never forget
# "We cannot afford X" rejects X; it does not reverse X's framing. Negating
# the frame would read "cannot afford endless aid" as pro-aid and "can't
# afford appeasement" as pro-deal. The rejection is in evaluations.lex.
cannot afford
can't afford
can no longer afford
could not afford
not forget
don't forget

[list intensifiers]
# Pure degree words. Framing adjectives (crippling, tough, harsh, bold)
# are NOT here: they are triggers/entries of their own and would otherwise
# be counted twice.
very
extremely
deeply
truly
absolutely
strongly
dramatically
significantly
highly
utterly
totally
completely
entirely
profoundly
fundamentally
incredibly
enormously
hugely
immensely
exceedingly
remarkably
thoroughly
clearly
undeniably
unquestionably
outright
sheer
utter
massive
massively
sweeping
huge
enormous

[list hedges]
# Words that make the following claim tentative or second-hand.
perhaps
maybe
may
might
could
possibly
arguably
reportedly
allegedly
apparently
seemingly
supposedly
purportedly
presumably
potentially
conceivably
some argue
some say
some believe
critics say
it is possible
it's possible
appears to
appear to
seems to
seem to
is said to
are said to
it remains to be seen
remains unclear
it is unclear
not clear whether
in theory

[list attribution_verbs]
# Reported-speech markers: the claim belongs to someone quoted.
# "states" and "notes" are left out: "the United States", "notes" (noun).
# Complaints and accusations report someone else's charge; a writer often
# sets one up to rebut it ("the accusation is that ... This is wrong").
complained
complain
complains
accused
accuses
accuse
accusation
accusations
charged
said
says
say
told
tells
argued
argues
argue
claimed
claims
claim
insisted
insists
warned
warns
stated
wrote
writes
according to
believes
contends
contended
asserted
asserts
alleged
alleges
added
noted
explained
suggested
suggests
maintained
maintains
acknowledged
admitted
declared
announced
reported
observed
remarked
testified
tweeted
emphasized
emphasised
stressed
countered
responded
replied
urged
urges
in a statement
in an interview
in a post

[list contrast_markers]
# Markers after which the following clause carries the argument.
# Not "although"/"though" (the concessive clause is the weaker one),
# not "still" (mostly temporal: "Russia is still demanding").
but
however
yet
nevertheless
nonetheless
even so
that said
having said that
all the same
then again
on the other hand
by contrast
in contrast
conversely
in reality

[list boilerplate]
# A paragraph containing any of these is page furniture and is dropped.
# Multi-word on purpose, so real prose is not lost. Bare "related" (e.g.
# "(RELATED: ...)" inside a news paragraph), "sponsored" ("state-sponsored")
# and "sign up" are deliberately not here.
share this
share this article
share this story
share on facebook
share on twitter
share on x
share via email
click to share
click to email
opens in new window
subscribe now
subscribe today
subscribe for
subscribers only
become a subscriber
already a subscriber
sign up for our
sign up here
sign up now
our newsletter
newsletter sign up
get the newsletter
keep reading
continue reading
read more
read the full
post a comment
leave a comment
add a comment
photo by
photos by
photo illustration
photograph by
photo credit
photo courtesy
image credit
image source
file photo
stock photo
getty images
via getty
afp via getty
ap photo
reuters photo
shutterstock
wikimedia commons
creative commons
all rights reserved
all content created by
all republished articles
available without charge
republished with permission
originally published
originally appeared
first appeared on
this article first appeared
this article was originally
this story has been updated
this article has been updated
an earlier version of this
click here
pingback
trackback
advertisement
sponsored content
paid content
partner content
promoted stories
follow us
follow us on
like us on facebook
download the app
support our journalism
donate now
make a donation
become a member
we use cookies
privacy policy
terms of service
terms of use
skip to content
skip to main content
back to top
listen to this article
min read
minute read
reading time
the views expressed
views expressed in this
opinions expressed
editor's note

[list end_markers]
# A paragraph that STARTS with one of these ends the article body; it and
# everything after it are dropped. Bare "comments" and "recommended" are
# left out: a real paragraph can start "Comments by Lavrov ..." and dropping
# the rest of an article is costly.
about the author
about the authors
author bio
related articles
related stories
related posts
related content
related coverage
related reading
more from
more on this story
more stories
you may also like
you might also like
you may be interested in
recommended for you
recommended reading
recommended stories
most read
most popular
most viewed
trending
trending now
top stories
latest news
latest stories
popular stories
editor's picks
don't miss
further reading
see also
read next
up next
from around the web
around the web
readers also
comments are closed
show comments
view comments
load comments
join the conversation
leave a comment
post a comment
add a comment
previous post
next post
previous article
next article
filed under
pingback
trackback

[list topic_anchors]
# A paragraph mentioning any of these is on topic. Bare "sanctions", "war",
# "europe", "alliance" are deliberately absent: teasers about Iran,
# Venezuela or trade wars must not become on-topic.
russia*
russian*
ukrain*
nato
putin*
zelensk*
zelenskyy
kremlin
kyiv
kiev
moscow
donbas
donbass
donetsk
luhansk
crimea*
kharkiv
kherson
zaporizhzhia
odesa
odessa
mariupol
bakhmut
avdiivka
pokrovsk
kursk
lavrov
peskov
medvedev
shoigu
gerasimov
lukashenko
keith kellogg
stoltenberg
rutte
article 5
article five
transatlantic
north atlantic
eastern flank
baltic states
baltics
minsk agreements
minsk accords
budapest memorandum
nord stream
gazprom
rosneft
lukoil
sberbank
ruble
rouble
shadow fleet
atacms
himars

[list abbreviations]
# Tokens ending with a period that do not end a sentence (written without
# the final period). "no" covers "No. 2".
mr
mrs
ms
dr
prof
sen
sens
rep
reps
gov
gen
adm
col
lt
maj
capt
cmdr
sgt
cpl
pvt
st
jr
sr
ret
amb
pres
sec
u.s
u.k
u.n
e.u
d.c
e.g
i.e
etc
vs
approx
inc
corp
co
ltd
no
nos
vol
jan
feb
mar
apr
jun
jul
aug
sep
sept
oct
nov
dec
ft
mt
fig

[list administration_refs]
# References to Trump or his administration; the trigger for the
# evaluative [context] rules in trump_evaluation.lex. Bare "president",
# "he" and "his" are NOT here: "President Putin", "President Zelensky" and
# "he" = Putin are too common in this debate. "the president" (with the
# article) is nearly always the US president in US coverage.
trump
trump's
donald trump
president trump
the president
the president's
trump administration
the administration
this administration
white house
the white house
oval office
mar a lago
potus
commander in chief
vance
rubio
hegseth
witkoff
kellogg
bessent
leavitt
lutnick

[list administration_refs_rivals]
# Other actors a judgement near an administration reference may be about.
# A [context] rule triggered by @administration_refs does not fire when one
# of these stands strictly nearer its term than every administration
# reference: in "Trump says Putin made a big mistake" the mistake is Putin's.
# On a tie the administration wins ("Putin outmanoeuvred Trump").
# People only: countries ("Russia", "Ukraine") are often the object of the
# administration's own move ("Trump's gift to Russia was a mistake").
putin
putin's
vladimir putin
lavrov
peskov
medvedev
dmitriev
zelensky
zelensky's
zelenskyy
zelenskyy's
zelenskiy
biden
biden's
joe biden
obama
xi
xi jinping
orban
netanyahu
# European leaders and generic speakers: "a European official embarrassed
# himself with a warning to Trump" is the official's embarrassment.
macron
merz
starmer
von der leyen
rutte
meloni
tusk
stubb
kallas
official
officials
critics
democrats

# ---------------------------------------------------------------------------
# Lists referenced by [context] rules (@name)
# ---------------------------------------------------------------------------

[list pronoun_refs]
# Bare pronouns, used only by a few "was he played?" rules in
# trump_evaluation.lex with a short window (3 tokens).
he
his
him
himself

[list relief_verbs]
# Next to "sanction*": loosening -> engagement.
lift
lifts
lifted
lifting
ease
eased
eases
easing
relief
relax*
roll back
rolling back
rolled back
rollback
unfreez*
remove
removed
removing
removal
drop
dropped
dropping
scrap*
waive*
waiver*
suspend*
loosen*
unwind*
phase out

[list tighten_words]
# Next to "sanction*": tightening -> pressure.
impose*
imposing
tighten*
toughen*
tougher
tough
harsher
harsh
stricter
crippling
new
secondary
additional
further
more
sweeping
massive
ramp up
step up
expand*
enforce*
escalat*
bone crushing
punishing
severe

[list sanction_failure]
# Next to "sanction*": claims that sanctions do not work -> engagement.
ineffective
backfir*
counterproductive
futile
pointless
useless
haven't worked
have not worked
don't work
do not work
did not work
didn't work
not working
failed to change
failed to stop
failed to deter
shrugged off

[list halt_verbs]
# Next to weapons/arms/aid/deliveries: stopping -> engagement.
halt*
freez*
froze
frozen
pause*
pausing
suspend*
suspension
cut off
cutting off
cuts off
withhold*
withheld
stop*
ending
end to
curtail*
scale back
scaling back
scaled back
wind down
no more
delay*
block*
restrict*
reduc*

[list supply_verbs]
# Next to weapons/arms/aid/deliveries: supplying -> pressure.
send
sends
sending
sent
supply
supplying
supplied
supplies
provid*
approv*
ship
shipping
shipped
deliver
delivering
delivered
more
long range
resum*
restor*
increas*
boost*
expand*
accelerat*
speed up
surge
lethal
advanced
additional
arm
arming

[list advocacy_markers]
# Modals and phrases by which a writer takes a position in their own voice.
# Used by the advocacy rule: a hit shortly after one counts more.
should
must
ought to
need to
needs to
has to
have to
it is time to
it's time to
let's
urge
urges
calls for
call for

[list distancing_sources]
# Vague or opposing sources a writer cites to set up a view they then
# reject ("critics argue", "some analysts say", "hawks insist"). Reported
# speech in a sentence with one of these counts for `attribution.distanced`.
# Also unnamed commentators and the charge itself ("the accusation is that").
commentators
western commentary
the accusation
the charge
mainstream media
legacy media
critics
the critics
skeptics
sceptics
detractors
opponents
naysayers
some analysts
some commentators
some observers
some experts
some pundits
some critics
some have argued
some argue
some say
some claim
hawks
doves
restrainers
interventionists
