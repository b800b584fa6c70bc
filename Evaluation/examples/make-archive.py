#!/usr/bin/env python3
"""Writes archive.jsonl: the project corpus (Evaluation/corpus) as a small news
archive, with invented outlets and dates, for trying `slant report`.

Every case of corpus/labels.jsonl becomes one record {"id", "outlet", "date",
"text"}. The outlets and dates are made up, deterministically (no randomness),
so that the outlets lean differently on engagement_pressure: cases are ranked
by their hand label on that axis and mostly dealt to outlets by rank, every
third one round-robin. Dates spread over July to September 2025.

    python3 Evaluation/examples/make-archive.py [OUT]   (standard library only)

OUT defaults to archive.jsonl beside this script.
"""
import datetime
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
OUTLETS = ["Harbor Review", "Northgate Wire", "Civic Lantern", "Meridian Ledger"]
FIRST_DAY = datetime.date(2025, 7, 1)
DAYS = 92  # 1 July to 30 September
DAY_STEP = 29  # coprime with DAYS, so the cases spread over every day before any repeats


def main():
    cases = [json.loads(line) for line in (CORPUS / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    lean = lambda case: case["expect"].get("engagement_pressure") or 0.0
    ranked = sorted(range(len(cases)), key=lambda i: (lean(cases[i]), cases[i]["id"]))
    outlet = {}
    for rank, i in enumerate(ranked):
        outlet[i] = OUTLETS[rank % len(OUTLETS)] if rank % 3 == 0 else OUTLETS[rank * len(OUTLETS) // len(cases)]
    lines = []
    for i, case in enumerate(cases):
        text = case["text"] if "text" in case else (CORPUS / case["file"]).read_text(encoding="utf-8")
        date = FIRST_DAY + datetime.timedelta(days=(i * DAY_STEP + 11) % DAYS)
        record = {"id": case["id"], "outlet": outlet[i], "date": date.isoformat(), "text": text}
        lines.append(json.dumps(record, ensure_ascii=False))
    out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "archive.jsonl"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
