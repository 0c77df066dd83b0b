#!/usr/bin/env bash
# Runs the libFuzzer targets: scripts/fuzz.sh [SECONDS] [TARGET...]
# Targets: bank (loading and validating a bank), progress (reading a progress file), journal (reading a profile's
# journal), typed-answer (plain mode's answer parser). Each starts from its seed corpus in Tests/FuzzCorpus/TARGET; new inputs go to
# .build-fuzz/corpus/TARGET and any crash to .build-fuzz/crashes/TARGET. A crash found is replayed with
#   swift build --product fuzz-TARGET && .build/debug/fuzz-TARGET PATH-TO-CRASH
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(bank progress journal typed-answer)

toolset=.build-fuzz/lld.json
mkdir -p .build-fuzz
printf '{"schemaVersion":"1.0","linker":{"path":"%s"}}\n' "$(dirname "$(command -v swift)")/ld.lld" > "$toolset"

status=0
for target in "${targets[@]}"; do
  if ! swift build -c release --product "fuzz-$target" --scratch-path .build-fuzz/build \
    -Xswiftc -sanitize=fuzzer --toolset "$toolset" > .build-fuzz/build.log 2>&1; then
    echo "fuzz-$target did not build; the end of .build-fuzz/build.log:" >&2
    tail -20 .build-fuzz/build.log >&2
    exit 1
  fi
  mkdir -p ".build-fuzz/corpus/$target" ".build-fuzz/crashes/$target"
  echo "fuzz-$target for ${seconds}s"
  SWIFT_BACKTRACE=enable=no ".build-fuzz/build/release/fuzz-$target" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix=".build-fuzz/crashes/$target/" ".build-fuzz/corpus/$target" "Tests/FuzzCorpus/$target" 2>&1 \
    | grep -E "^#|stat::|ERROR|SUMMARY|Done" | tail -8 || status=1
  if ls ".build-fuzz/crashes/$target/"* >/dev/null 2>&1; then
    echo "fuzz-$target found crashes: $(ls ".build-fuzz/crashes/$target/")"
    status=1
  fi
done
exit $status
