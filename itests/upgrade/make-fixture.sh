#!/usr/bin/env bash
# Makes the database that UpgradeIT starts from: a release's own distribution, booted on its own schema
# (the one OpenJPA's buildSchema made before Liquibase), given cases, repeats, steps, mediation files, a dispute
# and legal-aid applications through its own REST API, then stopped and dumped.
#
#   itests/upgrade/make-fixture.sh <release assembly dir> derby       <out.zip>
#   itests/upgrade/make-fixture.sh <release assembly dir> postgresql  <out.sql>
#
# The release is built from its tag in a worktree of its own, with a local repository of its own so that its
# snapshot artifacts never mix with the current ones (itests/upgrade/README.md). The script ends only the Karaf it
# started, by its PID.
set -euo pipefail
assembly=$(cd "$1" && pwd)
kind=$2
out=$(realpath -m "$3")
port=${FIXTURE_HTTP_PORT:-8391}
base="http://127.0.0.1:$port/cxf/api"
db=tiaojie_upgrade_fixture

cd "$assembly"
rm -rf data
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" etc/org.ops4j.pax.web.cfg
sed -i "s/^sshPort *=.*/sshPort = $((port + 1))/" etc/org.apache.karaf.shell.cfg
sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $((port + 2))/; s/^rmiServerPort *=.*/rmiServerPort = $((port + 3))/" \
  etc/org.apache.karaf.management.cfg
if [ "$kind" = postgresql ]; then
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  cat > etc/org.ops4j.datasource-tiaojie.cfg <<EOF
osgi.jdbc.driver.name = PostgreSQL JDBC Driver
url = jdbc:postgresql://127.0.0.1:5432/$db
user = postgres
dataSourceName = tiaojie
osgi.jndi.service.name = tiaojie
xa = true
pool = dbcp2
pool.maxTotal = 16
pool.maxWaitMillis = 30000
EOF
fi

bin/karaf daemon > /dev/null 2>&1 &
karaf=$!
trap 'kill $karaf 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health")" = 200 ] && break
  sleep 1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health")" = 200 ] || { echo "the release did not become ready" >&2; exit 1; }

