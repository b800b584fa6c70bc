# Trump evaluation: is the article critical of, or approving of, the
# administration's handling of Russia/Ukraine/NATO?
#
# Design: generic evaluative words (naive, reckless, shrewd, pragmatic ...)
# say nothing about Trump unless they sit next to a reference to him or his
# administration, so they have NO entry here and live only in [context]
# rules whose triggers are @administration_refs (lists.lex). Entries below
# are phrases that are about the administration on their own (puppet,
# "played by Putin", "art of the deal", "Trump derangement" ...).
# Policy slogans such as "peace through strength" belong to the
# engagement_pressure axis, not here.

slant-lexicon 1
axis trump_evaluation "Critical vs. approving of the administration"
pole - critical  "Critical of the administration's handling"
pole + approving "Approving of the administration's handling"

[pole critical]

# --- Puppet / asset / compromised
putin's puppet               2.0
putin puppet                 1.8
kremlin puppet               1.2
putin's poodle               1.8
putin's lapdog               1.8
lapdog                       1.0
russian asset                1.5
kremlin asset                1.5
manchurian candidate         1.8
kompromat                    1.2
bromance                     1.2
useful idiot*                1.2
putin's useful idiot         1.8
appeaser in chief            1.8     # "appeaser-in-chief"

# --- Being played / outplayed by Putin
played by putin              2.0
putin played                 1.5
played like a fiddle         1.5
being played                 1.2
got played                   1.2
rolled by putin              1.5

# --- Moscow-friendly moves, gifts to Putin
putin friendly               1.2     # "Putin-friendly"
moscow friendly              1.0
kremlin friendly             1.0
pro putin                    0.8
putin's wishlist             1.5
putin's wish list            1.5
kremlin's wish list          1.5
wishlist                     0.6
wish list                    0.6
gift to putin                1.8
gift to the kremlin          1.5
gift to moscow               1.5
win for putin                1.2
victory for putin            1.2
# "handed Putin" alone also matches a handed letter; what was handed decides.
handed {russia} a victory    1.5
handed {russia} a win        1.5
handed {russia} a gift       1.5
handed {russia} everything   1.5
handing {russia} a victory   1.5
handing {russia} a win       1.5
putin's dream                1.2
all carrots and no sticks    1.2     # also pressure axis: frames both
off the hook                 1.0
embolden* putin              1.0
embolden* the kremlin        1.0
putin's terms                1.0
kremlin's terms              1.0
dictated peace               1.0
surrender deal               1.5
peace in our time            1.2     # Chamberlain echo

# --- Fawning over Putin
cozy up                      1.2
cozying up                   1.2
cozies up                    1.2
cozied up                    1.2
cosying up                   1.2
fawn*                        1.2
kowtow*                      1.2
grovel*                      1.2
obsequious                   1.0
sycophan*                    1.0
toady*                       1.0
admir* putin                 1.2
prais* putin                 1.0
soft on putin                1.5
soft on russia               1.5
siding with putin            1.5
sided with putin             1.5
sides with putin             1.5
sided with russia            1.2
sided with moscow            1.2
voted with russia            1.2
echo* putin                  1.2
echo* the kremlin            1.2
echo* kremlin                1.2
parrot* putin                1.5
parrot* the kremlin          1.5
parrot* kremlin              1.5
kremlin talking points       1.2

# --- Treatment of Zelensky and Ukraine
blam* zelensk*               1.0
blam* ukraine                0.6
humiliat* zelensk*           1.5
berat* zelensk*              1.2
ambush* zelensk*             1.5
oval office ambush           1.5
dressing down                0.8
undermin* zelensk*           1.0
regime change in kyiv        1.0
sellout                      1.2
sold out ukraine             1.8
selling out ukraine          1.5
betrayal of ukraine          1.8
betray* ukraine              1.2
abandon* ukraine             1.2
under the bus                1.2
stab* in the back            1.2
munich moment                1.0
chamberlain                  0.8

