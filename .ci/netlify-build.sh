#!/usr/bin/env bash
# Netlify's build command (netlify.toml). Installs the .NET SDK named in global.json with Microsoft's
# dotnet-install script when `dotnet` (with a .NET 10 SDK) is missing, then builds the site into output/ (or $HB_OUTPUT) with the
# address of this deploy: $URL on production, $DEPLOY_PRIME_URL on deploy previews and branch deploys.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
  echo "No .NET 10 SDK found: installing the SDK for global.json with dotnet-install.sh"
  install_dir="${DOTNET_INSTALL_DIR:-$HOME/.dotnet}"
  curl -fsSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --jsonfile global.json --install-dir "$install_dir"
  export PATH="$install_dir:$PATH" DOTNET_ROOT="$install_dir"
fi

case "${CONTEXT:-}" in
  production) base_url="${URL:-}" ;;
  deploy-preview|branch-deploy) base_url="${DEPLOY_PRIME_URL:-}" ;;
  *) base_url="" ;;
esac

# The build makes the search index with pagefind (npm). Netlify installs package.json's packages before this
# script runs; anywhere else, install them here.
if [ -f package-lock.json ] && [ ! -x node_modules/.bin/pagefind ] && command -v npm >/dev/null 2>&1; then
  npm ci --no-audit --no-fund --loglevel=error
fi

args=(build --output "${HB_OUTPUT:-output}")
if [ -n "$base_url" ]; then
  args+=(--base-url "$base_url")
fi
echo "Building the site (context: ${CONTEXT:-local}, base URL: ${base_url:-from input/site.yml})"
# The program as built in Release, when no file it is built from (src/, the build settings here) is newer: run as it
# is, without `dotnet run`'s restore and up-to-date checks (about 8 s of CPU, issue 13). Anywhere else (Netlify's fresh
# clone has no bin/; a source changed since) `dotnet run` builds it first.
program=src/HamstringBack.Cli/bin/Release/net10.0/hamstringback.dll
if [ -f "$program" ] && [ -z "$(find src Directory.Build.props Directory.Packages.props global.json \( -name bin -o -name obj \) -prune -o -newer "$program" -print -quit)" ]; then
  dotnet "$program" "${args[@]}"
else
  dotnet run --project src/HamstringBack.Cli -c Release -- "${args[@]}"
fi
