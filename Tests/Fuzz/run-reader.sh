#!/usr/bin/env bash
# Builds one container reader's fuzz target with libFuzzer and runs it.
#   Tests/Fuzz/run-reader.sh <target> [seconds] [jobs]
# <target> names Tests/Fuzz/<target>FuzzTarget.swift (Inflate, Zip, SheetXML, CompoundFile, BIFF8, …);
# it is compiled with the ExportContainers sources only (no pipeline), so it runs thousands of
# inputs a second. Seeds come from Tests/Fuzz/Seeds/<target>/ and the container fixtures; new
# inputs go to .build-fuzz/<target>/corpus, crashes to .build-fuzz/<target>/crashes.
set -euo pipefail
cd "$(dirname "$0")/../.."
target="${1:?usage: run-reader.sh <target> [seconds] [jobs]}"
seconds="${2:-600}"
jobs="${3:-1}"
out=".build-fuzz/$target"
mkdir -p "$out/corpus" "$out/crashes" "$out/seeds"
swiftc -sanitize=fuzzer,address -O -parse-as-library -package-name AgencyAudit -module-name ExportContainersFuzz \
  $(find Sources/ExportContainers -name '*.swift' | sort) "Tests/Fuzz/${target}FuzzTarget.swift" -o "$out/fuzzer"
if [ -d "Tests/Fuzz/Seeds/$target" ]; then cp "Tests/Fuzz/Seeds/$target"/* "$out/seeds/" 2>/dev/null || true; fi
SWIFT_BACKTRACE=enable=no "$out/fuzzer" "$out/corpus" "$out/seeds" -max_total_time="$seconds" -max_len="${MAX_LEN:-65536}" -timeout=10 \
  -rss_limit_mb=2048 -artifact_prefix="$out/crashes/" -print_final_stats=1 -fork="$jobs" -ignore_crashes=1
