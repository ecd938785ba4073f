-- The same with the gapless number of one township taken under its counter row's lock, as the platform takes it:
-- what one township's registrations can reach at most, since they take turns on that row until each commits.
\set n random(1, 2000000000)
BEGIN;
UPDATE bench_counter SET next_value = next_value + 1 WHERE id = '341122101/2026';
INSERT INTO bench_case VALUES (md5(:n || '-' || :client_id || clock_timestamp()), md5('n' || :n || clock_timestamp()),
    md5('q' || :n || clock_timestamp()), '341122101', 'VISIT', 'DIRECT', 'LABOUR_WAGES', 'REGISTERED', 'UNROUTED',
    '工地拖欠工资，请求协调支付', '{"stepsPassed":[{"status":"REGISTERED","on":"2026-12-03"}]}', now(), 'clerk', now(), 1);
INSERT INTO bench_audit (case_id, action_name, actor, after_state, recorded_at)
    VALUES (md5(:n::text), 'REGISTERED', 'clerk', '{"status":"REGISTERED","caseNumber":"341122101-2026-000001"}', now());
COMMIT;
