-- The requests of scripts/bench_mock.py. With BENCH_PATH set: that one GET, repeated (the cost-growth
-- measurement). Otherwise the fixed request mix, one of each in turn per wrk thread:
-- server detail list, flavor list, keypair create, keypair delete, a server action (HARD reboot).
-- Names of created keypairs are read from the create responses and deleted later, so the mix runs
-- against a stateful server without collisions (while none is waiting, the delete slot creates one
-- more instead; against a stateless target it deletes the name just created). done() (common.lua) prints one
-- JSON line.
local tenant = os.getenv("BENCH_TENANT") or ""
local server = os.getenv("BENCH_SERVER")
local token = os.getenv("BENCH_TOKEN")
local key = os.getenv("BENCH_PUBLIC_KEY")
local prefix = "/v2/" .. tenant
local run = os.getenv("BENCH_RUN") or "0"  -- unique per wrk run: names never collide across runs
local counter, created, last_name, creates, deletes = 0, {}, nil, 0, 0
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

local function req(method, path, body)
  return api_request(prefix, token, method, path, body)
end

local only_path = os.getenv("BENCH_PATH")

function request()
  if only_path then
    return wrk.format("GET", only_path, {["X-Auth-Token"] = token})
  end
  counter = counter + 1
  local slot = counter % 5
  if slot == 0 then
    return req("GET", "/servers/detail")
  elseif slot == 1 then
    return req("GET", "/flavors")
  elseif slot == 2 or (slot == 3 and #created == 0 and creates - deletes < 16) then
    local name = "bench-" .. run .. "-" .. thread_id .. "-" .. counter
    last_name, creates = name, creates + 1
    return req("POST", "/os-keypairs", '{"keypair": {"name": "' .. name .. '", "public_key": "' .. key .. '"}}')
  elseif slot == 3 then
    deletes = deletes + 1
    return req("DELETE", "/os-keypairs/" .. (table.remove(created, 1) or last_name))
  else
    return req("POST", "/servers/" .. server .. "/action", '{"reboot": {"type": "HARD"}}')
  end
end

function response(status, headers, body)
  if status == 200 and body then
    local name = string.match(body, '"name":"(bench%-[%d%-]+)"')
    if name then table.insert(created, name) end
  end
end

