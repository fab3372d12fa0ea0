"""Scrubbing never touches the network: not at import, not when building, not when running."""

from __future__ import annotations

import importlib
import socket
import sys

import pytest


class NetworkUsed(AssertionError):
    pass


@pytest.fixture()
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise NetworkUsed("a socket was opened")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield


@pytest.fixture()
def fresh_scrub_modules():
    """Import sealflow.scrub anew inside the test, and put the original modules back after."""
    saved = {name: mod for name, mod in sys.modules.items() if name.startswith("sealflow.scrub")}
    for name in saved:
        del sys.modules[name]
    yield
    for name in [m for m in sys.modules if m.startswith("sealflow.scrub")]:
        del sys.modules[name]
    sys.modules.update(saved)


def test_when_sockets_are_disabled_then_import_build_and_scrub_still_work(
    no_network, fresh_scrub_modules
):
    engine_module = importlib.import_module("sealflow.scrub.engine")
    settings_module = importlib.import_module("sealflow.scrub.settings")
    scrubber = importlib.import_module("sealflow.scrub.scrubber")
    engine = engine_module.build_engine(settings_module.default_settings())
    (scrubbed,) = scrubber.scrub_texts(
        engine,
        ["Email sgt.okafor@example.mod.uk or see https://intranet.example.co.uk/page, Sgt Okafor."],
    )
    assert "okafor" not in scrubbed.lower()
    assert "[EMAIL-1]" in scrubbed and "[URL-1]" in scrubbed


def test_when_tldextract_is_used_then_it_reads_only_the_bundled_snapshot():
    import tldextract.tldextract

    import sealflow.scrub  # noqa: F401  (installs the offline extractor)

    extractor = tldextract.tldextract.TLD_EXTRACTOR
    assert extractor.suffix_list_urls == ()
    assert extractor.fallback_to_snapshot
