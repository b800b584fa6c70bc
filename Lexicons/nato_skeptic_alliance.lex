# NATO-skeptic vs. alliance-first: does the article treat NATO and the
# European allies as a burden, a provocation or an obstacle (skeptic), or
# put allied unity, collective defence and transatlantic institutions first
# (alliance)?
#
# Plain "nato" is NOT evidence either way: straight news mentions NATO as a
# buyer or delivery channel ("weapons bought by NATO"). It gets a token
# weight only; framing words carry the score.

slant-lexicon 1
axis nato_skeptic_alliance "NATO-skeptic vs. alliance-first"
pole - skeptic  "NATO-skeptic: burden-sharing grievance, NATO expansion as provocation, Europe as obstacle, commitments questioned"
pole + alliance "Alliance-first: allied unity, collective defence, Article 5, transatlantic solidarity, multilateral institutions"

[pole skeptic]
# --- Pass 5 (2025 pages outside the dev set): allies as dependents, the
# rescue resented, the rebalancing welcomed as overdue.
uncle sucker                       0.8
bail* out europe                   0.8
bail* europe out                   0.8
free loading                       1.2
security dependents                1.2
ends in themselves                 0.8
overcommit*                        0.8
lopsided                           0.6
european problems                  1.0


# --- Burden-sharing grievance (Trump / MAGA / restraint voices)
free ride*                   1.5     # "free rider(s)", "free ride"
free riding                  1.5
freerider*                   1.5
freeload*                    1.5
fair share                   1.0
pay their fair share         1.5
# Not paying is the grievance itself: with the negator inside the entry
# ({negators}, lists.lex) it wins the longest match and does not flip.
{negators} pay their fair share     1.5
{negators} paying their fair share  1.5
{negators} paid their fair share    1.5
{negators} pay its fair share       1.5
{negators} paying its fair share    1.5
pay up                       1.0
pay their dues               1.0
nato dues                    1.0
delinquent                   1.2
deadbeat*                    1.5
arrears                      0.8
unfair burden                1.5
burden sharing               0.8     # used by both camps, mild lean
burden shifting              0.8
lion's share                 0.8
taken advantage of           1.2
taking advantage of          1.0
ripping us off               1.2
ripped off                   1.0
subsidiz*                    0.8
subsidis*                    0.8
stop subsidizing             1.5
taxpayer*                    0.5
mooch*                       1.2
leech*                       1.0
on the dole                  1.0
welfare state*               0.8
wealthy europeans            1.0
rich europeans               1.0
spend more                   0.6
two percent                  0.3
spending target              0.3

# --- Europe's problem, not ours
europe's problem             1.2
european problem             1.0
europe's war                 1.0
europe's backyard            0.8
let europe                   1.0
europe can defend itself     1.2
defend themselves            0.6
not our fight                1.5
not our war                  1.5
not america's war            1.5
someone else's war           1.2
faraway war                  0.8
distant war                  0.6
no vital interest            1.2
national interest            0.6
america first                1.0
vassal*                      0.8
europeaniz*                  0.8     # "Europeanize NATO": hand defence to Europe

# --- NATO itself questioned
obsolete                     1.5
relic                        1.0
outdated                     0.6
outlived its purpose         1.5
outlived*                    1.2
brain dead                   1.0
paper tiger                  0.6
entangling alliance*         1.8
entangl*                     1.0
withdraw from nato           2.0
withdrawing from nato        2.0
leave nato                   1.8
leaving nato                 1.8
quit nato                    1.8
exit nato                    1.8
pull out of nato             1.8
nato exit                    1.5
rethink nato                 1.2
reassess*                    0.8
reevaluat*                   0.8
re evaluat*                  0.8
troop withdrawal*            0.8
troops home                  1.0
drawdown                     0.6
draw down                    0.6
retrench*                    0.8
offshore balanc*             1.2
restraint                    0.8
pivot to asia                0.8

# --- NATO expansion as provocation (realist critique)
eastward expansion           1.2
nato expansion               1.0
expansion of nato            1.0
nato enlargement             0.6
not one inch                 1.5
broken promise*              1.0
encircl*                     0.8
doorstep                     0.8
security dilemma             0.8
provocative expansion        1.5
bucharest summit             0.6

