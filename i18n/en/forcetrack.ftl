# ForceTrack: the words a clinician reads, in English (the source catalogue).
#
# Every other language has exactly these message ids with the same variables
# (tests/catalogues.rs). Sections follow the screens. Numbers and dates arrive
# already formatted (decimal separator and date order are settings of their own),
# except counts, which select plural forms.

## Languages (each named in its own language, shown in Settings)

language-en = English
language-es = Español
language-de = Deutsch
language-fr = Français
language-pt-PT = Português (Portugal)
language-pt-BR = Português (Brasil)
language-it = Italiano
