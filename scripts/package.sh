#!/usr/bin/env bash
# Builds srm-quiz for handing out: a release binary with the Swift runtime and Foundation linked in statically, and
# from it a .tar.gz (unpack into a prefix such as /usr/local or ~/.local) and a Debian package (/usr). Both hold
# the binary, the bundled bank in share/srm-quiz/QuestionBank (where an installed binary looks first), a man
# page, bash/zsh/fish completions and an example policy. Output goes to dist/ (or $1).
set -euo pipefail
cd "$(dirname "$0")/.."

dist="${1:-dist}"
mkdir -p "$dist"
dist="$(cd "$dist" && pwd)"
version="$(sed -n 's/.*static let version = "\(.*\)".*/\1/p' Sources/srm-quiz/SrmQuiz.swift)"
arch="$(dpkg --print-architecture 2>/dev/null || uname -m)"
name="srm-quiz-$version-linux-$arch"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

echo "building srm-quiz $version (release, static Swift runtime)"
swift build -c release --product srm-quiz --static-swift-stdlib
binary="$(swift build -c release --static-swift-stdlib --show-bin-path)/srm-quiz"

# One tree laid out as a prefix; the tarball is it as it is, the Debian package puts it under /usr.
root="$stage/$name"
install -D -m 0755 "$binary" "$root/bin/srm-quiz"
strip "$root/bin/srm-quiz"
mkdir -p "$root/share/srm-quiz"
cp -R QuestionBank "$root/share/srm-quiz/QuestionBank"
find "$root/share/srm-quiz" -type d -exec chmod 0755 {} + && find "$root/share/srm-quiz" -type f -exec chmod 0644 {} +
install -D -m 0644 scripts/package/example-policy.json "$root/share/doc/srm-quiz/examples/policy.json"
install -D -m 0644 README.md "$root/share/doc/srm-quiz/README.md"

# Completions and the man page come from swift-argument-parser, from the same command definitions as --help.
"$root/bin/srm-quiz" --generate-completion-script bash > "$stage/srm-quiz.bash"
"$root/bin/srm-quiz" --generate-completion-script zsh > "$stage/_srm-quiz"
"$root/bin/srm-quiz" --generate-completion-script fish > "$stage/srm-quiz.fish"
install -D -m 0644 "$stage/srm-quiz.bash" "$root/share/bash-completion/completions/srm-quiz"
install -D -m 0644 "$stage/_srm-quiz" "$root/share/zsh/vendor-completions/_srm-quiz"
install -D -m 0644 "$stage/srm-quiz.fish" "$root/share/fish/vendor_completions.d/srm-quiz.fish"
manuals="$stage/manual"
mkdir -p "$manuals"
swift build --product generate-manual >/dev/null
generate_manual="$(swift build --show-bin-path)/generate-manual"
# The same tool carries the -tool suffix when SwiftPM built it for argument-parser's plugin.
[ -x "$generate_manual" ] || generate_manual="$generate_manual-tool"
"$generate_manual" "$root/bin/srm-quiz" --authors 'srm-quiz maintainers' --output-directory "$manuals" >/dev/null
install -D -m 0644 "$manuals/srm-quiz.1" "$root/share/man/man1/srm-quiz.1"
gzip -9n "$root/share/man/man1/srm-quiz.1"

# The installed tree must work before it is packed: the bank found with no options and valid.
"$root/bin/srm-quiz" validate >/dev/null

tar -C "$stage" --owner=0 --group=0 --numeric-owner -czf "$dist/$name.tar.gz" "$name"

deb="$stage/deb"
mkdir -p "$deb/usr" "$deb/DEBIAN"
cp -R "$root/." "$deb/usr/"
installed_kb="$(du -sk "$deb/usr" | cut -f1)"
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$installed_kb/" \
    scripts/package/debian-control > "$deb/DEBIAN/control"
dpkg-deb --root-owner-group --build "$deb" "$dist/srm-quiz_${version}_$arch.deb" >/dev/null

echo "$dist/$name.tar.gz"
echo "$dist/srm-quiz_${version}_$arch.deb"
