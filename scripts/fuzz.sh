#!/usr/bin/env bash
# libFuzzer on the frame decoder and the article reader (swiftc -sanitize=fuzzer,address).
# The module sources are compiled directly with instrumentation; NIOCore and its dependencies
# are linked from the debug build (build it first: swift build --target Wire).
# Environment: FUZZ_SECONDS per target (default 60), FUZZ_JOBS (1). Seeds: Protocol/vectors/,
# samples/ and the corpus. Crashes land in .build/fuzz/<target>/crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${FUZZ_SECONDS:-60}
OUT=.build/fuzz
DEBUG=.build/debug
mkdir -p "$OUT"
FLAGS=(-sanitize=fuzzer,address -parse-as-library -Onone -g -swift-version 6 -package-name claimwire)

[ -f "$DEBUG/Modules/NIOCore.swiftmodule" ] || swift build --target Wire

echo "fuzz: building ClaimModel (instrumented)"
mkdir -p "$OUT/modules"
swiftc "${FLAGS[@]}" -emit-module -emit-module-path "$OUT/modules/ClaimModel.swiftmodule" \
    -module-name ClaimModel -emit-object -wmo -o "$OUT/ClaimModel.o" Sources/ClaimModel/*.swift

echo "fuzz: building the article reader target"
swiftc "${FLAGS[@]}" -module-name ArticleReaderFuzz -I "$OUT/modules" \
    Sources/ArticleReader/*.swift Fuzz/ArticleReaderFuzz.swift "$OUT/ClaimModel.o" -o "$OUT/fuzz-article-reader" \
    2> >(grep -v "Cannot export local symbol" >&2)

echo "fuzz: building the frame decoder target"
WIRE_SOURCES=$(ls Sources/Wire/*.swift Sources/Wire/{Codec,Compression,Dictionary,Frame,Messages}/*.swift \
    | grep -v MessageCodecHandler.swift)
DEPS=()
for module in NIOCore _NIODataStructures _NIOBase64 NIOConcurrencyHelpers Atomics DequeModule ContainersPreview \
    InternalCollectionsUtilities; do
    if [ -d "$DEBUG/$module.build" ]; then
        while IFS= read -r object; do DEPS+=("$object"); done < <(find "$DEBUG/$module.build/" -name '*.o')
    fi
done
for c in CNIOAtomics CNIOLinux CNIODarwin CNIOWindows CNIOWASI CNIOOpenBSD CNIOFreeBSD _AtomicsShims; do
    if [ -d "$DEBUG/$c.build" ]; then
        while IFS= read -r object; do DEPS+=("$object"); done < <(find "$DEBUG/$c.build/" -name '*.o')
    fi
done
swiftc "${FLAGS[@]}" -module-name WireFuzz -I "$OUT/modules" -I "$DEBUG/Modules" -I Sources/CZstd \
    $(find "$DEBUG/" -maxdepth 2 -name module.modulemap -printf '-Xcc -fmodule-map-file=%p ') \
    -Xcc -fmodule-map-file=.build/checkouts/swift-atomics/Sources/_AtomicsShims/include/module.modulemap \
    $WIRE_SOURCES Fuzz/FrameDecoderFuzz.swift "$OUT/ClaimModel.o" "${DEPS[@]}" -lzstd \
    -o "$OUT/fuzz-frame-decoder" 2> >(grep -v "Cannot export local symbol" >&2)

seed() { # DIR FILES...: hex vectors decoded to bytes, other files copied
    local dir=$1; shift
    mkdir -p "$dir"
    for file in "$@"; do
        case "$file" in
            *.hex) grep -v '^#' "$file" | tr -d ' \t\n' | xxd -r -p > "$dir/$(basename "$file" .hex)" ;;
            *) cp "$file" "$dir/" ;;
        esac
    done
}
seed "$OUT/frame-decoder/corpus" Protocol/vectors/golden/*.hex Protocol/vectors/malformed/*.hex
seed "$OUT/article-reader/corpus" samples/* $(ls ../shared/corpus/*.txt 2>/dev/null | head -20) \
    <(printf '{"text":"Acme spent $5bn in 2024.","outlet":"X","published":"2025-01-02"}\n')

status=0
for target in frame-decoder article-reader; do
    mkdir -p "$OUT/$target/crashes"
    echo "fuzz: running $target for $SECONDS_PER_TARGET s"
    set +e
    "$OUT/fuzz-$target" "$OUT/$target/corpus" -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 \
        -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$OUT/$target/crashes/" -print_final_stats=1 \
        >"$OUT/$target.log" 2>&1
    code=$?
    set -e
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$OUT/$target.log" | grep -o '[0-9]*$' || echo 0)
    crashes=$(find "$OUT/$target/crashes" -type f | wc -l)
    echo "fuzz: $target executions=$runs crashes=$crashes exit=$code (log $OUT/$target.log)"
    if [ "$code" != 0 ] || [ "$crashes" != 0 ]; then status=1; tail -30 "$OUT/$target.log"; fi
done
exit $status
