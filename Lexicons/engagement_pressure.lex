# Engagement vs. pressure: does the article argue that US policy toward
# Russia should rest on talks, deals and concessions (engagement) or on
# sanctions, tariffs, weapons for Ukraine and deterrence (pressure)?
#
# Weight scale used throughout:
#   0.2-0.6  topical or weakly suggestive words that straight news also uses
#   ~1.0     clear framing
#   1.5-2.5  explicit advocacy ("arm ukraine", "sanctions don't work")
# Bare descriptive nouns (sanctions, talks, weapons) stay weak; the
# [context] rules at the end decide which way they lean from nearby verbs.

slant-lexicon 1
axis engagement_pressure "Engagement vs. pressure"
pole - engagement "Pro-engagement: talks, deal-making, concessions, sanctions relief, against more arms and sanctions"
pole + pressure   "Pro-pressure: sanctions, secondary tariffs, weapons for Ukraine, deadlines, deterrence, peace through strength"

[pole engagement]
# --- Pass 6 (2025 pages outside the dev set): the war as an open-ended
# project without a way out, and the moral framing rejected.
no end in sight                    0.6
exit strategy                      0.8
exit plan                          0.8
# "No exit strategy" is the complaint itself, not its negation.
{negators} exit strategy           0.8
{negators} exit plan               0.8
serious diplomacy                  0.8
foreign policy establishment       0.6
war profit*                        0.8
arms of china                      1.0
each other's arms                  1.0
good versus evil                   0.5
moralis*                           0.4

# --- How the war is named: the restraint side writes "the conflict", the
# pressure side "the invasion" and "Russia's war". Weak: news uses both.
the conflict                 0.3
conflict in ukraine          0.5
ukraine conflict             0.5
ukrainian conflict           0.6
conflict with russia         0.4

# --- Negotiated settlement as the goal (realist / restraint / MAGA-dealmaker)
negotiated settlement        1.5
negotiated peace             1.5
negotiated solution          1.5
negotiated end               1.2
diplomatic solution          1.5
diplomatic settlement        1.5
diplomatic resolution        1.5
political settlement         1.2
realistic settlement         1.5
realistic peace              1.2
pragmatic settlement         1.2
peace through diplomacy      1.8
give diplomacy a chance      2.0
give peace a chance          1.5
diplomacy first              1.2
window for diplomacy         1.2
room for diplomacy           1.0
diplomatic path              0.8
diplomatic track             0.8
diplomatic engagement        1.2
shuttle diplomacy            0.8
great power diplomacy        1.0
grand bargain                1.2
land for peace               1.2

# --- Weak/topical vocabulary of talks (news uses it too, so low weights)
armistice                    0.8
keep talking                 1.0
longer war                   0.8
painful compromises          1.2
territorial compromise       1.2
concession*                  0.3     # leaning decided by [context] below
accommodat*                  0.5

# --- Engaging Russia / normalising relations
engage with russia           1.2
engage with moscow           1.2
engage with putin            1.2
engagement with russia       1.0
engagement with moscow       1.0
talk to putin                1.0
talking to putin             1.0
sit down with putin          0.8
deal making                  0.8     # also matches "deal-making"
dealmaking                   0.8
detente                      1.0
détente                      1.0     # accented spelling (no diacritic folding in tokenizer)
normaliz* relations          1.2
normalis* relations          1.2
normalization of relations   1.2
improve relations            0.8
improved relations           0.8
better relations with russia 1.0
reduce tensions              0.8
trade with russia            0.6
economic cooperation         0.6
economic incentives          0.8
incentives for russia        0.8
carrots                      0.4
pragmatic way                0.8
pragmatic approach           0.6
engaging with                0.5
mutually beneficial          0.6
win win                      0.6     # "win-win"
business deals               0.5

