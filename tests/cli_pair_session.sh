#!/usr/bin/env bash
# A pair session between two rehearse processes on loopback, as two people on
# two machines would run it: the host interviews (its side holds the
# scenario), the joiner is the candidate and dials through a proxy that cuts
# the connection every 30 to 150 ms. Each side plays 1,000 scripted actions at
# their times; at the end the candidate's view, built only from what reached
# the joiner, equals the view built from the interviewer's session.
set -euo pipefail
bin="${REHEARSE_BIN:?}"
scenarios="${REHEARSE_SCENARIOS:?}"
here=$(cd "$(dirname "$0")" && pwd)
count=${PAIR_ACTIONS:-1000}
scenario=delivery-time-prediction
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

python3 "$here/tools/pair_script.py" interviewer "$scenarios/$scenario.json" "$count" 1 0.004 "$work/interviewer.jsonl"
python3 "$here/tools/pair_script.py" candidate "$scenarios/$scenario.json" "$count" 2 0.004 "$work/candidate.jsonl"

start=$(date +%s.%N)
"$bin" --scenarios "$scenarios" host --headless --print-code --scenario "$scenario" --name Ada --quiet \
    --play "$work/interviewer.jsonl" --real-time --write-view "$work/interviewer-view.json" \
    >"$work/host.out" 2>"$work/host.err" &
host=$!
for _ in $(seq 100); do [ -s "$work/host.out" ] && break; sleep 0.1; done
code=$(head -1 "$work/host.out")
[[ "$code" =~ ^[0-9]+-[a-z]+-[a-z]+$ ]] || { echo "FAIL: host printed '$code', not a join code"; cat "$work/host.err"; exit 1; }

python3 "$here/tools/cutting_proxy.py" "$work/proxy.port" "${code%%-*}" "$work/cuts" 7 &
for _ in $(seq 100); do [ -s "$work/proxy.port" ] && break; sleep 0.1; done

if ! timeout 120 "$bin" --scenarios "$scenarios" join "$code" --headless --host-port "$(cat "$work/proxy.port")" \
    --name Grace --quiet --play "$work/candidate.jsonl" --real-time --write-view "$work/candidate-view.json" \
    --record-received "$work/received.jsonl" >"$work/join.out" 2>"$work/join.err"; then
    echo "FAIL: the joiner did not end the session cleanly"; cat "$work/join.err"; cat "$work/host.err"; exit 1
fi
if ! wait "$host"; then echo "FAIL: the host did not end the session cleanly"; cat "$work/host.err"; exit 1; fi
end=$(date +%s.%N)
cuts=$(cat "$work/cuts" 2>/dev/null || echo 0)

python3 - "$work" "$count" "$cuts" "$start" "$end" <<'PY'
import json, sys
work, count, cuts, start, end = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
interviewer = json.load(open(f"{work}/interviewer-view.json"))
candidate = json.load(open(f"{work}/candidate-view.json"))
if candidate != interviewer:
    for key in interviewer:
        if candidate.get(key) != interviewer[key]:
            print(f"FAIL: the candidate's view differs from the interviewer's at '{key}'")
    sys.exit(1)
kinds = [line["kind"] for line in candidate["feed"]]
# A session that did little would match trivially: both sides must have acted.
need = {"candidate_question": 100, "interviewer_answer": 50, "probe": 20, "candidate_answer": 5, "nudge": 20}
for kind, least in need.items():
    if kinds.count(kind) < least:
        print(f"FAIL: only {kinds.count(kind)} '{kind}' lines in the feed (expected at least {least})"); sys.exit(1)
if not candidate["revealed_facts"] or not any(s["notes"] for s in candidate["stages"]):
    print("FAIL: no fact revealed or no notes written"); sys.exit(1)
if cuts < 5:
    print(f"FAIL: only {cuts} cuts: the proxy did not test reconnection"); sys.exit(1)
received = sum(1 for _ in open(f"{work}/received.jsonl"))
print(f"ok: {count} actions each way in {end - start:.1f} s through {cuts} cuts; views equal "
      f"({len(kinds)} feed lines, {len(candidate['revealed_facts'])} facts revealed, {len(candidate['probes'])} probes, "
      f"{received} messages reached the candidate)")
PY
grep -h "connection(s)" "$work/host.err" "$work/join.err"
