"""The provider's side: a roster of pseudonymous IDs and an administrative extract.

Everything is drawn column-wise with numpy so ``--staff 100000`` takes well under a second.
Distributions follow the shape of UK defence personnel statistics rather than their exact
figures: mostly junior ranks, about 12% women in uniform, ages skewed young, tenure bounded
by age, sickness absence with many zeros and a long right tail, a few large garrisons and
some postings so rare that a handful of people identify themselves by base alone.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import polars as pl

from sealflow.demo.vocab import Vocabulary

ID_PREFIX = "PSN-"
ID_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
"""Crockford-like: no I or O, matching ``^PSN-[0-9A-HJ-NP-Z]{10}$`` in docs/DATA.md."""

GENDERS = ("Male", "Female", "Non-binary", "Prefer not to say")
AGE_BANDS = ("16-24", "25-34", "35-44", "45-54", "55-64", "65+")
AGE_BAND_YEARS = ((16, 24), (25, 34), (35, 44), (45, 54), (55, 64), (65, 70))
RANK_BANDS = ("OR1-4", "OR5-7", "OR8-9", "OF1-3", "OF4-5", "OF6+", "Civilian")
ROLES = (
    "Infantry",
    "Logistics",
    "Medical",
    "Engineering",
    "Intelligence",
    "Administration",
    "Aircrew",
    "Signals",
    "Chaplaincy",
    "Other",
)
TURNOVER = ("In service", "Left", "Transferred")
PROGRAMME_GROUPS = ("intervention", "comparison")
CIVIL_SERVICE = "Civil Service"

_BRANCH_SHARE = {
    "Army": 0.48,
    "Royal Air Force": 0.20,
    "Royal Navy": 0.14,
    "Royal Marines": 0.05,
    CIVIL_SERVICE: 0.13,
}
_GENDER_SHARE = {"military": (0.865, 0.12, 0.003, 0.012), "civil": (0.56, 0.41, 0.008, 0.022)}
_AGE_SHARE = {
    "military": (0.27, 0.38, 0.22, 0.10, 0.0295, 0.0005),
    "civil": (0.04, 0.18, 0.24, 0.28, 0.22, 0.04),
}
# Military rank band by age band (rows follow AGE_BANDS, columns the six military bands).
_RANK_BY_AGE = np.array(
    [
        (0.85, 0.05, 0.00, 0.10, 0.00, 0.00),
        (0.50, 0.30, 0.03, 0.16, 0.01, 0.00),
        (0.25, 0.40, 0.12, 0.13, 0.09, 0.01),
        (0.10, 0.35, 0.20, 0.10, 0.20, 0.05),
        (0.05, 0.25, 0.20, 0.10, 0.30, 0.10),
        (0.00, 0.20, 0.20, 0.20, 0.30, 0.10),
    ]
)
_ROLE_SHARE = {
    "Army": (35, 18, 7, 12, 4, 8, 2, 10, 0.4, 3.6),
    "Royal Air Force": (3, 12, 6, 30, 6, 10, 18, 10, 0.4, 4.6),
    "Royal Navy": (0, 15, 6, 35, 5, 9, 8, 12, 0.4, 9.6),
    "Royal Marines": (70, 8, 4, 6, 4, 3, 0, 4, 0.2, 0.8),
    CIVIL_SERVICE: (0, 15, 5, 15, 8, 45, 0, 4, 0, 8),
}


@dataclass(frozen=True)
class Staff:
    """The generated population: the admin extract plus columns the survey draws on."""

    admin: pl.DataFrame
    """Every roster member's record, in DATA.md's admin_extract.csv columns."""
    wellbeing: np.ndarray
    """A latent wellbeing score per person (not written), so survey answers relate to admin data."""


def pseudonymous_ids(rng: np.random.Generator, count: int) -> list[str]:
    """``count`` distinct IDs in the provider's format, drawn from ``rng``."""
    alphabet = np.frombuffer(ID_ALPHABET.encode("ascii"), dtype="S1")
    ids: list[str] = []
    seen: set[str] = set()
    while len(ids) < count:
        draw = alphabet[rng.integers(0, len(alphabet), size=(count - len(ids), 10))]
        for raw in np.ascontiguousarray(draw).view("S10").ravel():
            candidate = ID_PREFIX + raw.decode("ascii")
            if candidate not in seen:
                seen.add(candidate)
                ids.append(candidate)
    return ids


def _pick(rng: np.random.Generator, labels: tuple[str, ...], shares, size: int) -> np.ndarray:
    probabilities = np.asarray(shares, dtype=float)
    return rng.choice(
        np.array(labels, dtype=object), size=size, p=probabilities / probabilities.sum()
    )


