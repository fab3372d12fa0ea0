"""Sealed files: age v1 encryption and minisign signatures on libsodium (PyNaCl).

- :mod:`sealflow.seal.age`: seal files to ``age1…`` recipients and open them with
  identities (``seal_file``, ``open_file``, streaming ``encrypt``/``decrypt``).
- :mod:`sealflow.seal.minisign`: sign and verify files and small documents.
- :mod:`sealflow.seal.keys`: create and list a party's age and minisign keys.

The formats are byte-compatible with the ``age`` and ``minisign`` tools (docs/FORMAT.md).
"""
