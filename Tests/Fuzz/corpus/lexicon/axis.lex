slant-lexicon 1
axis engagement_pressure "Engagement vs. pressure"
pole - engagement "talks"
pole + pressure "sanctions"

[pole engagement]
peace talks        1
sanctions relief   2
negotiat*          1
diplomacy          1

[pole pressure]
sanction*          1
new sanctions      2
weapons            1
putin's war        2

[context]
sanction* | @relief_words | 3 | engagement 1.5
aid       | halt, freeze  | 2 | engagement 1
aid       | send          | 2 | pressure 1