# --- Incoherence and amateurism
amateur hour                 1.5
amateurish                   1.0
clown show                   1.2
clown car                    1.0
dumpster fire                1.0
train wreck                  1.0
shambolic                    1.0
whiplash                     0.8
flip flop*                   1.0     # "flip-flop(s)"
u turn                       0.6     # "U-turn"
zigzag*                      0.8
mixed messages               0.8
mixed signals                0.8
no strategy                  1.0
no coherent strategy         1.2
lack of strategy             1.0
shakedown                    1.0
protection racket            1.0
transactional                0.4
end the war in 24 hours      0.6     # cited to mark an unkept promise

# --- Direct verdicts naming Trump
trump was wrong              1.5
trump is wrong               1.5
trump got it wrong           1.5
trump's mistake              1.5
trump's folly                1.5
trump's blunder              1.5
trump's failure              1.5
trump's capitulation         2.0
trump's betrayal             2.0
trump's surrender            1.8

[pole approving]

# --- Dealmaker / peacemaker
art of the deal              0.5     # often ironic in critical pieces
dealmaker                    0.5     # often ironic ("self-declared dealmaker")
deal maker                   0.5     # "deal-maker"; often ironic
master dealmaker             0.8
master negotiator            1.5
negotiator in chief          1.2
negotiating skill*           1.0
business acumen              1.0
business mind                1.0
masterclass                  1.2
peacemaker                   1.2
peace president              1.5
president of peace           1.2
nobel peace prize            0.4
brought peace                0.8
ending wars                  0.8
no new wars                  1.2
putin to the table           0.8
bring* putin to the table    1.0
historic deal                1.0
historic breakthrough        1.2
historic peace               1.0
peace through trade          0.8
economic statecraft          0.6
4d chess                     0.5
madman theory                0.4
strategic unpredictability   0.8
breath of fresh air          1.0
fresh approach               0.8
outside the box              0.6
pragmatic approach           1.0
tough love                   0.6
projecting strength          0.8
respected again              1.0
restor* deterrence           0.8
finally getting tough        1.2
tougher on russia            0.8
tougher on russia than       1.5
tougher on putin             1.0
america first                0.5
put america first            0.8
shrewd negotiator            1.2
tough negotiator             1.0
skilled negotiator           1.0
common sense approach        1.0
putin respects trump         1.2
respects strength            0.8
restor* american strength    1.0
trump delivered              1.0
trump brokered               1.0
secured a ceasefire          0.8
historic summit              0.8
trump is winning             1.0
kudos to trump               1.2

# --- Direct verdicts naming Trump
trump was right              1.8
trump is right               1.5
trump got it right           1.5
trump deserves credit        1.8
give trump credit            1.5
credit to trump              1.2
credit where credit is due   1.2
credit where it's due        1.2
give him credit              1.2
to his credit                1.0
know* what he's doing        1.2     # "Trump knows what he's doing"
kept his promise             1.2
promises kept                1.0
promise kept                 1.0

# --- Blame shifted to Biden (defence of the administration)
would never have happened    1.2
never would have happened    1.2
wouldn't have happened       1.0
biden's fail*                1.2
biden's weakness             1.2
biden's disastrous           1.2
biden's mess                 1.2
biden's war                  0.8
biden's blank check*         1.0
afghanistan debacle          1.2
botched withdrawal           1.0
under biden                  0.5
unlike biden                 1.0
unlike his predecessor       1.0
inherited a war              1.0
inherited this war           1.0
inherited the war            1.0
sleepy joe                   1.2
autopen                      0.8

# --- Attacking the critics (MAGA / pro-administration media)
trump derangement            1.5
tds                          0.8
trump hater*                 1.2
orange man bad               1.5
russia hoax                  1.2
collusion hoax               1.2
russiagate                   0.8
witch hunt                   1.0
fake news                    1.0
legacy media                 0.8
corporate media              0.8
mainstream media             0.6
never trump*                 1.0     # "Never Trumpers"
pearl clutching              1.0
hand wringing                0.6
chattering class*            0.8
beltway elites               1.0
beltway                      0.4
foreign policy establishment 0.6
the blob                     0.8
warmonger*                   0.6
neocon*                      0.6

