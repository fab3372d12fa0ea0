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

from sealflow.errors import DisclosureError
from sealflow.sdc.entropy_loss import blank_costs, non_uniform_entropy
from sealflow.sdc.hierarchy import Hierarchy
from sealflow.sdc.lattice import Models
from sealflow.sdc.matching import BLANK, SensitiveColumn, failing_rows, measure_rows

RECORD_SUPPRESSION = "generalisation and record suppression"
# Records times nodes the search may evaluate, so a million-record table tries the lattice's
# optimum only and a study of up to ~80,000 records the configured number (each node costs
# a few passes over the records; at a million records a second node cost ~20 s of CPU).
RECORD_EVALUATIONS = 1_000_000
# Blanking rounds per node: a record gets at most this many blanks less one, then goes.
MAX_ROUNDS = 4
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

    def _measure(
        self,
        query: np.ndarray,
        query_truth: np.ndarray,
        reference: np.ndarray,
        reference_truth: np.ndarray,
        cards: list[int],
        node: Sequence[int],
        rows: np.ndarray | None = None,
        cache: dict | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """(failing, class sizes) of each released query row among the reference rows."""
        measures = measure_rows(
            query,
            query_truth,
            reference,
            reference_truth,
            cards,
            self.sensitive,
            reference_rows=rows,
            withheld=self.withheld(node),
            cache=cache,
        )
        m = self.models
        failing = failing_rows(measures, m.k, m.l_diversity, m.l_model, m.t_closeness)
        return failing, measures.sizes

    def _failing_released(
        self, codes: np.ndarray, blanks: np.ndarray, alive: np.ndarray, cards, node
    ) -> np.ndarray:
        """Which of the ``alive`` records fail, as released (blanks applied)."""
        released = np.where(blanks, BLANK, codes)[alive]
        truth = codes[alive]
        return self._measure(released, truth, released, truth, cards, node, alive)[0]

    def _feasible(self, removed: np.ndarray) -> bool:
        count = int(removed.sum())
        return count <= self.budget and count < self.n

    def record_suppression(self, node: tuple[int, ...]) -> Treatment | None:
        """Remove every record whose class fails (the lattice's own treatment).

        Measured again after each removal: a provider-held sensitive column is diversified
        over the other key variables, so removing one class can leave a neighbouring class
        with one value; such records go too.
        """
        codes, cards = self.codes_at(node)
        blanks = np.zeros(codes.shape, dtype=bool)
        removed = self._measure(codes, codes, codes, codes, cards, node)[0]
        while True:
            alive = np.flatnonzero(~removed)
            still = self._failing_released(codes, blanks, alive, cards, node)
            if not still.any() or not len(alive):
                break
            removed[alive[still]] = True
        if not self._feasible(removed):
            return None
        loss = non_uniform_entropy(self.hierarchies, node, blanks, removed)
        return Treatment(node, blanks, removed, loss, RECORD_SUPPRESSION)

    def local_suppression(self, node: tuple[int, ...]) -> Treatment | None:
        """Blank key values of blocking records, one per record per round, least loss first.

        Each round measures every released record (blanks as wildcards) and gives each
        failing one one more blank: the cheapest that makes it pass, or, when none does
        alone, the one that widens its class most (a second round may then finish it).
        A record with every releasable value blanked that still fails is removed; so is
        one still failing after MAX_ROUNDS rounds.
        """
        self.evaluated += 1
        codes, cards = self.codes_at(node)
        blanks = np.zeros(codes.shape, dtype=bool)
        removed = np.zeros(self.n, dtype=bool)
        open_columns = [j for j, w in enumerate(self.withheld(node)) if not w]
        costs = blank_costs(self.hierarchies, node) if open_columns else None
        for _ in range(min(len(open_columns) + 1, MAX_ROUNDS)):
            alive = np.flatnonzero(~removed)
            current = np.where(blanks, BLANK, codes)
            reference, truth = current[alive], codes[alive]
            still = self._failing_released(codes, blanks, alive, cards, node)
            if not still.any():
                break
            rows = alive[still]
            if costs is None:
                removed[rows] = True
                break
            cache: dict = {}  # the reference rows are the same for every column this round
            best = np.full(len(rows), np.inf)
            choice = np.full(len(rows), -1)
            widest = np.zeros(len(rows), dtype=np.int64)
            widen = np.full(len(rows), -1)
            for j in open_columns:
                free = ~blanks[rows, j]
                if not free.any():
                    continue
                query = current[rows].copy()
                query[:, j] = BLANK
                failing, sizes = self._measure(
                    query, codes[rows], reference, truth, cards, node, rows=alive, cache=cache
                )
                fixed = free & ~failing & (costs[rows, j] < best)
                best[fixed] = costs[rows, j][fixed]
                choice[fixed] = j
                wider = free & (sizes > widest)
                widest[wider] = sizes[wider]
                widen[wider] = j
            pick = np.where(choice >= 0, choice, widen)
            blanks[rows[pick >= 0], pick[pick >= 0]] = True
            removed[rows[pick < 0]] = True
        else:
            # Rounds exhausted: remove what still fails until nothing does.
            while True:
                alive = np.flatnonzero(~removed)
                still = self._failing_released(codes, blanks, alive, cards, node)
                if not still.any() or not len(alive):
                    break
                removed[alive[still]] = True
        if not self._feasible(removed):
            return None
        loss = non_uniform_entropy(self.hierarchies, node, blanks, removed)
        method = LOCAL_SUPPRESSION if blanks.any() else RECORD_SUPPRESSION
        return Treatment(node, blanks, removed, loss, method)

    def best(
        self,
        start: tuple[int, ...],
        max_evaluations: int = 40,
        keep_released: Sequence[int] = (),
    ) -> tuple[Treatment, Treatment | None]:
        """(chosen, baseline): the least-loss treatment found, and record suppression at
        ``start`` (the lattice's optimum), a candidate whenever it is feasible. At most
        ``max_evaluations`` nodes are tried, fewer on tables so large that
        RECORD_EVALUATIONS would be exceeded (never fewer than one)."""
        max_evaluations = min(max_evaluations, max(1, RECORD_EVALUATIONS // max(self.n, 1)))
        baseline = self.record_suppression(start)
        local = self.local_suppression(start)
        candidates = [t for t in (baseline, local) if t is not None]
        if not candidates:
            raise DisclosureError(
                "the best generalisation found cannot be made safe by removing or blanking "
                f"within the suppression limit ({self.budget} of {self.n} records); raise "
                "sdc.suppression_limit, add coarser levels or lower sdc.k / sdc.l"
            )
        chosen = min(candidates, key=lambda t: t.loss)
        # A sensitive key variable (``keep_released``) is what the study measures: withheld
        # for everyone, it leaves l-diversity vacuous and the outcome unanalysable. So the
        # node with it released raw, blocking cells blanked, is preferred whenever feasible
        # and losing no more than global recoding; the walk below only makes columns finer,
        # so it stays released.
        if any(self.hierarchies[j].withheld_at(start[j]) for j in keep_released):
            released = tuple(0 if j in keep_released else lv for j, lv in enumerate(start))
            kept = self.local_suppression(released)
            if kept is not None and (baseline is None or kept.loss <= baseline.loss):
                chosen = kept
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
