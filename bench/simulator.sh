# Sourced by benchmarks that need the OneThing simulator: start_simulator PORT LOG [simulator options, e.g.
# --seed-file FILE]; sets SIM_PID (the caller's cleanup kills it). The simulator is its own process now: the
# production jar holds no simulator.
SIMULATOR_JAR=simulator/target/jk-cloud-monitor-simulator.jar
start_simulator() {
  local port=$1 log=$2; shift 2
  [[ -f "$SIMULATOR_JAR" ]] || ./mvnw -B -q -DskipTests package
  java -Xmx1g -jar "$SIMULATOR_JAR" --port "$port" "$@" > "$log" 2>&1 &
  SIM_PID=$!
  for _ in $(seq 1 120); do grep -q "OneThing simulator on port" "$log" && return 0; sleep 0.25; done
  echo "the simulator did not start:"; cat "$log"; exit 1
}
