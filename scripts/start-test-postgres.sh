# Sourced by scripts/test: starts a throwaway PostgreSQL cluster on 127.0.0.1 and exports
# VIGIL_TEST_POSTGRES_URL, or leaves it unset (with a message) when no server is installed.
# The cluster lives in a temporary folder and is stopped and removed when the shell exits.

# shellcheck source=scripts/on-exit.sh
source "$(dirname "${BASH_SOURCE[0]}")/on-exit.sh"

vigil_pg_bin=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then vigil_pg_bin="$candidate"; break; fi
done
if [ -z "$vigil_pg_bin" ] && command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    vigil_pg_bin="$(dirname "$(command -v initdb)")"
fi

if [ -z "$vigil_pg_bin" ]; then
    echo "No PostgreSQL server programs (initdb, pg_ctl) found."
else
    # $VIGIL_TEST_PG_PARENT: where the cluster's folder goes (default /tmp); a benchmark may put it in memory.
    vigil_pg_dir="$(mktemp -d "${VIGIL_TEST_PG_PARENT:-/tmp}/vigil-test-pg.XXXXXX")"
    vigil_pg_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
    # PostgreSQL refuses to run as root; run it as the postgres user when we are root.
    vigil_pg_as=()
    if [ "$(id -u)" = "0" ]; then
        if id postgres >/dev/null 2>&1; then
            chown postgres "$vigil_pg_dir"
            vigil_pg_as=(runuser -u postgres --)
        else
            echo "Running as root and there is no postgres user to run the server as."
            vigil_pg_bin=""
        fi
    fi
    if [ -n "$vigil_pg_bin" ]; then
        if "${vigil_pg_as[@]}" "$vigil_pg_bin/initdb" -D "$vigil_pg_dir/data" -U vigil -A trust --no-sync >"$vigil_pg_dir/initdb.log" 2>&1 \
            && "${vigil_pg_as[@]}" "$vigil_pg_bin/pg_ctl" -D "$vigil_pg_dir/data" -l "$vigil_pg_dir/server.log" -w \
                -o "-h 127.0.0.1 -p $vigil_pg_port -k $vigil_pg_dir -c fsync=off -c full_page_writes=off" start >/dev/null \
            && "$vigil_pg_bin/createdb" -h 127.0.0.1 -p "$vigil_pg_port" -U vigil vigil_test; then
            export VIGIL_TEST_POSTGRES_URL="postgres://vigil@127.0.0.1:$vigil_pg_port/vigil_test?sslmode=disable"
            vigil_on_exit '"${vigil_pg_as[@]}" "$vigil_pg_bin/pg_ctl" -D "$vigil_pg_dir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$vigil_pg_dir"'
        else
            echo "Could not start a throwaway PostgreSQL cluster; its logs:"
            cat "$vigil_pg_dir"/*.log 2>/dev/null | tail -20
        fi
    fi
fi
