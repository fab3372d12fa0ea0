"""Bech32 (BIP 173) without the 90-character limit, as age encodes its keys.

Hand-written because no maintained PyPI package offers Bech32 without BIP 173's length
limit (age recipients and post-quantum keys exceed it); the whole algorithm is the few
lines of the BIP's reference code.
"""

from __future__ import annotations

from sealflow.errors import SealflowError

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_CHARSET_INDEX = {c: i for i, c in enumerate(CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


class Bech32Error(SealflowError, ValueError):
    """A string is not valid Bech32 (bad character, mixed case, bad checksum)."""


def _polymod(values: list[int]) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            chk ^= _GENERATOR[i] if ((top >> i) & 1) else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    acc = 0
    bits = 0
    out: list[int] = []
    max_value = (1 << to_bits) - 1
    for value in data:
        if value < 0 or value >> from_bits:
            raise Bech32Error("bech32: value out of range")
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & max_value)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & max_value)
    elif bits >= from_bits or ((acc << (to_bits - bits)) & max_value):
        raise Bech32Error("bech32: non-zero padding bits")
    return out


def encode(hrp: str, data: bytes) -> str:
    """Encode ``data`` under the human-readable part ``hrp`` (case of ``hrp`` is kept)."""
    lower_hrp = hrp.lower()
    values = _convert_bits(data, 8, 5, pad=True)
    checksum_input = _hrp_expand(lower_hrp) + values + [0] * 6
    polymod = _polymod(checksum_input) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    encoded = lower_hrp + "1" + "".join(CHARSET[v] for v in values + checksum)
    return encoded.upper() if hrp.isupper() else encoded


def decode(text: str) -> tuple[str, bytes]:
    """Decode a Bech32 string into its lowercase human-readable part and payload bytes."""
    if text.lower() != text and text.upper() != text:
        raise Bech32Error("bech32: mixed upper and lower case")
    if any(ord(c) < 33 or ord(c) > 126 for c in text):
        raise Bech32Error("bech32: invalid character")
    lowered = text.lower()
    separator = lowered.rfind("1")
    if separator < 1 or separator + 7 > len(lowered):
        raise Bech32Error("bech32: separator misplaced or string too short")
    hrp = lowered[:separator]
    try:
        values = [_CHARSET_INDEX[c] for c in lowered[separator + 1 :]]
    except KeyError:
        raise Bech32Error("bech32: invalid data character") from None
    if _polymod(_hrp_expand(hrp) + values) != 1:
        raise Bech32Error("bech32: invalid checksum")
    return hrp, bytes(_convert_bits(values[:-6], 5, 8, pad=False))
