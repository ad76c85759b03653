# Sourced by the check scripts: `need COMMAND:DEBIAN-PACKAGE …` installs the packages whose
# command is missing (apt-get update first, once), so that a check runs on a fresh machine.
need() {
    local missing=() pair command package
    for pair in "$@"; do
        command="${pair%%:*}" package="${pair#*:}"
        if ! command -v "$command" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$command" ]; then missing+=("$package"); fi
    done
    if [ ${#missing[@]} -gt 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}
