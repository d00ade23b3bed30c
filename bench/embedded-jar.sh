# Sourced by the durability benchmarks: builds the jar when the sources are newer, makes throwaway keys in
# $WORK, and starts the jar on the embedded store in $WORK/data (start_jar DURABLE LOG; sets APP_PID).
if [[ ! -f service/target/quarkus-app/quarkus-run.jar ]] || [[ -n "$(find service/src pom.xml service/pom.xml -type f -newer service/target/quarkus-app/quarkus-run.jar -print -quit)" ]]; then
  ./mvnw -B -q -DskipTests package
fi

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
export MONITOR_CRYPTO_KEY=$(openssl rand -base64 32)
export MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$WORK/public.pem" SMALLRYE_JWT_SIGN_KEY_LOCATION="file:$WORK/private.pem"

start_jar() {
  java -Xmx512m -Dquarkus.http.port="$PORT" -Dmonitor.embedded-store.path="$WORK/data" \
    -Dmonitor.embedded-store.durable-writes="$1" \
    -Dmonitor.rate-limit.enabled=false -Dmonitor.poll.enabled=false -Dmonitor.mail.enabled=false \
    -Dquarkus.log.level=WARN -jar service/target/quarkus-app/quarkus-run.jar >> "$2" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do curl -fsS "$BASE/q/health/ready" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "the service did not become ready:"; tail -40 "$2"; exit 1
}
