-- The soak's mixed load (scripts/bench_mock.py --soak): creates, deletes, HARD reboots, key pair import
-- and delete, lists, name filters and shows, one of each in turn per wrk thread. Each thread keeps at most
-- 20 live servers (its oldest is deleted), so addresses of deleted servers are reused on the /24 network.
-- done() (common.lua) prints one JSON line.
local tenant = os.getenv("BENCH_TENANT")
local token = os.getenv("BENCH_TOKEN")
local key = os.getenv("BENCH_PUBLIC_KEY")
local image, flavor, network = os.getenv("BENCH_IMAGE"), os.getenv("BENCH_FLAVOR"), os.getenv("BENCH_NETWORK")
local run = os.getenv("BENCH_RUN") or "0"
local prefix = "/v2/" .. tenant
local counter, servers, keypairs = 0, {}, {}
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

local function req(method, path, body)
  return api_request(prefix, token, method, path, body)
end

local function create_server()
  local body = '{"server": {"name": "soak-' .. thread_id .. '-' .. counter .. '", "imageRef": "' .. image
    .. '", "flavorRef": "' .. flavor .. '", "networks": [{"uuid": "' .. network .. '"}]}}'
  return req("POST", "/servers", body)
end

function request()
  counter = counter + 1
  local slot = counter % 10
  local newest = servers[#servers]
  if slot == 0 or newest == nil then
    return create_server()
  elseif slot == 1 then
    return req("GET", "/servers/detail?limit=50")
  elseif slot == 2 then
    return req("GET", "/servers/" .. newest)
  elseif slot == 3 then
    return req("POST", "/servers/" .. newest .. "/action", '{"reboot": {"type": "HARD"}}')
  elseif slot == 4 and #keypairs < 10 then
    local name = "soak-" .. run .. "-" .. thread_id .. "-" .. counter
    return req("POST", "/os-keypairs", '{"keypair": {"name": "' .. name .. '", "public_key": "' .. key .. '"}}')
  elseif (slot == 4 or slot == 5) and #keypairs > 0 then
    return req("DELETE", "/os-keypairs/" .. table.remove(keypairs, 1))
  elseif slot == 6 then
    return req("GET", "/servers?name=^soak-" .. thread_id .. "-1")
  elseif slot == 7 and #servers > 20 then
    return req("DELETE", "/servers/" .. table.remove(servers, 1))
  elseif slot == 8 then
    return req("GET", "/servers")
  else
    return req("GET", "/flavors")
  end
end

function response(status, headers, body)
  if status == 202 and body then
    local id = string.match(body, '"server":{"id":"([%x%-]+)"')
    if id then table.insert(servers, id) end
  elseif status == 200 and body then
    local name = string.match(body, '"keypair":{[^}]*"name":"(soak%-[%d%-]+)"')
    if name and string.find(body, '"fingerprint"', 1, true) and not string.find(body, '"keypairs"', 1, true) then
      table.insert(keypairs, name)
    end
  end
end