# --- Sanctions relief and the claim that pressure has failed
sanctions relief             1.2
sanction relief              1.2
relief from sanctions        1.2
lift sanctions               1.8
lift sanctions now           2.2
lifting sanctions            1.5
lifting of sanctions         1.2
ease sanctions               1.5
easing sanctions             1.5
easing of sanctions          1.2
roll back sanctions          1.5
rolling back sanctions       1.5
sanctions don't work         2.0
sanctions do not work        2.0
sanctions haven't worked     1.8
sanctions have not worked    1.8
sanctions have failed        2.0
sanctions failed             1.5
sanctions are failing        1.5
sanctions have backfired     2.0
sanctions backfired          1.8
pressure has failed          2.0
pressure won't work          2.0
maximum pressure has failed  2.0

# --- De-escalation, nuclear risk, "no military solution"
de escalat*                  1.0     # "de-escalate", "de-escalation"
deescalat*                   1.0
off ramp                     1.0     # "off-ramp"
offramp                      1.0
diplomatic off ramp          1.5
face saving                  0.8
escalat*                     0.3     # both camps use it; see [context]
escalatory                   0.8
escalation risk*             1.2
risk* of escalation          1.5
escalation spiral            1.2
escalation ladder            0.6
nuclear escalation           1.0
nuclear war                  0.8
nuclear armageddon           1.2
world war iii                1.2
world war 3                  1.2
ww3                          1.0
wwiii                        1.0
direct confrontation         1.0
direct conflict with russia  1.2
nuclear armed                0.5
nuclear superpower           0.6
no military solution         1.5
military victory is impossible 1.5
unwinnable                   1.5
ukraine can't win            1.5
ukraine cannot win           1.5
stalemate                    0.8
frozen conflict              0.6
freeze the conflict          1.0
freeze the front lines       1.0
neutrality                   1.0
neutral ukraine              1.2
neutral status               1.0
recogni* crimea              0.8

# --- End the killing (Trump / restraint phrasing)
senseless killing            0.8
end the killing              1.0
end the bloodshed            1.0
stop the bloodshed           1.0
bloodbath                    0.6

# --- Against more arms and money; restraint/realist and MAGA critiques
endless war                  1.5
endless wars                 1.5
forever war                  1.5
forever wars                 1.5
proxy war                    1.2
last ukrainian               1.5     # "fight to the last Ukrainian"
stop arming ukraine          2.0
stop sending weapons         2.0
stop sending money           1.5
no more weapons              1.8
blank check*                 1.5
money pit                    1.0
bottomless                   0.8
taxpayer dollars             0.6
american taxpayers           0.6
america first                0.5
restraint                    0.6
realism                      0.8
realist*                     0.5
warmonger*                   1.5
war hawks                    1.2
neocon*                      1.2
military industrial complex  1.2     # "military-industrial complex"
defense contractors          0.6
arms control                 0.8
arms race                    0.4
both sides                   0.4

[pole pressure]
# --- Pass 6 (2025 pages outside the dev set): what a deal would reward or
# permit, and Moscow's terms named as the obstacle.
{russia} to the negotiating table  1.0
regroup and rearm                  1.0
rearm and regroup                  1.0
so called peace                    1.0
munich 1938                        1.2
sudetenland                        0.8
strategic pause                    0.8
future aggression                  0.5
further aggression                 0.5


# --- How the war is named (see the engagement side): weak.
invasion                     0.3
invaded                      0.3
full scale invasion          0.6
russia's war                 0.5
putin's war                  0.6
dictator*                    0.4
war criminal                 0.6

# --- Sanctions: topical word weak; tightening phrases strong
crippling sanctions          1.5
bone crushing                1.5     # "bone-crushing sanctions"
tougher sanctions            1.5
tough sanctions              1.2
harsher sanctions            1.5
sweeping sanctions           1.0
secondary sanction*          1.5
energy sanctions             1.0
oil sanctions                1.0
banking sanctions            0.8
sanctioning russia act       1.0
impose sanctions             1.2
must impose                  1.5
impose costs                 1.2
raise the costs              1.2
raise the cost               1.2
shadow fleet                 0.8
war chest                    0.6
war machine                  1.0
economic pressure            0.8
financial pressure           0.8
economic warfare             0.8
seiz* russian assets         1.5
seiz* frozen                 1.2
frozen russian assets        0.8
confiscat*                   0.8
reparations loan             0.8

