#!/usr/bin/env bash
# Two builds of agency-audit side by side on the same store, interleaved run by run with DuckDB
# (before, after, DuckDB, before, after, DuckDB, …) so a slow spell of the machine hits all
# three alike. Prints each round, then per build: the median wall time, the range of its ratio to
# DuckDB over the rounds, and the median stage timings. Used to show that a change costs nothing
# measurable: "the ratio after lies within the range of the interleaved runs before".
#   Tests/Bench/compare.sh BEFORE_BIN AFTER_BIN [store]    # default: the bench's 1M UTF-8 CSV store
#   RUNS=5 …                                                # rounds (default 5)
# Run Tests/Bench/bench.sh once first: it generates the stores and the DuckDB venv.
set -euo pipefail
cd "$(dirname "$0")/../.."
before=$1 after=$2
store=${3:-.build-bench/store-1000000-csv-utf8}
runs=${RUNS:-5}
work=.build-bench/compare
venv=.build-bench/venv
mkdir -p "$work"
orders_csv=$(ls "$store"/exports/*/ExportOrderList*.csv 2>/dev/null | head -1 || true)
have_duck=0
[ -n "$orders_csv" ] && [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import duckdb" 2>/dev/null && have_duck=1
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{v[NR]=$1} END {printf "%s", v[int((NR+1)/2)]}'; }
range() { tr ' ' '\n' | grep -v '^$' | sort -g | awk 'NR==1{lo=$1} {hi=$1} END {printf "%s–%s", lo, hi}'; }
declare -A walls ratios stages
echo "| round | build | wall s | DuckDB s | ÷ DuckDB | stages |"
echo "|---|---|---|---|---|---|"
for r in $(seq "$runs"); do
  for name in before after; do
    bin=$before; [ "$name" = after ] && bin=$after
    /usr/bin/time -f "%e" -o "$work/time" "$bin" audit "$store" --out "$work/out-$name" --timings > "$work/audit-$name.txt"
    wall=$(cat "$work/time")
    duck="-"; ratio="-"
    if [ "$have_duck" = 1 ]; then
      duck=$("$venv/bin/python" Tests/Bench/peers.py duckdb "$orders_csv" | cut -f2)
      ratio=$(echo "$wall $duck" | awk '{printf "%.2f", $1 / $2}')
      ratios[$name]="${ratios[$name]:-} $ratio"
    fi
    walls[$name]="${walls[$name]:-} $wall"
    line=$(grep "用时" "$work/audit-$name.txt" | sed 's/^ *用时：//; s/ · 共.*//; s/ ([0-9]* MB\/s)//g')
    stages[$name]="${stages[$name]:-}"$'\n'"$line"
    echo "| $r | $name | $wall | $duck | $ratio | $line |"
  done
done
echo
for name in before after; do
  echo "$name: wall median $(echo "${walls[$name]}" | median) s (range $(echo "${walls[$name]}" | range)); ÷ DuckDB median $(echo "${ratios[$name]:-}" | median) (range $(echo "${ratios[$name]:-}" | range))"
  for stage in read+decode tokenise+type assemble detect measure report; do
    values=$(echo "${stages[$name]}" | grep -o "$stage [0-9.]*s" | sed 's/.* //; s/s$//' | tr '\n' ' ')
    printf "  %-14s median %ss\n" "$stage" "$(echo "$values" | median)"
  done
done
diff -r "$work/out-before" "$work/out-after" > /dev/null && echo "reports: identical" || echo "reports: differ (see diff -r $work/out-before $work/out-after)"
