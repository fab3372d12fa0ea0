"""ARX-style full-domain search over the lattice of generalisation levels.

A node is one generalisation level per quasi-identifier. Because every hierarchy level
merges labels of the level below, the privacy models used here (k-anonymity and distinct
l-diversity, each with local suppression of the records in failing classes) are monotone:
if a node satisfies them, every more general node (successor) does; if a node fails, every
less general node (predecessor) fails. The search uses that both ways (ARX's predictive
tagging): every evaluated node tags all its predecessors failing or all its successors
satisfying without evaluating them. The unresolved node of least information loss is taken
first, a chain of successors from it to the top is binary-searched for its first
satisfying node, and nodes costlier than the best satisfying one are never resolved; the
satisfying nodes of least loss win (ties: fewer suppressed records, then lower levels).
Information loss is Sweeney's precision (mean relative generalisation height), which grows
strictly along every chain, so the optimum is a minimal satisfying node.

Written by hand because no maintained Python library does this search (ARX is Java,
sdcMicro is R, pycanon only measures). It follows ARX's speed tricks: records are encoded
once as small integer codes, a node is evaluated on a frequency table rolled up from the
smallest already-evaluated less general node (never on the raw records twice), and a
class table is one polars group_by over the code columns combined into one int64 key.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import polars as pl

from sealflow.errors import DisclosureError
from sealflow.sdc.diversity import diversity_fails, group_diversity, overall_distribution
from sealflow.sdc.hierarchy import Hierarchy

_CACHE_SIZE = 24
# Nodes the full-domain search may hold (each some 50 bytes with 17 key variables, and
# scanned at every step of the search).
MAX_NODES = 5_000_000


@dataclass(frozen=True)
class Models:
    """The privacy models a release must meet, and the local-suppression budget."""

    k: int
    l_diversity: int = 1
    sensitive: tuple[str, ...] = ()
    suppression_limit: float = 0.0
    l_model: str = "distinct"
    t_closeness: float | None = None

    @property
    def diversity_on(self) -> bool:
        """Whether any sensitive-column model is switched on."""
        return bool(self.sensitive) and (self.l_diversity > 1 or self.t_closeness is not None)

    def suppression_budget(self, n_records: int) -> int:
        """Largest number of records that may be suppressed (the limit is a fraction)."""
        return int(np.floor(self.suppression_limit * n_records + 1e-9))


@dataclass(frozen=True)
class NodeResult:
    """What one node needs: the records to suppress and why."""

    levels: tuple[int, ...]
    loss: float
    satisfied: bool
    records_to_suppress: int
    classes: int
    classes_below_k: int
    records_below_k: int
    classes_below_l: dict[str, int] = field(default_factory=dict)
    records_below_l: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class SearchResult:
    best: NodeResult
    nodes_total: int
    nodes_evaluated: int
    nodes_tagged_failing: int
    nodes_tagged_satisfying: int


def _strides(cards: Sequence[int]) -> list[int] | None:
    """Mixed-radix place values for ``cards``, or None when the product overflows int64."""
    strides, place = [], 1
    for card in reversed(cards):
        strides.append(place)
        place *= max(card, 1)
    return list(reversed(strides)) if place < 2**62 else None


# Key spaces up to this many slots, or a few times the rows, are counted with np.bincount
# (a direct array index); larger ones are hashed (polars) or sorted (numpy).
_DENSE_SLOTS = 1 << 16


def _group(
    codes: np.ndarray, counts: np.ndarray, cards: Sequence[int]
) -> tuple[np.ndarray, np.ndarray]:
    """Sum ``counts`` over equal rows of ``codes``; returns the distinct rows and their sums.

    The code columns are combined into one int64 key (mixed radix) when it fits: a small
    key space is summed with one np.bincount (no hashing, no per-call overhead, which is
    what a lattice search of thousands of nodes pays for), a large one with one polars
    group_by on the key; otherwise polars groups on the columns themselves.
    """
    strides = _strides(cards)
    if strides is not None:
        key = codes.astype(np.int64) @ np.asarray(strides, dtype=np.int64)
        return _group_key(key, counts, cards, strides)
    names = [f"c{i}" for i in range(codes.shape[1])]
    frame = pl.DataFrame({n: codes[:, i] for i, n in enumerate(names)} | {"count": counts})
    grouped = frame.group_by(names).agg(pl.col("count").sum())
    decoded = np.asfortranarray(grouped.select(names).to_numpy().astype(np.int32))
    return decoded, grouped["count"].to_numpy()


def _group_key(
    key: np.ndarray, counts: np.ndarray, cards: Sequence[int], strides: Sequence[int]
) -> tuple[np.ndarray, np.ndarray]:
    """Sum ``counts`` per distinct mixed-radix ``key``; the distinct rows decoded, column-major."""
    space = int(np.prod(np.maximum(np.asarray(cards, dtype=np.int64), 1)))
    if space <= max(_DENSE_SLOTS, 4 * len(key)):
        totals = np.bincount(key, weights=counts, minlength=space)
        combined = np.flatnonzero(totals)
        sums = np.rint(totals[combined]).astype(np.int64)
    else:
        grouped = (
            pl.DataFrame({"key": key, "count": counts}).group_by("key").agg(pl.col("count").sum())
        )
        combined = grouped["key"].to_numpy()
        sums = grouped["count"].to_numpy().astype(np.int64)
    decoded = np.empty((len(combined), len(cards)), dtype=np.int32, order="F")
    for i, (card, stride) in enumerate(zip(cards, strides, strict=True)):
        decoded[:, i] = (combined // stride) % max(card, 1)
    return decoded, sums


def _compact(key: np.ndarray) -> tuple[np.ndarray, int]:
    """Ids 0..m-1 for the distinct values of ``key`` (equal keys, equal ids), and m."""
    if not len(key):
        return np.zeros(0, dtype=np.int64), 0
    low = int(key.min())
    span = int(key.max()) - low + 1
    if span <= max(_DENSE_SLOTS, 4 * len(key)):
        present = np.zeros(span, dtype=bool)
        shifted = key - low
        present[shifted] = True
        return (np.cumsum(present) - 1)[shifted], int(present.sum())
    distinct, inverse = np.unique(key, return_inverse=True)
    return inverse.reshape(-1), len(distinct)


def _dense_key(codes: np.ndarray, cards: Sequence[int]) -> np.ndarray:
    """One int64 per row, equal exactly where the rows of ``codes`` are equal."""
    strides = _strides(cards)
    if codes.shape[1] == 0:
        return np.zeros(len(codes), dtype=np.int64)
    if strides is not None:
        key = np.zeros(len(codes), dtype=np.int64)
        for i, stride in enumerate(strides):
            key += codes[:, i].astype(np.int64) * stride
        return key
    names = [f"c{i}" for i in range(codes.shape[1])]
    frame = pl.DataFrame({n: codes[:, i] for i, n in enumerate(names)})
    return frame.select(pl.struct(names).rank("dense").cast(pl.Int64)).to_series().to_numpy()


def precision_loss(levels: Sequence[int], heights: Sequence[int]) -> float:
    """Sweeney's precision loss: mean generalisation height relative to each hierarchy's top."""
    parts = [lvl / h if h else 0.0 for lvl, h in zip(levels, heights, strict=True)]
    return float(sum(parts) / len(parts)) if parts else 0.0


class LatticeSearch:
    """Evaluate lattice nodes for one table of encoded quasi-identifiers and sensitive codes."""

    def __init__(
        self,
        hierarchies: Sequence[Hierarchy],
        sensitive_codes: dict[str, np.ndarray],
        models: Models,
        sensitive_keys: dict[str, int] | None = None,
    ) -> None:
        """``sensitive_keys`` names sensitive columns that are also key variables (the
        provider holds them), by their index in ``hierarchies``: their diversity is measured
        over the classes of the other key variables, and not at all where they are withheld.
        """
        self.hierarchies = list(hierarchies)
        self.models = models
        self.heights = [h.height for h in self.hierarchies]
        self.sensitive = list(sensitive_codes)
        self.sensitive_keys = dict(sensitive_keys or {})
        self._overall = {name: overall_distribution(c) for name, c in sensitive_codes.items()}
        for name, index in self.sensitive_keys.items():
            self._overall[name] = overall_distribution(self.hierarchies[index].codes)
        self.n_records = len(self.hierarchies[0].codes) if self.hierarchies else 0
        # Frequency tables: one row per distinct combination of quasi-identifier codes
        # (first columns) and sensitive codes (last columns), with its record count.
        self._sensitive_cards = [
            int(codes.max()) + 1 if len(codes) else 1 for codes in sensitive_codes.values()
        ]
        columns = [h.codes for h in self.hierarchies] + list(sensitive_codes.values())
        root = tuple(0 for _ in self.hierarchies)
        if columns:
            raw = np.column_stack(columns).astype(np.int32)
            table = _group(raw, np.ones(len(raw), dtype=np.int64), self._cards(root))
        else:
            table = (np.zeros((1, 0), dtype=np.int32), np.array([self.n_records]))
        self._frequencies: dict[tuple[int, ...], tuple[np.ndarray, np.ndarray]] = {root: table}
        self.results: dict[tuple[int, ...], NodeResult] = {}

    def _cards(self, node: tuple[int, ...]) -> list[int]:
        quasi = [len(h.labels[lv]) for h, lv in zip(self.hierarchies, node, strict=True)]
        return quasi + self._sensitive_cards

    def _source_for(self, node: tuple[int, ...]) -> tuple[tuple[int, ...], np.ndarray, np.ndarray]:
        """The smallest cached frequency table of a node no more general than ``node``."""
        levels = min(
            (lv for lv in self._frequencies if all(a <= b for a, b in zip(lv, node, strict=True))),
            key=lambda lv: len(self._frequencies[lv][1]),
        )
        codes, counts = self._frequencies[levels]
        return levels, codes, counts

    def _roll_up(self, node: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray]:
        source_levels, source, counts = self._source_for(node)
        if source_levels == node:
            return source, counts
        cards = self._cards(node)
        strides = _strides(cards)
        quasi = len(self.hierarchies)
        steps = []
        for h, src, dst in zip(self.hierarchies, source_levels, node, strict=True):
            # Codes at level src to codes at level dst, through any raw value of each label.
            step = np.zeros(len(h.labels[src]), dtype=np.int64)
            step[h.lookup[src]] = h.lookup[dst]
            steps.append(step)
        steps += [np.arange(card, dtype=np.int64) for card in cards[quasi:]]
        if strides is None:
            columns = [step[source[:, i]] for i, step in enumerate(steps)]
            table = _group(np.column_stack(columns).astype(np.int32), counts, cards)
        else:
            # One gather per column from (step x place value): the node's key directly.
            key = np.zeros(len(counts), dtype=np.int64)
            for i, (step, stride) in enumerate(zip(steps, strides, strict=True)):
                key += (step * stride)[source[:, i]]
            table = _group_key(key, counts, cards, strides)
        self._frequencies[node] = table
        self._evict()
        return table

    def _evict(self) -> None:
        """Bound memory: at most _CACHE_SIZE tables holding, besides the root's, four times
        the root's rows in total; the largest go first and the root always stays."""
        root = tuple(0 for _ in self.hierarchies)
        budget = 4 * len(self._frequencies[root][1])

        def others() -> list[tuple[int, ...]]:
            return [lv for lv in self._frequencies if lv != root]

        while others() and (
            len(self._frequencies) > _CACHE_SIZE
            or sum(len(self._frequencies[lv][1]) for lv in others()) > budget
        ):
            del self._frequencies[max(others(), key=lambda lv: len(self._frequencies[lv][1]))]

    def _diversity_fails(
        self, name: str, group: np.ndarray, values: np.ndarray, counts: np.ndarray
    ) -> np.ndarray:
        """Per frequency-table row, whether its ``group`` fails the diversity model.

        Distinct l alone (the default) is counted in numpy: the distinct (group, value)
        pairs per group. Entropy l and t-closeness go through group_diversity. A group with
        no value at all (only -1 codes) is not failing, as it never was.
        """
        valid = values >= 0
        if self.models.l_model == "distinct" and self.models.t_closeness is None:
            groups, n_groups = _compact(group)
            width = int(values.max()) + 1 if valid.any() else 1
            pairs = np.unique(groups[valid].astype(np.int64) * width + values[valid])
            distinct = np.bincount(pairs // width, minlength=n_groups)
            seen = np.bincount(groups[valid], minlength=n_groups) > 0
            group_fails = seen & (distinct < self.models.l_diversity - 1e-9)
            return group_fails[groups]
        diversity = group_diversity(group, values, counts, self._overall[name])
        failing = diversity.select(
            "__group",
            diversity_fails(
                pl.col("distinct"),
                pl.col("entropy_l"),
                pl.col("t"),
                self.models.l_diversity,
                self.models.l_model,
                self.models.t_closeness,
            ).alias("__fail"),
        )
        rows = pl.DataFrame({"__group": pl.Series(group).cast(pl.Int64)}).join(
            failing, on="__group", how="left", maintain_order="left"
        )
        return rows["__fail"].fill_null(False).to_numpy().astype(bool)

    def evaluate(self, node: tuple[int, ...]) -> NodeResult:
        """Check ``node`` against the models; cached.

        All in numpy on the node's frequency table: class ids from one combined key,
        class sizes by np.bincount, and per sensitive column whether each class holds a
        group failing its diversity model.
        """
        if node in self.results:
            return self.results[node]
        codes, counts = self._roll_up(node)
        quasi = len(self.hierarchies)
        cards = self._cards(node)[:quasi]
        class_key = _dense_key(codes[:, :quasi], cards)
        class_ids, n_classes = _compact(class_key)
        sizes = np.bincount(class_ids, weights=counts, minlength=n_classes)
        below_k = sizes < self.models.k
        failing = below_k.copy()
        checks: list[tuple[str, np.ndarray, np.ndarray]] = []
        if self.models.diversity_on:
            for j, name in enumerate(self.sensitive):
                checks.append((name, class_key, codes[:, quasi + j]))
            for name, index in self.sensitive_keys.items():
                if self.hierarchies[index].withheld_at(node[index]):
                    continue  # withheld: nothing of it is released, nothing to diversify
                others = [i for i in range(quasi) if i != index]
                group = _dense_key(codes[:, others], [cards[i] for i in others])
                # The raw codes of the column (its only released level below "*" is raw).
                checks.append((name, group, codes[:, index]))
        classes_below_l: dict[str, int] = {}
        records_below_l: dict[str, int] = {}
        for name, group, values in checks:
            row_fails = self._diversity_fails(name, group, values, counts)
            class_fails = np.bincount(class_ids[row_fails], minlength=n_classes) > 0
            classes_below_l[name] = int(class_fails.sum())
            records_below_l[name] = int(sizes[class_fails].sum())
            failing |= class_fails
        to_suppress = int(sizes[failing].sum())
        result = NodeResult(
            levels=node,
            loss=precision_loss(node, self.heights),
            # Suppressing every record meets any model and releases nothing: not a solution.
            satisfied=to_suppress <= self.models.suppression_budget(self.n_records)
            and to_suppress < self.n_records,
            records_to_suppress=to_suppress,
            classes=n_classes,
            classes_below_k=int(below_k.sum()),
            records_below_k=int(sizes[below_k].sum()),
            classes_below_l=classes_below_l,
            records_below_l=records_below_l,
        )
        self.results[node] = result
        return result

    def search(self) -> SearchResult:
        """Find the satisfying node of least information loss, or raise DisclosureError.

        Branch and bound with predictive tagging: take the unresolved node of least loss,
        walk a chain of successors from it to the top, and binary-search the chain for its
        first satisfying node; each evaluated node tags all its successors (satisfying) or
        predecessors (failing). Nodes whose loss exceeds the best satisfying node's are
        never resolved. The optimum is a minimal satisfying node, since loss grows strictly
        along every chain; ties are broken on the records to suppress.
        """
        self._refuse_if_too_large()
        top = tuple(self.heights)
        top_result = self.evaluate(top)
        if not top_result.satisfied:
            raise DisclosureError(self.refusal_message(top_result))
        nodes = self._nodes()
        heights = np.maximum(np.asarray(self.heights, dtype=np.float64), 1.0)
        losses = np.zeros(len(nodes))
        for j, height in enumerate(heights):  # column by column: no float copy of the nodes
            losses += nodes[:, j] / height
        losses /= max(len(self.heights), 1)
        status = np.zeros(len(nodes), dtype=np.int8)  # 1 satisfies, -1 fails, 0 unknown
        status[-1] = 1
        evaluated_here = {top}

        def resolve(node: tuple[int, ...]) -> bool:
            result = self.evaluate(node)
            evaluated_here.add(node)
            # Successors (or predecessors) are a box of the lattice: their indices are
            # generated directly; only unresolved nodes are tagged.
            if result.satisfied:
                box = self._box(node, self.heights)
                tag = 1
            else:
                box = self._box(tuple(0 for _ in node), node)
                tag = -1
            status[box[status[box] == 0]] = tag
            return result.satisfied

        while True:
            bound = losses[status == 1].min()
            open_nodes = np.flatnonzero((status == 0) & (losses <= bound + 1e-12))
            if not len(open_nodes):
                break
            start = open_nodes[np.argmin(losses[open_nodes])]
            chain = self._chain(tuple(int(x) for x in nodes[start]))
            lo, hi = 0, len(chain) - 1
            while lo <= hi:
                mid = (lo + hi) // 2
                index = self._index(chain[mid])
                satisfied = status[index] == 1 if status[index] else resolve(chain[mid])
                if satisfied:
                    hi = mid - 1
                else:
                    lo = mid + 1

        best_loss = losses[status == 1].min()
        tied = [
            tuple(int(x) for x in nodes[i])
            for i in np.flatnonzero((status == 1) & (np.abs(losses - best_loss) < 1e-12))
        ]
        best = min(
            (self.evaluate(node) for node in tied),
            key=lambda r: (r.records_to_suppress, sum(r.levels), r.levels),
        )
        evaluated_here.update(tied)
        return SearchResult(
            best=best,
            nodes_total=len(nodes),
            nodes_evaluated=len(evaluated_here),
            nodes_tagged_failing=int((status == -1).sum()),
            nodes_tagged_satisfying=int((status == 1).sum()),
        )

    def _nodes(self) -> np.ndarray:
        """Every node, one row each, in ``_index`` order (the last column counts fastest),
        built column by column in numpy: a list of tuples first took ten times the memory."""
        radix = [h + 1 for h in self.heights]
        total = math.prod(radix)
        index = np.arange(total, dtype=np.int64)
        nodes = np.empty((total, len(radix)), dtype=np.int16)
        place = total
        for j, r in enumerate(radix):
            place //= r
            nodes[:, j] = (index // place) % r
        return nodes

    def _refuse_if_too_large(self) -> None:
        """The full-domain search holds every node in memory: refuse a lattice too large for
        it before allocating (so many key variables, e.g. a survey platform's answers beside
        the provider's columns, stop with a way out rather than a killed process)."""
        total = math.prod(h + 1 for h in self.heights)
        if total > MAX_NODES:
            raise DisclosureError(
                f"sdc: {len(self.heights)} key variables with these hierarchies make "
                f"{total:,} generalisation nodes, more than the search holds ({MAX_NODES:,}); "
                "withhold some key variables (sdc.drop_columns) or give them fewer levels"
            )

    def _box(self, low: Sequence[int], high: Sequence[int]) -> np.ndarray:
        """Indices (as ``_index``) of every node between ``low`` and ``high`` inclusive."""
        indices = np.zeros(1, dtype=np.int64)
        for lo, hi, height in zip(low, high, self.heights, strict=True):
            indices = (indices[:, None] * (height + 1) + np.arange(lo, hi + 1)).ravel()
        return indices

    def _index(self, node: tuple[int, ...]) -> int:
        index = 0
        for level, height in zip(node, self.heights, strict=True):
            index = index * (height + 1) + level
        return index

    def _chain(self, start: tuple[int, ...]) -> list[tuple[int, ...]]:
        """A path of successors from ``start`` to the top, raising the least generalised QI."""
        chain = [start]
        current = list(start)
        while tuple(current) != tuple(self.heights):
            candidates = [i for i, h in enumerate(self.heights) if current[i] < h]
            step = min(candidates, key=lambda i: (current[i] / self.heights[i], i))
            current[step] += 1
            chain.append(tuple(current))
        return chain

    def describe(self, node: tuple[int, ...]) -> dict[str, str]:
        """The node as {column: level name}, for reports."""
        return {
            h.column: f"{lvl}:{h.level_names[lvl]}"
            for h, lvl in zip(self.hierarchies, node, strict=True)
        }

    def refusal_message(self, result: NodeResult) -> str:
        """Why even the most general allowed node cannot meet the models (no values named)."""
        budget = self.models.suppression_budget(self.n_records)
        blockers = []
        if result.classes_below_k:
            blockers.append(
                f"{result.classes_below_k} classes ({result.records_below_k} records) "
                f"smaller than k={self.models.k}"
            )
        for name, count in result.classes_below_l.items():
            if count:
                model = (
                    f"fewer than l={self.models.l_diversity} distinct"
                    if self.models.l_model == "distinct"
                    else f"entropy l below {self.models.l_diversity} in"
                )
                if self.models.t_closeness is not None:
                    model += f" (or t-closeness above {self.models.t_closeness})"
                blockers.append(
                    f"{count} classes ({result.records_below_l[name]} records) with {model} {name}"
                )
        node = ", ".join(f"{c}={lvl}" for c, lvl in self.describe(result.levels).items())
        return (
            f"no generalisation meets k={self.models.k}, l={self.models.l_diversity} within the "
            f"suppression limit of {self.models.suppression_limit:.2%} ({budget} of "
            f"{self.n_records} records). Best node [{node}] would need "
            f"{result.records_to_suppress} records suppressed: blocked by "
            f"{'; '.join(blockers)}. Fix: raise sdc.suppression_limit or sdc.quasi_identifiers."
            "<column>.max_level, add coarser levels, lower sdc.k / sdc.l, or wait for more records"
        )
