# War responsibility: does the article place the cause of the war on the
# West/NATO (provoked: expansion, broken promises, Russia's security
# concerns, "root causes") or on Russia (aggression: unprovoked invasion,
# occupation, war crimes, accountability)?
#
# Straight-news words ("invasion", "strikes") are weak; loaded terms carry
# the score. Kremlin vocabulary ("special military operation", "Kyiv
# regime") counts for provoked, but [context] turns it around when the
# article marks it as a euphemism or a pretext.

slant-lexicon 1
axis war_responsibility "West provoked vs. Russian aggression"
pole - provoked   "The West/NATO provoked the war: Russia's legitimate security concerns, root causes"
pole + aggression "Russian aggression: unprovoked invasion, occupation, war crimes, accountability"

[pole provoked]
# --- Pass 5 (2025 pages outside the dev set): the warnings Washington
# ignored, and America's empire as the driver.
nyet means nyet                    1.2
brightest of all redlines          1.2
brightest of all red lines         1.2
american empire                    0.8
us empire                          0.8
pull* {ukraine} into nato          1.0
drag* {ukraine} into nato          1.0


# --- NATO expansion and broken promises
nato expansion               1.0
expansion of nato            1.0
nato enlargement             0.8
eastward expansion           1.2
not one inch                 1.5
broken promise*              1.2
promises to gorbachev        1.2
gorbachev                    0.5
bucharest summit             0.8
bucharest declaration        0.8
nato infrastructure          0.8
nato bases                   0.6
threatened by nato           1.2
felt threatened              1.0
encircl*                     1.2
encroach*                    1.0
doorstep                     1.0
backyard                     0.6
buffer zone                  0.8
buffer state                 1.0
sphere of influence          0.8
spheres of influence         0.8
indivisible security         1.2
security dilemma             0.8

# --- Russia's security concerns, root causes
legitimate security concerns  2.0
legitimate security interests 2.0
genuine security concerns    1.5
reasonable security concerns 1.5
legitimate concerns          1.0
legitimate interests         1.0
security concerns            0.6
security interests           0.5
root cause*                  1.5
underlying causes            1.0
geopolitical conflict        0.6
european security order      0.6
backed into a corner         1.0
cornered                     0.6
humiliation of russia        1.0
how would we react           1.2
how would america react      1.2
how would the united states react 1.2
monroe doctrine              1.0
cuban missile crisis         0.6
war was avoidable            1.2
could have been avoided      0.8

# --- The West as instigator
provok*                      0.6     # direction refined by [context]
provocat*                    0.6
western provocation*         1.5
nato provocation*            1.5
poked the bear               1.5
poking the bear              1.5
poke the bear                1.2
blowback                     1.0
proxy war                    1.0
nato's war                   1.0
washington's war             1.0
biden's war                  0.6
west's fault                 1.5
nato's fault                 1.5
america's fault              1.2
blame the west               0.8
western meddling             1.0
western interference         1.0
western backed coup          1.5
maidan coup                  1.5
coup in kyiv                 1.2
2014 coup                    1.2
color revolution*            1.0
colour revolution*           1.0
nuland                       1.0
neocon*                      0.8
western propaganda           1.0
russophob*                   1.5
demoniz*                     1.0
demonis*                     1.0
anti russian                 0.6
biolab*                      1.2
mearsheimer                  0.8
kennan                       0.8
jeffrey sachs                0.8

# --- Donbas / "civil war" / Kremlin vocabulary
civil war                    0.6
ethnic russians              0.8
russian speak*               0.8
genocide in donbas           1.5
genocide in the donbas       1.5
kyiv regime                  1.5
kiev regime                  1.5
zelensk* regime              1.5
special military operation   1.2
denazif*                     0.6
neo nazi*                    0.8
azov                         0.6
one people                   0.8
historically russian         1.0
russian lands                0.8
minsk agreements             0.8
minsk accords                0.8
ukrainian nationalists       0.8
bandera                      0.8
banderite*                   1.2
collective west              1.2
anglo saxons                 1.0

# --- Russia's warnings ignored; Western double standards
russia's red lines           1.0
russia's warnings            1.0
ignored russia's             1.2
draft treaties               0.8
security guarantees for russia 1.0
nato aspirations             0.5
kosovo precedent             1.0
bombing of serbia            0.8
bombing of yugoslavia        0.8
western hypocrisy            0.8
iraq war                     0.4
deep state                   0.5

