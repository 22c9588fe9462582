#!/usr/bin/env bash
# rehearse host / join --headless --lines as a script drives them: the host prints its
# code, the partner joins with it, a line typed on each side prints on the
# other, and a mistyped or wrong code fails with a message, as does, within
# seconds, a code nobody hosts.
set -euo pipefail
bin="${REHEARSE_BIN:?}"
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

(sleep 1; echo "line from the host"; sleep 4) | "$bin" host --headless --lines --print-code >"$work/host.out" 2>"$work/host.err" &
host=$!
for _ in $(seq 50); do [ -s "$work/host.out" ] && break; sleep 0.1; done
code=$(head -1 "$work/host.out")
[[ "$code" =~ ^[0-9]+-[a-z]+-[a-z]+$ ]] || { echo "FAIL: host printed '$code', not a join code"; exit 1; }

(echo "line from the joiner"; sleep 3) | timeout 30 "$bin" join "$code" --headless --lines >"$work/join.out" 2>"$work/join.err"
wait "$host"
grep -qx "line from the host" "$work/join.out" || { echo "FAIL: the joiner did not print the host's line"; cat "$work/join.err"; exit 1; }
grep -qx "line from the joiner" "$work/host.out" || { echo "FAIL: the host did not print the joiner's line"; cat "$work/host.err"; exit 1; }
verifier=$(grep -o 'both screens show [a-z-]*' "$work/host.err")
grep -q "$verifier" "$work/join.err" || { echo "FAIL: the two sides show different verifiers"; exit 1; }

if "$bin" join 5-crossbow-lanturn --headless --lines </dev/null 2>"$work/typo.err"; then echo "FAIL: a mistyped code was accepted"; exit 1; fi
grep -q "did you mean 'lantern'" "$work/typo.err" || { echo "FAIL: no suggestion for a mistyped word"; exit 1; }

"$bin" host --headless --lines --print-code </dev/null >"$work/host2.out" 2>/dev/null &
for _ in $(seq 50); do [ -s "$work/host2.out" ] && break; sleep 0.1; done
right=$(head -1 "$work/host2.out")
wrong="${right%-*}-zebra"
[ "$wrong" != "$right" ] || wrong="${right%-*}-yacht"
if timeout 30 "$bin" join "$wrong" --headless --lines </dev/null 2>"$work/wrong.err"; then echo "FAIL: a wrong code joined"; exit 1; fi
grep -q "the code is wrong" "$work/wrong.err" || { echo "FAIL: no message for a wrong code"; cat "$work/wrong.err"; exit 1; }
nobody="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')-crossbow-lantern"
started=$SECONDS
if timeout 30 "$bin" join "$nobody" --headless --lines </dev/null 2>"$work/nobody.err"; then echo "FAIL: joined a code nobody hosts"; exit 1; fi
waited=$((SECONDS - started))
grep -q "nobody is hosting code $nobody at 127.0.0.1" "$work/nobody.err" || { echo "FAIL: no message for a code nobody hosts"; cat "$work/nobody.err"; exit 1; }
[ "$waited" -le 8 ] || { echo "FAIL: a code nobody hosts took $waited s to say so"; exit 1; }
echo "ok: paired ($verifier), lines both ways, mistyped and wrong codes refused, nobody hosting said in ${waited} s"
