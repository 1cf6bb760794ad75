-- What mix.lua and soak.lua share: each wrk thread's number, a request with the token, and done()'s
-- one JSON line. Loaded with `dofile` from the script's own directory.
thread_id = 0  -- global: set per thread by setup()
local ids = 0

function setup(thread)
  ids = ids + 1
  thread:set("thread_id", ids)
end

function api_request(prefix, token, method, path, body)
  local headers = {["X-Auth-Token"] = token}
  if body then headers["Content-Type"] = "application/json" end
  return wrk.format(method, prefix .. path, headers, body)
end

function done(summary, latency, requests)
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "status_errors": %d, "socket_errors": %d, "p50_us": %d, "p99_us": %d, '
    .. '"max_us": %d}\n',
    summary.requests, summary.duration, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(99), latency.max))
end
