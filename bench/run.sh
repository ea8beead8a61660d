#!/usr/bin/env bash
# Times our published build against Hugo on the same synthetic corpus, as whole processes.
# Usage: bench/run.sh            (RUNS=5 SIZES="1000 10000" REBUILDS=100 by default)
#        RUNS=3 SIZES=1000 bench/run.sh
# Everything generated goes under bench/work/ (ignored by git). Prints a Markdown summary, also saved to
# bench/work/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
SIZES=${SIZES:-"1000 10000"}
REBUILDS=${REBUILDS:-100}
W=bench/work
mkdir -p "$W"

echo "Publishing (Release)..." >&2
dotnet publish -c Release src/HamstringBack.Cli -o "$W/bin" --nologo -v q >&2
dotnet build -c Release bench/HamstringBack.Bench -o "$W/bench-bin" --nologo -v q >&2
BENCH="dotnet $W/bench-bin/hamstringback-bench.dll"

# measure NAME CMD...: runs CMD once under /usr/bin/time -v; appends "NAME wall_ms peak_rss_kb" to $W/samples.txt
measure() {
  local name=$1; shift
  local start end
  start=$(date +%s%N)
  /usr/bin/time -v -o "$W/time.txt" "$@" >/dev/null 2>"$W/stderr.txt" || { cat "$W/stderr.txt" "$W/time.txt" >&2; exit 1; }
  end=$(date +%s%N)
  local rss
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$W/time.txt")
  echo "$name $(( (end - start) / 1000000 )) $rss" >> "$W/samples.txt"
}

# median NAME FIELD: the median of field 2 (ms) or 3 (KB) over NAME's samples
median() {
  awk -v n="$1" -v f="$2" '$1 == n {print $f}' "$W/samples.txt" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'
}

: > "$W/samples.txt"
# Every timed build writes into a folder of its own, and the folders are deleted only after the timing. On ext4,
# creating files while thousands were deleted in the last ~30 s is slow (the inode allocator skips recently
# deleted inodes one by one), which made the figures depend on the order of runs rather than on the generators.
rm -rf "$W"/out-*
sync
sleep "${SETTLE:-35}"
{
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(hugo version | cut -d' ' -f1-2), .NET $(dotnet --version)"
  echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| pages | ours median | Hugo median | ours/Hugo | ours peak RSS | Hugo peak RSS |"
  echo "|---:|---:|---:|---:|---:|---:|"
} > "$W/results.md"

for N in $SIZES; do
  [ -f "$W/c$N/input/site.yml" ] || $BENCH corpus "$N" "$W/c$N" >&2
  for run in $(seq "$RUNS"); do
    # Alternate which generator goes first, so neither always meets a warmer page cache.
    if (( run % 2 )); then
      measure "ours-$N" "$W/bin/hamstringback" build --quiet --no-search --input "$W/c$N/input" --theme bench/theme --output "$W/out-ours-$N-$run"
      measure "hugo-$N" hugo --quiet -s "$W/c$N/hugo" -d "$PWD/$W/out-hugo-$N-$run"
    else
      measure "hugo-$N" hugo --quiet -s "$W/c$N/hugo" -d "$PWD/$W/out-hugo-$N-$run"
      measure "ours-$N" "$W/bin/hamstringback" build --quiet --no-search --input "$W/c$N/input" --theme bench/theme --output "$W/out-ours-$N-$run"
    fi
    echo "  N=$N run $run: $(tail -2 "$W/samples.txt" | tr '\n' ' ')" >&2
  done
  ours=$(median "ours-$N" 2); hugo=$(median "hugo-$N" 2)
  echo "| $N | $ours ms | $hugo ms | $(awk -v a="$ours" -v b="$hugo" 'BEGIN {printf "%.2f", a/b}') | $(( $(median "ours-$N" 3) / 1024 )) MB | $(( $(median "hugo-$N" 3) / 1024 )) MB |" >> "$W/results.md"
done

# Issue 16: the real theme, on the same pages shared out among N/100 group folders (nested sections), against
# Hugo on the same nested pages; and ours with the pagefind search index as well.
{
  echo
  echo "Nested sections (N/100 groups of 100 pages), the real theme (theme/):"
  echo
  echo "| pages | ours, real theme | ours, real theme + search | Hugo | ours/Hugo | search/no search | ours peak RSS | ours + search peak RSS | Hugo peak RSS |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} >> "$W/results.md"
for N in $SIZES; do
  G=$(( N / 100 > 0 ? N / 100 : 1 ))
  [ -f "$W/n$N/input/site.yml" ] || $BENCH corpus "$N" "$W/n$N" "$G" >&2
  for run in $(seq "$RUNS"); do
    if (( run % 2 )); then
      measure "nested-$N" "$W/bin/hamstringback" build --quiet --no-search --input "$W/n$N/input" --theme theme --output "$W/out-nested-$N-$run"
      measure "nhugo-$N" hugo --quiet -s "$W/n$N/hugo" -d "$PWD/$W/out-nhugo-$N-$run"
    else
      measure "nhugo-$N" hugo --quiet -s "$W/n$N/hugo" -d "$PWD/$W/out-nhugo-$N-$run"
      measure "nested-$N" "$W/bin/hamstringback" build --quiet --no-search --input "$W/n$N/input" --theme theme --output "$W/out-nested-$N-$run"
    fi
    measure "search-$N" "$W/bin/hamstringback" build --quiet --input "$W/n$N/input" --theme theme --output "$W/out-search-$N-$run"
    echo "  nested N=$N run $run: $(tail -3 "$W/samples.txt" | tr '\n' ' ')" >&2
  done
  ours=$(median "nested-$N" 2); search=$(median "search-$N" 2); hugo=$(median "nhugo-$N" 2)
  echo "| $N | $ours ms | $search ms | $hugo ms | $(awk -v a="$ours" -v b="$hugo" 'BEGIN {printf "%.2f", a/b}') | $(awk -v a="$search" -v b="$ours" 'BEGIN {printf "%.2f", a/b}') | $(( $(median "nested-$N" 3) / 1024 )) MB | $(( $(median "search-$N" 3) / 1024 )) MB | $(( $(median "nhugo-$N" 3) / 1024 )) MB |" >> "$W/results.md"
done

for run in $(seq "$RUNS"); do
  measure real "$W/bin/hamstringback" build --quiet --input input --theme theme --output "$W/out-real-$run"
done
{
  echo
  echo "Real site (input/ + theme/), cold published build: median $(median real 2) ms, peak RSS $(( $(median real 3) / 1024 )) MB"
  echo
  echo "Rebuild after a one-file edit (1,000 pages, in-process, $REBUILDS edits):"
  echo '```'
  [ -f "$W/c1000/input/site.yml" ] || $BENCH corpus 1000 "$W/c1000" >&2
  $BENCH rebuild "$W/c1000/input" bench/theme "$W/out-rebuild" "$REBUILDS"
  echo '```'
  echo
  echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} >> "$W/results.md"
rm -rf "$W"/out-*
cat "$W/results.md"
