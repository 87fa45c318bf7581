#!/usr/bin/env bash
# Runs Sirocco's perftest and Cyclone DDS's ddsperf on this host, one after the other, at the same
# sample sizes, and prints one table: metric, Sirocco, Cyclone, ratio (Sirocco / Cyclone). This is
# how the project reports performance: always both in the same run, and the ratio.
#
#   perftest/compare-cyclone.sh [-d SECONDS] [-s "SIZES"] [-c "CONFIGS"] [-k]
#     -d  seconds measured per test (default 5; each side also spends a few seconds on start-up,
#         discovery and warm-up)
#     -s  sample sizes in bytes (default "64 1024 8192 65536")
#     -c  Sirocco configurations to measure, separated by ";", each extra perftest options given to
#         both sides (default: one, with none). Each gets a column and a ratio to Cyclone, e.g.
#         -c "-transport UDPv4;-transport SHMEM;-transport SHMEM -consistency atomic"
#         (perftest/compare-shm.sh runs exactly that).
#     -k  keep the raw output of every run (its folder is printed)
#
# Both sides run as two processes on loopback with unicast discovery: Sirocco's harness by default
# (interface lo, peer 127.0.0.1, no multicast), ddsperf with ../shared/cyclone-loopback.xml (or an
# equivalent file written here when that is missing) through CYCLONEDDS_URI. Sizes are whole
# samples: Sirocco's -dataLen (28 bytes of header included), ddsperf's "size" (its 12 bytes of
# header included). Both sides are reliable, KEEP_ALL for throughput, with the same amount of
# unacknowledged data allowed: Cyclone's writer may hold up to its WhcHigh watermark (500 kB by
# default) unacknowledged, so Sirocco's -sendQueueSize is 500 kB / size (at least RTI's default, 50).
#
# Latency: ping-pong, one sample in flight, one-way latency = round trip / 2 on both sides (ddsperf
# prints RTT/2 too), in us. Sirocco: median and 99th percentile of every round trip after its
# warm-up (perftest -pub -latencyTest / -sub). Cyclone: ddsperf prints percentiles per second only,
# so its figures are the means of the per-second median and 99th percentile weighted by round trips,
# the first second (discovery, warm-up) left out.
# Throughput: samples/s and Mb/s (10^6 bits/s of whole samples) received by the subscriber while the
# publisher writes as fast as it can. Sirocco: the subscriber's summary (first to last sample after
# warm-up). Cyclone: received between its first and its last full second (ddsperf pub / sub).
#
# The machine matters more than anything: run it on an otherwise idle machine (the load is printed)
# and compare ratios, not absolute numbers, between machines.
set -euo pipefail

seconds=5
sizes="64 1024 8192 65536"
configs=""
keep=false
usage() { echo "usage: $0 [-d SECONDS] [-s \"SIZES\"] [-c \"CONFIGS\"] [-k]" >&2; exit 2; }
while getopts "d:s:c:kh" opt; do
  case $opt in
    d) seconds=$OPTARG ;;
    s) sizes=$OPTARG ;;
    c) configs=$OPTARG ;;
    k) keep=true ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
[ $# -eq 0 ] || usage
[[ $seconds =~ ^[1-9][0-9]*$ ]] || { echo "$0: -d $seconds: a whole number of seconds, at least 1" >&2; exit 2; }
for s in $sizes; do
  [[ $s =~ ^[0-9]+$ ]] && [ "$s" -ge 28 ] || { echo "$0: -s: size $s: a whole number of bytes, at least 28" >&2; exit 2; }
done

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
command -v ddsperf >/dev/null || { echo "$0: ddsperf not found (Debian/Ubuntu: apt-get install cyclonedds-tools)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/compare-cyclone.XXXXXX")
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  if $keep; then echo "raw output: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

# Sirocco: the launcher builds the harness when needed and finds the JDK; the runs below use the
# same java and class path without going through it each time.
"$root/sirocco" -help >/dev/null
. "$root/.mvn/jdk.sh"
sirocco_use_jdk
java_cmd=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED ${SIROCCO_JAVA_OPTS-}
  -cp "$root/perftest/target/classes:$(cat "$root/perftest/target/classpath.txt")" io.sirocco.perftest.Main)

