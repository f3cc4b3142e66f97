#!/usr/bin/env bash
# Local services for development and CI on Debian/Ubuntu without systemd: PostgreSQL and Redis on
# 127.0.0.1, matching the defaults in .env.example.
#
#   scripts/services.sh                  install (apt) what is missing, start what is not answering
#   scripts/services.sh --with-chromium  also install Debian's chromium (browser tests)
#
# Idempotent: when everything is installed and answering it only checks. Needs root for anything it
# changes (uses sudo when not root). Development only: it makes PostgreSQL trust local TCP
# connections when the default dev URL (role postgres, no password) cannot log in.
set -euo pipefail

PG_HOST=127.0.0.1
PG_PORT=5432
REDIS_PORT=6379
DB_NAME=baton

with_chromium=false
for arg in "$@"; do
  case "$arg" in
    --with-chromium) with_chromium=true ;;
    -h | --help)
      sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "services.sh: unknown argument: $arg" >&2
      exit 2
      ;;
  esac
done

log() { echo "[services] $*"; }
die() {
  echo "[services] error: $*" >&2
  exit 1
}

as_root() {
  if [[ $EUID -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "need root for: $* (run as root or install sudo)"
  fi
}
# The postgres OS user reaches the server through the Unix socket with peer auth on a stock install.
as_postgres() { (cd / && as_root runuser -u postgres -- "$@"); }
# wait_for SECONDS COMMAND...: true as soon as COMMAND succeeds, false after SECONDS tries.
wait_for() {
  local tries=$1 i
  shift
  for ((i = 0; i < tries; i++)); do
    if "$@"; then return 0; fi
    sleep 1
  done
  "$@"
}

# --- install -------------------------------------------------------------------------------------

missing=()
command -v pg_ctlcluster >/dev/null 2>&1 && compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null ||
  missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v redis-cli >/dev/null 2>&1 || missing+=(redis-tools)
if $with_chromium && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi

if ((${#missing[@]})); then
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found: install ${missing[*]} by hand"
  log "installing with apt: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
else
  log "installed: postgresql, redis-server$($with_chromium && echo ', chromium')"
fi

# --- PostgreSQL ----------------------------------------------------------------------------------

pg_ready() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 2; }

# "VERSION PORT STATUS" of the newest cluster named main, from pg_lsclusters (postgresql-common).
main_cluster() { pg_lsclusters --no-header 2>/dev/null | awk '$2 == "main" { print $1, $3, $4 }' | sort -V | tail -n 1; }

if pg_ready; then
  log "postgresql: answering on $PG_HOST:$PG_PORT"
else
  if [[ -z "$(main_cluster)" ]]; then
    pg_version=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort -V | tail -n 1)
    [[ -n "$pg_version" ]] || die "no PostgreSQL server found in /usr/lib/postgresql"
    log "postgresql: creating cluster $pg_version/main on port $PG_PORT"
    as_root pg_createcluster --port "$PG_PORT" "$pg_version" main
  fi
  read -r pg_version pg_cluster_port pg_status <<<"$(main_cluster)"
  if [[ "$pg_cluster_port" != "$PG_PORT" ]]; then
    # pg_createcluster picks the next free port when 5432 was taken at install time.
    [[ "$pg_status" == down ]] ||
      die "cluster $pg_version/main runs on port $pg_cluster_port, not $PG_PORT: stop it (pg_ctlcluster $pg_version main stop) and run this again"
    log "postgresql: cluster $pg_version/main was set to port $pg_cluster_port; setting port $PG_PORT"
    as_root pg_conftool "$pg_version" main set port "$PG_PORT"
  fi
  [[ "$pg_status" == down ]] ||
    die "cluster $pg_version/main is $pg_status but does not answer on $PG_HOST:$PG_PORT (check listen_addresses in /etc/postgresql/$pg_version/main/postgresql.conf)"
  log "postgresql: starting cluster $pg_version/main"
  as_root pg_ctlcluster --skip-systemctl-redirect "$pg_version" main start
fi

wait_for 30 pg_ready || die "postgresql does not answer on $PG_HOST:$PG_PORT after 30 s"

# The dev URL is postgresql://postgres@127.0.0.1:5432/baton: role postgres, TCP, no password.
# -w: never prompt for a password (no stdin in CI).
pg_tcp() { PGCONNECT_TIMEOUT=5 psql -w -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres "$@"; }

if pg_tcp -Atc 'select 1' >/dev/null 2>&1; then
  log "postgresql: role postgres can log in over TCP without a password"
else
  # Stock Debian: peer auth on the socket, scram-sha-256 (or md5) on 127.0.0.1 and ::1, and the
  # postgres role has no password. pg_hba.conf is first-match, so trust lines go on top.
  hba_file=$(as_postgres psql -X -p "$PG_PORT" -Atc 'show hba_file') || die "cannot reach PostgreSQL as the postgres OS user to find pg_hba.conf"
  marker='# baton dev (scripts/services.sh): trust local TCP connections'
  if as_root grep -qF "$marker" "$hba_file"; then
    die "psql -h $PG_HOST -U postgres fails although $hba_file already trusts local TCP; check the server log"
  fi
  log "postgresql: password auth on $PG_HOST blocks the dev URL; adding trust for 127.0.0.1/32 and ::1/128 at the top of $hba_file (development machines only)"
  tmp=$(mktemp)
  {
    echo "$marker"
    echo "host    all             all             127.0.0.1/32            trust"
    echo "host    all             all             ::1/128                 trust"
    echo
    as_root cat "$hba_file"
  } >"$tmp"
  as_root cp "$hba_file" "$hba_file.baton-backup"
  as_root sh -c "cat '$tmp' > '$hba_file'"
  rm -f "$tmp"
  as_postgres psql -X -p "$PG_PORT" -Atc 'select pg_reload_conf()' >/dev/null
  log "postgresql: reloaded configuration (previous pg_hba.conf saved as $hba_file.baton-backup)"
  wait_for 10 pg_tcp -Atc 'select 1' >/dev/null 2>&1 || die "role postgres still cannot log in over TCP"
fi

if [[ "$(pg_tcp -Atc "select 1 from pg_database where datname = '$DB_NAME'")" == 1 ]]; then
  log "postgresql: database $DB_NAME exists"
else
  pg_tcp -c "create database $DB_NAME"
  log "postgresql: created database $DB_NAME"
fi

# A `root` role lets `psql` run as the root OS user without -U (handy on dev and CI machines).
if [[ "$(pg_tcp -Atc "select 1 from pg_roles where rolname = 'root'")" == 1 ]]; then
  log "postgresql: role root exists"
else
  pg_tcp -c 'create role root login superuser'
  log "postgresql: created role root"
fi

# --- Redis ---------------------------------------------------------------------------------------

redis_ready() { [[ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" == PONG ]]; }

if redis_ready; then
  log "redis: answering on 127.0.0.1:$REDIS_PORT"
else
  log "redis: starting redis-server on 127.0.0.1:$REDIS_PORT (no persistence)"
  as_root redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no
fi

wait_for 30 redis_ready || die "redis does not answer on 127.0.0.1:$REDIS_PORT after 30 s"

if $with_chromium; then
  log "chromium: $(command -v chromium)"
fi
log "ready: postgresql://postgres@$PG_HOST:$PG_PORT/$DB_NAME and redis://127.0.0.1:$REDIS_PORT"
