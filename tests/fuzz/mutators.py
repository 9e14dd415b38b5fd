"""Mutations of real files for the fuzz tests: bytes, zip members, XML parts and hostile text.

Loaded with importlib (``--import-mode=importlib``: sibling modules are not importable by name).
Everything works on ``bytes`` in memory; tests write a mutant to ``tmp_path`` only because the
readers take a path. Every function takes a seeded :class:`random.Random`, so a run is
reproducible from its seed and case number (printed by the tests when a case fails).

Byte level: ``flip_bytes``, ``truncate``, ``duplicate_chunk``, ``delete_chunk``, ``insert_garbage``.
Zip level: ``zip_members`` / ``build_zip`` and ``mutate_zip``, which picks one of: corrupt one XML
member (flip bytes, cut it, drop an element, insert a huge attribute, nest elements deeply, add an
entity bomb), swap two members' contents, drop a member, rename one, or add a member with a
traversal / absolute / drive name ("../x", "/abs", "C:\\x").
Text: ``hostile_text`` (NFD, control characters, tabs, RTL marks, very long cells),
``hostile_table_text`` (tab-separated rows of such cells, often under a real plan header).
"""

from __future__ import annotations

import io
import random
import re
import sqlite3
import unicodedata
import warnings
import zipfile
from typing import Any as ImportFailureLike

SEED = 20250815  # fixed seed of every seeded mutation loop: case k uses random.Random(SEED + k)


def db_state(db_path) -> dict[str, object]:
    """Row count of every table plus the whole audit log: equal before/after means nothing was written."""
    from pathlib import Path

    conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        state: dict[str, object] = {t: conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in tables}
        state["audit_log rows"] = conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
        return state
    finally:
        conn.close()


def check_failure(exc: ImportFailureLike, path) -> str | None:
    """None when ``exc`` is a proper importer error naming ``path`` in NFC Vietnamese, else what is wrong."""
    import os

    text = str(exc)
    if os.path.basename(os.fspath(path)) not in text:
        return f"message does not name the file: {text!r}"
    if unicodedata.normalize("NFC", text) != text:
        return f"message is not NFC: {text!r}"
    return None


# ---------------------------------------------------------------- bytes


def flip_bytes(data: bytes, rng: random.Random, count: int | None = None) -> bytes:
    """Replace ``count`` (1–8) random bytes with random values."""
    if not data:
        return bytes([rng.randrange(256)])
    out = bytearray(data)
    for _ in range(count or rng.randint(1, 8)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    """Cut at a random offset (possibly 0: an empty file)."""
    return data[: rng.randrange(len(data) + 1)]


def duplicate_chunk(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return data
    start = rng.randrange(len(data))
    end = min(len(data), start + rng.randint(1, 4096))
    at = rng.randrange(len(data) + 1)
    return data[:at] + data[start:end] + data[at:]


def delete_chunk(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return data
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, 4096) :]


def insert_garbage(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:]


BYTE_MUTATORS = (flip_bytes, truncate, duplicate_chunk, delete_chunk, insert_garbage)


def mutate_bytes(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """One random byte-level mutation; returns (its name, the mutant)."""
    mutator = rng.choice(BYTE_MUTATORS)
    return mutator.__name__, mutator(data, rng)


# ---------------------------------------------------------------- zip containers


def zip_members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(info.filename, zf.read(info)) for info in zf.infolist()]


def build_zip(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate member names are part of the attack surface
        with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, content in members:
                zf.writestr(zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0)), content, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


_START_TAG = re.compile(rb"<([A-Za-z_][\w.:-]*)(?=[\s/>])")


def xml_flip(xml: bytes, rng: random.Random) -> bytes:
    return flip_bytes(xml, rng)


def xml_cut(xml: bytes, rng: random.Random) -> bytes:
    return truncate(xml, rng)


def xml_drop_element(xml: bytes, rng: random.Random) -> bytes:
    """Remove one element (well-formed result) or, for unparsable input, one random tag."""
    from lxml import etree

    try:
        root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, huge_tree=False))
    except etree.XMLSyntaxError:
        tags = list(_START_TAG.finditer(xml))
        if not tags:
            return xml
        m = rng.choice(tags)
        end = xml.find(b">", m.end())
        return xml[: m.start()] + xml[end + 1 :] if end > 0 else xml[: m.start()]
    elements = [e for e in root.iter() if e is not root and isinstance(e.tag, str)]
    if not elements:
        return xml
    victim = rng.choice(elements)
    parent = victim.getparent()
    if parent is not None:
        parent.remove(victim)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _insert_after_random_tag(xml: bytes, rng: random.Random, text: bytes, *, inside: bool) -> bytes:
    tags = list(_START_TAG.finditer(xml))
    if not tags:
        return xml + text
    m = rng.choice(tags[1:] or tags)
    if inside:  # inside the start tag: an attribute
        return xml[: m.end()] + text + xml[m.end() :]
    end = xml.find(b">", m.end())
    if end < 0 or xml[end - 1 : end] == b"/":
        return xml[: m.start()] + text + xml[m.start() :]
    return xml[: end + 1] + text + xml[end + 1 :]


