# Sourced by run.sh and site.sh: checks Node.js and Chromium, installs the pinned packages when needed.
if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
  echo "diagram-check: Node.js (20.19 or later) and npm are needed" >&2
  exit 1
fi
if [[ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]]; then
  echo "diagram-check: no Chromium at ${CHROMIUM:-/usr/bin/chromium}: install Debian's chromium (apt-get install chromium) or set CHROMIUM" >&2
  exit 1
fi
# Install only when node_modules is missing or was installed from another lock file.
lock_hash="$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)"
stamp="$here/node_modules/.installed-from-lock.sha256"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_hash" ]]; then
  if ! install_log="$(cd "$here" && npm ci --no-audit --no-fund --loglevel=error 2>&1)"; then
    printf '%s\n' "$install_log" >&2
    echo "diagram-check: npm ci failed" >&2
    exit 1
  fi
  printf '%s\n' "$lock_hash" > "$stamp"
fi
