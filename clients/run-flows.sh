#!/usr/bin/env bash
# Runs Radic Pro's core flow through both generated clients against a live server.
#   clients/run-flows.sh BASE_URL        e.g. clients/run-flows.sh http://127.0.0.1:8000
# Regenerates the clients first (`make clients`: schema dumped offline, Python client,
# TypeScript types), type-checks the TypeScript flow against the fresh types, then runs the
# Python flow and the TypeScript flow (both, even if the first fails). Exits non-zero if either
# failed. RADICPRO_CLIENTS_NO_GENERATE=1 skips the regeneration (clients already generated).
set -euo pipefail
base_url=${1:?usage: clients/run-flows.sh BASE_URL}
cd "$(dirname "$0")/.."
venv=${VENV:-.venv}

if [ "${RADICPRO_CLIENTS_NO_GENERATE:-0}" != 1 ]; then
  echo "== generating the clients (make clients)"
  make --no-print-directory clients
fi

failed=()
echo "== Python client (clients/python/flow.py) against $base_url"
"$venv/bin/python" clients/python/flow.py "$base_url" || failed+=(python)

echo "== TypeScript client (clients/typescript/flow.ts) against $base_url"
if (cd clients/typescript && npx --no-install tsc --noEmit); then
  (cd clients/typescript && npx --no-install tsx flow.ts "$base_url") || failed+=(typescript)
else
  echo "typescript FAILED: flow.ts does not type-check against the generated schema types" >&2
  failed+=(typescript)
fi

if [ ${#failed[@]} -gt 0 ]; then
  echo "== client flows FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "== both client flows passed"
