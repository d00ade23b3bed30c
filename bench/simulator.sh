# Sourced by benchmarks that need the OneThing simulator: start_simulator PORT LOG [simulator options, e.g.
# --seed-file FILE]; sets SIM_PID (the caller's cleanup kills it). The simulator is its own process now: the
# production jar holds no simulator. It stands in for a remote service but shares this machine's cores, so it runs
# with C1 only (SIMULATOR_JAVA_OPTS): its JIT would otherwise take a few CPU seconds from the monitor under test.
SIMULATOR_JAR=simulator/target/jk-cloud-monitor-simulator.jar
start_simulator() {
  local port=$1 log=$2; shift 2
  [[ -f "$SIMULATOR_JAR" ]] || ./mvnw -B -q -DskipTests package
  java -Xmx1g ${SIMULATOR_JAVA_OPTS--XX:TieredStopAtLevel=1} -jar "$SIMULATOR_JAR" --port "$port" "$@" > "$log" 2>&1 &
  SIM_PID=$!
  for _ in $(seq 1 120); do grep -q "OneThing simulator on port" "$log" && return 0; sleep 0.25; done
  echo "the simulator did not start:"; cat "$log"; exit 1
}