[pole aggression]
# --- Pass 5 (2025 pages outside the dev set): Moscow's aims as a new
# division of Europe, its threats as blackmail, its war as erasure.
new yalta                          1.0
nuclear blackmail                  0.8
into nato's arms                   0.8
into the arms of nato              0.8
eras* {ukraine}                    1.2


# --- Unprovoked, illegal, imperial
unprovoked                   1.5
unprovoked invasion          2.0
unprovoked aggression        2.0
unprovoked war               1.8
unjustified                  1.0
illegal war                  1.5
illegal invasion             1.5
full scale invasion          1.0     # "full-scale invasion"
invasion                     0.4
invad*                       0.4
russian aggression           1.5
russia's aggression          1.5
putin's aggression           1.5
aggression                   0.8
aggressor                    1.2
aggressive war               1.2
war of aggression            1.8
crime of aggression          1.8
war of conquest              1.8
war of choice                1.2
conquest                     1.0
land grab                    1.5
imperial*                    1.0
neo imperial*                1.5
revanchis*                   1.5
expansionis*                 0.6     # NATO "expansionism" handled by [context]
colonial war                 1.5
russian empire               1.0
soviet empire                1.0
restor* the soviet           1.2
recreat* the soviet          1.2
greater russia               1.0
russkiy mir                  1.0
chose war                    1.5
premeditated                 1.0
pretext*                     1.0
false pretenses              1.0
putin's war                  1.5
putin's invasion             1.5
kremlin's war                1.2
russia's war                 1.0
russia's invasion            1.0
russian invasion             0.8
war against ukraine          1.0
war on ukraine               1.0

# --- Occupation and annexation
annex*                       0.8
illegal annexation           1.5
illegally annexed            1.5
occupation                   0.8
occupied                     0.6
occupying                    0.8
occupier*                    1.2
borders by force             1.5

# --- War crimes and atrocities
war crimes                   1.5
war criminal*                1.8
crimes against humanity      1.8
atrocit*                     1.5
bucha                        1.5
irpin                        0.8
mariupol                     0.6
massacre*                    1.2
genocid*                     0.8
torture*                     1.0
filtration camps             1.2
abduct*                      1.0
kidnapp*                     1.0
stolen children              1.2
deported children            1.2
deport*                      0.6
sexual violence              0.8
indiscriminate               1.2
target* civilians            1.5
civilian targets             1.0
war on civilians             1.2
civilian infrastructure      0.8
children's hospital          1.0
maternity hospital           1.0
terrorist state              1.5
terror*                      0.8
brutal*                      0.8
barbar*                      1.2
savage*                      1.0
butcher*                     1.2
bloodthirsty                 1.2
thug*                        1.0
despot*                      1.0
tyran*                       1.0
autocrat*                    0.8
kleptocra*                   0.8

# --- Sovereignty and international law
sovereign nation             1.0
sovereign country            1.0
sovereign right              1.0
sovereign choice             0.8
sovereignty                  0.6
territorial integrity        1.2
right to exist               1.0
self determination           0.8
peaceful neighbor            1.2
peaceful neighbour           1.2
democratic ukraine           0.8
international law            0.8
violat* international law    1.5
un charter                   1.0
budapest memorandum          1.0

# --- Accountability
accountab*                   0.8
hold* putin accountable      1.8
hold* russia accountable     1.8
held accountable             1.0
impunity                     1.2
international criminal court 1.0
arrest warrant               1.0
tribunal                     1.0
reparations                  1.0
justice for ukraine          1.2

# --- Rebutting the provocation story
kremlin propaganda           1.2
russian propaganda           1.2
kremlin talking points       1.5
kremlin narrative*           1.2
russian narrative*           1.0
parrot*                      1.0
useful idiot*                1.2
apologist*                   1.0
putin apologist*             1.5
putinvers*                   1.2
victim blaming               1.2
false equivalence            1.0
moral equivalence            0.6     # critics of both-sidesism
ukrainian resistance         0.8
heroic resistance            1.2
fight* for their freedom     1.0

