-- What one registration writes at the least, for pgbench: a case row and an audit row shaped like TJ_CASE and
-- TJ_AUDIT (same columns that matter, same indexes), and a township's counter row.
CREATE TABLE bench_case (
    id varchar(36) PRIMARY KEY, case_number varchar(40) NOT NULL UNIQUE, query_code varchar(32) NOT NULL UNIQUE,
    township varchar(20) NOT NULL, channel varchar(16) NOT NULL, source varchar(40) NOT NULL,
    category varchar(64) NOT NULL, status varchar(32) NOT NULL, routing_state varchar(32) NOT NULL,
    content varchar(8000) NOT NULL, lifecycle text, registered_at timestamp NOT NULL, registered_by varchar(64) NOT NULL,
    updated_at timestamp NOT NULL, version bigint);
CREATE INDEX ON bench_case (township, registered_at, case_number);
CREATE INDEX ON bench_case (registered_at, case_number);
CREATE INDEX ON bench_case (routing_state, township, category);
CREATE INDEX ON bench_case (status);
CREATE TABLE bench_audit (
    seq bigserial PRIMARY KEY, case_id varchar(36) NOT NULL, action_name varchar(40) NOT NULL, actor varchar(64) NOT NULL,
    after_state text, recorded_at timestamp NOT NULL);
CREATE INDEX ON bench_audit (case_id, seq);
CREATE TABLE bench_counter (id varchar(40) PRIMARY KEY, next_value bigint NOT NULL);
INSERT INTO bench_counter VALUES ('341122101/2026', 1);
