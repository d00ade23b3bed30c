# Sourced by the benchmarks that run the production jar (prod profile, throwaway keys, embedded store in $WORK/data)
# against the simulator: start_monitor PORT SIM_PORT LOG [more -D options] sets APP_PID; sign_up EMAIL prints a JWT;
# import_accounts TOKEN prints the bound count after importing stdin's `username,password` lines (10 000 per import),
# following each import's event stream as the dashboard does. The caller sets WORK, HEAP (-Xmx512m) and JAR;
# MONITOR_JAVA_OPTS: more JVM options for the monitor only.
JAR=${JAR:-service/target/quarkus-app/quarkus-run.jar}
[[ -f "$JAR" ]] || ./mvnw -B -q -DskipTests package
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"

start_monitor() {
  local port=$1 sim_port=$2 log=$3; shift 3
  MONITOR_CRYPTO_KEY=$(openssl rand -base64 32) MONITOR_HTTP_INSECURE_REQUESTS=enabled \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$WORK/public.pem" SMALLRYE_JWT_SIGN_KEY_LOCATION="file:$WORK/private.pem" \
  java "${HEAP:--Xmx512m}" ${MONITOR_JAVA_OPTS:-} -Dquarkus.http.port="$port" -Dmonitor.embedded-store.path="$WORK/data" -Dquarkus.http.idle-timeout=60m \
    -Dquarkus.rest-client.onething-account.url="http://127.0.0.1:$sim_port/account" \
    -Dquarkus.rest-client.onething-control.url="http://127.0.0.1:$sim_port/control" \
    -Dmonitor.market.price-url="http://127.0.0.1:$sim_port/market/price" \
    -Dmonitor.rate-limit.enabled=false -Dmonitor.poll.enabled=false -Dquarkus.log.level=WARN "$@" \
    -jar "$JAR" > "$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do curl -fsS "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "the service did not become ready:"; tail -40 "$log"; exit 1
}

sign_up() {
  curl -fsS -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"bench-password\"}" \
    "$BASE/api/v1/auth/register" | python3 -c 'import sys,json; print(json.load(sys.stdin)["data"]["token"])'
}

import_accounts() {
  local token=$1 bound=0 id
  split -l 10000 - "$WORK/import-part-"
  for part in "$WORK"/import-part-*; do
    id=$(curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: text/plain' --data-binary @"$part" \
      "$BASE/api/v1/accounts/imports" | python3 -c 'import sys,json; print(json.load(sys.stdin)["data"]["id"])')
    curl -fsS -N -H "Authorization: Bearer $token" -H 'Accept: text/event-stream' "$BASE/api/v1/accounts/imports/$id/events" > /dev/null
    bound=$((bound + $(curl -fsS -H "Authorization: Bearer $token" "$BASE/api/v1/accounts/imports/$id" \
      | python3 -c 'import sys,json; print(json.load(sys.stdin)["data"]["bound"])')))
    rm -f "$part"
  done
  echo "$bound"
}
