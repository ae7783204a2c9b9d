#!/usr/bin/env python3
"""Writes Sources/SwotCore/Matching/Data/labelled-items.txt from the matcher's TUNING files: one line per item,
`CATEGORY<TAB>TEXT`, the category a planner files it under first. The LOCKED files are never read: they stay the
honest measure of what the examples teach. Run after changing a tuning file; a test checks the two agree."""
import json
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
fixtures = root / "Tests/SwotCoreTests/Fixtures"
tuning = ["matcher-evaluation.json", "matcher-evaluation-fresh.json", "matcher-evaluation-fresh2.json",
          "matcher-evaluation-fresh3.json", "matcher-evaluation-fresh4.json", "matcher-evaluation-fresh5.json",
          "matcher-evaluation-fresh6.json", "matcher-evaluation-fresh7.json", "matcher-evaluation-fresh8.json",
          "matcher-evaluation-fresh9.json", "matcher-evaluation-fresh10.json"]
lines = []
for name in tuning:
    for item in json.loads((fixtures / name).read_text(encoding="utf-8")):
        text = " ".join(item["text"].split())
        lines.append(f"{item['expected'][0]}\t{text}")
out = root / "Sources/SwotCore/Matching/Data/labelled-items.txt"
out.write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"{len(lines)} items -> {out.relative_to(root)}")
