slant-lexicon 1
axis trump_evaluation "T"
pole - critical "c"
pole + approving "a"
[pole critical]
played by putin   1.5
caved*  1
[pole approving]
art of the deal 1.2
[context]
weak | trump, @relief_words | 6 | critical 0.4
