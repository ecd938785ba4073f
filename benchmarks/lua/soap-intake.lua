-- SOAP intake (registerCase) as the demo clerk, each request a new petitioner with a valid resident ID number.
package.path = package.path .. ";" .. (os.getenv("TIAOJIE_LUA") or "benchmarks/lua") .. "/?.lua"
require "common"
require "intake"

function request()
  n = n + 1
  local k = base + n
  local body = "<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'><soap:Body>"
    .. "<i:registerCase xmlns:i='http://tiaojie.org/soap/intake/v1' xmlns:c='http://tiaojie.org/cases/v1'><request>"
    .. "<c:category>LABOUR_WAGES</c:category><c:content>工地拖欠工资，请求协调支付</c:content>"
    .. "<c:differentMatter>true</c:differentMatter><c:petitionForm>VISIT</c:petitionForm><c:petitioners><c:idNumber>" .. id_number(k) .. "</c:idNumber>"
    .. "<c:name>申请人" .. k .. "</c:name><c:phone>" .. string.format("15%09d", k % 1000000000) .. "</c:phone></c:petitioners>"
    .. "<c:township>341122101</c:township></request></i:registerCase></soap:Body></soap:Envelope>"
  return wrk.format("POST", "/cxf/soap/intake", {["Content-Type"] = "text/xml; charset=UTF-8", ["SOAPAction"] = '""',
    ["Authorization"] = "Basic Y2xlcms6Y2xlcms="}, body)
end
