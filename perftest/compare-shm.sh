#!/usr/bin/env bash
# Sirocco's transports side by side, with Cyclone DDS's ddsperf as the anchor measured in the same
# run: RTPS over UDP (EVENTUAL), the group engine over shared memory (EVENTUAL, then ATOMIC), and
# ATOMIC over the network fallback fabric. Same options as compare-cyclone.sh (-d, -s, -k); sizes
# default to 64 B and 8 KiB.
#
#   perftest/compare-shm.sh [-d SECONDS] [-s "SIZES"] [-k]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
sizes="64 8192"
args=()
while [ $# -gt 0 ]; do
  case $1 in
    -s) sizes=$2; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
exec "$here/compare-cyclone.sh" -s "$sizes" \
  -c "-transport UDPv4;-transport SHMEM;-transport SHMEM -consistency atomic;-transport UDPv4 -consistency atomic" \
  "${args[@]}"
