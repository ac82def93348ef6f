#!/usr/bin/env bash
# Every check of the project, in order: ruff, ruff format, the import contract, pytest.
#
#   scripts/test.sh [PYTEST ARGS...]     (VENV names the virtual environment, default .venv)
#
# pytest runs beside a throwaway PostgreSQL server when its binaries are there
# (scripts/with-throwaway-pg.sh). Every step runs even when an earlier one
# fails, so one run shows all problems; the exit status is non-zero if any failed.
set -uo pipefail

cd "$(dirname "$0")/.."
venv=${VENV:-.venv}
if [ ! -x "$venv/bin/python" ]; then
    echo "test.sh: no virtual environment in $venv; run 'make test'" >&2
    exit 1
fi
export PATH="$PWD/$venv/bin:$PATH"
export PYTHON="$PWD/$venv/bin/python"

failed=()
step() {
    local name=$1
    shift
    echo "==> $name"
    "$@"
    local status=$?
    if [ "$status" -ne 0 ]; then
        echo "==> $name FAILED (exit $status)"
        failed+=("$name")
    fi
}

step "ruff check" ruff check .
step "ruff format --check" ruff format --check .
step "lint-imports" lint-imports
step "pytest" bash scripts/with-throwaway-pg.sh python -m pytest "$@"

if [ "${#failed[@]}" -ne 0 ]; then
    echo "==> FAILED: ${failed[*]}"
    exit 1
fi
echo "==> all checks passed"
