"""Read rendered PDFs back with poppler (pdffonts, pdftotext, pdfinfo) for the PDF tests.

The tools are required: a missing tool makes the tests fail, never skip.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

MM = 72 / 25.4


def _run(*args: str) -> str:
    tool = shutil.which(args[0])
    assert tool, f"{args[0]} (poppler-utils) is required for the PDF tests"
    return subprocess.run([tool, *args[1:]], check=True, capture_output=True, text=True).stdout


@dataclass(frozen=True)
class FontRow:
    name: str
    embedded: bool


def fonts(path: Path) -> list[FontRow]:
    lines = _run("pdffonts", str(path)).splitlines()[2:]
    rows = []
    for line in lines:
        parts = line.split()
        # name type [type2] encoding emb sub uni object ID: emb is the 5th field from the end.
        rows.append(FontRow(parts[0], parts[-5] == "yes"))
    return rows


def text(path: Path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    return _run(*args, str(path), "-")


def flat(value: str) -> str:
    """NFC, whitespace and line breaks collapsed to single spaces."""
    return " ".join(unicodedata.normalize("NFC", value).split())


def info(path: Path) -> dict[str, str]:
    out = _run("pdfinfo", "-enc", "UTF-8", str(path))
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float  # top, measured downwards from the top edge (pdftotext convention)
    x1: float
    y1: float

    @property
    def centre_x(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    words: list[Word]

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    def find(self, *sequence: str) -> list[Word]:
        """The consecutive words spelling *sequence* (first occurrence), or []."""
        texts = [w.text for w in self.words]
        for i in range(len(texts) - len(sequence) + 1):
            if texts[i : i + len(sequence)] == list(sequence):
                return self.words[i : i + len(sequence)]
        return []

    def in_top_margin(self, margin: float) -> list[Word]:
        return [w for w in self.words if w.y1 < margin]


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def pages(path: Path) -> list[Page]:
    out = _run("pdftotext", "-enc", "UTF-8", "-bbox", str(path), "-")
    result = []
    for width, height, body in _PAGE.findall(out):
        words = [
            Word(unicodedata.normalize("NFC", html.unescape(t)), float(a), float(b), float(c), float(d))
            for a, b, c, d, t in _WORD.findall(body)
        ]
        result.append(Page(float(width), float(height), words))
    return result
