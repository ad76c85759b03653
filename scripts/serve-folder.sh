# Sourced by the leaflet checks: `serve_folder DIR PORT` serves DIR on 127.0.0.1:PORT with
# Python's web server in the background, sets `server` to its process id (for the caller's
# trap to stop) and returns once it answers.
serve_folder() {
    python3 -m http.server "$2" --bind 127.0.0.1 -d "$1" >/dev/null 2>&1 &
    server=$!
    for _ in $(seq 50); do
        python3 -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)" "http://127.0.0.1:$2/" 2>/dev/null && return 0
        sleep 0.1
    done
}
