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

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import polars as pl

from sealflow.errors import DisclosureError
from sealflow.sdc.diversity import diversity_fails, group_diversity, overall_distribution
from sealflow.sdc.hierarchy import Hierarchy

_CACHE_SIZE = 24


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


def _group(
    codes: np.ndarray, counts: np.ndarray, cards: Sequence[int]
) -> tuple[np.ndarray, np.ndarray]:
    """Sum ``counts`` over equal rows of ``codes`` (one polars group_by); returns both parts.

    The code columns are combined into one int64 key (mixed radix) when it fits, which
    makes the group_by a single-column hash aggregation; otherwise polars groups on the
    columns themselves.
    """
    strides = _strides(cards)
    if strides is not None:
        key = codes.astype(np.int64) @ np.asarray(strides, dtype=np.int64)
        grouped = (
            pl.DataFrame({"key": key, "count": counts}).group_by("key").agg(pl.col("count").sum())
        )
        combined = grouped["key"].to_numpy()
        place = np.asarray(strides, dtype=np.int64)
        radix = np.maximum(np.asarray(cards, dtype=np.int64), 1)
        decoded = ((combined[:, None] // place) % radix).astype(np.int32)
        return decoded, grouped["count"].to_numpy().astype(np.int64)
    names = [f"c{i}" for i in range(codes.shape[1])]
    frame = pl.DataFrame({n: codes[:, i] for i, n in enumerate(names)} | {"count": counts})
    grouped = frame.group_by(names).agg(pl.col("count").sum())
    return grouped.select(names).to_numpy().astype(np.int32), grouped["count"].to_numpy()


def _dense_key(codes: np.ndarray, cards: Sequence[int]) -> np.ndarray:
    """One int64 per row, equal exactly where the rows of ``codes`` are equal."""
    strides = _strides(cards)
    if codes.shape[1] == 0:
        return np.zeros(len(codes), dtype=np.int64)
    if strides is not None:
        return codes.astype(np.int64) @ np.asarray(strides, dtype=np.int64)
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
        codes = source.copy()
        for i, (h, src, dst) in enumerate(zip(self.hierarchies, source_levels, node, strict=True)):
            if src != dst:
                # Codes at level src to codes at level dst, through any raw value of each label.
                step = np.zeros(len(h.labels[src]), dtype=np.int32)
                step[h.lookup[src]] = h.lookup[dst]
                codes[:, i] = step[codes[:, i]]
        table = _group(codes, counts, self._cards(node))
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

    def class_table(self, node: tuple[int, ...]) -> pl.DataFrame:
        """One row per equivalence class: ``__size`` and, per sensitive column, whether the
        class fails its diversity model (``__fail_<name>``)."""
        codes, counts = self._roll_up(node)
        quasi = len(self.hierarchies)
        cards = self._cards(node)[:quasi]
        class_key = _dense_key(codes[:, :quasi], cards)
        frame = pl.DataFrame({"__class": class_key, "__count": counts})
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
        fail_columns = []
        for name, group, values in checks:
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
                ).alias(f"__fail_{name}"),
            )
            frame = frame.with_columns(pl.Series("__group", group)).join(
                failing, on="__group", how="left"
            )
            frame = frame.drop("__group")
            fail_columns.append(f"__fail_{name}")
        aggs = [pl.col("__count").sum().alias("__size")] + [
            pl.col(c).any().alias(c) for c in fail_columns
        ]
        return frame.group_by("__class").agg(aggs)

    def evaluate(self, node: tuple[int, ...]) -> NodeResult:
        """Check ``node`` against the models; cached."""
        if node in self.results:
            return self.results[node]
        classes = self.class_table(node)
        k = self.models.k
        below_k = pl.col("__size") < k
        failing = below_k
        names = [c.removeprefix("__fail_") for c in classes.columns if c.startswith("__fail_")]
        below_l_exprs = {name: pl.col(f"__fail_{name}") for name in names}
        for expr in below_l_exprs.values():
            failing = failing | expr
        stats = classes.select(
            pl.len().alias("classes"),
            below_k.sum().alias("classes_below_k"),
            pl.col("__size").filter(below_k).sum().alias("records_below_k"),
            pl.col("__size").filter(failing).sum().alias("to_suppress"),
            *[e.sum().alias(f"cl_{n}") for n, e in below_l_exprs.items()],
            *[pl.col("__size").filter(e).sum().alias(f"rl_{n}") for n, e in below_l_exprs.items()],
        ).row(0, named=True)
        to_suppress = int(stats["to_suppress"] or 0)
        result = NodeResult(
            levels=node,
            loss=precision_loss(node, self.heights),
            # Suppressing every record meets any model and releases nothing: not a solution.
            satisfied=to_suppress <= self.models.suppression_budget(self.n_records)
            and to_suppress < self.n_records,
            records_to_suppress=to_suppress,
            classes=int(stats["classes"]),
            classes_below_k=int(stats["classes_below_k"] or 0),
            records_below_k=int(stats["records_below_k"] or 0),
            classes_below_l={n: int(stats[f"cl_{n}"] or 0) for n in names},
            records_below_l={n: int(stats[f"rl_{n}"] or 0) for n in names},
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
        top = tuple(self.heights)
        top_result = self.evaluate(top)
        if not top_result.satisfied:
            raise DisclosureError(self.refusal_message(top_result))
        nodes = np.array(
            list(itertools.product(*(range(h + 1) for h in self.heights))), dtype=np.int16
        ).reshape(-1, len(self.heights))
        heights = np.maximum(np.asarray(self.heights, dtype=np.float64), 1.0)
        losses = (nodes / heights).mean(axis=1) if len(self.heights) else np.zeros(1)
        status = np.zeros(len(nodes), dtype=np.int8)  # 1 satisfies, -1 fails, 0 unknown
        status[-1] = 1
        evaluated_here = {top}

        def resolve(node: tuple[int, ...]) -> bool:
            result = self.evaluate(node)
            evaluated_here.add(node)
            point = np.asarray(node, dtype=np.int16)
            unknown = np.flatnonzero(status == 0)  # only unresolved nodes can be tagged
            if result.satisfied:
                status[unknown[np.all(nodes[unknown] >= point, axis=1)]] = 1
            else:
                status[unknown[np.all(nodes[unknown] <= point, axis=1)]] = -1
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
