# Sourced by the start-test-* scripts: `vigil_on_exit COMMAND` queues a cleanup command, and one EXIT
# trap runs them all in reverse order, so each throwaway server started for the tests is stopped even
# though bash keeps only one trap per signal.
if [ -z "${vigil_on_exit_loaded:-}" ]; then
    vigil_on_exit_loaded=1
    vigil_exit_commands=()
    vigil_run_exit_commands() {
        local index
        for ((index = ${#vigil_exit_commands[@]} - 1; index >= 0; index--)); do
            eval "${vigil_exit_commands[$index]}" || true
        done
    }
    vigil_on_exit() { vigil_exit_commands+=("$1"); }
    trap vigil_run_exit_commands EXIT
fi