def xml_huge_attribute(xml: bytes, rng: random.Random) -> bytes:
    size = rng.choice((10_000, 200_000, 2_000_000))
    return _insert_after_random_tag(xml, rng, b' fuzz="' + b"A" * size + b'"', inside=True)


def xml_deep_nesting(xml: bytes, rng: random.Random) -> bytes:
    depth = rng.choice((300, 5_000, 100_000))
    return _insert_after_random_tag(xml, rng, b"<a>" * depth + b"</a>" * depth, inside=False)


def xml_entity_bomb(xml: bytes, rng: random.Random) -> bytes:
    """A "billion laughs" DTD in front of the root and a reference to it inside."""
    dtd = b'<!DOCTYPE r [<!ENTITY a0 "lol">' + b"".join(
        b"<!ENTITY a%d \"%s\">" % (i, b"&a%d;" % (i - 1) * 10) for i in range(1, 10)
    ) + b"]>"
    body = re.sub(rb"^<\?xml[^>]*\?>\s*", b"", xml)
    return _insert_after_random_tag(dtd + body, rng, b"&a9;", inside=False)


def xml_big_coordinates(xml: bytes, rng: random.Random) -> bytes:
    """Move a cell reference / row number to the far corner of a worksheet (XFD1048576)."""
    out = re.sub(rb'r="[A-Z]{1,3}(\d+)"', b'r="XFD1048576"', xml, count=1)
    return re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', out, count=1)


XML_MUTATORS = (xml_flip, xml_cut, xml_drop_element, xml_huge_attribute, xml_deep_nesting, xml_entity_bomb,
                xml_big_coordinates)
TRAVERSAL_NAMES = ("../x", "../../etc/passwd", "/abs", "/tmp/abs.xml", "C:\\x", "C:/Windows/x", "..\\x",
                   "word/../../x", "\\\\server\\share\\x")


def mutate_zip(data: bytes, rng: random.Random, main_parts: tuple[str, ...] = ()) -> tuple[str, bytes]:
    """One random member-level mutation of an OOXML zip; ``main_parts`` are hit more often."""
    members = zip_members(data)
    names = [n for n, _ in members]
    xml_names = [n for n in names if n.endswith((".xml", ".rels"))]
    kind = rng.choice(("xml", "xml", "xml", "xml", "swap", "drop", "rename", "traversal", "duplicate"))
    if kind == "xml" and xml_names:
        mains = [n for n in main_parts if n in names]
        target = rng.choice(mains) if mains and rng.random() < 0.7 else rng.choice(xml_names)
        mutator = rng.choice(XML_MUTATORS)
        members = [(n, mutator(c, rng) if n == target else c) for n, c in members]
        return f"{mutator.__name__}({target})", build_zip(members)
    if kind == "swap" and len(members) > 1:
        i, j = rng.sample(range(len(members)), 2)
        (ni, ci), (nj, cj) = members[i], members[j]
        members[i], members[j] = (ni, cj), (nj, ci)
        return f"swap({ni},{nj})", build_zip(members)
    if kind == "drop" and members:
        victim = rng.choice(names)
        return f"drop({victim})", build_zip([(n, c) for n, c in members if n != victim])
    if kind == "rename" and members:
        i = rng.randrange(len(members))
        new = members[i][0] + rng.choice(("x", ".bak", "/", ""))
        members[i] = (new.upper() if new == members[i][0] else new, members[i][1])
        return f"rename({names[i]})", build_zip(members)
    if kind == "duplicate" and members:
        i = rng.randrange(len(members))
        return f"duplicate({names[i]})", build_zip([*members, (names[i], b"<bad/>")])
    name = rng.choice(TRAVERSAL_NAMES)
    at = rng.randrange(len(members) + 1)
    members.insert(at, (name, b"<x/>"))
    return f"traversal({name!r})", build_zip(members)


