#!/usr/bin/env bash
# Netlify's build command (netlify.toml): installs the .NET 10 SDK when missing, then the hamstringback tool from
# the package folder or feed in $HAMSTRINGBACK_SOURCE (default: packages/, where you put hamstringback.*.nupkg),
# then builds the site into output/ with the address of this deploy. The build installs pagefind (npm ci) itself.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
  echo "No .NET 10 SDK found: installing it with dotnet-install.sh"
  install_dir="${DOTNET_INSTALL_DIR:-$HOME/.dotnet}"
  curl -fsSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$install_dir"
  export PATH="$install_dir:$PATH" DOTNET_ROOT="$install_dir"
fi

if [ ! -x .tools/hamstringback ]; then
  dotnet tool install --tool-path .tools --add-source "${HAMSTRINGBACK_SOURCE:-packages}" hamstringback
fi

case "${CONTEXT:-}" in
  production) base_url="${URL:-}" ;;
  deploy-preview|branch-deploy) base_url="${DEPLOY_PRIME_URL:-}" ;;
  *) base_url="" ;;
esac

args=(build)
if [ -n "$base_url" ]; then
  args+=(--base-url "$base_url")
fi
.tools/hamstringback "${args[@]}"