# --- Pressure and leverage as the way to make Putin negotiate
maximum pressure             1.5
pressure on putin            1.2
pressure on russia           1.0
pressure on moscow           1.0
pressure on the kremlin      1.2
pressure putin               1.2
ratchet up                   1.0
tighten the screws           1.5
turn up the heat             1.2
position of strength         1.2
peace through strength       2.0
negotiate from strength      1.5
only understands             1.2     # "Putin only understands force"
isolat* russia               1.2
pariah                       0.8
hold the line                0.8
china is watching            1.0
beijing is watching          1.0

# --- Weapons for Ukraine
lethal aid                   0.8
arm ukraine                  2.0
arm kyiv                     1.5
arming ukraine               1.2
arming kyiv                  1.2
deep strikes                 0.8
strike deep                  0.8
f 16                         0.5     # "F-16"
lend lease                   0.8
arsenal of democracy         1.2
whatever it takes            1.2
as long as it takes          1.5
give ukraine what it needs   1.5
what it needs to win         1.5
help ukraine win             1.8
help ukraine defend          1.2
ukraine must win             2.0
ukraine can win              1.5
ukrainian victory            1.2
russia must lose             2.0
strategic defeat             1.0
support ukraine              0.8
supporting ukraine           0.8
stand* with ukraine          1.5
slava ukraini                1.0

# --- Deterrence, deadlines, consequences
deterrent                    0.8
deter                        0.6
deterring                    0.6
credible threat              1.0
set a deadline               1.2
hard deadline                1.2
or else                      0.6
severe consequences          1.0
serious consequences         0.8
pay a price                  1.0
get tough                    1.2
tough on russia              1.2
tough on putin               1.2
tougher stance               1.2
hardline                     0.6
hard line                    0.6
hawkish                      0.4
self deterrence              1.5     # hawks' critique of "escalation management"
escalation management        0.8
nuclear bluff*               1.5
nuclear blackmail            1.2

# --- Criticising concessions: appeasement, rewards, carrots without sticks
appeas*                      1.8
munich moment                1.5
munich agreement             1.0
chamberlain                  1.2
putin friendly               1.5     # "Putin-friendly"
kremlin friendly             1.2
moscow friendly              1.2
all carrots and no sticks    2.0
no sticks                    1.2
off the hook                 1.5
reward* aggression           2.0
reward* russian aggression   2.0
reward* putin                1.5
reward* russia               1.2
reward* the aggressor        1.5
embolden*                    1.2
weakness invites             1.8
provocative weakness         1.5
projects weakness            1.2
sign of weakness             1.0
weakness                     0.6
capitulat*                   0.8
ukrainian surrender          1.2
surrender                    0.8
sell* out ukraine            1.5
sellout                      1.2
betray* ukraine              1.5
abandon* ukraine             1.5
peace at any price           1.0
bad deal                     0.8
putin's terms                1.0

# --- Distrust of Putin's diplomacy (argument for pressure, not talks)
not serious about peace      1.5
isn't serious about peace    1.5
no interest in peace         1.5
stalling                     0.8
playing for time             1.0
stall* for time              1.0
slow walk*                   1.0     # "slow-walking talks"
bad faith                    1.0
can't be trusted             1.2
cannot be trusted            1.2
not stop at ukraine          1.5
won't stop at ukraine        1.5

