slant-lexicon 1
# Word classes: an entry writes {name} for "any term of [list name]", so
# one entry covers the ways writers put a thing ("{admin} caved" matches
# "Trump caved", "the White House caved" ...). See Lexicons/README.md.
# Classes carry no article where entries put one in front ("the {russia}
# line"), so the forms that carry an article are listed in full.

[list admin]
# The US administration and the people who speak for it.
trump
donald trump
president trump
the administration
the trump administration
trump administration
this administration
his administration
the white house
witkoff
steve witkoff
vance
jd vance
rubio
marco rubio
hegseth
kellogg
the president

[list russia]
# Russia's state and leader, without an article.
russia
putin
vladimir putin
kremlin
moscow

[list ukraine]
ukraine
kyiv
kiev
zelensky
zelenskyy
zelenskiy
ukrainians

[list allies]
# America's allies, as writers name them when they argue about them.
europe
the europeans
europeans
nato
the allies
our allies
european allies
nato allies
the alliance
the eu
brussels
its allies
longtime allies
traditional allies
longstanding allies

# Which axes a text addresses (Aggregate/Addressed.swift): an axis with a
# list addressed_AXIS takes camp evidence from the other axes only when a
# term of the list occurs in a counted paragraph. An article about sanctions
# that never names the administration says nothing about it.
[list addressed_trump_evaluation]
washington
trump
trump's
the administration
administration
white house
witkoff
vance
rubio
hegseth
kellogg
the president

[list addressed_nato_skeptic_alliance]
nato
the alliance
article 5
article five
allies
allied
europe
european*
transatlantic