# --- Establishment / Europe-as-obstacle vocabulary
liberal hegemony             1.0
primacy                      0.6
the blob                     1.2
foreign policy establishment 0.8
interventionist*             0.6
non interventionis*          1.0
globalis*                    1.0     # "globalist(s)", "globalism"
eurocrats                    1.2
brussels bureaucrats         1.2
european elites              1.0
european warmongers          1.5
spoiler*                     0.6
obstacle to peace            1.2

# --- Overreach and Cold War framing (realist / restraint)
world policeman              1.2
world's policeman            1.2
global policeman             1.0
overextended                 0.8
overstretch*                 0.8
nato expansionism            1.2
cold war mentality           1.0
cold war thinking            1.0
bloc mentality               0.8
die for montenegro           1.2
cheapskate*                  1.0
europe's responsibility      0.8
european responsibility      0.6
they don't pay               1.0

[pole alliance]
# --- Pass 5 (2025 pages outside the dev set): the alliance as the bulwark,
# and contempt for it as the charge.
bulwark                            0.6
protection racket                  0.6


# --- Commitment language
ironclad                     1.2
ironclad commitment          1.8
unwavering commitment        1.5
unwavering support           1.2
unshakable                   1.2
unshakeable                  1.2
steadfast                    1.0
rock solid                   1.0
sacred obligation            1.5
treaty obligations           0.8
treaty commitment*           0.8
reliable ally                1.0
unreliable ally              1.0     # alliance-first complaint about the US
trusted ally                 0.8
reliable partner             0.8

# --- Collective defence
collective defense           1.5
collective defence           1.5
collective security          1.2
mutual defense               1.0
mutual defence               1.0
article 5                    0.6
article five                 1.0
attack on one                1.5     # "an attack on one is an attack on all"
defend every inch            1.8
every inch                   1.0
eastern flank                1.0
forward presence             0.8
forward deployed             0.6
deterrence posture           0.8
deterrence and defense       1.0
deterrence and defence       1.0
deterrence                   0.5
credible deterrent           1.0
deter russia                 0.8
nuclear umbrella             0.8
interoperab*                 0.6
joint exercises              0.5
security guarantee*          0.5

# --- Unity and solidarity
allied unity                 1.5
alliance unity               1.5
nato unity                   1.2
western unity                1.2
transatlantic unity          1.5
united front                 1.0
solidarity                   0.8
transatlantic solidarity     1.5
allied solidarity            1.5
transatlantic bond           1.5
transatlantic ties           1.0
transatlantic alliance       1.0
transatlantic partnership    0.8
transatlantic relationship   0.6
transatlantic                0.4
shoulder to shoulder         1.2
in lockstep                  1.0
together with our allies     1.2
stand with our allies        1.8
stand by our allies          1.8
our allies                   0.6
our european allies          0.8
our nato allies              1.0
allies and partners          1.0
friends and allies           0.8
allies                       0.3
allied                       0.3
strong alliance*             0.8
coordinat* with allies       1.0
consult* with allies         1.0
allied consultation*         0.8
reassur* allies              1.2
reassurance                  0.6
coalition of the willing     0.6
international coalition      0.8

# --- Values and order
shared values                1.2
common values                1.0
democratic values            0.6
free world                   1.0
leader of the free world     1.2
rules based order            1.2     # "rules-based order"
international order          0.6
liberal international order  1.0
post war order               0.8
postwar order                0.8
multilateral*                0.8
international institutions   0.8
american leadership          1.0
global leadership            0.8
pax americana                0.6
indispensable                0.8
cornerstone                  1.0
bedrock                      1.0
force multiplier             1.0
most successful alliance     1.5
washington treaty            0.6
north atlantic treaty        0.6