call() { # user method path [body] -> body; fails on an unexpected status
  local user=$1 method=$2 path=$3 body=${4:-}
  local answer
  answer=$(curl -s -u "$user:$user" -X "$method" -H 'Content-Type: application/json' -w '\n%{http_code}' \
    ${body:+-d "$body"} "$base/v1$path")
  local status=${answer##*$'\n'}
  [[ $status == 2* ]] || { echo "$method $path as $user: $status ${answer%$'\n'*}" >&2; exit 1; }
  printf '%s' "${answer%$'\n'*}"
}
field() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
today=$(call clerk GET /clock | field "['today']")

# Cases of 青山镇: a land case taken to dispatch, its repeat, a collective wage claim, a complaint about an official,
# a redirected legal matter (offered to legal aid), and one with an idempotency key; one case of 白水乡.
land=$(call clerk POST /cases '{"township":"341122101","channel":"VISIT","category":"LAND_ACQUISITION","petitioners":[{"name":"张三","idNumber":"11010519491231002X","phone":"13812345678","address":"河西村三组"}],"content":"征地补偿款未按协议发放","demands":"按协议发放补偿款","departmentFields":{"landLocation":"河西村三组东侧"}}' | field "['caseId']")
call clerk POST "/cases/$land/steps" '{"action":"ACCEPT","serviceMethod":"IN_PERSON"}' > /dev/null
call clerk POST "/cases/$land/steps" '{"action":"DISPATCH","responsibility":{"leadUnit":"国土所","responsibleLeader":"李副镇长","handler":"赵干事","requirement":"查清补偿标准"}}' > /dev/null
call clerk POST /cases '{"township":"341122101","channel":"PHONE","category":"LAND_ACQUISITION","petitioners":[{"name":"张三","idNumber":"11010519491231002X","phone":"13812345678"}],"content":"再次反映征地补偿款问题"}' > /dev/null
call clerk POST /cases '{"township":"341122101","channel":"VISIT","category":"LABOUR_WAGES","headCount":30,"petitioners":[{"name":"王五","phone":"13900001111"},{"name":"赵六","phone":"13900002222"}],"content":"工地拖欠三十名农民工工资","demands":"支付拖欠工资"}' > /dev/null
call clerk POST /cases '{"township":"341122101","channel":"LETTER","category":"CADRE_CONDUCT","nature":"COMPLAINT_ABOUT_OFFICIAL","petitioners":[{"name":"举报人甲","phone":"13700003333"}],"content":"反映某站所负责人收受好处"}' > /dev/null
legal=$(call clerk POST /cases '{"township":"341122101","channel":"VISIT","category":"LABOUR_WAGES","nature":"LEGAL_PROCEDURE","petitioners":[{"name":"农民工乙","phone":"13600004444"}],"content":"工地拖欠工资","demands":"支付工资三万元"}' | field "['caseId']")
call clerk POST "/cases/$legal/steps" '{"action":"REDIRECT","legalRoute":"LABOUR_ARBITRATION","note":"向县劳动人事争议仲裁委员会申请仲裁"}' > /dev/null
curl -s -u clerk:clerk -H 'Content-Type: application/json' -H 'Idempotency-Key: fixture-key-0001' "$base/v1/cases" \
  -d '{"township":"341122101","channel":"ONLINE","category":"SOCIAL_ASSISTANCE","petitioners":[{"name":"钱七","phone":"13500005555"}],"content":"低保申请未获答复"}' > /dev/null
call clerk2 POST /cases '{"township":"341122102","channel":"VISIT","category":"NEIGHBOUR_FAMILY","petitioners":[{"name":"孙八","phone":"13400006666"}],"content":"邻居建房遮挡采光"}' > /dev/null

# People's mediation: a file with a session and a written agreement.
file=$(call mediator POST /mediation/people/records '{"township":"341122101","category":"NEIGHBOUR_FAMILY","partiesConsent":true,"parties":[{"name":"张甲","role":"APPLICANT","phone":"13300007777"},{"name":"李乙","role":"RESPONDENT"}],"committee":"341122101201","mediator":"M01","description":"宅基地界墙纠纷"}' | field "['id']")
call mediator POST "/mediation/people/records/$file/steps" "{\"action\":\"RECORD_SESSION\",\"session\":{\"on\":\"$today\",\"place\":\"河西村调委会\",\"participants\":\"张甲、李乙\",\"notes\":\"双方同意协商\"}}" > /dev/null
call mediator POST "/mediation/people/records/$file/steps" "{\"action\":\"AGREE\",\"agreement\":{\"form\":\"WRITTEN\",\"terms\":\"李乙后退围墙半米\",\"performBy\":\"$today\"}}" > /dev/null

# The grand-mediation centre: the land case's dispute, sent to administrative mediation by the land office.
dispute=$(call clerk POST /mediation-centre/disputes "{\"source\":\"PETITION_CASE\",\"caseId\":\"$land\",\"parties\":[{\"name\":\"村委会\",\"role\":\"RESPONDENT\"}],\"partiesConsent\":true}" | field "['id']")
call clerk POST "/mediation-centre/disputes/$dispute/dispatch" '{"channel":"ADMINISTRATIVE","mediator":"赵干事"}' > /dev/null

# Judicial mediation: a pre-filing file the court opened.
call court POST /mediation/judicial/records '{"township":"341122101","category":"NEIGHBOUR_FAMILY","stage":"PRE_FILING","partiesConsent":true,"parties":[{"name":"周甲","role":"APPLICANT"},{"name":"吴乙","role":"RESPONDENT"}],"court":"341122","mediator":"刘法官","description":"相邻通行纠纷，立案前委派调解"}' > /dev/null

# Legal aid: the redirected matter's offer completed and granted, and an application of its own.
offered=$(call legalaid GET '/legal-aid/applications?status=OFFERED' | field "['items'][0]['id']")
call legalaid POST /legal-aid/applications "{\"caseId\":\"$legal\",\"township\":\"341122101\",\"applicantName\":\"农民工乙\",\"matter\":\"WAGES_AND_EMPLOYMENT\",\"exemption\":\"MIGRANT_WORKER\",\"description\":\"申请劳动仲裁代理\"}" > /dev/null
call legalaid POST "/legal-aid/applications/$offered/steps" '{"action":"GRANT"}' > /dev/null
call legalaid POST /legal-aid/applications '{"township":"341122101","applicantName":"申请人丙","matter":"MAINTENANCE","monthlyIncomePerCapita":800,"description":"追索抚养费"}' > /dev/null

kill "$karaf"
wait "$karaf" 2>/dev/null || true
trap - EXIT

case "$kind" in
  derby)
    (cd data/tiaojie && rm -f "$out" && zip -qr "$out" derby)
    ;;
  postgresql)
    # Plain SQL that a JDBC statement runs: without psql's \restrict guard lines.
    pg_dump -h 127.0.0.1 -U postgres --no-owner --no-privileges --inserts "$db" | grep -v '^\\' > "$out"
    psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE $db"
    ;;
esac
echo "wrote $out"
