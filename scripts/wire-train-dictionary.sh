#!/usr/bin/env bash
# Regenerates the Wire zstd dictionary from synthetic traffic and embeds it into the Wire module.
# Deterministic: same seeds, same libzstd → same dictionary. See Protocol/dictionaries/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product claimwire-bench
rm -f Protocol/dictionaries/claimwire-*.dict
.build/debug/claimwire-bench wire --train-dictionary Protocol/dictionaries \
    --embed Sources/Wire/Dictionary/EmbeddedDictionaryData.swift