# --- Ways of arguing the question, written with word classes (classes.lex)
[pole engagement]
war party                    1.0
talk to {russia}             0.8
talking to {russia}          0.8
talk with {russia}           0.8
negotiate with {russia}      1.0
negotiating with {russia}    1.0
diplomacy with {russia}      1.0
normaliz* relations with {russia} 1.5
normal relations with {russia} 1.2
{russia}'s security concerns 1.2
neutral {ukraine}            1.0
{ukraine}'s neutrality       1.0
prolong* the war             1.2
prolong* the killing         1.5
prolong* the bloodshed       1.5
prolong* the conflict        1.2
cannot win                   1.0
can't win                    1.0
{ukraine} cannot win         1.5
{ukraine} can't win          1.5
{ukraine} is losing          1.2
war of attrition             0.6
hurt europe                  0.8
hurting europe               0.8
pressur* {ukraine}           0.8

[pole pressure]
pressur* {russia}            1.0
squeeze {russia}             1.0
punish {russia}              1.2
punishing {russia}           1.2
isolat* {russia}             1.2
{russia} only understands    1.5
only language {russia} understands 2.0
{russia} will not stop       1.5
{russia} won't stop          1.5
{russia} is not interested in peace 1.5
{russia} has no interest in peace 1.5
{russia} is stalling         1.2
{russia} is playing for time 1.2
{russia} is buying time      1.2
stalling for time            1.0
{russia} cannot be trusted   1.5
{russia} can't be trusted    1.5
make {russia} pay            1.5
costs on {russia}            1.0
deter {russia}               1.2
deterring {russia}           1.2
stand with {ukraine}         1.2
standing with {ukraine}      1.2
{ukraine} must win           2.0
{ukraine} can win            1.5
help {ukraine} win           2.0
{ukraine}'s victory          1.2
{russia} must lose           2.0
defeat {russia}              1.2
{russia}'s defeat            1.2
give {ukraine} what it needs 1.5
too little too late          1.0
drip feed*                   1.0
appease* {russia}            1.5
appeasing {russia}           1.5
appeasement of {russia}      1.5
gift to {russia}             1.2
reward* {russia}             1.2

# --- Targets: what the debate is about. Each counts for its pole only when the
# author endorses it; a rejecting evaluation (evaluations.lex) flips it, and a
# bare mention keeps target.bare of its weight (EvaluationRule).

[target engagement]
# Goals both camps claim: a hawk wants to "end the war" and "stop the
# killing" by pressure, a dove by a deal, so these lean only when judged.
end the war                  0.4
end the conflict             0.4
end the fighting             0.5
path to peace                0.8
pathway to peace             0.8
immediate ceasefire          1.0
stop the killing             0.6
negotiat*                    0.4
talks                        0.3
peace talks                  0.6
direct talks                 0.6
peace deal                   0.5
peace agreement              0.5
peace process                0.5
peace plan                   0.4
ceasefire                    0.3
cease fire                   0.3
truce                        0.6
dialogue                     0.6
diplomacy                    0.6
back channel                 0.6
backchannel                  0.6
compromise                   0.6
compromises                  0.6
deal with putin              0.6
make a deal                  0.5
reset                        0.6
diplomatic ties              0.6
negotiations                 0.5
peace efforts                0.6
peace proposal               0.5
peace framework              0.5
peace push                   0.5
diplomatic effort*           0.6
summit                       0.3
a deal                       0.4
the deal                     0.4
settlement                   0.5

[target pressure]
sanction*                    0.3     # leaning decided by [context] below
new sanctions                0.8
more sanctions               1.2
additional sanctions         1.0
further sanctions            1.0
sanctions package*           0.6
sanctions bill               0.8
secondary tariff*            0.7
price cap                    0.6
export controls              0.6
leverage                     0.6
weapons                      0.3     # leaning decided by [context] below
arms                         0.3     # leaning decided by [context] below
military aid                 0.4
military assistance          0.4
security assistance          0.4
lethal weapons               0.6
weapons for ukraine          0.8
weapons to ukraine           0.6
send* weapons                0.8
more weapons                 1.2
more arms                    1.0
long range                   0.8     # "long-range missiles/strikes"
atacms                       0.8
tomahawk*                    0.8
himars                       0.6
patriot missile*             0.6
patriot batter*              0.6
patriot system*              0.6
air defense                  0.6
air defence                  0.6
support for ukraine          0.6
deadline*                    0.6
ultimatum*                   0.6
tariffs                      0.4
pressure                     0.4
aid to ukraine               0.6
arms to ukraine              0.6
deterrence                   0.8

