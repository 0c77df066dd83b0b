#!/usr/bin/env bash
# Unpacks what scripts/package.sh made, as an installer would, and uses it from there: the binary finds its bank
# with no options, runs a plain practice session and has its man page, completions and example policy beside it.
set -euo pipefail
dist="${1:?usage: check-package.sh DIST}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

check_tree() {
  local prefix="$1" what="$2"
  local binary="$prefix/bin/srm-quiz"
  "$binary" --version >/dev/null
  "$binary" validate >/dev/null || { echo "$what: validate failed on the installed bank" >&2; exit 1; }
  "$binary" validate --policy "$prefix/share/doc/srm-quiz/examples/policy.json" >/dev/null \
    || { echo "$what: the example policy does not load" >&2; exit 1; }
  printf 'q\n' | HOME="$work/home-$what" "$binary" practice --plain --count 1 >/dev/null \
    || { echo "$what: a plain practice session did not start" >&2; exit 1; }
  for file in share/man/man1/srm-quiz.1.gz share/bash-completion/completions/srm-quiz \
              share/zsh/vendor-completions/_srm-quiz share/fish/vendor_completions.d/srm-quiz.fish \
              share/srm-quiz/QuestionBank/topics.json; do
    [ -s "$prefix/$file" ] || { echo "$what: $file is missing or empty" >&2; exit 1; }
  done
  if ! grep -q '^\.\(TH\|Dt\) ' <<<"$(zcat "$prefix/share/man/man1/srm-quiz.1.gz")"; then
    echo "$what: the man page is not troff" >&2; exit 1
  fi
  if grep -q 'libswift\|libFoundation' <<<"$(ldd "$binary")"; then
    echo "$what: the binary links the Swift runtime dynamically" >&2; exit 1
  fi
  echo "$what: ok ($(du -sh "$binary" | cut -f1) binary)"
}

mkdir -p "$work/tar" "$work/deb" "$work/home-tar" "$work/home-deb"
tar -C "$work/tar" -xzf "$dist"/srm-quiz-*.tar.gz
check_tree "$(echo "$work"/tar/srm-quiz-*)" tar
dpkg-deb --info "$dist"/srm-quiz_*.deb >/dev/null
dpkg-deb -x "$dist"/srm-quiz_*.deb "$work/deb"
check_tree "$work/deb/usr" deb
