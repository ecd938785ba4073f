-- A township's list, newest first, 20 a page, one of its first 50 pages at random, as the county bureau.
package.path = package.path .. ";" .. (os.getenv("TIAOJIE_LUA") or "benchmarks/lua") .. "/?.lua"
require "common"

function init(args)
  math.randomseed(os.time() + id)
end

function request()
  return wrk.format("GET", "/cxf/api/v1/cases?township=341122101&size=20&page=" .. math.random(0, 49),
    {["Authorization"] = "Basic YnVyZWF1OmJ1cmVhdQ=="})
end
