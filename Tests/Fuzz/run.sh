#!/usr/bin/env bash
# Builds a pipeline fuzz target with libFuzzer and runs it.
#   Tests/Fuzz/run.sh [seconds] [jobs]                  the whole import and audit (ImportFuzzTarget.swift)
#   TARGET=CSVTokenizer Tests/Fuzz/run.sh [seconds]    the CSV tokenizer alone (CSVTokenizerFuzzTarget.swift)
# ExportContainers is built first as a module of its own (the pipeline imports it); the pipeline's
# stage targets (AuditRecords … AgencyAudit) and the fuzz target are built together into one
# module, their imports of each other removed, so the target can check internal invariants. The seed corpus comes from the sample exports and the hand-written broken files;
# new inputs go to .build-fuzz/<target>/corpus, crashes to .build-fuzz/<target>/crashes.
# (The container readers have targets of their own: Tests/Fuzz/run-reader.sh.)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-600}"
jobs="${2:-1}"
target="${TARGET:-Import}"
out=".build-fuzz/$target"
lib=.build-fuzz/lib
mkdir -p "$out/corpus" "$out/crashes" "$out/seeds" "$lib"
swiftc -sanitize=fuzzer,address -parse-as-library -O -package-name AgencyAudit -module-name ExportContainers -emit-module -emit-module-path "$lib/ExportContainers.swiftmodule" \
  -emit-library -static -o "$lib/libExportContainers.a" $(find Sources/ExportContainers -name '*.swift' | sort)
stages="AuditRecords AuditImport AuditMeasure AuditDetect AuditContract AuditDiagnose MonthlyAudit PeriodAudit AuditReport AgencyAudit"
src="$out/src"
rm -rf "$src" && mkdir -p "$src"
for stage in $stages; do
  find "Sources/$stage" -name '*.swift' | sort | while read -r f; do
    sed -E '/^(@testable )?import (Audit[A-Za-z]+|MonthlyAudit|PeriodAudit|AgencyAudit)$/d' "$f" > "$src/$stage-$(basename "$f")"
  done
done
sed -E '/^(@testable )?import (Audit[A-Za-z]+|MonthlyAudit|PeriodAudit|AgencyAudit)$/d' "Tests/Fuzz/${target}FuzzTarget.swift" > "$src/FuzzTarget.swift"
swiftc -sanitize=fuzzer,address -O -parse-as-library -package-name AgencyAudit -module-name AgencyAuditFuzz -I "$lib" -L "$lib" -lExportContainers \
  $(find "$src" -name '*.swift' | sort) -o "$out/fuzzer"
# Seeds: every broken-file fixture, and the small container fixtures (xlsx, xls, zip, JSON).
if [ -d Tests/AgencyAuditTests/Fixtures/Broken ]; then cp Tests/AgencyAuditTests/Fixtures/Broken/* "$out/seeds/" 2>/dev/null || true; fi
find Tests/ExportContainersTests/Fixtures -type f \( -name '*.xlsx' -o -name '*.xls' -o -name '*.zip' \) -size -16k | sort | while read -r f; do
  cp "$f" "$out/seeds/$(echo "$f" | md5sum | cut -c1-16)"
done
# -fork with -ignore_crashes keeps fuzzing after a crash; each crash is saved under crashes/.
SWIFT_BACKTRACE=enable=no "$out/fuzzer" "$out/corpus" "$out/seeds" -max_total_time="$seconds" -max_len="${MAX_LEN:-16384}" -timeout=10 \
  -rss_limit_mb=2048 -artifact_prefix="$out/crashes/" -print_final_stats=1 -fork="$jobs" -ignore_crashes=1