# --- Alliance-first criticism of skeptics
isolationis*                 1.0
america alone                1.0
go it alone                  0.8
abdicat*                     0.8
alienat* allies              1.2
alienat* our allies          1.2
abandon* allies              1.5
abandon* our allies          1.5
betray* our allies           1.5
undermin* nato               1.2
weaken* nato                 1.2
weaken* the alliance         1.2
strengthen* nato             1.2
strengthen* the alliance     1.2
driv* a wedge                1.0     # "drive/driving a wedge" between US and Europe
split the alliance           1.2
divid* the alliance          1.2
fractur* the alliance        1.2
sow division*                0.8
sowing division*             0.8
allies are watching          1.2
credibility                  0.5

# --- Enlargement as success; Ukraine's path
irreversible path            1.2
bridge to membership         1.0
nato accession               0.6
sovereign choice             1.0
right to choose              0.8

# --- NATO as a name is not framing: `nato`, `nato summit` and `alliance`
# have no entry of their own (they used to weigh 0.2-0.3 toward alliance;
# `slant tune` ranked plain `nato` the most harmful entry, because articles
# that mention NATO only as a delivery channel read as alliance-first). They
# still count through the [context] rules below, next to framing words.

# --- Ways of arguing the question, written with word classes (classes.lex)
[pole skeptic]
{allies} free rid*           1.5
{allies} freeload*           1.5
freeloading {allies}         1.5
{allies} must pay            1.2
{allies} should pay          1.2
{allies} to pay              0.8
{allies} pay their fair share 1.0
{allies} defend themselves   1.0
subsidiz* {allies}           1.2
{allies} is the obstacle     1.5
{allies} is an obstacle      1.5
{allies} sabotag*            1.5

[pole alliance]
stand with {allies}          1.2
{allies} unity               1.2
stand together               0.8
{allies} stands united       1.2
strengthen {allies}          1.0
abandon* {allies}            1.2
betray* {allies}             1.2
undermin* {allies}           1.0
commitment to {allies}       1.0
commitment to article 5      1.5

# --- Learned from 2025 articles outside the dev set (how each side puts it)
[pole skeptic]
pick up the tab                  1.2
pick* up the slack               0.8
foot* the bill                   0.6
foot* the bill for {allies}      1.2
bankroll* {allies}               1.2
security subsidy                 1.0
american generosity              1.0
largesse                         0.6
american protection              0.6
protection for granted           0.8
uncle sam                        0.6
one way street                   1.0
military welfare                 1.0
defense welfare                  1.0
disproportionate share           1.0
skimp* on defense                1.2
skimp* on defence                1.2
wealthy european nations         1.0
wealthy european countries       1.0
wealthy european allies          1.0
open* their wallets              0.6
pull* their weight               0.5
step up to the plate             0.6
responsibility for their own defense 0.6
responsibility for their own defence 0.6
shift* the burden                0.6
so called allies                 0.6
decades of dependency            0.8
decades of dependence            0.8
strategic infan*                 1.2
{allies} needs to grow up        1.2
{allies} must grow up            1.2
zombie nato                      1.5
zombie alliance                  1.5
lost its purpose                 1.0
moral hazard                     0.6
asia first*                      0.6
underwrit*                       0.4
[pole alliance]
linchpin                         1.0
strategic asset                  0.8
kept the peace                   0.8
whole and free                   1.2
greatest alliance                0.6
ready made coalition*            1.0
bipartisan support for nato      1.0
invoked only once                0.6
more united than ever            1.2
never been more united           1.2
alliance cohesion                1.2
allied cohesion                  1.2
cohesion of the alliance         1.0
cohesion of nato                 1.0
disdain for {allies}             1.2
disdain for alliances            1.2
contempt for {allies}            0.8
sabotag* nato                    1.0
sabotag* the alliance            1.0
shatter* nato                    1.0
shatter* the alliance            1.0
bully* {allies}                  1.0
threaten* a nato ally            1.0
delinquent tenants               0.8
purely transactional             0.8
undermin* article 5              1.2
closest allies                   0.6
divid* nato                      1.0
divid* the west                  0.8
divid* the western alliance      1.2
weaken* the western alliance     1.2
test* {allies}'s resolve         0.6

[pole alliance]
transatlantic trust              0.8

