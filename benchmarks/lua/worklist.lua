-- Worklists (待办): the county bureau's whole worklist (every township, the three buckets counted, the first page),
-- or, with the argument "unit", the land office's overdue cases in 青山镇 as its handler sees them.
package.path = package.path .. ";" .. (os.getenv("TIAOJIE_LUA") or "benchmarks/lua") .. "/?.lua"
require "common"

local path, auth

function init(args)
  if args[2] == "unit" then
    path = "/cxf/api/v1/worklist?scope=UNIT&bucket=OVERDUE&size=20"
    auth = "Basic aGFuZGxlcjpoYW5kbGVy"
  else
    path = "/cxf/api/v1/worklist?scope=TOWNSHIP&size=20"
    auth = "Basic YnVyZWF1OmJ1cmVhdQ=="
  end
end

function request()
  return wrk.format("GET", path, {["Authorization"] = auth})
end
