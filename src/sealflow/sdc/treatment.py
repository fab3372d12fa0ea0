"""Choose how to protect a release: full-domain generalisation plus record or cell suppression.

The lattice search (lattice.py) finds the generalisation node of least height-based loss
at which suppressing whole records meets the models: that is the global-recoding answer
sealflow gave before, and it is kept as the baseline. Often most of what it loses is a
handful of records withheld whole, or a column coarsened for everyone because a few
records block it. Local suppression (sdcMicro's localSuppression) fixes a blocking record
by blanking one of its key values instead: the one whose loss is least, among those that
give the record a class of at least k (blanks match anything, see matching.py) with
diverse enough sensitive values. Records no single blank fixes are suppressed whole, and
the result is measured again until every released record passes.

Candidates are compared by non-uniform entropy (entropy_loss.py), so a column carrying
much information is kept finer at the cost of blanking a few cells of a column carrying
little. From the baseline node the search walks down (one key variable one level finer
at a time) while local suppression at the finer node loses less; the number of nodes it
tries is bounded (``max_evaluations``), so a large table costs a few evaluations only.
The chosen treatment never loses more than the baseline: the baseline is a candidate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from sealflow.sdc.entropy_loss import blank_costs, non_uniform_entropy
from sealflow.sdc.hierarchy import Hierarchy
from sealflow.sdc.lattice import Models
from sealflow.sdc.matching import BLANK, SensitiveColumn, failing_rows, measure_rows

RECORD_SUPPRESSION = "generalisation and record suppression"
# Records times nodes the search may evaluate: about 30 s on one core of the bench machine,
# so a million-record table tries 4 nodes and a study of thousands the configured number.
RECORD_EVALUATIONS = 4_000_000
LOCAL_SUPPRESSION = "generalisation and local (cell) suppression"


@dataclass(frozen=True)
class Treatment:
    """One way to release: a node, the cells blanked, the records removed, its loss."""

    node: tuple[int, ...]
    blanks: np.ndarray
    removed: np.ndarray
    loss: float
    method: str

    @property
    def cells_blanked(self) -> int:
        """Cells blanked in records that are released."""
        return int(self.blanks[~self.removed].sum())


class TreatmentSearch:
    """Evaluate treatments of one table (key-variable hierarchies and sensitive columns)."""

    def __init__(
        self,
        hierarchies: Sequence[Hierarchy],
        sensitive: Sequence[SensitiveColumn],
        models: Models,
    ) -> None:
        self.hierarchies = list(hierarchies)
        self.sensitive = list(sensitive)
        self.models = models
        self.n = len(self.hierarchies[0].codes) if self.hierarchies else 0
        self.budget = models.suppression_budget(self.n)
        self.evaluated = 0

    def codes_at(self, node: Sequence[int]) -> tuple[np.ndarray, list[int]]:
        """The key variables' codes at ``node`` (rows x columns) and their cardinalities."""
        codes = np.column_stack(
            [h.level_codes(lv) for h, lv in zip(self.hierarchies, node, strict=True)]
        ).astype(np.int32)
        cards = [len(h.labels[lv]) for h, lv in zip(self.hierarchies, node, strict=True)]
        return codes, cards

    def withheld(self, node: Sequence[int]) -> list[bool]:
        """Which key variables are at their "*" level at ``node``."""
        return [h.withheld_at(lv) for h, lv in zip(self.hierarchies, node, strict=True)]

    def _failing(
        self, query: np.ndarray, reference: np.ndarray, cards: list[int], node, rows=None
    ) -> np.ndarray:
        measures = measure_rows(
            query,
            reference,
            cards,
            self.sensitive,
            reference_rows=rows,
            withheld=self.withheld(node),
        )
        m = self.models
        return failing_rows(measures, m.k, m.l_diversity, m.l_model, m.t_closeness)

    def _feasible(self, removed: np.ndarray) -> bool:
        count = int(removed.sum())
        return count <= self.budget and count < self.n

    def record_suppression(self, node: tuple[int, ...]) -> Treatment | None:
        """Remove every record whose class fails (the lattice's own treatment)."""
        codes, cards = self.codes_at(node)
        removed = self._failing(codes, codes, cards, node)
        if not self._feasible(removed):
            return None
        blanks = np.zeros(codes.shape, dtype=bool)
        loss = non_uniform_entropy(self.hierarchies, node, blanks, removed)
        return Treatment(node, blanks, removed, loss, RECORD_SUPPRESSION)

    def local_suppression(self, node: tuple[int, ...]) -> Treatment | None:
        """Blank one key value of each blocking record where that suffices (least loss)."""
        self.evaluated += 1
        codes, cards = self.codes_at(node)
        failing = self._failing(codes, codes, cards, node)
        blanks = np.zeros(codes.shape, dtype=bool)
        removed = np.zeros(self.n, dtype=bool)
        rows = np.flatnonzero(failing)
        if len(rows):
            costs = blank_costs(self.hierarchies, node)
            best = np.full(len(rows), np.inf)
            choice = np.full(len(rows), -1)
            for j, withheld in enumerate(self.withheld(node)):
                if withheld:
                    continue  # already "*" for everyone: blanking it changes nothing
                query = codes[rows].copy()
                query[:, j] = BLANK
                fixed = ~self._failing(query, codes, cards, node)
                better = fixed & (costs[rows, j] < best)
                best[better] = costs[rows, j][better]
                choice[better] = j
            blanks[rows[choice >= 0], choice[choice >= 0]] = True
            removed[rows[choice < 0]] = True
            # Blanks of one record can take it out of another's class: measure again, with
            # every blank a wildcard, and remove what still fails until nothing does.
            while True:
                alive = np.flatnonzero(~removed)
                current = np.where(blanks, BLANK, codes)[alive]
                still = self._failing(current, current, cards, node, rows=alive)
                if not still.any() or not len(alive):
                    break
                removed[alive[still]] = True
        if not self._feasible(removed):
            return None
        loss = non_uniform_entropy(self.hierarchies, node, blanks, removed)
        method = LOCAL_SUPPRESSION if blanks.any() else RECORD_SUPPRESSION
        return Treatment(node, blanks, removed, loss, method)

    def best(
        self, start: tuple[int, ...], max_evaluations: int = 40
    ) -> tuple[Treatment, Treatment]:
        """(chosen, baseline): the least-loss treatment found, and record suppression at
        ``start`` (the lattice's optimum), which is always a candidate. At most
        ``max_evaluations`` nodes are tried, fewer on tables so large that
        RECORD_EVALUATIONS would be exceeded (never fewer than one)."""
        max_evaluations = min(max_evaluations, max(1, RECORD_EVALUATIONS // max(self.n, 1)))
        baseline = self.record_suppression(start)
        if baseline is None:  # the lattice said it satisfies: measure disagreement is a bug
            raise AssertionError(f"lattice node {start} does not satisfy on the records")
        chosen = baseline
        local = self.local_suppression(start)
        if local is not None and local.loss < chosen.loss:
            chosen = local
        while self.evaluated < max_evaluations:
            candidates = []
            for j in range(len(start)):
                if chosen.node[j] == 0:
                    continue
                finer = tuple(lv - 1 if i == j else lv for i, lv in enumerate(chosen.node))
                if self.evaluated >= max_evaluations:
                    break
                found = self.local_suppression(finer)
                if found is not None:
                    candidates.append(found)
            better = [c for c in candidates if c.loss < chosen.loss - 1e-12]
            if not better:
                break
            chosen = min(better, key=lambda c: (c.loss, int(c.removed.sum()), c.node))
        return chosen, baseline