# --- Judgements aimed at the administration, written with word classes
# (classes.lex) so that each covers Trump, the White House, the envoys ...
[pole critical]
{admin} caved                2.0
{admin} caves                2.0
{admin} folded               1.5
{admin} capitulated          2.0
{admin}'s capitulation       2.0
{admin}'s surrender          1.5
{admin}'s betrayal           2.0
{admin}'s appeasement        2.0
{admin} appeased             1.5
{admin} sided with {russia}  2.0
{admin} sides with {russia}  2.0
{admin} siding with {russia} 2.0
siding with {russia}         1.2
sided with {russia}          1.2
echo* the {russia} line      1.5
echo* {russia} talking points 1.5
echo* {russia}'s talking points 1.5
parrot* {russia}             1.5
parrot* {russia}'s           1.5
{russia}'s talking point*    1.0
{russia} talking point*      1.0
{admin} was played           2.0
{admin} got played           2.0
played by {russia}           1.5
outplayed                    1.2
red carpet for {russia}      1.5
{admin}'s chaotic            1.5
{admin}'s erratic            1.5
{admin}'s reckless           1.5
{admin}'s naive              1.5
{admin}'s incoherent         1.5
{admin}'s failed             1.5
{admin}'s failure            1.5
{admin}'s weakness           1.5
{admin}'s flattery           1.2
{admin} flatters {russia}    1.5
{admin}'s admiration for {russia} 1.5
{admin} admires {russia}     1.5
{admin}'s affinity for {russia} 1.5
pressur* {ukraine}           0.8
bully* {ukraine}             1.2
{admin} blamed {ukraine}     1.5
{admin} blames {ukraine}     1.5
sell out {ukraine}           1.5
sold out {ukraine}           1.5
selling out {ukraine}        1.5
throw* {ukraine} under the bus 1.5
betray* {ukraine}            1.2
abandon* {ukraine}           1.2
{russia}'s wish list         1.5
{russia}'s wishlist          1.5
gift to {russia}             1.5
gift for {russia}            1.5
win for {russia}             1.2
victory for {russia}         1.2
reward* {russia}             1.2
concessions to {russia}      0.8

[pole approving]
{admin} deserves credit      2.0
credit to {admin}            1.5
{admin} is right             1.5
{admin} was right            1.5
{admin} rightly              1.5
{admin}'s bold               1.5
{admin}'s leadership         1.0
{admin}'s strength           1.2
{admin}'s success            1.5
{admin}'s dealmaking         0.8
{admin}'s deal making        0.8
{admin}'s realism            1.2
{admin}'s pragmatism         1.2
{admin}'s instincts          1.0
{admin} delivered            1.0
brought {russia} to the table 1.2
only {admin} can             1.5
{admin} forced {allies}      1.2
{admin} pushed {allies}      1.0

# --- Learned from 2025 articles outside the dev set (how each side puts it)
[pole critical]
trump always chickens out        1.5
taco trump                       1.5
chicken* out                     1.0
{admin}'s bluster                1.2
always two weeks away            1.2
would be dealmaker               1.2
self proclaimed dealmaker        1.5
so much for the art of the deal  1.5
art of the surrender             1.5
in over his head                 1.0
strung {admin} along             1.0
in {russia}'s pocket             1.5
suck* up to {russia}             1.5
pander* to {russia}              1.2
deference to {russia}            1.2
undue deference                  1.2
bowing to {russia}               1.2
bowed to {russia}                1.2
taking {russia}'s side           1.5
took {russia}'s side             1.5
roll* out the red carpet         0.6
surrender summit                 1.2
preemptively conce*              1.5
pre emptively conce*             1.5
before negotiations have even begun 0.8
before talks have even begun     0.8
bargaining chips off the table   1.0
desperate for a deal             1.0
desperate for a nobel            1.2
nobel obsession                  1.2
only winner was {russia}         1.2
{russia} was the only winner     1.2
into {russia}'s hands            1.0
{ukraine} down the river         1.5
backstab*                        1.2
written by {russia}              1.0
tag team*                        1.0
mafia style                      1.0
[pole approving]
dealmaker in chief               1.5
diplomatic coup                  1.0
{admin}'s triumph                1.0
win for {admin}                  0.6
victory for {admin}              0.8
{admin} scored a                 1.0
only {admin} could               1.2
{admin} broke the deadlock       1.2
{admin} breaks the deadlock      1.2
saved nato                       1.0
man of peace                     0.6
{admin} stood up to {russia}     1.2
{admin} stood up to {allies}     1.0
{admin} stood firm               1.0
prov* critics wrong              1.5
prov* his critics wrong          1.5
prov* the critics wrong          1.5
results speak for themselves     1.2
result speaks for itself         1.0
gets results                     0.8
prioritiz* results over          1.2
trump deranged                   1.5
clutch* their pearls             1.0
endless posturing                0.8
moral posturing                  0.8
virtue signal*                   0.8
washington elite*                0.8
foreign policy class             0.8

