#!/usr/bin/env bash
# The speed benchmark: generates one-month stores of 100k and 1M (with FULL=1 also 3M) orders with
# the project's generator, in the legacy CSV shapes (UTF-8 and GBK order reports) and in today's
# containers (千牛's order xlsx as it writes it — stored entries, inline strings — alone and with
# its 子订单 file; and the same workbook re-saved by Excel/WPS — deflated, shared strings), runs
# the full audit with per-stage timings, and runs DuckDB and Polars on the UTF-8 order CSV in a
# throw-away venv. Prints a Markdown table.
# AgencyAudit's wall time is the whole process (start to exit, /usr/bin/time); the peers' is the
# query alone, timed inside Python (interpreter start and `import` not counted): the stricter test.
# "÷ CSV" compares a container month with the UTF-8 CSV month of the same store (same orders).
#   Tests/Bench/bench.sh              # 100k and 1M
#   FULL=1 Tests/Bench/bench.sh       # also 3M
#   RUNS=5 Tests/Bench/bench.sh       # runs per figure (default 3; medians are printed)
#   SHAPES="csv-utf8 xlsx" Tests/Bench/bench.sh   # some shapes only
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
shapes="${SHAPES:-csv-utf8 csv-gbk xlsx xlsx+lines xlsx-resaved}"
# The median of the runs, and their range: this machine's timings vary by ±10% from run to run.
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{v[NR]=$1} END {printf "%s", v[int((NR+1)/2)]}'; }
range() { tr ' ' '\n' | grep -v '^$' | sort -g | awk 'NR==1{lo=$1} {hi=$1} END {printf "%s–%s", lo, hi}'; }
have_peers=0
[ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import duckdb, polars" 2>/dev/null && have_peers=1

# Generates the store of `shape` with n orders a month (once; kept between runs of the bench).
store_of() {
  local n=$1 shape=$2 store="$work/store-$1-$2"
  if [ ! -d "$store" ]; then
    local flags=""
    case "$shape" in
      csv-utf8) flags="--legacy-csv --utf8-orders" ;;
      csv-gbk) flags="--legacy-csv" ;;
      xlsx-resaved) flags="--resaved-orders" ;;
    esac
    # shellcheck disable=SC2086
    "$bin" sample "$store" --months 1 --first-month 2025-09 --orders-per-day $((n / 30)) $flags >/dev/null
    # The order report alone is what compares with the CSV month; the 子订单 file is measured in xlsx+lines.
    case "$shape" in xlsx|xlsx-resaved) rm -f "$store"/exports/2025-09/ExportOrderDetailList*.xlsx ;; esac
  fi
  echo "$store"
}

echo "| orders | shape | order files MB | wall s (median, range of $runs) | CPU s | peak MB | stages (median run) | DuckDB wall s / MB | Polars wall s / MB | ÷ DuckDB | ÷ CSV |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for n in $sizes; do
  csv_wall=""
  for shape in $shapes; do
    store=$(store_of "$n" "$shape")
    mb=$(( $(cat "$store"/exports/2025-09/ExportOrder* | wc -c) / 1000000 ))
    orders_csv=$(ls "$store"/exports/2025-09/ExportOrderList*.csv 2>/dev/null || true)
    walls=""; ducks=""; polars_runs=""; duck_mb=""; polars_mb=""
    peers=0; [ "$shape" = csv-utf8 ] && [ "$have_peers" = 1 ] && peers=1
    # Runs interleaved (audit, DuckDB, Polars, audit, …) so a slow spell of the machine hits all alike.
    for r in $(seq "$runs"); do
      /usr/bin/time -f "%e %U %S %M" -o "$work/time-$r.txt" "$bin" audit "$store" --out "$work/out-$n-$shape" --timings > "$work/audit-$r.txt"
      walls="$walls $(cut -d' ' -f1 "$work/time-$r.txt")"
      if [ "$peers" = 1 ]; then
        line=$("$venv/bin/python" Tests/Bench/peers.py duckdb "$orders_csv"); ducks="$ducks $(echo "$line" | cut -f2)"; duck_mb=$(echo "$line" | cut -f4)
        line=$("$venv/bin/python" Tests/Bench/peers.py polars "$orders_csv"); polars_runs="$polars_runs $(echo "$line" | cut -f2)"; polars_mb=$(echo "$line" | cut -f4)
      fi
    done
    wall=$(echo "$walls" | median)
    [ "$shape" = csv-utf8 ] && csv_wall=$wall
    # The statistics of the run whose wall time is the median.
    for r in $(seq "$runs"); do [ "$(cut -d' ' -f1 "$work/time-$r.txt")" = "$wall" ] && mid=$r; done
    read -r _ user sys rss < "$work/time-$mid.txt"
    stages=$(grep "用时" "$work/audit-$mid.txt" | sed 's/^ *用时：//; s/ · 共[^（]*//')
    duck="-"; polars="-"; ratio="-"; vs_csv="-"
    if [ "$peers" = 1 ]; then
      d=$(echo "$ducks" | median)
      duck="$d ($(echo "$ducks" | range)) / $duck_mb"
      polars="$(echo "$polars_runs" | median) ($(echo "$polars_runs" | range)) / $polars_mb"
      ratio=$(echo "$wall $d" | awk '{printf "%.2f", $1 / $2}')
    fi
    [ -n "$csv_wall" ] && [ "$shape" != csv-utf8 ] && vs_csv=$(echo "$wall $csv_wall" | awk '{printf "%.2f", $1 / $2}')
    cpu=$(echo "$user + $sys" | bc)
    echo "| $n | $shape | $mb | $wall ($(echo "$walls" | range)) | $cpu | $((rss / 1024)) | $stages | $duck | $polars | $ratio | $vs_csv |"
  done
done
