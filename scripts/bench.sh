#!/usr/bin/env bash
# Runs kfj's benchmarks: the JMH suite (build + validate + compile + write, in-process, for
# pipelines of 10 to 10,000 steps in several shapes, with allocation from -prof gc), then the
# whole-process `./kfj compile` timings of scripts/time-compile.sh. Results go to target/bench/:
#   jmh.json, jmh.txt       JMH's own output
#   jmh.md                  per-pipeline and per-step table (dev.kfj.bench.Report)
#   cpu.md                  CPU time and allocation on the compiling thread (dev.kfj.bench.CpuTime),
#                           which a busy machine disturbs far less than wall-clock time
#   compile-times.md        whole-process timings
#
#   scripts/bench.sh              full run (about 15 minutes on 2 cores)
#   scripts/bench.sh --quick      fewer, shorter iterations (about 5 minutes), for a first look
#   scripts/bench.sh --jmh-only [JMH options...]   e.g. -p shape=CHAIN -p steps=1000,10000
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/target/bench"
mkdir -p "$out"
cd "$root"

quick=0
jmh_only=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) quick=1; shift ;;
    --jmh-only) jmh_only=1; shift ;;
    *) break ;;
  esac
done

echo "bench: building the benchmarks (mvn -Pbench)..." >&2
mvn -q -B -Pbench -Dmaven.test.skip=true -pl benchmarks -am package >"$out/build.log" 2>&1 \
  || { cat "$out/build.log" >&2; exit 1; }
cp="benchmarks/target/classes:$(cat benchmarks/target/bench-classpath.txt)"

jmh_args=(CompileBenchmark -prof gc -rf json -rff "$out/jmh.json")
if [[ "$quick" == 1 ]]; then
  jmh_args+=(-wi 2 -w 1 -i 3 -r 1)
fi
echo "bench: running JMH (results in $out)..." >&2
java -cp "$cp" org.openjdk.jmh.Main "${jmh_args[@]}" "$@" | tee "$out/jmh.txt" >&2
java -cp "$cp" dev.kfj.bench.Report "$out/jmh.json" >"$out/jmh.md"
echo "bench: measuring CPU time per pipeline on the compiling thread..." >&2
java -Xms1g -Xmx1g -cp "$cp" dev.kfj.bench.CpuTime "$([[ "$quick" == 1 ]] && echo 1 || echo 3)" >"$out/cpu.md"
{
  echo
  echo "$(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -n 1)"
} >>"$out/jmh.md"

if [[ "$jmh_only" == 0 ]]; then
  # A small, a mid-sized and a large (450 steps, split into parts) pipeline; time-compile.sh
  # with no sample names times every sample.
  scripts/time-compile.sh "$([[ "$quick" == 1 ]] && echo 5 || echo 10)" hello-world container-training many-steps >/dev/null
fi

cat "$out/jmh.md"
echo
cat "$out/cpu.md"
[[ "$jmh_only" == 1 ]] || { echo; cat "$out/compile-times.md"; }