# --- Learned from 2025 articles outside the dev set (how each side puts it)
[pole approving]
no more blank checks             1.2
world's atm                      1.0
like an atm                      0.8
tangible returns                 0.8
win for american taxpayers       1.0
putting america first            0.6
new sheriff in town              1.0
{admin} deserves all the         1.5
without {admin}'s leadership     1.2
without the leadership of {admin} 1.2
without his leadership           0.8
no american president in decades 0.8
broke the logjam                 1.0
break* the logjam                1.0
{admin} pulled off               1.0
peace has a name                 1.0
biden years                      0.6
inherited from the biden         1.0
biden's reckless                 1.0
biden slow walk*                 0.8
disastrous withdrawal            1.0
disastrous exit                  1.0
disastrous pullout               1.0
reset button                     0.8
tougher on {russia} than         1.5
trump hating                     0.8
silenc* his critics              1.0
confound* his critics            1.0
[pole critical]
switched sides                   1.2
switching sides                  1.2
doing {russia}'s bidding         1.5
coddl* {russia}                  1.2
made in moscow                   1.2
russian wish list                1.2
russian wishlist                 1.2
empty handed                     0.8
{admin} got nothing              1.2
nothing to show for              0.8
self proclaimed master           1.5
self styled dealmaker            1.5
{admin} rolled over              1.5
propaganda victory               1.0
propaganda coup                  1.0
legitimiz* {russia}              1.0
{admin} by the nose              1.2
outsmart* {admin}                1.2
stringing him along              0.8
susceptible to flattery          1.0
{admin}'s ego                    1.0
not an honest broker             1.0
real estate mogul*               0.8
no diplomatic experience         0.8
zero diplomatic experience       1.0
second yalta                     1.0
yalta moment                     0.8
blam* the victim                 1.2
pressure on the victim           1.2
schoolyard bull*                 1.0
playground bull*                 1.0
{admin}'s extortion              1.5

# --- Learned from 2025 articles outside the dev set, third pass. Hawks who
# approve say what Putin got wrong about the president.
[pole approving]
underestimat* {admin}            1.0
{russia} misread {admin}         1.0
{russia} misjudged {admin}       1.0
{russia} misjudges {admin}       1.0
would never have started         0.8
{admin}'s resolve                0.6
no nonsense                      0.6
[pole critical]
surrender document               1.2
two weeks away                   0.8
on a silver platter              0.8
on a platter                     0.8
played him                       0.8

[pole critical]

# --- Fifth pass, from 2025 articles outside the dev set
embolden* {russia}           0.8
surrender plan               1.2
russian talking point*       1.2
echo* russian                1.0
disinformation space         1.0
disinformation bubble        1.0
coach* {russia}              1.2
coach* the kremlin           1.2
lack of diplomatic experience 1.0
peace for our time           1.2
preemptive* capitulat*       1.5
too conciliatory             0.8
reward* aggression           0.8
reward* russian aggression   1.0

[pole approving]

{admin} is correct           1.2
{admin} was correct          1.2
deal making skill*           1.0
dealmaking skill*            1.0
foreign entanglement*        0.6
# A summit or deal called a diplomatic success, unless it is Moscow's.
diplomatic success           0.8

[pole critical]
diplomatic success for {russia} 1.2
success for {russia}         1.0

[context]
# term | triggers | within | pole weight
# Generic evaluative words count only within 6 tokens of a reference to
# Trump or his administration (@administration_refs). A few "was he
# played?" verbs also accept a bare pronoun (@pronoun_refs) within 3 tokens.
# None of these terms has an entry of its own.

