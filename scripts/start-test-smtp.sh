# Sourced by scripts/test: starts a real SMTP server on loopback (Debian's python3-aiosmtpd) that keeps
# every message it accepts in a Maildir, and exports VIGIL_TEST_SMTP_URL and VIGIL_TEST_SMTP_MAILDIR for
# the tests that send mail. Without aiosmtpd it leaves them unset, with a message. The server and its
# folder are removed when the shell exits.

# shellcheck source=scripts/on-exit.sh
source "$(dirname "${BASH_SOURCE[0]}")/on-exit.sh"

vigil_smtp_command=()
if command -v aiosmtpd >/dev/null 2>&1; then
    vigil_smtp_command=(aiosmtpd)
elif python3 -c 'import aiosmtpd' >/dev/null 2>&1; then
    vigil_smtp_command=(python3 -m aiosmtpd)
elif /usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1; then
    vigil_smtp_command=(/usr/bin/python3 -m aiosmtpd)
fi

if [ ${#vigil_smtp_command[@]} -eq 0 ]; then
    echo "No aiosmtpd found (apt-get install python3-aiosmtpd)."
else
    vigil_smtp_dir="$(mktemp -d /tmp/vigil-test-smtp.XXXXXX)"
    vigil_smtp_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
    "${vigil_smtp_command[@]}" -n -l "127.0.0.1:$vigil_smtp_port" -c aiosmtpd.handlers.Mailbox "$vigil_smtp_dir/maildir" \
        >"$vigil_smtp_dir/server.log" 2>&1 &
    vigil_smtp_pid=$!
    vigil_on_exit 'kill "$vigil_smtp_pid" 2>/dev/null; rm -rf "$vigil_smtp_dir"'
    for _ in $(seq 1 50); do
        if python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $vigil_smtp_port), 0.2)" >/dev/null 2>&1; then
            mkdir -p "$vigil_smtp_dir/maildir/new" "$vigil_smtp_dir/maildir/cur" "$vigil_smtp_dir/maildir/tmp"
            export VIGIL_TEST_SMTP_URL="smtp://127.0.0.1:$vigil_smtp_port"
            export VIGIL_TEST_SMTP_MAILDIR="$vigil_smtp_dir/maildir"
            break
        fi
        sleep 0.1
    done
    if [ -z "${VIGIL_TEST_SMTP_URL:-}" ]; then
        echo "The loopback SMTP server did not start; its log:"
        tail -20 "$vigil_smtp_dir/server.log"
    fi
fi
