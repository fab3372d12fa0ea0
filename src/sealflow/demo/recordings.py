"""Tiny placeholder interview recordings: valid WAV files of a quarter second of silence."""

from __future__ import annotations

import io
import wave

SAMPLE_RATE = 8_000
SECONDS = 0.25


def placeholder_wav() -> bytes:
    """A mono 16-bit 8 kHz WAV of silence; always the same bytes."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as recording:
        recording.setnchannels(1)
        recording.setsampwidth(2)
        recording.setframerate(SAMPLE_RATE)
        recording.writeframes(b"\x00\x00" * int(SAMPLE_RATE * SECONDS))
    return buffer.getvalue()