def mutate_office_file(data: bytes, rng: random.Random, main_parts: tuple[str, ...]) -> tuple[str, bytes]:
    """Half byte-level, half member-level (the latter reaches the XML parsers)."""
    if rng.random() < 0.45:
        return mutate_bytes(data, rng)
    name, mutant = mutate_zip(data, rng, main_parts)
    if rng.random() < 0.15:  # sometimes both
        extra, mutant = mutate_bytes(mutant, rng)
        name += "+" + extra
    return name, mutant


# ---------------------------------------------------------------- text

HOSTILE_CHARS = (
    "\u200f", "\u200e", "\u202e", "\u202d", "\u2066", "\u2069",  # RTL/LTR marks and overrides
    "\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029",  # control, separators
    "\t", "\r", "\n", "\r\n", "\ufeff", "\u00a0", "\u200b", "\ufffd", "\U0001f600",
    "=", "+", "-", "@", "|", "&amp;", "<b>", "</i>", "<br/>", "½", "nt", "Như trên", "II", "1.2.3",
)
VIETNAMESE = ("Thời gian", "hoàn thành", "Quý III/2025", "Thường xuyên", "Sở Tư pháp", "Ủy ban nhân dân",
              "trước ngày 30/6/2025", "Hằng năm", "đồng", "ngày làm việc", "Không quy định", "1.500.000")


def hostile_text(rng: random.Random, max_len: int = 80) -> str:
    """A cell: Vietnamese words (NFC or NFD), hostile characters, sometimes a very long run."""
    parts: list[str] = []
    for _ in range(rng.randint(0, 6)):
        roll = rng.random()
        if roll < 0.35:
            word = rng.choice(VIETNAMESE)
            parts.append(unicodedata.normalize("NFD", word) if rng.random() < 0.5 else word)
        elif roll < 0.7:
            parts.append(rng.choice(HOSTILE_CHARS))
        elif roll < 0.95:
            parts.append("".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(rng.randint(1, max_len // 4))))
        else:
            parts.append(rng.choice("xA9 ") * rng.choice((1_000, 5_000, 40_000)))
    return "".join(parts)


PLAN_HEADER = "Số TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm"


def hostile_table_text(rng: random.Random, rows: int | None = None) -> str:
    """Tab-separated rows of hostile cells, usually under a real plan header."""
    lines = [PLAN_HEADER] if rng.random() < 0.8 else []
    for i in range(rows if rows is not None else rng.randint(0, 12)):
        width = rng.choice((1, 2, 6, 6, 6, 9))
        first = rng.choice((str(i + 1), f"{i}.{i + 1}", "I", "II", "a)", "", "-", hostile_text(rng, 8)))
        cells = [first] + [hostile_text(rng) for _ in range(width - 1)]
        sep = rng.choice(("\t", "\t", "\t", " | "))
        line = sep.join(cells)
        lines.append(f"| {line} |" if sep == " | " else line)
    return rng.choice(("\n", "\r\n", "\r")).join(lines)


def describe(exc: BaseException) -> str:
    """The exception in one short line, for a problem list."""
    import traceback

    return "".join(traceback.format_exception_only(exc)).strip()[:300]


def mutated_reads(original: bytes, path, read, cases: int, base: int, main_parts: tuple[str, ...]) -> list[str]:
    """Read ``cases`` seeded mutations of an office file; the problems: a non-Vietnamese or crashing failure."""
    from tthc_desktop.importers.errors import ImportFailure

    problems = []
    for case in range(cases):
        rng = random.Random(SEED + base + case)
        what, data = mutate_office_file(original, rng, main_parts)
        path.write_bytes(data)
        try:
            read(path)
        except ImportFailure as exc:
            if problem := check_failure(exc, path):
                problems.append(f"case {base + case} {what}: {problem}")
        except Exception as exc:
            problems.append(f"case {base + case} {what}: {describe(exc)}")
    return problems


def mutated_stores(original: bytes, path, store, cases: int, base: int, main_parts: tuple[str, ...],
                   db_path) -> tuple[list[str], int]:
    """Store ``cases`` seeded mutations through a service: a failure must be Vietnamese and leave the database
    as it was. Returns the problems and how many mutations were stored."""
    from tthc_desktop.importers.errors import ImportFailure

    problems, stored = [], 0
    for case in range(cases):
        rng = random.Random(SEED + base + case)
        what, data = mutate_office_file(original, rng, main_parts)
        path.write_bytes(data)
        before = db_state(db_path)
        try:
            store(path)
            stored += 1
            continue
        except ImportFailure as exc:
            problem = check_failure(exc, path)
        except Exception as exc:
            problem = describe(exc)
        if db_state(db_path) != before:
            problem = (problem or "") + " AND the database changed (partial write)"
        if problem:
            problems.append(f"case {base + case} {what}: {problem}")
    return problems, stored
