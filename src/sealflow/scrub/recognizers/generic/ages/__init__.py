"""The age recognizer's pieces (the recognizer itself: ``..age_recognizer.AgeRecognizer``).

- ``words``: the word pieces the patterns share (a number, what ends it as an age, cue words).
- ``patterns``: the patterns, one module per register, and the order they are tried in.
- ``guards``: when a number is no one's age (too young for its cue, a band, a threshold).
- ``near_numbers``: where the patterns look (speed: near numbers, in windows with their cues).
- ``repeats``: more ages beside a found one (listed, paired, said again, said in turn).
- ``listed``: the other ages of a list of named people.
- ``turns``: a sentence said over two cues of a transcript, read whole.
- ``examples``: the recognizer's own table of texts and the ages found in them.
"""
