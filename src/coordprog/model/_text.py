"""Repair and normalisation of text entering the library."""

from __future__ import annotations

import unicodedata

# PDF extraction of Vietnamese documents set in legacy fonts often yields
# U+01A3/U+01A2 (LATIN LETTER OI) where U+01B0/U+01AF (U WITH HORN) belongs,
# as in "thƣờng xuyên".  The OI letters are not used in Vietnamese, so the
# repair cannot damage Vietnamese text.
_SMALL_OI, _CAPITAL_OI = "\u01a3", "\u01a2"

#: Characters that print nothing, for ``str.translate``: zero-width space, non-joiner,
#: joiner, word joiner, byte-order mark.
INVISIBLE: dict[int, int | None] = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def normalize_text(text: str) -> str:
    """Return ``text`` with known PDF-extraction faults repaired, in NFC.

    The only changes are the repair of ``ƣ``/``Ƣ`` (U+01A3/U+01A2) to
    ``ư``/``Ư`` (U+01B0/U+01AF) and Unicode NFC normalisation; white space,
    punctuation and case are left exactly as they are.

    >>> normalize_text("thƣờng xuyên") == "thường xuyên"
    True

    .. versionadded:: 0.1.0
    """
    # `in` scans at C speed; str.translate with a table would cost far more
    # on the long texts of a program, where the fault is rare.
    repaired = text
    if _SMALL_OI in repaired:
        repaired = repaired.replace(_SMALL_OI, "\u01b0")
    if _CAPITAL_OI in repaired:
        repaired = repaired.replace(_CAPITAL_OI, "\u01af")
    if unicodedata.is_normalized("NFC", repaired):
        return repaired
    return unicodedata.normalize("NFC", repaired)
