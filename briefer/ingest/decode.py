"""Bytes to text: refuse binaries, accept any common encoding, and say when we had to guess."""

from __future__ import annotations

from dataclasses import dataclass

from charset_normalizer import from_bytes


class NotText(ValueError):
    """The bytes are not text we can read (binary, or empty)."""


@dataclass(frozen=True)
class Decoded:
    text: str
    note: str | None = None  # set when the file was not UTF-8 and we decoded it otherwise


_SNIFF = 8192
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first block mean it is not an article."""
    head = data[:_SNIFF]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    control = len(head.translate(None, _NOT_CONTROL))  # delete the rest, count what is left
    return bool(head) and control / len(head) > 0.05


_NOT_CONTROL = bytes(byte for byte in range(256) if byte >= 32 or byte in (9, 10, 12, 13, 27))


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few bad bytes (a truncated copy, one stray byte) stays UTF-8: more valid
    multi-byte characters than bad sequences means the file is UTF-8, and decoding it all as
    cp1252 would garble every one of them ('Blair’s' as 'Blairâ€™s')."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    multibyte = sum(1 for char in text if ord(char) > 127) - text.count("\ufffd")
    return (text, bad) if 0 < bad < multibyte else None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without a byte order mark: most of its ASCII letters come with a NUL
    byte beside them, on the same side each time."""
    head = data[: _SNIFF - _SNIFF % 2]
    if len(head) < 4:
        return None
    for encoding, nul_at in (("utf-16-le", 1), ("utf-16-be", 0)):
        nuls = head[nul_at::2].count(0)
        if nuls >= 0.6 * (len(head) // 2) and head[1 - nul_at :: 2].count(0) == 0:
            text = data[: len(data) - len(data) % 2].decode(encoding, errors="replace")
            printable = sum(1 for char in text[:4096] if char.isprintable() or char.isspace())
            if printable >= 0.95 * min(len(text), 4096):
                return text, encoding.upper()
    return None


def decode_bytes(data: bytes) -> Decoded:
    """UTF-8 if possible, else the detected encoding, else cp1252 with replacement."""
    if not data.strip():
        raise NotText("empty file")
    for bom, encoding in _BOMS:  # UTF-16/32 are full of NUL bytes, yet text
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            if not text.strip():
                raise NotText("empty file")
            return Decoded(_normalise_newlines(text), f"decoded as {encoding.upper()}")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        text = _normalise_newlines(utf16[0])
        if not text.strip():
            raise NotText("empty file")
        return Decoded(text, f"decoded as {utf16[1]} (no byte order mark)")
    if looks_binary(data):
        raise NotText("binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return Decoded(_normalise_newlines(data.decode("utf-8")))
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        text, bad = mostly
        return Decoded(
            _normalise_newlines(text),
            (
                f"not valid UTF-8: {bad} undecodable byte sequence{'s' if bad > 1 else ''} shown "
                "as U+FFFD (quotes containing one are left out)"
            ),
        )
    best = from_bytes(data[:1_000_000]).best()
    if best is not None and best.encoding:
        encoding = _prefer_cp1252(data, best.encoding)
        text = data.decode(encoding, errors="replace")
        return Decoded(_normalise_newlines(text), f"not UTF-8; decoded as {encoding}")
    text = data.decode("cp1252", errors="replace")
    return Decoded(_normalise_newlines(text), "not UTF-8; decoded as cp1252 (best guess)")


# Western code pages a short text cannot tell apart (Cyrillic cp1251 is deliberately absent).
_SINGLE_BYTE_LATIN = {
    "cp1250",
    "cp1252",
    "latin_1",
    "iso8859_1",
    "iso8859_2",
    "iso8859_15",
    "mac_roman",
    "mac_latin2",
}


def _prefer_cp1252(data: bytes, detected: str) -> str:
    """Mostly-ASCII text with a stray '£' or 'è' is cp1252 (news' usual legacy encoding), not
    the Japanese or Central European code page a detector may guess from one byte."""
    non_ascii = len(data.translate(None, bytes(range(128))))
    if detected.lower() in _SINGLE_BYTE_LATIN or non_ascii / len(data) < 0.02:
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    return detected


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
