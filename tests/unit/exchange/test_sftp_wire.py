"""PooledPaddingPacketizer builds the packets paramiko builds, padding from a pool."""

from __future__ import annotations

import socket

import pytest
from paramiko.packet import Packetizer

from sealflow.exchange.sftp_wire import POOL_BYTES, PooledPaddingPacketizer


def packetizer(cls: type[Packetizer], block_size: int, aead: bool, sdctr: bool) -> Packetizer:
    left, right = socket.socketpair()
    right.close()
    made = cls(left)
    made._Packetizer__block_size_out = block_size  # type: ignore[attr-defined]
    made._Packetizer__aead_out = aead  # type: ignore[attr-defined]
    made._Packetizer__etm_out = False  # type: ignore[attr-defined]
    made._Packetizer__sdctr_out = sdctr  # type: ignore[attr-defined]
    made._Packetizer__block_engine_out = object()  # type: ignore[attr-defined]
    return made


@pytest.mark.parametrize(
    ("block_size", "aead", "sdctr"),
    [(16, True, False), (16, False, True), (8, False, False), (16, False, False)],
)
@pytest.mark.parametrize("payload_size", [0, 1, 15, 16, 17, 32768, 261129])
def test_when_a_packet_is_built_then_its_layout_is_paramikos(
    block_size: int, aead: bool, sdctr: bool, payload_size: int
) -> None:
    payload = bytes(range(256)) * (payload_size // 256) + bytes(payload_size % 256)
    ours = packetizer(PooledPaddingPacketizer, block_size, aead, sdctr)._build_packet(payload)
    theirs = packetizer(Packetizer, block_size, aead, sdctr)._build_packet(payload)
    assert len(ours) == len(theirs)
    padding = theirs[4]
    assert ours[: 5 + payload_size] == theirs[: 5 + payload_size]
    if sdctr:
        assert ours == theirs  # zero padding, as paramiko and OpenSSH do for CTR
    else:
        assert 4 <= padding == len(ours) - 5 - payload_size


def test_when_many_packets_are_padded_then_pool_bytes_are_never_reused() -> None:
    made = packetizer(PooledPaddingPacketizer, 16, True, False)
    assert isinstance(made, PooledPaddingPacketizer)
    pads = [made._random(19) for _ in range(3 * POOL_BYTES // 19)]
    assert all(len(pad) == 19 for pad in pads)
    assert len(set(pads)) == len(pads)  # 152-bit random strings: a repeat means reuse
