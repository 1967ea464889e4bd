#!/usr/bin/env bash
# Times whole-process `./kfj compile` with a cold JVM on the samples, three ways:
#   class      a compiled class (--classpath samples/target/classes NAME)
#   java-cold  a .java file with an empty class cache, so javac runs
#   java-warm  the same unchanged .java file again: the content-hash cache skips javac
# Uses hyperfine when installed, else a loop timed with bash's time keyword (wall, and cpu as
# user + system). Writes a table to
# target/bench/compile-times.md (and hyperfine's JSON beside it) and prints it.
#
#   scripts/time-compile.sh [RUNS [SAMPLE...]]   (default 10 runs per case, every sample)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-10}"
shift $(( $# > 0 ? 1 : 0 ))
only=("$@")
out="$root/target/bench"
mkdir -p "$out"
cd "$root"

echo "time-compile: building kfj and the samples (once)..." >&2
./kfj --version >/dev/null
if [[ ! -d samples/target/classes/dev ]]; then
  mvn -q -o -B -DskipTests -pl samples -am package >/dev/null
fi

# Each sample: its folder, its source file and its class name.
samples=()
for src in samples/*/*Pipeline.java; do
  [[ "$src" == samples/src/* ]] && continue
  if [[ ${#only[@]} -gt 0 && ! " ${only[*]} " == *" $(basename "$(dirname "$src")") "* ]]; then continue; fi
  pkg=$(sed -n 's/^package \([a-zA-Z0-9_.]*\);.*/\1/p' "$src" | head -n 1)
  cls="$pkg.$(basename "$src" .java)"
  [[ -f "samples/target/classes/${cls//.//}.class" ]] || continue
  samples+=("$src|$cls")
done

cold_cache="$(mktemp -d)"
warm_cache="$(mktemp -d)"
trap 'rm -rf "$cold_cache" "$warm_cache"' EXIT

# Prints "median min max cpu" in seconds for running "$@" $runs times after one warm-up run;
# cpu is the median of user + system time.
time_loop() {
  local prepare="$1"; shift
  local log
  log="$(mktemp)"
  eval "$prepare"
  "$@" >/dev/null 2>&1
  for ((i = 0; i < runs; i++)); do
    eval "$prepare"
    { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1; } 2>>"$log"
  done
  local wall cpu
  wall=$(cut -d' ' -f1 "$log" | sort -n | awk '{t[NR] = $1} END {printf "%.3f %.3f %.3f", t[int((NR + 1) / 2)], t[1], t[NR]}')
  cpu=$(awk '{print $2 + $3}' "$log" | sort -n | awk '{t[NR] = $1} END {printf "%.3f", t[int((NR + 1) / 2)]}')
  echo "$wall $cpu"
  rm -f "$log"
}

# Prints "median min max cpu" for one case, with hyperfine when available.
measure() {
  local name="$1" prepare="$2"; shift 2
  if command -v hyperfine >/dev/null 2>&1 && command -v jq >/dev/null 2>&1; then
    local json="$out/compile-$name.json" cmd
    cmd="$(printf '%q ' "$@")"
    if hyperfine -N --style none --warmup 1 --runs "$runs" ${prepare:+--prepare "$prepare"} \
        --export-json "$json" "$cmd" >/dev/null 2>&1; then
      jq -r '.results[0] | "\(.median) \(.min) \(.max) \(.user + .system)"' "$json" \
        | awk '{printf "%.3f %.3f %.3f %.3f\n", $1, $2, $3, $4}'
      return
    fi
  fi
  time_loop "$prepare" "$@"
}

table="$out/compile-times.md"
{
  echo "| sample | case | median s | min s | max s | cpu s |"
  echo "|---|---|---|---|---|---|"
} >"$table"
for entry in "${samples[@]}"; do
  src="${entry%%|*}"; cls="${entry##*|}"; name="$(basename "$(dirname "$src")")"
  echo "time-compile: $name" >&2
  read -r med min max cpu < <(measure "$name-class" "" ./kfj compile --classpath samples/target/classes "$cls")
  echo "| $name | class | $med | $min | $max | $cpu |" >>"$table"
  read -r med min max cpu < <(KFJ_CACHE_DIR="$cold_cache" measure "$name-java-cold" "rm -rf $cold_cache/classes" \
      env KFJ_CACHE_DIR="$cold_cache" ./kfj compile "$src")
  echo "| $name | java-cold | $med | $min | $max | $cpu |" >>"$table"
  read -r med min max cpu < <(measure "$name-java-warm" "" env KFJ_CACHE_DIR="$warm_cache" ./kfj compile "$src")
  echo "| $name | java-warm | $med | $min | $max | $cpu |" >>"$table"
done
{
  echo
  echo "$runs runs per case (cpu: mean with hyperfine, median otherwise); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg);"
  echo "$(java -version 2>&1 | head -n 1); timer: $(command -v hyperfine >/dev/null 2>&1 && echo hyperfine || echo 'bash time loop')"
} >>"$table"
cat "$table"
