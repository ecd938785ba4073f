-- REST intake spread over the three demo townships (as the county bureau): each township's numbering is its own
-- counter row, so registrations of different townships never take turns.
package.path = package.path .. ";" .. (os.getenv("TIAOJIE_LUA") or "benchmarks/lua") .. "/?.lua"
require "common"
require "intake"

local townships = {"341122101", "341122102", "341122103"}

function request()
  n = n + 1
  local k = base + n
  local body = '{"township":"' .. townships[k % 3 + 1] .. '","petitionForm":"VISIT","category":"LABOUR_WAGES",'
    .. '"petitioners":[{"name":"申请人' .. k .. '","idNumber":"' .. id_number(k) .. '","phone":"'
    .. string.format("17%09d", k % 1000000000) .. '"}],"content":"工地拖欠工资，请求协调支付","differentMatter":true}'
  return wrk.format("POST", "/cxf/api/v1/cases", {["Content-Type"] = "application/json",
    ["Authorization"] = "Basic YnVyZWF1OmJ1cmVhdQ=="}, body)
end