# --- Learned from 2025 articles outside the dev set (how each side puts it)
[pole engagement]
no clear endgame                 1.2
no clear path to victory         1.2
no path to victory               1.2
no realistic path                1.0
no plan for victory              0.8
endless aid                      1.2
foreign entanglement*            1.0
good money after bad             1.2
cut our losses                   1.0
no dog in this                   1.2
pour* billions                   1.0
throw* billions                  0.8
foot* the bill                   0.5
lost cause*                      1.0
losing battle                    0.8
war is lost                      1.0
{russia} is winning              1.0
bloody stalemate                 1.0
quagmire                         0.8
perpetual war                    1.2
never ending war                 1.0
prolong* the agony               1.2
prolong* the suffering           1.0
pro war establishment            1.2
pro war european*                0.8
risk* nuclear war                1.0
nuclear catastrophe              1.0
realpolitik                      0.8
reality on the ground            0.6
realities on the ground          0.6
limited interests                0.6
rapprochement                    0.6
return* frozen assets            1.0
[pole pressure]
string* {admin} along            1.2
stringing him along              0.8
drag* out the talks              0.8
{russia} does not want peace     1.2
{russia} to regroup              1.0
broken agreements                0.8
renege*                          0.6
concession after concession      1.0
force {russia} to the negotiating table 1.0
force {russia} back to the negotiating table 1.0
force {russia} to negotiate      1.0
force {russia}'s hand            1.0
change {russia}'s calculus       1.0
only a strong {ukraine}          1.2
heat on {russia}                 1.0
turn the screws                  1.0
starve {russia} of               1.0
cripple {russia}                 0.8
sanctions that bite              1.2
economic pain                    0.5
prepare for war                  0.6
only respects                    1.0
respects only                    1.0
until he is stopped              1.0
stand up to {russia}             1.2
aggression pays                  1.5
hand {russia} a victory          1.2
{russia} a lifeline              1.0
{russia} a free pass             1.2
{russia} is losing               1.0
one hand tied behind             1.2
not enough to win                1.2
incrementalism                   1.0
incremental aid                  0.8
incremental assistance           0.8

# --- Learned from 2025 articles outside the dev set, third pass
[pole engagement]
diminishing returns              0.8
tell me how this ends            1.0
blood and treasure               0.6
open ended                       0.8
harsh reality                    0.6
tax dollars                      0.6
[pole pressure]
peace in our time                1.2     # Chamberlain echo: a deal as appeasement

[context]
# term | triggers | within | pole weight
# Rules for a term are tried in order; the first that fires wins.

# Sanctions judged ineffective -> argument for engagement (checked first so
# "new sanctions have backfired" is not read as a call for more).
sanction*            | @sanction_failure                  | 6 | engagement 1.5
# Sanctions next to lifting/easing/relief verbs -> engagement.
sanction*            | @relief_verbs                      | 4 | engagement 1.2
# Sanctions next to tightening words -> pressure.
sanction*            | @tighten_words                     | 4 | pressure   1.0

# Sanctions relief framed as a premature gift/reward is the pressure camp's
# complaint, not a proposal.
sanctions relief     | premature, reward*, unearned, giveaway, gift, dangl*, free pass | 5 | pressure 1.2
relief from sanctions | premature, reward*, unearned, giveaway, gift, dangl*, free pass | 5 | pressure 1.2

