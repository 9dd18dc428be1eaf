#!/usr/bin/env python3
"""Compares a faulty run's JSON export with a clean run's: articles lost, extra, doubled, and
whether the whole export (sorted keys) is equal. Prints one line of `key=value` figures;
exit 0 only when nothing is lost, extra or doubled and the exports are equal.
Usage: compare-exports.py CLEAN.json FAULTY.json [SEND_SUMMARY.json]"""
import json
import sys

clean = json.load(open(sys.argv[1]))
faulty = json.load(open(sys.argv[2]))
ids = lambda export: [a["id"] for a in export.get("articles", [])]
c, f = ids(clean), ids(faulty)
lost = sorted(set(c) - set(f))
extra = sorted(set(f) - set(c))
doubled = len(f) - len(set(f))
same = json.dumps(clean, sort_keys=True) == json.dumps(faulty, sort_keys=True)
send = {}
if len(sys.argv) > 3:
    try:
        send = json.load(open(sys.argv[3]))
    except (OSError, ValueError):
        pass
print(f"exported={len(f)}/{len(c)} lost={len(lost)} extra={len(extra)} doubled={doubled} "
      f"export_equal={same} accepted={send.get('accepted')} duplicates={send.get('duplicates')}")
if not same:
    for key in clean:
        if clean[key] != faulty.get(key):
            print(f"export differs in {key}: {len(clean[key])} vs {len(faulty.get(key, []))}", file=sys.stderr)
    for article in lost[:5]:
        print(f"lost: {article}", file=sys.stderr)
sys.exit(0 if same and not lost and not extra and doubled == 0 else 1)
