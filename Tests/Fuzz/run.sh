#!/usr/bin/env bash
# Builds the import fuzzer with libFuzzer and runs it.
#   Tests/Fuzz/run.sh [seconds] [jobs]       default: 600 seconds, 1 job
# The seed corpus comes from the sample exports and the hand-written broken files; new
# interesting inputs go to .build-fuzz/corpus, crashes to .build-fuzz/crashes.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-600}"
jobs="${2:-1}"
out=.build-fuzz
mkdir -p "$out/corpus" "$out/crashes" "$out/seeds"
swiftc -sanitize=fuzzer,address -O -parse-as-library -module-name AgencyAuditFuzz \
  $(find Sources/AgencyAudit -name '*.swift' | sort) Tests/Fuzz/ImportFuzzTarget.swift -o "$out/import-fuzzer"
# Seeds: the first 4 KB of every sample export, and every broken-file fixture.
find SampleData -name '*.csv' | sort | while read -r f; do
  head -c 4096 "$f" > "$out/seeds/$(echo "$f" | md5sum | cut -c1-16)"
done
if [ -d Tests/AgencyAuditTests/Fixtures/Broken ]; then cp Tests/AgencyAuditTests/Fixtures/Broken/* "$out/seeds/" 2>/dev/null || true; fi
# -fork with -ignore_crashes keeps fuzzing after a crash; each crash is saved under crashes/.
SWIFT_BACKTRACE=enable=no "$out/import-fuzzer" "$out/corpus" "$out/seeds" -max_total_time="$seconds" -max_len=8192 -timeout=10 \
  -rss_limit_mb=2048 -artifact_prefix="$out/crashes/" -print_final_stats=1 -fork="$jobs" -ignore_crashes=1