# --- Learned from 2025 articles outside the dev set, fourth pass
[pole skeptic]
proxy war against {russia}       1.2
to {russia}'s border*            0.8
western duplicity                1.0
bogeym*                          1.0
scaremonger*                     1.0
fearmonger*                      0.8
fear mongering                   0.8
threat inflation                 1.0
hysteri*                         0.5
long overdue reckoning           0.8
pull* its weight                 0.5
# Not pulling their weight is the grievance too (see fair share above).
{negators} pull* their weight    1.0
{negators} pull* its weight      1.0
[pole alliance]
transatlantic community          1.0
defensive alliance               0.5
{russia}'s dream                 0.8

[context]
# term | triggers | within | pole weight
# Rules for a term are tried in order; the first that fires wins.

# Commitments questioned/reassessed -> skeptic; reaffirmed -> alliance.
commitment*   | question*, doubt*, reassess*, waver*, reconsider*, rethink*, conditional, cast doubt, walk* back, hedg*, unclear, review* | 4 | skeptic 0.8
commitment*   | ironclad, unwavering, reaffirm*, steadfast, unshak*, firm, honor*, honour*, uphold*, sacred, strong, enduring | 4 | alliance 1.2

# Article 5 doubted -> skeptic; invoked/honoured -> alliance (replaces the
# base alliance entry).
article 5     | question*, doubt*, depends, conditional, would not, won't, obsolete, definition*, not sure | 6 | skeptic 1.2
article 5     | ironclad, invok*, honor*, honour*, sacred, commit*, reaffirm*, uphold*, stand behind | 6 | alliance 1.5
article five  | question*, doubt*, depends, conditional, would not, won't, obsolete, definition*, not sure | 6 | skeptic 1.2
article five  | ironclad, invok*, honor*, honour*, sacred, commit*, reaffirm*, uphold*, stand behind | 6 | alliance 1.5

# Expansion/enlargement as provocation -> skeptic; as a success or a
# sovereign choice of the new members -> alliance.
expansion     | provok*, provocat*, threat*, encircl*, red line*, promise*, mistake, humiliat*, reckless, eastward | 5 | skeptic 1.2
expansion     | success*, strengthen*, sovereign, choice, welcom*, defensive, myth | 5 | alliance 1.0
enlargement   | provok*, provocat*, threat*, encircl*, red line*, promise*, mistake, humiliat*, reckless, eastward | 5 | skeptic 1.2
enlargement   | success*, strengthen*, sovereign, choice, welcom*, defensive, historic | 5 | alliance 1.0

# The "NATO expansion" phrase itself, when called a myth or an excuse, is
# the alliance camp rebutting the provocation story.
nato expansion | myth, excuse, pretext, debunk*, false*, canard, kremlin narrative, talking point*, smokescreen, fiction | 6 | alliance 0.8
eastward expansion | myth, excuse, pretext, debunk*, false*, canard, kremlin narrative, talking point* | 6 | alliance 0.8

# "Open door" criticised -> skeptic; kept open -> alliance. No base entry.
open door     | mistake, provok*, reckless, end, ending, ended, close*, shut*, folly, blunder | 5 | skeptic 1.0
open door     | reaffirm*, keep*, remain*, commit*, uphold* | 5 | alliance 1.0

# Europe/Europeans as obstacle, spoiler or hypocrite -> skeptic.
europe*       | obstacle*, spoiler*, sabotag*, obstruct*, meddl*, warmonger*, hypocri*, lectur*, freeload*, stand* in the way, ungrateful, derail*, scuttl*, hollow out, prolong* | 5 | skeptic 1.0
# Europeans told to take over their own defence -> mild skeptic lean.
europe*       | own defense, own defence, step up, take responsibility, take the lead, defend themselves, pay for | 5 | skeptic 0.6

# The Russian threat to the alliance called inflated -> skeptic; called real
# and growing -> alliance. Skeptic first: "exaggerating the imminent threat".
russian threat | myth, exaggerat*, overblown, inflat*, imaginary, hype*, invented, phantom, scaremonger*, fearmonger*, fear monger*, alarmis*, paranoi* | 6 | skeptic 1.0
russian threat | real, existential, growing, grows, mounting, serious, persistent, long term | 4 | alliance 1.0

