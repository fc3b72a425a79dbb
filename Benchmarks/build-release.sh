#!/usr/bin/env bash
# Builds `vigil` as a server runs it and prints the binary's path: release mode, with the Swift
# runtime and Foundation linked into the binary (`--static-swift-stdlib`), so a process starts
# without loading and binding 14 shared libraries. Every benchmark here times this build.
#
#   vigil="$(Benchmarks/build-release.sh)"
set -euo pipefail
cd "$(dirname "$0")/.."
echo "Building vigil (release, Swift runtime linked in)…" >&2
swift build -c release --static-swift-stdlib --product vigil >&2
echo "$(swift build -c release --static-swift-stdlib --show-bin-path)/vigil"
