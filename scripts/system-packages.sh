#!/usr/bin/env bash
# Install the Debian packages the tests need (Qt offscreen, fonts, pdftoppm, PostgreSQL, make).
#
# Does nothing when they are all installed already, so reruns are quick.
# python3-venv is added only when `python3 -m venv` cannot make the venv here.
set -euo pipefail

packages=(
    libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3  # Qt offscreen
    fonts-dejavu-core fonts-dejavu-extra                                 # fonts for Qt
    poppler-utils                                                        # pdftoppm
    postgresql                                                           # the second backend
    make
)

cd "$(dirname "$0")/.."
venv=${VENV:-.venv}
python=${PYTHON:-python3}
if [ ! -x "$venv/bin/python" ]; then
    # The honest test of `python3 -m venv` is to create the venv `make` would
    # create next; it is kept, so make does not pay for it a second time.
    if ! "$python" -m venv "$venv" >/dev/null 2>&1; then
        rm -rf "$venv"
        packages+=(python3-venv)
    fi
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null || true)
    [ "${status:0:2}" = "ii" ] || missing+=("$package")
done
if [ "${#missing[@]}" -eq 0 ]; then
    echo "system-packages.sh: all ${#packages[@]} Debian packages are installed"
    exit 0
fi

echo "system-packages.sh: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
    echo "system-packages.sh: need root to install them (try: sudo $0)" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"
