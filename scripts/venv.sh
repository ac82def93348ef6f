#!/usr/bin/env bash
# Create the virtual environment if missing and install debtdesk into it (editable, with test tools).
#
#   scripts/venv.sh [VENV]        (default .venv; PYTHON picks the interpreter, default python3)
#
# The Makefile calls this only when pyproject.toml is newer than the venv's stamp.
set -euo pipefail

cd "$(dirname "$0")/.."
venv=${1:-.venv}
python=${PYTHON:-python3}
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1

if ! command -v "$python" >/dev/null; then
    echo "venv.sh: $python not found; debtdesk needs Python 3.11 or newer" >&2
    exit 1
fi
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "venv.sh: $("$python" -V 2>&1) is too old; debtdesk needs Python 3.11 or newer" >&2
    exit 1
fi

# A venv whose interpreter no longer runs (moved, or Python upgraded) is rebuilt.
if [ -e "$venv" ] && ! "$venv/bin/python" -c '' >/dev/null 2>&1; then
    echo "venv.sh: $venv is broken; creating it again" >&2
    rm -rf "$venv"
fi
if [ ! -e "$venv" ]; then
    echo "venv.sh: creating $venv with $("$python" -V 2>&1)"
    if ! "$python" -m venv "$venv"; then
        rm -rf "$venv"
        echo "venv.sh: could not create $venv; on Debian or Ubuntu: apt-get install python3-venv" >&2
        exit 1
    fi
fi

"$venv/bin/python" -m pip install --quiet --editable '.[test]'
touch "$venv/.debtdesk-installed"
echo "venv.sh: debtdesk and its test tools are installed in $venv"