if [ -f "$root/../shared/cyclone-loopback.xml" ]; then
  export CYCLONEDDS_URI="file://$(cd "$root/../shared" && pwd)/cyclone-loopback.xml"
else
  cat >"$work/cyclone-loopback.xml" <<'EOF'
<CycloneDDS><Domain id="any">
 <General><Interfaces><NetworkInterface name="lo"/></Interfaces><AllowMulticast>false</AllowMulticast></General>
 <Discovery><Peers><Peer address="127.0.0.1"/></Peers><ParticipantIndex>auto</ParticipantIndex><MaxAutoParticipantIndex>30</MaxAutoParticipantIndex></Discovery>
</Domain></CycloneDDS>
EOF
  export CYCLONEDDS_URI="file://$work/cyclone-loopback.xml"
fi

# A domain of its own, so that a run next to other tests does not meet them.
domain=$((2 + RANDOM % 230))
limit=$((seconds + 90))

# Starts a command in the background, output to $1.out / $1.err; its pid goes to $pids.
background() {
  local name=$1; shift
  timeout "$limit" "$@" >"$work/$name.out" 2>"$work/$name.err" &
  pids+=($!)
}

# Runs a command in the foreground, output to $1.out / $1.err; says so and fails when it fails.
foreground() {
  local name=$1; shift
  if ! timeout "$limit" "$@" >"$work/$name.out" 2>"$work/$name.err"; then
    echo "$0: $name failed; its output:" >&2
    tail -n 20 "$work/$name.out" "$work/$name.err" >&2
    return 1
  fi
}

# Waits for the background processes.
await() {
  for p in "${pids[@]}"; do wait "$p" || true; done
  pids=()
}

# The CSV line after the header line that starts with $2, in file $1.
row_after() {
  awk -v h="$2" 'found { print; exit } index($0, h) == 1 { found = 1 }' "$1"
}

# field N of a CSV line
field() {
  echo "$1" | awk -F', *' -v n="$2" '{ gsub(/^ +/, "", $n); print $n }'
}

sirocco_latency() { # size config-index extra-options... -> "p50 p99"
  local s=$1 c=$2 row; shift 2
  background "sirocco-lat-sub-$s-$c" "${java_cmd[@]}" -sub -dataLen "$s" -domain "$domain" -noPrintIntervals "$@"
  foreground "sirocco-lat-pub-$s-$c" "${java_cmd[@]}" -pub -latencyTest -dataLen "$s" -executionTime "$seconds" \
    -domain "$domain" -noPrintIntervals "$@" || { await; echo "- -"; return; }
  await
  row=$(row_after "$work/sirocco-lat-pub-$s-$c.out" "Sample Size (Bytes), Ave (us)")
  [ -n "$row" ] || { echo "- -"; return; }
  echo "$(field "$row" 6) $(field "$row" 8)"
}

sirocco_throughput() { # size config-index extra-options... -> "samples/s Mb/s"
  local s=$1 c=$2 row; shift 2
  background "sirocco-thr-sub-$s-$c" "${java_cmd[@]}" -sub -dataLen "$s" -domain "$domain" -noPrintIntervals "$@"
  local queue=$((500000 / s)); ((queue >= 50)) || queue=50
  foreground "sirocco-thr-pub-$s-$c" "${java_cmd[@]}" -pub -dataLen "$s" -executionTime "$seconds" \
    -sendQueueSize "$queue" -domain "$domain" -noPrintIntervals "$@" || { await; echo "- -"; return; }
  await
  row=$(row_after "$work/sirocco-thr-sub-$s-$c.out" "Sample Size (Bytes), Total Samples")
  [ -n "$row" ] || { echo "- -"; return; }
  echo "$(field "$row" 3) $(field "$row" 4)"
}