def generate_staff(rng: np.random.Generator, vocab: Vocabulary, ids: list[str]) -> Staff:
    """Draw every admin column for the given IDs; a few rare combinations are forced in."""
    n = len(ids)
    branch = _pick(rng, tuple(_BRANCH_SHARE), tuple(_BRANCH_SHARE.values()), n)
    civil = branch == CIVIL_SERVICE
    gender = np.empty(n, dtype=object)
    age_index = np.empty(n, dtype=np.int64)
    for key, mask in (("military", ~civil), ("civil", civil)):
        gender[mask] = _pick(rng, GENDERS, _GENDER_SHARE[key], int(mask.sum()))
        age_index[mask] = rng.choice(6, size=int(mask.sum()), p=_AGE_SHARE[key])

    rank = np.full(n, "Civilian", dtype=object)
    for band in range(6):
        mask = ~civil & (age_index == band)
        rank[mask] = _pick(rng, RANK_BANDS[:6], _RANK_BY_AGE[band], int(mask.sum()))

    lows = np.array([years[0] for years in AGE_BAND_YEARS])[age_index]
    highs = np.array([years[1] for years in AGE_BAND_YEARS])[age_index]
    age_years = rng.integers(lows, highs + 1)
    entry_age = np.where(civil, 18 + rng.gamma(2.5, 6.0, n), 16 + rng.gamma(1.6, 2.5, n))
    tenure = np.clip(np.floor(age_years - np.minimum(entry_age, age_years)), 0, 45).astype(int)

    role = np.empty(n, dtype=object)
    base = np.empty(n, dtype=object)
    for name in _BRANCH_SHARE:
        mask = branch == name
        role[mask] = _pick(rng, ROLES, _ROLE_SHARE[name], int(mask.sum()))
        base[mask] = _pick(rng, vocab.base_names(name), vocab.base_weights(name), int(mask.sum()))

    # Sickness absence: many zeros, a negative-binomial body, a few long-term absences.
    mean_days = 9.0
    body = rng.negative_binomial(0.8, 0.8 / (0.8 + mean_days), n)
    long_term = rng.integers(60, 366, n)
    kind = rng.random(n)
    sickness = np.where(kind < 0.45, 0, np.where(kind < 0.98, body, long_term))
    sickness = np.clip(sickness, 0, 365).astype(int)

    leave_rate = np.where(age_index == 0, 0.15, 0.09)
    draw = rng.random(n)
    turnover = np.where(
        draw < leave_rate, "Left", np.where(draw < leave_rate + 0.04, "Transferred", "In service")
    ).astype(object)

    # Cluster randomisation: the programme runs at whole bases, so a base is one arm.
    bases = vocab.all_bases()
    arm_of_base = dict(zip(bases, rng.choice(PROGRAMME_GROUPS, size=len(bases)), strict=True))
    programme_group = np.array([arm_of_base[b] for b in base], dtype=object)

    _force_rare_combinations(rng, vocab, branch, gender, age_index, rank, role, base)

    wellbeing = (
        rng.normal(0.0, 1.0, n) - 0.015 * sickness + 0.1 * (programme_group == "intervention")
    )
    admin = pl.DataFrame(
        {
            "pseudonymous_id": ids,
            "gender": gender.tolist(),
            "age_band": [AGE_BANDS[i] for i in age_index],
            "service_branch": branch.tolist(),
            "rank_band": rank.tolist(),
            "base": base.tolist(),
            "role": role.tolist(),
            "tenure_years": tenure,
            "sickness_absence_days": sickness,
            "turnover_status": turnover.tolist(),
            "programme_group": programme_group.tolist(),
        },
        schema_overrides={"tenure_years": pl.Int64, "sickness_absence_days": pl.Int64},
    )
    return Staff(admin=admin, wellbeing=wellbeing)


def _force_rare_combinations(rng, vocab, branch, gender, age_index, rank, role, base) -> None:
    """Overwrite a few rows with combinations that make a person unique on their own.

    Disclosure control must find and treat these; without them a small demo could pass
    k-anonymity by luck.
    """
    n = len(branch)
    if n < 50:
        return
    rare = (
        ("Royal Marines", "Female", 4, "OF6+", "Chaplaincy", "Stonehouse Barracks"),
        ("Royal Air Force", "Non-binary", 0, "OF4-5", "Intelligence", "RAF Mount Pleasant"),
        ("Army", "Female", 4, "OR8-9", "Infantry", "British Forces Brunei"),
    )
    for row, (b, g, a, r, ro, ba) in zip(
        rng.choice(n, size=len(rare), replace=False), rare, strict=True
    ):
        branch[row], gender[row], age_index[row], rank[row], role[row], base[row] = (
            b,
            g,
            a,
            r,
            ro,
            ba,
        )
