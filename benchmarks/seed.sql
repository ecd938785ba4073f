-- Seeds :n cases into a database the platform has been running on, by copying cases the product itself wrote
-- (the first 1,000 of township 341122101, with their petitioners and first audit entry) under new identities:
-- new ids, case numbers and query codes, spread over the three demo townships and the three years before the
-- current one (so the counters of the current year are untouched), with the registration times spread over each year.
-- Run by benchmarks/run:  psql -v n=1000000 -f benchmarks/seed.sql
\set ON_ERROR_STOP on
SET synchronous_commit = off;
CREATE TEMP TABLE tmpl AS
  SELECT row_number() OVER (ORDER BY case_number) - 1 AS rn, c.*
  FROM tj_case c WHERE c.township = '341122101' ORDER BY c.case_number LIMIT 1000;
SELECT count(*) AS templates FROM tmpl \gset
CREATE TEMP TABLE seed AS
  SELECT g,
         md5('seed-case-' || g)::uuid::text AS id,
         (ARRAY['341122101', '341122102', '341122103'])[g % 3 + 1] AS township,
         extract(year FROM now())::int - 3 + (g / 3) % 3 AS yr,
         g / 9 + 1 AS seq,
         g % :templates AS rn
  FROM generate_series(0, :n - 1) g;
INSERT INTO tj_case (id, case_number, category, petition_form, content, demands, department, due_date, head_count,
                     idempotency_key, lifecycle, nature, prior_level, query_code, registered_at, registered_by,
                     repeat_count, routing_state, source, status, township, updated_at, version)
SELECT s.id, s.township || '-' || s.yr || '-' || lpad(s.seq::text, 6, '0'), t.category, t.petition_form, t.content,
       t.demands, t.department, t.due_date, t.head_count, NULL, t.lifecycle, t.nature, t.prior_level,
       upper(substr(md5('seed-query-' || s.g), 1, 19)),
       make_timestamp(s.yr, 1, 1, 0, 0, 0) + (s.seq * interval '283 seconds'), t.registered_by, 0, t.routing_state,
       t.source, t.status, s.township, make_timestamp(s.yr, 1, 1, 0, 0, 0) + (s.seq * interval '283 seconds'), 1
FROM seed s JOIN tmpl t ON t.rn = s.rn;
INSERT INTO tj_case_petitioner (case_id, address, id_number, name, phone, village, ordinal, name_pinyin)
SELECT s.id, p.address, '110105' || lpad((s.g % 100000000000)::text, 11, '0') || 'X', p.name,
       '18' || lpad((s.g % 1000000000)::text, 9, '0'), p.village, p.ordinal, p.name_pinyin
FROM seed s JOIN tmpl t ON t.rn = s.rn JOIN tj_case_petitioner p ON p.case_id = t.id;
INSERT INTO tj_case_field (case_id, field_key, field_value)
SELECT s.id, f.field_key, f.field_value FROM seed s JOIN tmpl t ON t.rn = s.rn JOIN tj_case_field f ON f.case_id = t.id;
INSERT INTO tj_audit (action_name, actor, after_state, recorded_at, before_state, case_id, real_at)
SELECT a.action_name, a.actor, a.after_state, make_timestamp(s.yr, 1, 1, 0, 0, 0) + (s.seq * interval '283 seconds'),
       a.before_state, s.id, NULL
FROM seed s JOIN tmpl t ON t.rn = s.rn
JOIN tj_audit a ON a.case_id = t.id AND a.seq = (SELECT min(seq) FROM tj_audit WHERE case_id = t.id);
-- The counters of the seeded years, so that a registration dated in one of them would go on without a gap.
INSERT INTO tj_case_counter (id, next_value)
SELECT township || '/' || yr, max(seq) + 1 FROM seed GROUP BY township, yr
ON CONFLICT (id) DO UPDATE SET next_value = greatest(tj_case_counter.next_value, excluded.next_value);
ANALYZE;
SELECT count(*) AS cases FROM tj_case;
