#!/usr/bin/env bash
# Platform start-up and idle footprint, measured the way a user starts it.
#   cold:  a fresh data folder (initdb, new RabbitMQ node, databases and migrations created)
#   warm:  the same folder again (data kept)
# For each: seconds from `dotnet run --project src/AppHost` to a 200 from the gateway's /health,
# then, after 30 s idle, the resident memory (RSS, MB) of every process the AppHost started.
# Run from the repository root after `dotnet build` (Debug, as the README's command runs it):
#   bash bench/Platform/measure-startup.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
data="$(mktemp -d /tmp/integration-aspire-startup.XXXX)"
chmod 755 "$data"   # the postgres and rabbitmq users must reach the data below it
port=5197

measure() {
  local label=$1
  local start end pid
  start=$(date +%s.%N)
  setsid dotnet run --no-build --project src/AppHost -- \
    --AppHost:DataDirectory="$data" --AppHost:GatewayPort=$port >"$data/apphost-$label.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do
    kill -0 "$pid" 2>/dev/null || { echo "AppHost exited; see $data/apphost-$label.log"; exit 1; }
    sleep 0.2
  done
  end=$(date +%s.%N)
  printf '%s start to healthy gateway: %.1f s\n' "$label" "$(echo "$end - $start" | bc)"
  sleep 30
  echo "idle memory (RSS) of the processes started for the platform:"
  # Every descendant of `dotnet run` (the AppHost, the servers, the services, the watchdogs).
  ps -eo pid=,ppid=,rss=,args= | awk -v root="$pid" '
    { parent[$1] = $2; rss[$1] = $3; name[$1] = substr($0, index($0, $4), 70) }
    END {
      for (p in parent) {
        for (q = p; q in parent && q != root && q > 1; q = parent[q]) {}
        if (q == root) { total += rss[p]; printf "  %7.1f MB  %s (%s)\n", rss[p] / 1024, name[p], p }
      }
      printf "  %7.1f MB  in all\n", total / 1024
    }' | sort -k3
  # SIGTERM, not SIGINT: a script's background job ignores SIGINT (the AppHost handles both alike).
  local t0; t0=$(date +%s.%N)
  kill -TERM -- -"$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  printf '%s stop after SIGTERM: %.1f s\n\n' "$label" "$(echo "$(date +%s.%N) - $t0" | bc)"
}

measure cold
measure warm
rm -rf "$data"
