#!/usr/bin/env bash
# The speed benchmark: generates one-month stores of 100k, 1M (and with FULL=1, 3M) orders with
# the project's generator, in UTF-8 and GBK, runs the full audit with per-stage timings, and runs
# DuckDB and Polars on the same order file in a throw-away venv. Prints a Markdown table.
# AgencyAudit's wall time is the whole process (start to exit, /usr/bin/time); the peers' is the
# query alone, timed inside Python (interpreter start and `import` not counted): the stricter test.
#   Tests/Bench/bench.sh              # 100k and 1M
#   FULL=1 Tests/Bench/bench.sh       # also 3M
set -euo pipefail
cd "$(dirname "$0")/../.."
work=.build-bench
mkdir -p "$work"
swift build -c release --product agency-audit >/dev/null
bin=.build/release/agency-audit
venv="$work/venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv" && "$venv/bin/pip" install -q duckdb polars || echo "peers unavailable (no PyPI): Swift figures only" >&2
fi
sizes="100000 1000000"
[ "${FULL:-0}" = 1 ] && sizes="$sizes 3000000"
echo "| orders | encoding | MB | wall s | CPU s | peak MB | stages | DuckDB wall s / MB | Polars wall s / MB | wall ÷ DuckDB |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for n in $sizes; do
  for enc in utf8 gbk; do
    store="$work/store-$n-$enc"
    if [ ! -d "$store" ]; then
      flag=""; [ "$enc" = utf8 ] && flag="--utf8-orders"
      "$bin" sample "$store" --months 1 --first-month 2025-09 --orders-per-day $((n / 30)) $flag >/dev/null
    fi
    orders=$(ls "$store"/exports/2025-09/ExportOrderList*.csv)
    mb=$(( $(stat -c %s "$orders") / 1000000 ))
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$bin" audit "$store" --out "$work/out-$n-$enc" --timings > "$work/audit.txt"
    read -r wall user sys rss < "$work/time.txt"
    stages=$(grep "用时" "$work/audit.txt" | sed 's/^ *用时：//; s/ · 共.*//')
    duck="-"; polars="-"; ratio="-"
    if [ "$enc" = utf8 ] && [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import duckdb, polars" 2>/dev/null; then
      duck=$("$venv/bin/python" Tests/Bench/peers.py duckdb "$orders" | awk -F'\t' '{print $2" / "$4}')
      polars=$("$venv/bin/python" Tests/Bench/peers.py polars "$orders" | awk -F'\t' '{print $2" / "$4}')
      ratio=$(echo "$wall ${duck%% *}" | awk '{printf "%.2f", $1 / $2}')
    fi
    cpu=$(echo "$user + $sys" | bc)
    echo "| $n | $enc | $mb | $wall | $cpu | $((rss / 1024)) | $stages | $duck | $polars | $ratio |"
  done
done