# --- Critical: naivety, being played, weakness
naiv*          | @administration_refs | 6 | critical 1.2
gullible       | @administration_refs | 6 | critical 1.2
played         | @administration_refs | 6 | critical 1.0
duped          | @administration_refs | 6 | critical 1.2
duped          | @pronoun_refs        | 3 | critical 1.0
conned         | @administration_refs | 6 | critical 1.2
conned         | @pronoun_refs        | 3 | critical 1.0
fooled         | @administration_refs | 6 | critical 1.0
fooled         | @pronoun_refs        | 3 | critical 0.8
suckered       | @administration_refs | 6 | critical 1.2
suckered       | @pronoun_refs        | 3 | critical 1.0
hoodwink*      | @administration_refs | 6 | critical 1.2
hoodwink*      | @pronoun_refs        | 3 | critical 1.0
manipulat*     | @administration_refs | 6 | critical 1.0
outmaneuver*   | @administration_refs | 6 | critical 1.0
outmanoeuvr*   | @administration_refs | 6 | critical 1.0
outplayed      | @administration_refs | 6 | critical 1.2
outfoxed       | @administration_refs | 6 | critical 1.2
flatter*       | @administration_refs | 6 | critical 0.8
pushover       | @administration_refs | 6 | critical 1.2
patsy          | @administration_refs | 6 | critical 1.2
chump          | @administration_refs | 6 | critical 1.2
delusion*      | @administration_refs | 6 | critical 1.0
wishful thinking | @administration_refs | 6 | critical 1.0
misread*       | @administration_refs | 6 | critical 1.0
# "Trump said Biden was weak" is a known false hit; weight kept modest.
weak           | @administration_refs | 6 | critical 0.6
weakness       | @administration_refs | 6 | critical 0.8
feckless       | @administration_refs | 6 | critical 1.2
spineless      | @administration_refs | 6 | critical 1.2
craven         | @administration_refs | 6 | critical 1.2
coward*        | @administration_refs | 6 | critical 1.2
hapless        | @administration_refs | 6 | critical 1.0
dither*        | @administration_refs | 6 | critical 1.0

# --- Critical: capitulation, betrayal, appeasement
capitulat*     | @administration_refs | 6 | critical 1.5
surrender*     | @administration_refs | 6 | critical 1.0
caved          | @administration_refs | 6 | critical 1.2
caved          | @pronoun_refs        | 3 | critical 1.0
caving         | @administration_refs | 6 | critical 1.2
caves          | @administration_refs | 6 | critical 1.0
folded         | @administration_refs | 6 | critical 1.0
folded         | @pronoun_refs        | 3 | critical 0.8
betray*        | @administration_refs | 6 | critical 1.5
appeas*        | @administration_refs | 6 | critical 1.2
abdicat*       | @administration_refs | 6 | critical 1.0
squander*      | @administration_refs | 6 | critical 1.0
alienat*       | @administration_refs | 6 | critical 0.8

# --- Critical: incompetence and chaos
reckless*      | @administration_refs | 6 | critical 1.2
chaotic        | @administration_refs | 6 | critical 1.2
chaos          | @administration_refs | 6 | critical 1.0
erratic        | @administration_refs | 6 | critical 1.0
impulsive      | @administration_refs | 6 | critical 1.0
incoherent     | @administration_refs | 6 | critical 1.0
inconsistent   | @administration_refs | 6 | critical 0.8
blunder*       | @administration_refs | 6 | critical 1.2
fiasco         | @administration_refs | 6 | critical 1.2
debacle        | @administration_refs | 6 | critical 1.2
disast*        | @administration_refs | 6 | critical 1.0
fail*          | @administration_refs | 6 | critical 0.8
mistake*       | @administration_refs | 6 | critical 0.6
misguided      | @administration_refs | 6 | critical 1.0
short sighted  | @administration_refs | 6 | critical 1.0
shortsighted   | @administration_refs | 6 | critical 1.0
incompeten*    | @administration_refs | 6 | critical 1.2
inept*         | @administration_refs | 6 | critical 1.2
clueless       | @administration_refs | 6 | critical 1.2
ignoran*       | @administration_refs | 6 | critical 1.0
mishandl*      | @administration_refs | 6 | critical 1.0
bungl*         | @administration_refs | 6 | critical 1.2
botch*         | @administration_refs | 6 | critical 1.2
dangerous      | @administration_refs | 6 | critical 0.6