cyclone_latency() { # size -> "p50 p99"
  local s=$1
  background "cyclone-pong-$s" ddsperf -i "$domain" -D $((seconds + 3)) pong
  foreground "cyclone-ping-$s" ddsperf -i "$domain" -D $((seconds + 1)) ping size "$s" || true
  await
  # [pid] T  host:pid size S mean Xus min Xus 50% Xus 90% Xus 99% Xus max Xus cnt N
  awk '$4 == "size" && $2 + 0 > 1.5 {
         for (i = 6; i < NF; i++) {
           v = $(i + 1); sub(/us$/, "", v)
           if ($i == "50%") p50 = v; else if ($i == "99%") p99 = v; else if ($i == "cnt") n = v
         }
         w += n; a += n * p50; b += n * p99
       }
       END { if (w > 0) printf "%.1f %.1f\n", a / w, b / w; else print "- -" }' "$work/cyclone-ping-$s.out"
}

cyclone_throughput() { # size -> "samples/s Mb/s"
  local s=$1
  background "cyclone-sub-$s" ddsperf -i "$domain" -D $((seconds + 4)) sub
  foreground "cyclone-pub-$s" ddsperf -i "$domain" -D $((seconds + 2)) pub size "$s" || true
  await
  # [pid] T  size S total N lost L delta ...: counted from the end of the first line's second (which
  # has discovery and start-up in it) to the end of the last full one (the last line's second is the
  # one the publisher stopped in).
  awk -v s="$s" 'BEGIN { n = 0 } $3 == "size" && $5 == "total" { t[n] = $2; tot[n] = $6; n++ }
       END {
         if (n < 3 || t[n - 2] <= t[0]) { print "- -"; exit }
         r = (tot[n - 2] - tot[0]) / (t[n - 2] - t[0])
         printf "%.0f %.1f\n", r, r * s * 8 / 1e6
       }' "$work/cyclone-sub-$s.out"
}

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.2f", a / b; else print "-" }'
}

echo "Sirocco perftest vs Cyclone DDS $(dpkg-query -W -f '${Version}' cyclonedds-tools 2>/dev/null || echo '') ddsperf:" \
  "$seconds s per test, loopback, unicast discovery, domain $domain, $(nproc) cores" >&2
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
IFS=';' read -ra config_list <<<"${configs:- }"
labels=()
for c in "${config_list[@]}"; do
  label=$(echo "$c" | sed -e 's/-transport //; s/-consistency //; s/^ *//; s/ *$//')
  labels+=("${label:-Sirocco}")
done
rows=()
for s in $sizes; do
  lat50=() lat99=() thr=() mbs=()
  for i in "${!config_list[@]}"; do
    read -ra extra <<<"${config_list[$i]}"
    echo "size $s B: Sirocco ${labels[$i]} latency ..." >&2
    read -r a b < <(sirocco_latency "$s" "$i" "${extra[@]}")
    lat50+=("$a"); lat99+=("$b")
    echo "size $s B: Sirocco ${labels[$i]} throughput ..." >&2
    read -r a b < <(sirocco_throughput "$s" "$i" "${extra[@]}")
    thr+=("$a"); mbs+=("$b")
  done
  echo "size $s B: Cyclone latency ..." >&2
  read -r cl50 cl99 < <(cyclone_latency "$s")
  echo "size $s B: Cyclone throughput ..." >&2
  read -r cts ctm < <(cyclone_throughput "$s")
  row() { # metric cyclone values...
    local metric=$1 cyc=$2 line values="" ratios=""; shift 2
    for v in "$@"; do values+="|$v"; ratios+="|$(ratio "$v" "$cyc")"; done
    rows+=("$metric$values|$cyc$ratios")
  }
  row "latency $s B median one-way (us)" "$cl50" "${lat50[@]}"
  row "latency $s B p99 one-way (us)" "$cl99" "${lat99[@]}"
  row "throughput $s B (samples/s)" "$cts" "${thr[@]}"
  row "throughput $s B (Mb/s)" "$ctm" "${mbs[@]}"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

header="metric"
for l in "${labels[@]}"; do header+="|$l"; done
header+="|Cyclone"
for l in "${labels[@]}"; do header+="|ratio $l"; done
echo
{ echo "$header"; printf '%s\n' "${rows[@]}"; } | awk -F'|' '{
    printf "%-36s", $1; for (i = 2; i <= NF; i++) printf " %14s", $i; printf "\n" }'
echo
echo "ratio = Sirocco / Cyclone: below 1 is better for latency, above 1 for throughput."
echo "load average (1, 5, 15 min): $load_before before, $load_after after."