# Straight news reports halts and deliveries too, so these stay near 1.0;
# explicit advocacy ("stop arming ukraine", "arm ukraine") is in the entries.
# Weapons/arms/aid: halting verbs -> engagement, supplying verbs -> pressure.
# Halt rules come first so "resume the paused deliveries" errs to engagement
# only when a halt verb is present.
weapons              | @halt_verbs                        | 4 | engagement 1.0
weapons              | @supply_verbs                      | 4 | pressure   0.8
arms                 | @halt_verbs                        | 4 | engagement 1.0
arms                 | @supply_verbs                      | 4 | pressure   0.8
# Bare "aid" has no entry (humanitarian aid etc.); only counts via verbs.
aid                  | @halt_verbs                        | 4 | engagement 0.8
aid                  | @supply_verbs                      | 4 | pressure   0.6
military aid         | @halt_verbs                        | 4 | engagement 1.2
military aid         | @supply_verbs                      | 4 | pressure   1.0
military assistance  | @halt_verbs                        | 4 | engagement 1.2
military assistance  | @supply_verbs                      | 4 | pressure   1.0
security assistance  | @halt_verbs                        | 4 | engagement 1.0
security assistance  | @supply_verbs                      | 4 | pressure   0.8
# Deliveries/shipments/funding have no entry; they count only with a verb.
deliveries           | @halt_verbs                        | 4 | engagement 0.8
deliveries           | @supply_verbs                      | 4 | pressure   0.6
shipments            | @halt_verbs                        | 4 | engagement 0.8
shipments            | @supply_verbs                      | 4 | pressure   0.6
funding              | @halt_verbs                        | 4 | engagement 0.8
funding              | approv*, pass*, supplemental, additional, more, billion | 4 | pressure 0.6
intelligence sharing | @halt_verbs                        | 4 | engagement 0.8
intelligence sharing | resum*, restor*, expand*, increas* | 4 | pressure   0.6

# Tariffs are about Russia policy only when secondary/punitive; plain trade
# tariffs have no entry and do not count.
tariff*              | secondary, impose*, threaten*, punitive, buyers, penalt*, russian oil | 5 | pressure 1.0

# Deadlines set or enforced -> pressure (base entry is already weak pressure).
deadline*            | hard, firm, strict, set, sets, setting, impose*, enforce*, or face, expires, days | 4 | pressure 1.2

# Concessions extracted from / denied to Moscow -> pressure; mutual or
# "painful but necessary" concessions -> engagement.
concession*          | to putin, to moscow, to russia, to the kremlin, from putin, from russia, from moscow, reward*, one sided, unilateral, premature, giveaway | 4 | pressure 1.2
concession*          | mutual, both sides, painful, necessary, inevitable, reciprocal, realistic, difficult | 4 | engagement 1.0

# Escalation fears mocked as overblown -> pressure; escalation as a danger
# to avoid -> engagement.
escalat*             | paralyz*, paralys*, overblown, exaggerat*, bluff*, excessive, self deterrence, timid* | 5 | pressure 1.0
escalat*             | nuclear, risk*, danger*, spiral*, uncontrolled, catastroph*, world war, avoid* | 5 | engagement 1.0

# Talks/negotiations described as a sham or a stalling tactic -> pressure;
# serious/direct/urgent talks -> engagement.
talks                | sham, stall*, charade, theater, theatre, pretext, fake, delay*, string* along | 5 | pressure 0.8
talks                | serious, direct, resum*, restart*, return to, meaningful, urgent*, good faith | 4 | engagement 0.8
negotiat*            | sham, stall*, charade, pretend*, pretext, feign*, no intention, drag* | 5 | pressure 0.8

# Leverage given up/squandered is the pressure camp's complaint.
leverage             | give* up, gave up, squander*, surrender*, weaken*, lose, losing, lost, throw* away, forfeit* | 5 | pressure 1.2

# "Pressure" judged futile -> engagement; pressure aimed at Moscow -> pressure.
pressure             | fail*, futile, backfir*, counterproductive, won't work, doesn't work, didn't work, more of the same | 5 | engagement 1.2
pressure             | on putin, on russia, on moscow, on the kremlin, maximum, ramp*, ratchet*, increas*, apply*, keep up | 3 | pressure 0.8

