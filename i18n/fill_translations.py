"""Dev helper: fill <translation> elements of a .ts file from a JSON {source: translation} table.

Usage: python i18n/fill_translations.py i18n/tthc_vi.ts table.json
"""
import sys, json
import xml.etree.ElementTree as ET
ts, table = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
tree = ET.parse(ts)
missing = []
for msg in tree.getroot().iter("message"):
    src = msg.find("source").text
    tr = msg.find("translation")
    if src in table:
        tr.text = table[src]
        tr.attrib.pop("type", None)
    elif tr.get("type") == "unfinished" or not tr.text:
        missing.append(src)
tree.write(ts, encoding="utf-8", xml_declaration=True)
# ElementTree drops the DOCTYPE; put it back for Qt Linguist.
text = open(ts, encoding="utf-8").read()
if "<!DOCTYPE TS>" not in text:
    text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
open(ts, "w", encoding="utf-8").write(text)
print("missing:", missing)
