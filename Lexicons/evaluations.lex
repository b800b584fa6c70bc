slant-lexicon 1
# Evaluations: words that endorse or reject whatever target they are applied
# to (see EvaluationRule.swift). One pair of lists serves every axis: what
# an evaluation does to a target depends on the target's declared pole, so
# "sanctions are working" leans pressure, "talks are working" engagement and
# "the administration's plan is working" approving.
#
# Stance, not mood: war reporting is grim whichever side it takes, so plain
# sentiment words ("terrible", "tragic", "deadly") are left out. What is here
# judges a policy, a move or an actor: outcome claims, evaluative
# adjectives, framing nouns and verbs of support or of undoing.

[list endorsements]
# outcome claims
working
is working
are working
works
worked
has worked
have worked
paying off
paid off
pays off
bearing fruit
succeeded
successful
effective
# judgement
wise
wisely
smart
prudent
sensible
rightly
the right call
the right move
the right thing
justified
overdue
long overdue
bold
boldly
courageous
firmly
credible
deserves credit
commendable
masterful
brilliant
statesmanlike
peacemaker

shrewd
savvy
masterstroke
master stroke
clever
effectively
deserves praise
praiseworthy
applaud*
laudable
admirable
impressive
to his credit
credit where
common sense
commonsense
welcome step
got it right
gets it right
visionary
courageous
aptly

[list rejections]
# outcome claims
failed
failing
fails
failure
has failed
have failed
backfired
backfire
backfiring
counterproductive
futile
pointless
useless
ineffective
doomed
achieved nothing
not worked
# judgement
reckless
recklessly
naive
naïve
foolish
folly
mistake
mistaken
blunder
misguided
wrongheaded
wrong
disastrous
shameful
disgraceful
disgrace
incompetent
incoherent
chaotic
erratic
feckless
toothless
hollow
illusion
fantasy
delusion
delusional
charade
farce
sham
waste
wasted
wasteful
squander
squandered
blank check
a habit
substitute for strategy
has it backwards
no strategy
# framing nouns and verbs
capitulation
capitulate
capitulated
caved
caving
surrender
surrendered
appeasement
appease
appeased
appeasing
betrayal
betray
betrayed
betraying
giveaway
gift to putin
lifeline
rewards aggression
rewarding aggression
duped
abandoned
abandoning
undermine
undermines
undermined
undermining
sabotage
flawed
misread
misreading
misreads
bravado
bluster
bluff
lashing out
strung along
naivety
gullible
wishful thinking
vanity
incompetence
amateurish
kowtow*
fawning
obsequious
sycophantic
laughing at
hot air
theatrical
empty threats
empty promises
flip flop*
backtrack*
backed off
blinked
premature
one sided
lopsided
unjust
immoral
cynical
cynicism
dishonest
misleading
distort*
whitewash*
revisionist
extortion
blackmail
# claims called false: how a rebuttal names what it rebuts
myth
myths
false claim
false claims
falsely
disinformation
propaganda
narrative
narratives
debunk*
conspiracy theor*
canard
fiction
fabricated
fabrication
pretext
excuse
cannot afford
can't afford
can no longer afford

[list evaluation_complements]
# An evaluation followed at once by one of these judges the act it
# introduces, not a target after it: "has failed to impose new sanctions"
# faults the failure to act, it does not reject the sanctions. The target
# is then judged by whatever else applies to it (advocacy, negation) or is
# a bare mention. An evaluation after the target still judges it: "the
# sanctions failed to stop the war" rejects them.
to
