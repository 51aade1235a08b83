#!/usr/bin/env bash
# The speed benchmark: generates one-month stores of 100k, 1M (and with FULL=1, 3M) orders with
# the project's generator, in UTF-8 and GBK, runs the full audit with per-stage timings, and runs
# DuckDB and Polars on the same order file in a throw-away venv. Prints a Markdown table.
# AgencyAudit's wall time is the whole process (start to exit, /usr/bin/time); the peers' is the
# query alone, timed inside Python (interpreter start and `import` not counted): the stricter test.
#   Tests/Bench/bench.sh              # 100k and 1M
#   FULL=1 Tests/Bench/bench.sh       # also 3M
#   RUNS=5 Tests/Bench/bench.sh       # runs per figure (default 3; medians are printed)
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
sizes="${SIZES:-100000 1000000}"
[ "${FULL:-0}" = 1 ] && sizes="$sizes 3000000"
runs="${RUNS:-3}"
# The median of the runs, and their range: this machine's timings vary by ±10% from run to run.
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{v[NR]=$1} END {printf "%s", v[int((NR+1)/2)]}'; }
range() { tr ' ' '\n' | grep -v '^$' | sort -g | awk 'NR==1{lo=$1} {hi=$1} END {printf "%s–%s", lo, hi}'; }
have_peers=0
[ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import duckdb, polars" 2>/dev/null && have_peers=1
echo "| orders | encoding | MB | wall s (median, range of $runs) | CPU s | peak MB | stages (median run) | DuckDB wall s / MB | Polars wall s / MB | wall ÷ DuckDB |"
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
    walls=""; ducks=""; polars_runs=""; duck_mb=""; polars_mb=""
    peers=0; [ "$enc" = utf8 ] && [ "$have_peers" = 1 ] && peers=1
    # Runs interleaved (audit, DuckDB, Polars, audit, …) so a slow spell of the machine hits all alike.
    for r in $(seq "$runs"); do
      /usr/bin/time -f "%e %U %S %M" -o "$work/time-$r.txt" "$bin" audit "$store" --out "$work/out-$n-$enc" --timings > "$work/audit-$r.txt"
      walls="$walls $(cut -d' ' -f1 "$work/time-$r.txt")"
      if [ "$peers" = 1 ]; then
        line=$("$venv/bin/python" Tests/Bench/peers.py duckdb "$orders"); ducks="$ducks $(echo "$line" | cut -f2)"; duck_mb=$(echo "$line" | cut -f4)
        line=$("$venv/bin/python" Tests/Bench/peers.py polars "$orders"); polars_runs="$polars_runs $(echo "$line" | cut -f2)"; polars_mb=$(echo "$line" | cut -f4)
      fi
    done
    wall=$(echo "$walls" | median)
    # The statistics of the run whose wall time is the median.
    for r in $(seq "$runs"); do [ "$(cut -d' ' -f1 "$work/time-$r.txt")" = "$wall" ] && mid=$r; done
    read -r _ user sys rss < "$work/time-$mid.txt"
    stages=$(grep "用时" "$work/audit-$mid.txt" | sed 's/^ *用时：//; s/ · 共.*//')
    duck="-"; polars="-"; ratio="-"
    if [ "$peers" = 1 ]; then
      d=$(echo "$ducks" | median)
      duck="$d ($(echo "$ducks" | range)) / $duck_mb"
      polars="$(echo "$polars_runs" | median) ($(echo "$polars_runs" | range)) / $polars_mb"
      ratio=$(echo "$wall $d" | awk '{printf "%.2f", $1 / $2}')
    fi
    cpu=$(echo "$user + $sys" | bc)
    echo "| $n | $enc | $mb | $wall ($(echo "$walls" | range)) | $cpu | $((rss / 1024)) | $stages | $duck | $polars | $ratio |"
  done
done
