"""The private members of paramiko and Presidio that sealflow relies on, with the shape it
relies on.

sealflow reaches into two dependencies where no public API does the job (why is in each
module's docstring: exchange/sftp_io.py, exchange/sftp_wire.py, scrub/engine.py; the age
payload left PyNaCl's private ``nacl._sodium`` for cryptography's public ``encrypt_into``).
pyproject.toml bounds each of them below the next minor release; these tests are what tells
a maintainer who lifts a bound whether the new release still has what sealflow uses. A
failure here names the member that moved.
"""

from __future__ import annotations

import inspect
import re
import socket

import paramiko
import pytest
from paramiko.buffered_pipe import BufferedPipe
from paramiko.channel import Channel
from paramiko.packet import Packetizer

from sealflow.exchange.sftp_io import ChunkPipe


def _params(function: object) -> list[str]:
    return list(inspect.signature(function).parameters)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "name, parameters",
    [
        ("_request", ["self", "t", "args"]),
        ("_async_request", ["self", "fileobj", "t", "args"]),
        ("_read_all", ["self", "n"]),
        ("_convert_status", ["self", "msg"]),
    ],
)
def test_when_paramiko_sftp_client_is_loaded_then_the_request_layer_sealflow_drives_is_there(
    name: str, parameters: list[str]
) -> None:
    member = getattr(paramiko.SFTPClient, name, None)
    assert callable(member), f"paramiko.SFTPClient.{name} is gone"
    assert _params(member)[: len(parameters)] == parameters


def test_when_paramiko_sftp_client_is_built_then_it_keeps_a_lock_and_expected_requests() -> None:
    # sftp_io.Replies takes replies out of `_expecting` under `_lock`, and reads the
    # channel's timeout from `sock` to name it when the server goes silent.
    source = inspect.getsource(paramiko.sftp_client.SFTPClient.__init__) + inspect.getsource(
        paramiko.sftp.BaseSFTP.__init__
    )
    for attribute in ("self._lock", "self._expecting", "self.sock"):
        assert attribute in source, f"paramiko SFTPClient no longer sets {attribute}"


def test_when_a_channel_reads_then_it_uses_only_buffer_methods_chunk_pipe_overrides() -> None:
    used = set(re.findall(r"in_buffer\.([a-z_]+)", inspect.getsource(Channel)))
    assert used, "paramiko.Channel no longer reads from in_buffer"
    for name in used:
        assert name in vars(ChunkPipe), f"ChunkPipe does not override BufferedPipe.{name}"
    assert issubclass(ChunkPipe, BufferedPipe)
    assert "self.in_buffer = BufferedPipe()" in inspect.getsource(Channel.__init__)


def test_when_a_packetizer_is_built_then_its_padding_state_has_the_names_sealflow_reads() -> None:
    left, right = socket.socketpair()
    try:
        packetizer = Packetizer(left)
        for name in ("block_size_out", "etm_out", "aead_out", "sdctr_out", "block_engine_out"):
            assert hasattr(packetizer, f"_Packetizer__{name}"), f"Packetizer.__{name} is gone"
    finally:
        left.close()
        right.close()
    assert _params(Packetizer._build_packet) == ["self", "payload"]
    assert "packetizer_class" in _params(paramiko.Transport.__init__)


def test_when_paramiko_config_is_loaded_then_invoke_is_still_an_optional_import() -> None:
    # exchange/paramiko_lib.py imports paramiko with invoke marked unimportable: paramiko
    # must keep treating invoke as optional (kept aside for `Match exec`), else that fails.
    source = inspect.getsource(paramiko.config)
    assert re.search(r"try:\s+import invoke\s+except ImportError", source), (
        "paramiko.config no longer imports invoke optionally"
    )
    assert hasattr(paramiko.config, "invoke_import_error")


def test_when_presidio_spacy_engine_is_loaded_then_the_hooks_sealflow_overrides_are_there() -> None:
    from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine

    assert _params(SpacyNlpEngine._doc_to_nlp_artifact) == ["self", "doc", "language"]
    for name in ("_get_entities", "_get_scores_for_entities", "_get_updated_entities"):
        assert callable(getattr(SpacyNlpEngine, name, None)), f"SpacyNlpEngine.{name} is gone"
    assert "self.nlp" in inspect.getsource(SpacyNlpEngine)
    for parameter in (
        "entities",
        "tokens",
        "tokens_indices",
        "lemmas",
        "nlp_engine",
        "language",
        "scores",
    ):
        assert parameter in _params(NlpArtifacts.__init__), f"NlpArtifacts({parameter}=) is gone"
