#!/usr/bin/env bash
# Runs the libFuzzer targets: tests/fuzz/run.sh TARGET|all [--runs N | --seconds S]
# or only builds them: tests/fuzz/run.sh --build-only
#
#   --runs N     each target runs N inputs from a fresh corpus with a fixed
#                seed (-seed=1): what CI does; a crash fails the script.
#   --seconds S  each target runs S seconds, keeping what it learns in
#                build/fuzz/corpus/<target>/ for the next run (default: 60).
#
# Builds the "fuzz" preset first if needed (clang, libFuzzer, ASan + UBSan),
# writes the seed corpora from the repository (rehearse_fuzz_seeds) and adds
# tests/data/regressions/<target>/ to them. A crash leaves its input in
# build/fuzz/crashes/<target>/; once the bug is fixed, copy that file into
# tests/data/regressions/<target>/ so the normal test suite replays it.
# Extra arguments after -- go to libFuzzer as they are.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
build="$root/build/fuzz"

all_targets=(scenario_loader session_archive action canvas settings written_answer clarification scenario_tests
             pair_frames pair_handshake pair_message draft_diagram json_document)
# Seconds one input may take before it counts as a hang. The text targets
# score or match one input of at most a few KB: more than that is a blow-up.
timeout_for() {
  case "$1" in
    written_answer|clarification) echo 2 ;;
    *) echo 10 ;;
  esac
}

usage() { echo "usage: tests/fuzz/run.sh TARGET|all [--runs N | --seconds S] [-- libFuzzer args] | --build-only" >&2; exit 2; }
[ $# -ge 1 ] || usage
build_only=0
[ "$1" = --build-only ] && { build_only=1; set -- all; }
which="$1"; shift
runs=""; seconds="60"; extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; seconds=""; shift 2 ;;
    --seconds) seconds="$2"; runs=""; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    *) usage ;;
  esac
done
if [ "$which" = all ]; then targets=("${all_targets[@]}"); else targets=("$which"); fi
for t in "${targets[@]}"; do
  [[ " ${all_targets[*]} " == *" $t "* ]] || { echo "unknown target '$t' (one of: ${all_targets[*]})" >&2; exit 2; }
done

if [ ! -f "$build/CMakeCache.txt" ]; then
  launcher=()
  if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  fi
  cmake --preset fuzz "${launcher[@]}" >/dev/null
fi
cmake --build --preset fuzz -j"$(nproc)"
[ "$build_only" = 0 ] || exit 0

seeds="$build/seeds"
rm -rf "$seeds"
"$build/tests/fuzz/rehearse_fuzz_seeds" "$seeds"

# One target; its libFuzzer output goes to build/fuzz/fuzz_<target>.log.
run_one() {
  local t="$1" corpus budget dirs dict start
  mkdir -p "$seeds/$t" "$build/crashes/$t"
  if [ -n "$runs" ]; then
    corpus="$build/ci-corpus/$t"
    rm -rf "$corpus"
    budget=(-runs="$runs" -seed=1)
  else
    corpus="$build/corpus/$t"
    budget=(-max_total_time="$seconds")
  fi
  mkdir -p "$corpus"
  dirs=("$corpus" "$seeds/$t")
  [ -d "$root/tests/data/regressions/$t" ] && dirs+=("$root/tests/data/regressions/$t")
  dict=()
  [ -f "$root/tests/fuzz/$t.dict" ] && dict=(-dict="$root/tests/fuzz/$t.dict")
  start=$SECONDS
  local ok=1
  "$build/tests/fuzz/fuzz_$t" "${budget[@]}" "${dict[@]}" -timeout="$(timeout_for "$t")" \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$build/crashes/$t/" \
      "${extra[@]}" "${dirs[@]}" > "$build/fuzz_$t.log" 2>&1 || ok=0
  local execs last
  execs=$(grep -E '^stat::number_of_executed_units' "$build/fuzz_$t.log" | awk '{print $2}' || true)
  last=$(grep -E '^#[0-9]+' "$build/fuzz_$t.log" | tail -1 || true)
  {
    echo "== fuzz_$t (${budget[*]}): ${execs:-?} inputs in $((SECONDS - start)) s"
    echo "   ${last:-no progress line}"
    if [ $ok = 0 ]; then
      echo "   FAILED; the input is in build/fuzz/crashes/$t/. Report:"
      grep -v -E '^#[0-9]+' "$build/fuzz_$t.log" | tail -60 | sed 's/^/   | /'
    fi
  } > "$build/fuzz_$t.summary"
  [ $ok = 1 ]
}

# A fixed number of inputs (CI) runs one target per core at a time; timed
# runs go one after the other so each gets its seconds of a whole core.
parallel=1
[ -n "$runs" ] && parallel=$(nproc)
status=0
running=0
for t in "${targets[@]}"; do
  if [ "$running" -ge "$parallel" ]; then
    wait -n || status=1
    running=$((running - 1))
  fi
  run_one "$t" &
  running=$((running + 1))
done
while [ "$running" -gt 0 ]; do
  wait -n || status=1
  running=$((running - 1))
done
for t in "${targets[@]}"; do cat "$build/fuzz_$t.summary"; done
exit $status