# --- Ways of arguing the question, written with word classes (classes.lex)
[pole aggression]
{russia}'s regime            1.0
putin's regime               1.2
russian disinformation       1.0
murderous                    0.8
{russia}'s aggression        1.5
{russia}'s war of aggression 2.0
{russia}'s brutal            1.2
{russia} invaded             1.0
{russia}'s war crimes        2.0
{russia}'s imperial          1.5
{russia}'s imperialism       1.5
{russia}'s imperial ambitions 2.0
{russia}'s expansionism      1.5
{russia}'s maximalist        1.2
maximalist demands           1.0
{russia}'s terror            1.5
terror campaign              1.0
{ukraine}'s sovereignty      0.8
{ukraine}'s right to         1.0
defend itself                0.8

[pole provoked]
fear mongering               0.8
fearmongering                0.8
war hysteria                 1.0
{russia}'s security concerns 1.5
{russia}'s legitimate        1.5
provoked {russia}            1.5
provoking {russia}           1.2
{russia} was provoked        2.0
the west provoked            2.0
nato provoked                2.0

# --- Learned from 2025 articles outside the dev set (how each side puts it)
[pole provoked]
western handlers                 1.2
western sponsors                 1.0
western patrons                  1.0
western curators                 1.0
kiev junta                       1.5
kyiv junta                       1.5
overthr* the legitimate          1.5
violent overthrow                0.8
us sponsored coup                1.5
us inspired coup                 1.5
euromaidan coup                  1.5
proxy war against russia         1.5
western proxy war                1.5
to russia's borders              0.8
shelling of donbass              1.2
liberation of donbass            1.0
people of donbass                0.8
genocide in donbass              1.5
genocide in the donbass          1.5
genocide of the russian speaking 1.5
neo nazi regime                  1.2
{russia}'s security interests    1.2
{russia}'s core security         1.2
aggressive expansion             0.6
punitive operation               0.8
stoltenberg admit*               1.0
global hegemony                  0.6
american hegemony                0.6
us hegemony                      0.6
unipolar world                   0.5
wolfowitz doctrine               0.8
brzezinski                       0.6
weaken russia                    0.5
istanbul agreement*              0.5
lugansk                          0.5
[pole aggression]
aggressor and the victim         1.5
victim and the aggressor         1.5
{russia} is the aggressor        1.5
victim* of aggression            1.2
victim* of russian aggression    1.5
false equivalency                1.0
genocidal war                    1.5
war of annihilation              1.5
unjustifiable                    1.2
sham referendum*                 1.2
little green men                 0.8
revolution of dignity            0.8
russian proxies                  0.8
temporarily occupied             1.0
russian invaders                 1.2
orcs                             1.2
ruscis*                          1.5
rashis*                          1.5
ruzzia*                          1.5
wipe {ukraine} off the map       1.5
wipe {ukraine} from the map      1.5
eras* ukrainian identity         1.5
russif*                          1.0
russian colonial*                1.5
forced deportation*              1.2
forcibly transferr*              1.0
torture chambers                 1.2
not a real country               1.0
redrawn by force                 1.5
territory by force               1.2
legitimi* aggression             1.2
might makes right                0.8
unleashed by {russia}            1.2
defensive alliance               0.8
no threat to russia              1.0
never threatened russia          1.2
no promise was ever made         1.5
myth of nato expansion           1.5
nato expansion myth              1.5
kremlin myth*                    1.2
russian talking point*           1.2
{russia}'s talking points        1.2
kremlin disinformation           1.2
{russia}'s disinformation        1.2

# --- Learned from 2025 articles outside the dev set, third pass
[pole aggression]
subjugat*                        1.0
ukrainian statehood              1.0
naked aggression                 1.5
sovereign neighbo*               1.0
eradicat*                        0.6
[pole provoked]
double standard*                 0.6
justify its existence            0.6

[context]
# term | triggers | within | pole weight
# Rules for a term are tried in order; the first that fires wins.

