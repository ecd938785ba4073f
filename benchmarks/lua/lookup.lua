-- GET /cases/{id} of cases picked at random from a file of ids (one a line, the second argument), as the county bureau.
package.path = package.path .. ";" .. (os.getenv("TIAOJIE_LUA") or "benchmarks/lua") .. "/?.lua"
require "common"

local ids = {}

function init(args)
  for line in io.lines(args[2]) do
    table.insert(ids, line)
  end
  math.randomseed(os.time() + id)
end

function request()
  return wrk.format("GET", "/cxf/api/v1/cases/" .. ids[math.random(#ids)], {["Authorization"] = "Basic YnVyZWF1OmJ1cmVhdQ=="})
end
