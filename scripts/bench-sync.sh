#!/usr/bin/env bash
# The LRS figures of BENCHMARKS.md: for each batch size, a fresh Ralph LRS on 127.0.0.1 (its statements in a new
# folder), then `srm-quiz-bench sync-lrs` against it, then Ralph stopped by its pid.
# Usage: scripts/bench-sync.sh [STATEMENTS] [BATCH SIZES...]   (needs SRM_QUIZ_RALPH_VENV, see .ci/run)
set -euo pipefail
cd "$(dirname "$0")/.."
statements=${1:-100000}
shift || true
sizes=("${@:-100 500 2000}")
venv=${SRM_QUIZ_RALPH_VENV:?set SRM_QUIZ_RALPH_VENV to a virtual environment with ralph-malph[cli,lrs] and requests}
swift build -c release --static-swift-stdlib --product srm-quiz
swift build -c release --static-swift-stdlib --product srm-quiz-bench
for size in ${sizes[@]}; do
  folder=$(mktemp -d)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  export RALPH_RUNSERVER_BACKEND=fs RALPH_AUTH_FILE="$folder/auth.json" RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH="$folder/statements"
  mkdir -p "$folder/statements"
  "$venv/bin/ralph" auth -u bench -p bench-secret -s all -M mailto:bench@example.com -w >/dev/null 2>&1
  "$venv/bin/python" Tests/EndToEndTests/Fixtures/lrs/ralph_append.py "$port" >"$folder/ralph.log" 2>&1 &
  ralph=$!
  for _ in $(seq 1 120); do
    curl -s -o /dev/null -u bench:bench-secret "http://127.0.0.1:$port/xAPI/statements?limit=1" && break
    sleep 0.5
  done
  SRM_QUIZ_BENCH_LRS_SECRET=bench-secret .build/release/srm-quiz-bench sync-lrs --endpoint "http://127.0.0.1:$port/xAPI" \
    --key bench --secret-variable SRM_QUIZ_BENCH_LRS_SECRET --statements "$statements" --batch-size "$size" || true
  kill "$ralph"
  wait "$ralph" 2>/dev/null || true
  rm -rf "$folder"
done
