-- REST intake as the demo clerk: each request a new petitioner with a valid resident ID number (GB 11643 check
-- character) and a phone no other request uses.
package.path = package.path .. ";" .. (os.getenv("TIAOJIE_LUA") or "benchmarks/lua") .. "/?.lua"
require "common"

local weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
local checks = {"1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"}
n = 0
base = 0

function init(args)
  -- Runs number themselves (the first argument); each thread takes its own range of 100,000.
  base = (tonumber(args[1]) or 0) * 1000000 + id * 100000
end

-- A valid resident ID number of its own for each k below 26 million: the birth date and the sequence encode k.
function id_number(k)
  local seq = k % 1000
  local r = math.floor(k / 1000)
  local day = r % 28 + 1
  r = math.floor(r / 28)
  local month = r % 12 + 1
  local year = 1930 + math.floor(r / 12) % 80
  local body = string.format("110105%04d%02d%02d%03d", year, month, day, seq)
  local sum = 0
  for i = 1, 17 do
    sum = sum + tonumber(body:sub(i, i)) * weights[i]
  end
  return body .. checks[sum % 11 + 1]
end

function request()
  n = n + 1
  local k = base + n
  local body = '{"township":"341122101","petitionForm":"VISIT","category":"LABOUR_WAGES","petitioners":[{"name":"申请人' .. k
    .. '","idNumber":"' .. id_number(k) .. '","phone":"' .. string.format("13%09d", k % 1000000000)
    .. '"}],"content":"工地拖欠工资，请求协调支付","differentMatter":true}'
  return wrk.format("POST", "/cxf/api/v1/cases", {["Content-Type"] = "application/json",
    ["Authorization"] = "Basic Y2xlcms6Y2xlcms="}, body)
end
