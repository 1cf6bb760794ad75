-- One GET, repeated (the cost-growth measurement); done() prints one JSON line.
local path = os.getenv("BENCH_PATH")
local token = os.getenv("BENCH_TOKEN")

function request()
  return wrk.format("GET", path, {["X-Auth-Token"] = token})
end

function done(summary, latency, requests)
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "status_errors": %d, "socket_errors": %d, "p50_us": %d, "p99_us": %d}\n',
    summary.requests, summary.duration, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(99)))
end
