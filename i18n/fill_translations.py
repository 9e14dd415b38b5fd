"""Dev helper: fill the <translation> elements of a .ts file from JSON tables {English source: Vietnamese}.

Usage: python i18n/fill_translations.py i18n/tthc_vi.ts i18n/vi/*.json
Each feature keeps its own table in i18n/vi/<feature>.json; `make i18n` runs lupdate then this.
Prints the sources still untranslated and exits 1 when there are any.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def main(ts_path: str, tables: list[str]) -> int:
    table: dict[str, str] = {}
    for path in tables:
        with open(path, encoding="utf-8") as fh:
            table.update(json.load(fh))
    tree = ET.parse(ts_path)
    missing: list[str] = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        if source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished" or not translation.text:
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, encoding="utf-8") as fh:
        text = fh.read()
    if "<!DOCTYPE TS>" not in text:  # ElementTree drops it; Qt Linguist wants it
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        with open(ts_path, "w", encoding="utf-8") as fh:
            fh.write(text)
    for source in missing:
        print(f"chưa dịch: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