# --- Critical: character and conduct
vain           | @administration_refs | 6 | critical 0.8
vanity         | @administration_refs | 6 | critical 0.8
narcissis*     | @administration_refs | 6 | critical 1.0
shameful       | @administration_refs | 6 | critical 1.2
disgrace*      | @administration_refs | 6 | critical 1.2
embarrass*     | @administration_refs | 6 | critical 1.0
humiliat*      | @administration_refs | 6 | critical 1.0
appalling      | @administration_refs | 6 | critical 1.0
cynical        | @administration_refs | 6 | critical 0.8
bully*         | @administration_refs | 6 | critical 0.8
berat*         | @administration_refs | 6 | critical 0.8

# --- Approving: pragmatism, shrewdness, strength
pragmati*      | @administration_refs | 6 | approving 1.0
shrewd*        | @administration_refs | 6 | approving 1.2
savvy          | @administration_refs | 6 | approving 1.0
clear eyed     | @administration_refs | 6 | approving 1.0
smart          | @administration_refs | 6 | approving 0.8
brilliant*     | @administration_refs | 6 | approving 1.0
masterful*     | @administration_refs | 6 | approving 1.2
masterstroke   | @administration_refs | 6 | approving 1.2
visionary      | @administration_refs | 6 | approving 1.0
bold*          | @administration_refs | 6 | approving 0.8
decisive*      | @administration_refs | 6 | approving 1.0
resolute       | @administration_refs | 6 | approving 0.8
courage*       | @administration_refs | 6 | approving 0.6
# Strength words are modest: "strong criticism of Trump" is a false hit.
strength       | @administration_refs | 6 | approving 0.6
strong         | @administration_refs | 6 | approving 0.4
strong leader* | @administration_refs | 6 | approving 1.0
tough          | @administration_refs | 6 | approving 0.5
firm           | @administration_refs | 6 | approving 0.5
leverage       | @administration_refs | 6 | approving 0.6
common sense   | @administration_refs | 6 | approving 1.0
realism        | @administration_refs | 6 | approving 0.8
realistic      | @administration_refs | 6 | approving 0.6
realist        | @administration_refs | 6 | approving 0.8
wise           | @administration_refs | 6 | approving 0.8
wisely         | @administration_refs | 6 | approving 0.8
prudent        | @administration_refs | 6 | approving 0.8
sensible       | @administration_refs | 6 | approving 0.8
instinct*      | @administration_refs | 6 | approving 0.6
unconventional | @administration_refs | 6 | approving 0.5

# --- Approving: results
effective      | @administration_refs | 6 | approving 0.6
successful     | @administration_refs | 6 | approving 0.6
success        | @administration_refs | 6 | approving 0.5
achievement*   | @administration_refs | 6 | approving 0.8
breakthrough   | @administration_refs | 6 | approving 1.0
historic       | @administration_refs | 6 | approving 0.6
brokered       | @administration_refs | 6 | approving 0.8
delivered      | @administration_refs | 6 | approving 0.6
credit         | @administration_refs | 6 | approving 0.5
right call     | @administration_refs | 6 | approving 1.2
right move     | @administration_refs | 6 | approving 1.0
smart move     | @administration_refs | 6 | approving 1.2
vindicat*      | @administration_refs | 6 | approving 1.2
proved right   | @administration_refs | 6 | approving 1.2
proven right   | @administration_refs | 6 | approving 1.2

# --- Approving: critics dismissed as hysterical or smearing
hysteri*       | @administration_refs | 6 | approving 0.8
smear*         | @administration_refs | 6 | approving 0.8

# --- Fifth pass: judgements of the administration's people and deals
extort*        | @administration_refs | 6 | critical 1.0
mafia          | @administration_refs | 6 | critical 1.0
traitor*       | @administration_refs | 6 | critical 0.8
bumbl*         | @administration_refs | 6 | critical 1.0
inexperience*  | @administration_refs | 6 | critical 1.0
treacher*      | @administration_refs | 6 | critical 1.0
statesman*     | @administration_refs | 6 | approving 0.8
detractor*     | @administration_refs | 8 | approving 0.8
