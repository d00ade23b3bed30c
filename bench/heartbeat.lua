-- Heartbeats from the devices bench/app-backend.sh registered: device i always beats from its own public IP,
-- so the risk engine runs every rule (window update, blacklist check) without declaring a farm.
local devices = tonumber(os.getenv("DEVICES") or "500")
local prefix = os.getenv("DEVICE_PREFIX") or "bench"

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed or os.time())
end

function request()
  local i = math.random(0, devices - 1)
  local body = '{"deviceID":"' .. prefix .. '-' .. i .. '"}'
  local headers = {
    ["Content-Type"] = "application/json",
    ["X-Forwarded-For"] = "198.18." .. math.floor(i / 256) .. "." .. (i % 256),
  }
  return wrk.format("POST", "/api/v1/mining/heartbeats", headers, body)
end