# A ceasefire Russia would use to regroup is a pressure argument.
ceasefire            | violat*, broke*, sham, pretext, regroup*, rearm*, exploit* | 6 | pressure 0.8
# A "peace deal" on Russian terms is criticised by the pressure camp.
peace deal           | bad, sham, dictated, putin's terms, russian terms, capitulation, surrender, unjust, imposed | 5 | pressure 1.0
peace plan           | wish list, wishlist, capitulation, surrender, russian terms, putin's terms, kremlin | 5 | pressure 1.0

# "Prolonging the war" blames arms (engagement) or Putin's stalling (pressure).
prolong*             | weapons, arms, aid, billions, money, sending | 6 | engagement 1.0
prolong*             | putin, kremlin, moscow, stall*, russia | 4 | pressure 0.8
# Hawks call Russia the warmonger: near it the word argues for pressure.
warmonger*           | putin, putin's, russia, russia's, russian, kremlin, moscow | 3 | pressure 1.0

# Pass 6: the pole follows who is said to do it. Moscow as the obstacle
# (maximalist, intransigent, sabotaging) argues for pressure; London,
# Brussels, Kyiv or the hawks as the obstacle argues for a deal.
maximalis*           | putin, putin's, kremlin, kremlin's, moscow, moscow's, russia, russia's, russian | 3 | pressure 0.8
intransigen*         | putin, putin's, kremlin, moscow, russia, russia's, russian | 4 | pressure 0.8
intransigen*         | zelensky, zelensky's, zelenskyy, kyiv, kyiv's | 4 | engagement 0.8
sabotag*             | putin, putin's, kremlin, moscow, russia, russia's, russian | 4 | pressure 0.8
sabotag*             | johnson, boris, britain, brussels, hawks, neocon*, establishment, deep state | 6 | engagement 1.0
derail*              | johnson, boris, britain, brussels, hawks, neocon*, establishment, deep state | 6 | engagement 0.8
buying time          | putin, putin's, kremlin, moscow, russia, russia's, russian | 5 | pressure 0.8
buy time             | putin, putin's, kremlin, moscow, russia, russia's, russian | 5 | pressure 0.8
veto                 | putin, putin's, kremlin, kremlin's, moscow, moscow's, russia, russia's, de facto | 4 | pressure 0.8
diplomatic victory   | putin, putin's, kremlin, moscow, russia, russia's | 5 | pressure 0.8
# What a deal would reward or set: conquest legitimised, a precedent for Taiwan.
legitimi*            | aggression, aggressor, conquest, invasion, annexation*, occupation, land grab, seizure | 5 | pressure 1.0
precedent            | dangerous, reward*, aggress*, conquest, force, taiwan, beijing, china | 6 | pressure 0.8
resolve              | show*, showed, test*, tested, western, america's, american, muster*, lack of, stiffen*, weak* | 3 | pressure 0.8
dressed up as        | diplomacy, peace, realpolitik, realism, pragmatism, statesmanship, deal | 3 | pressure 1.0
# The restraint camp's arguments: arms sales as profit, Ukraine as a
# distraction from China, maximal goals as unrealistic, sanctions as harm to
# Europe, weapons as fuel for the war.
arms industry        | profit*, lobby*, business, boom*, shareholder*, windfall, bonanza, greed | 6 | engagement 0.8
weapons industry     | profit*, lobby*, business, boom*, shareholder*, windfall, bonanza, greed | 6 | engagement 0.8
distract*            | china, chinese, beijing, indo pacific, asia, taiwan | 8 | engagement 0.8
realistic            | deal, basis, terms, ceasefire, outcome, compromise, solution, path | 3 | engagement 0.8
unrealistic          | objective*, goal*, borders, 1991, 2014, membership, victory, reconquer*, recapture*, return | 5 | engagement 1.0
self inflicted       | sanction*, europe, europe's, energy, industr*, economy, gas | 6 | engagement 0.8
fuel*                | weapons, arms, shipments, military aid, billions | 4 | engagement 1.0
