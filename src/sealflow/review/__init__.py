"""The reviewer's read of the scrubbed text: one page to judge it, decisions signed and applied.

Scrubbed text may still hold a miss, so everything here stays in the workspace (work/review,
0700; files 0600) and only counts of decisions reach results/.
"""
