#!/usr/bin/env bash
# Moves every message now in a consumer's _error queue back to the consumer's queue, once the
# cause of the failure is fixed (docs/operations.md, "Messages that failed"). It declares a
# dynamic shovel through RabbitMQ's management API that moves the messages present at its start
# (src-delete-after: queue-length, acknowledged only once the destination confirmed them) and
# then deletes itself; the script waits for that and prints how many messages it moved.
#
#   RABBITMQ_MANAGEMENT_URL=http://127.0.0.1:15672 RABBITMQ_USER=… RABBITMQ_PASSWORD=… \
#     tools/replay-error-queue.sh volunteers-offer-published_error
#
# RABBITMQ_VHOST defaults to "/". Needs curl, jq, and the broker's rabbitmq_shovel plugin.
set -euo pipefail

error_queue="${1:?usage: replay-error-queue.sh <queue>_error}"
queue="${error_queue%_error}"
if [ "$queue" = "$error_queue" ]; then
  echo "not an _error queue: $error_queue" >&2
  exit 2
fi

url="${RABBITMQ_MANAGEMENT_URL:?RABBITMQ_MANAGEMENT_URL (http://host:15672) is not set}"
auth="${RABBITMQ_USER:?RABBITMQ_USER is not set}:${RABBITMQ_PASSWORD:?RABBITMQ_PASSWORD is not set}"
vhost="$(jq -rn --arg v "${RABBITMQ_VHOST:-/}" '$v | @uri')"
api() { curl -fsS -u "$auth" -H 'content-type: application/json' "$@"; }

count="$(api "$url/api/queues/$vhost/$(jq -rn --arg q "$error_queue" '$q | @uri')" | jq '.messages')"
if [ "$count" -eq 0 ]; then
  echo "replayed 0 messages: $error_queue is empty"
  exit 0
fi

shovel="replay-$error_queue-$(date +%s)"
# "amqp:///<vhost>": the shovel's direct connection to this broker, no password needed.
api -X PUT "$url/api/parameters/shovel/$vhost/$(jq -rn --arg s "$shovel" '$s | @uri')" -d "$(jq -n \
  --arg uri "amqp:///$vhost" --arg src "$error_queue" --arg dest "$queue" \
  '{value: {"src-protocol": "amqp091", "src-uri": $uri, "src-queue": $src,
            "dest-protocol": "amqp091", "dest-uri": $uri, "dest-queue": $dest,
            "ack-mode": "on-confirm", "src-delete-after": "queue-length"}}')" >/dev/null

# The shovel deletes its own parameter once it has moved the messages it found.
for _ in $(seq 1 300); do
  if ! api "$url/api/parameters/shovel/$vhost" | jq -e --arg s "$shovel" 'any(.[]; .name == $s)' >/dev/null; then
    echo "replayed $count messages from $error_queue to $queue"
    exit 0
  fi
  sleep 0.1
done
echo "the shovel $shovel has not finished within 30 s; see the management UI (Admin > Shovel Status)" >&2
exit 1