# Allies abandoned/reassured -> alliance-first; allies who must pay -> skeptic.
allies        | abandon*, betray*, alienat*, snub*, insult*, reassur*, stand with, stand by, defend*, protect*, dismay*, alarm* | 4 | alliance 0.8
allies        | pay, paying, ungrateful, free ride*, cheat*, spend more, delinquent | 4 | skeptic 0.8

# NATO called obsolete, to be left or as provoker -> skeptic; NATO
# strengthened, united, revitalised -> alliance. Otherwise token weight.
nato          | obsolete, outdated, withdraw*, leave, quit, exit, dissolv*, disband*, pointless, useless, provok*, provocat*, encircl* | 4 | skeptic 1.0
nato          | strengthen*, unity, united, revitaliz*, revitalis*, bolster*, reaffirm*, stronger than ever, indispensable | 4 | alliance 0.8
alliance      | obsolete, outdated, entangling, one sided, unfair, costly, freeload* | 4 | skeptic 1.0
alliance      | strongest, most successful, strengthen*, unity, united, solidarity, vital, bedrock, cornerstone | 4 | alliance 1.0

# Defence spending shortfalls as grievance -> skeptic.
defense spending | fall* short, laggard*, delinquent, shirk*, skimp*, fail*, too little, underspend*, freeload* | 5 | skeptic 1.0
defence spending | fall* short, laggard*, delinquent, shirk*, skimp*, fail*, too little, underspend*, freeload* | 5 | skeptic 1.0

# Burden carried unfairly -> skeptic.
burden        | unfair, disproportionate, shoulder*, carry*, carrying, lion's share, american | 4 | skeptic 1.0

# Unity / solidarity near alliance words (entries cover exact phrases; this
# catches "unity of the alliance", "unity is cracking").
unity         | nato, allied, alliance, western, transatlantic, european, fractur*, crack*, undermin*, erod* | 4 | alliance 1.0
deterrence    | eastern flank, nato, alliance, baltic*, poland, allied | 5 | alliance 1.0

# International bodies dismissed -> skeptic; upheld -> alliance.
united nations | useless, irrelevant, corrupt, globalist*, toothless | 4 | skeptic 0.8
united nations | charter, uphold*, multilateral* | 4 | alliance 0.6

# Partners described as reliable/democratic -> alliance.
partners      | reliable, trusted, democratic, like minded, european, transatlantic | 3 | alliance 0.6

# Troops in Europe brought home -> skeptic; reinforced -> alliance.
troops        | bring* home, brought home, pull* out, withdraw* from europe, out of europe, out of germany | 4 | skeptic 0.8
troops        | eastern flank, baltic*, poland, reinforc*, rotational, to europe | 4 | alliance 0.8

# Guarantees: American backstop for Europe -> alliance.
guarantee*    | american, backstop, article 5 like, nato like, allied | 4 | alliance 0.8

# Pass 5: dependence on American protection, the rebalancing called overdue,
# rearmament called militarisation, alliances that drag America into wars
# (skeptic); contempt, disdain or hostility toward allies, the order
# unravelling (alliance-first).
dependen*     | american, america, america's, washington, united states, u.s, protection, security umbrella | 4 | skeptic 0.6
relian*       | american, america, america's, washington, united states, u.s, protection, security umbrella | 4 | skeptic 0.5
overdue       | burden*, europe, europe's, european, allies, defense, defence, rebalanc*, responsibilit* | 6 | skeptic 1.0
militari*     | europe, europe's, european, nato, eu, brussels, rearm* | 5 | skeptic 0.6
drag*         | into war, into a war, into wars, into conflict, into conflicts | 5 | skeptic 0.6
contempt      | allies, alliance, alliances, nato, transatlantic, partners | 4 | alliance 1.0
disdain       | allies, alliance, alliances, nato, transatlantic, partners | 4 | alliance 1.0
hostil*       | allies, allied, partners, transatlantic, alliance | 4 | alliance 0.8
unravel*      | order, alliance, nato, transatlantic, postwar, post war | 5 | alliance 0.8
