#!/usr/bin/env bash
# Run a command beside a throwaway PostgreSQL server, then stop and delete the server.
#
#   scripts/with-throwaway-pg.sh pytest -x
#
# The server lives in a fresh temporary folder, listens only on 127.0.0.1 (on a
# free port) and on a socket inside that folder, trusts local connections, and
# holds one empty database. The command sees its URL in DEBTDESK_TEST_PG_URL.
# Everything is removed when the command ends, whether it passed or failed.
#
# When DEBTDESK_TEST_PG_URL is already set, that server is used and none is
# started. Without PostgreSQL binaries the command runs without a server (the
# PostgreSQL tests skip), unless DEBTDESK_REQUIRE_PG=1, which makes it an error.
# As root, initdb and pg_ctl run as the user `postgres` (PostgreSQL refuses root).
set -euo pipefail

say() { echo "with-throwaway-pg: $*" >&2; }

# no_server WHY COMMAND...: fail when PostgreSQL is required, else run COMMAND without it.
no_server() {
    local why=$1
    shift
    if [ "${DEBTDESK_REQUIRE_PG:-}" = 1 ]; then
        say "ERROR: $why (DEBTDESK_REQUIRE_PG=1: the PostgreSQL tests must run)"
        exit 1
    fi
    say "WARNING: $why; the PostgreSQL tests will be skipped"
    exec "$@"
}

if [ "$#" -eq 0 ]; then
    say "usage: $0 COMMAND [ARG...]"
    exit 2
fi

if [ -n "${DEBTDESK_TEST_PG_URL:-}" ]; then
    say "using the server in DEBTDESK_TEST_PG_URL"
    exec "$@"
fi

# The binaries: pg_ctl and initdb on PATH, else the newest Debian-style install.
bindir=""
if command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then
    bindir=$(dirname "$(readlink -f "$(command -v pg_ctl)")")
else
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ]; then
            bindir=$dir
            break
        fi
    done
fi
for tool in initdb pg_ctl postgres createdb; do
    if [ -z "$bindir" ] || [ ! -x "$bindir/$tool" ]; then
        no_server "no PostgreSQL binaries found (pg_ctl, initdb on PATH or in /usr/lib/postgresql/*/bin)" "$@"
    fi
done

# PostgreSQL will not run as root: hand the server to the `postgres` user then.
if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
        no_server "running as root and there is no user 'postgres' to run the server as" "$@"
    fi
    as_pg() { runuser -u postgres -- "$@"; }
else
    as_pg() { "$@"; }
fi

python=${PYTHON:-python3}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/debtdesk-pg.XXXXXX")
data=$tmp/data
log=$tmp/server.log
[ "$(id -u)" -eq 0 ] && chown postgres: "$tmp"

cleanup() {
    if [ -f "$data/postmaster.pid" ]; then
        (cd "$tmp" && as_pg "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1) || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

started=""
# `cd "$tmp"`: the postgres user may not be allowed into the caller's folder.
if (cd "$tmp" && as_pg "$bindir/initdb" -D "$data" -U postgres -A trust -E UTF8 \
        --locale=C.UTF-8 --no-sync >"$tmp/initdb.log" 2>&1) ||
   (rm -rf "$data" && cd "$tmp" && as_pg "$bindir/initdb" -D "$data" -U postgres -A trust \
        -E UTF8 --no-locale --no-sync >"$tmp/initdb.log" 2>&1); then
    # A free port can be taken between probing and binding: try a few.
    for _ in 1 2 3 4 5; do
        port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
        # Durability is pointless for a server deleted after the run: trade it for speed.
        opts="-c listen_addresses=127.0.0.1 -p $port -k $tmp -c fsync=off"
        opts+=" -c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
        if (cd "$tmp" && as_pg "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 60 -o "$opts" \
                start >/dev/null 2>&1); then
            started=1
            break
        fi
    done
else
    cat "$tmp/initdb.log" >&2
fi

if [ -z "$started" ]; then
    [ -f "$log" ] && tail -n 20 "$log" >&2
    # no_server may exec the command, which would skip the EXIT trap.
    cleanup
    trap - EXIT
    no_server "the throwaway PostgreSQL server did not start" "$@"
fi

(cd "$tmp" && as_pg "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres debtdesk_test)
export DEBTDESK_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/debtdesk_test"
say "$("$bindir/postgres" --version) on 127.0.0.1:$port (data in $tmp)"

set +e
"$@"
status=$?
set -e
exit "$status"
