-- One case row and one audit row in one transaction (no numbering): PostgreSQL's own rate for a registration.
\set n random(1, 2000000000)
BEGIN;
INSERT INTO bench_case VALUES (md5(:n || '-' || :client_id || clock_timestamp()), md5('n' || :n || clock_timestamp()),
    md5('q' || :n || clock_timestamp()), '341122101', 'VISIT', 'DIRECT', 'LABOUR_WAGES', 'REGISTERED', 'UNROUTED',
    '工地拖欠工资，请求协调支付', '{"stepsPassed":[{"status":"REGISTERED","on":"2026-12-03"}]}', now(), 'clerk', now(), 1);
INSERT INTO bench_audit (case_id, action_name, actor, after_state, recorded_at)
    VALUES (md5(:n::text), 'REGISTERED', 'clerk', '{"status":"REGISTERED","caseNumber":"341122101-2026-000001"}', now());
COMMIT;