# "Provoked/provocation" called a claim, myth or excuse -> aggression
# (checked first); tied to NATO/the West -> provoked.
provok*       | claim*, myth, false*, lie, lies, narrative, excuse, pretext, canard, debunk*, propaganda | 6 | aggression 1.0
provok*       | nato, west*, expansion, enlargement, washington, united states, america*, biden, u.s | 5 | provoked 1.5
provocat*     | claim*, myth, false*, lie, lies, narrative, excuse, pretext, canard, debunk*, propaganda | 6 | aggression 1.0
provocat*     | nato, west*, expansion, enlargement, washington, united states, america*, biden, u.s | 5 | provoked 1.5

# NATO expansion explained away as a myth/pretext -> aggression.
nato expansion     | myth, excuse, pretext, debunk*, false*, canard, not the cause, propaganda | 6 | aggression 1.2
eastward expansion | myth, excuse, pretext, debunk*, false*, canard, not the cause, propaganda | 6 | aggression 1.2
expansion     | myth, excuse, pretext, debunk*, false*, canard, not the cause | 6 | aggression 1.2
expansion     | nato, eastward, provok*, threat*, encircl*, promise* | 4 | provoked 1.0

# Security concerns / root causes marked as a pretext -> aggression.
security concerns | pretext, excuse, fake, imaginary, phony, bogus, so called | 4 | aggression 1.0
root cause*   | so called, euphemism, code for, pretext, excuse, kremlin's, putin's | 5 | aggression 0.8

# Kremlin euphemism quoted critically -> aggression.
special military operation | so called, what the kremlin calls, euphemism, what putin calls, what moscow calls | 6 | aggression 0.8

# Who "started" the war (no base entry). Putin/Kremlin named as subject is
# checked first; "ukraine" is not a trigger ("started the war in Ukraine").
start* the war  | putin*, kremlin, moscow | 5 | aggression 1.2
start* the war  | zelensk*, nato, west*, biden | 5 | provoked 1.5
start* the war  | russia* | 4 | aggression 1.0
start* this war | putin*, kremlin, moscow | 5 | aggression 1.2
start* this war | zelensk*, nato, west*, biden | 5 | provoked 1.5
start* this war | russia* | 4 | aggression 1.0

# Blame for the war placed on the West/Ukraine or on Russia (no base entry).
blam*         | nato, the west, washington, biden, zelensk*, kyiv | 4 | provoked 0.8
blam*         | putin*, russia*, kremlin, moscow | 4 | aggression 0.8

# "Dictator": Zelensky (Trump's line) -> provoked, checked first with a
# short window; Putin -> aggression.
dictator*     | zelensk* | 4 | provoked 0.6
dictator*     | putin*, kremlin, russia*, moscow | 5 | aggression 1.0

# Expansionism of NATO -> provoked (base entry is aggression).
expansionis*  | nato, west*, american, u.s | 3 | provoked 1.0

# Existential threat: NATO to Russia -> provoked; Russia to Ukraine/Europe
# -> aggression (no base entry).
existential threat | nato, west*, expansion, enlargement | 6 | provoked 1.0
existential threat | putin*, russia*, kremlin, moscow | 6 | aggression 1.0

# A "coup" in Kyiv is a provoked-camp term only in that sense (no base entry).
coup          | maidan, 2014, western backed, us backed, nuland, cia, orchestrat*, engineer* | 5 | provoked 1.2

# Pass 5: imperialism is Russia's unless the word before it makes it America's
# or the West's (the entry alone reads it as Russia's); a sphere of influence restored or carved up is the aggressor's aim;
# a narrative, a colonial war or revisionism near Moscow's names is Moscow's;
# the West sharing the responsibility is the provocation thesis.
imperial*     | russian, soviet, tsarist | 1 | aggression 1.0
imperial*     | american, america's, western, nato's, washington's, us, u.s, united states | 1 | provoked 1.0
sphere of influence | divide*, carve*, yalta, restore*, recreat*, reestablish* | 6 | aggression 0.8
spheres of influence | divide*, carve*, yalta, restore*, recreat*, reestablish* | 6 | aggression 0.8
narrative*    | putin, putin's, kremlin, kremlin's, moscow, moscow's, russia's | 4 | aggression 0.8
coloni*       | russia, russia's, russian, putin, putin's, kremlin, moscow | 6 | aggression 1.0
revisionis*   | russia, russia's, russian, putin, putin's, kremlin, moscow | 4 | aggression 0.8
share* responsibility | west, western, nato, washington, united states, america, america's, biden | 6 | provoked 1.0
