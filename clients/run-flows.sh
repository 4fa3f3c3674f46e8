#!/usr/bin/env bash
# Installs both SDK packages from the repo into clean environments and runs the core flow of each
# against a live server (which must have rate limits on, e.g. RADICPRO_RATE_DESIGN_CRUD=2/second:
# each flow's last step needs a 429 to retry).
#   clients/run-flows.sh BASE_URL        e.g. clients/run-flows.sh http://127.0.0.1:8000
# Python: a fresh venv, `pip install ./clients/python`, flow.py run from outside the repo (so the
# installed package is what runs). TypeScript: `npm pack` of clients/typescript installed into an
# empty npm project with tsx and typescript; flow.ts type-checked against it, then run. Runs
# both (even if the first fails); exits non-zero if either failed.
set -euo pipefail
base_url=${1:?usage: clients/run-flows.sh BASE_URL}
cd "$(dirname "$0")"
clients=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python=${PYTHON:-python3}
failed=()

echo "== Python SDK: pip install ./clients/python into a clean venv"
if "$python" -m venv "$work/venv" \
   && "$work/venv/bin/pip" install --quiet --disable-pip-version-check "$clients/python" \
   && cp "$clients/python/flow.py" "$work/flow.py"; then
  (cd "$work" && "$work/venv/bin/python" flow.py "$base_url") || failed+=(python)
else
  echo "python FAILED: the package did not install" >&2
  failed+=(python)
fi

echo "== TypeScript SDK: npm pack, installed into an empty project"
mkdir -p "$work/ts"
if (cd "$clients/typescript" && npm ci --no-audit --no-fund --loglevel=error \
      && npm pack --silent --pack-destination "$work" >/dev/null) \
   && cp "$clients/typescript/flow.ts" "$work/ts/" \
   && cd "$work/ts" \
   && printf '{"name": "radicpro-flow", "private": true, "type": "module"}\n' > package.json \
   && printf '%s\n' '{"compilerOptions": {"target": "ES2022", "module": "NodeNext",' \
        '"moduleResolution": "NodeNext", "strict": true, "noEmit": true, "skipLibCheck": true,' \
        '"types": ["node"], "lib": ["ES2022", "DOM"]}, "include": ["flow.ts"]}' > tsconfig.json \
   && npm install --no-audit --no-fund --loglevel=error "$work"/radicpro-client-*.tgz \
        typescript@5.9.3 tsx@4.23.15 @types/node@20.19.43; then
  if (cd "$work/ts" && npx --no-install tsc --noEmit); then
    (cd "$work/ts" && npx --no-install tsx flow.ts "$base_url") || failed+=(typescript)
    # The README's TypeScript example, as written, under PORT (the server's port).
    echo "== the README's TypeScript example (PORT=${base_url##*:})"
    awk '/^```ts$/{on=1; next} /^```$/{on=0} on' "$clients/../README.md" > "$work/ts/readme.ts"
    (cd "$work/ts" && PORT=${base_url##*:} npx --no-install tsx readme.ts) || failed+=(typescript-readme)
  else
    echo "typescript FAILED: flow.ts does not type-check against the installed package" >&2
    failed+=(typescript)
  fi
else
  echo "typescript FAILED: the package did not pack or install" >&2
  failed+=(typescript)
fi

if [ ${#failed[@]} -gt 0 ]; then
  echo "== SDK flows FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "== both SDK flows passed (Python and TypeScript)"
