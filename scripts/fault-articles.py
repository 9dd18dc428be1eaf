#!/usr/bin/env python3
"""Synthetic articles in JSON Lines for the fault and soak runs: fictional companies, outlets
and figures, every text distinct, the same output for the same seed."""
import json
import random
import sys

count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 7
rng = random.Random(seed)
syllables = ["ar", "ven", "lo", "mi", "quor", "tesh", "bal", "dra", "nix", "cor", "pel", "sum"]
companies = ["".join(rng.choice(syllables) for _ in range(3)).capitalize() for _ in range(40)]
outlets = ["Northgate Courier", "Valley Ledger", "Tidewater Post", "Granite Times", "Meridian Wire"]
measures = [("revenue", "billion"), ("capital expenditure", "billion"), ("net profit", "million")]
for i in range(count):
    company = rng.choice(companies)
    outlet = rng.choice(outlets)
    measure, scale = rng.choice(measures)
    amount = rng.randint(2, 90)
    year = rng.choice([2023, 2024, 2025])
    staff = rng.randint(100, 90000)
    text = (
        f"{company} said its {measure} reached ${amount} {scale} in {year}, according to a filing "
        f"reviewed by {outlet}. The company employs {staff} people. Analysts said the figure was "
        f"in line with expectations (note {i})."
    )
    print(json.dumps({
        "ref": f"synthetic#{i}", "outlet": outlet, "title": f"{company} {measure} at ${amount} {scale}",
        "published": f"{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", "text": text,
    }))
