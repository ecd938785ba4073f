--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: tj_am_counter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tj_am_counter (
    year_value integer NOT NULL,
    next_value bigint NOT NULL,
    version bigint
);


--
-- Name: tj_am_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tj_am_history (
    seq bigint NOT NULL,
    action_name character varying(32) NOT NULL,
    actor character varying(64) NOT NULL,
    recorded_at timestamp without time zone NOT NULL,
    note character varying(500),
    record_id character varying(36) NOT NULL
);


--
-- Name: tj_am_history_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tj_am_history_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tj_am_history_seq_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tj_am_history_seq_seq OWNED BY public.tj_am_history.seq;


--
-- Name: tj_am_record; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tj_am_record (
    id character varying(36) NOT NULL,
    body_code character varying(20) NOT NULL,
    case_id character varying(36),
    category character varying(64) NOT NULL,
    content text,
    created_at timestamp without time zone NOT NULL,
    effective_on date,
    escalated_from character varying(64),
    extension_days integer,
    mark_on date,
    mediator character varying(64) NOT NULL,
    non_public boolean,
    number character varying(20) NOT NULL,
    opened_on date NOT NULL,
    stage character varying(24),
    status character varying(24) NOT NULL,
    township character varying(20) NOT NULL,
    version bigint
);


--
-- Name: tj_audit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tj_audit (
    seq bigint NOT NULL,
    action_name character varying(40) NOT NULL,
    actor character varying(64) NOT NULL,
    after_state character varying(4000),
    recorded_at timestamp without time zone NOT NULL,
    before_state character varying(4000),
    case_id character varying(36) NOT NULL,
    real_at timestamp without time zone
);


--
-- Name: tj_audit_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tj_audit_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tj_audit_seq_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tj_audit_seq_seq OWNED BY public.tj_audit.seq;


--
-- Name: tj_case; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tj_case (
    id character varying(36) NOT NULL,
    case_number character varying(40) NOT NULL,
    category character varying(64) NOT NULL,
    channel character varying(16) NOT NULL,
    content character varying(8000) NOT NULL,
    demands character varying(2000),
    department character varying(64),
    due_date date,
    head_count integer,
    idempotency_key character varying(64),
    lifecycle text,
    nature character varying(32),
    prior_level character varying(16),
    query_code character varying(32) NOT NULL,
    registered_at timestamp without time zone NOT NULL,
    registered_by character varying(64) NOT NULL,
    repeat_count integer,
    routing_state character varying(32) NOT NULL,
    source character varying(40) NOT NULL,
    status character varying(32) NOT NULL,
    township character varying(20) NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    version bigint
);


--
-- Name: tj_case_counter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tj_case_counter (
    id character varying(40) NOT NULL,
    next_value bigint NOT NULL,
    version bigint
);


--
-- Name: tj_case_field; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tj_case_field (
    case_id character varying(36),
    field_key character varying(64) NOT NULL,
    field_value character varying(500)
);


--
-- Name: tj_case_petitioner; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tj_case_petitioner (
    case_id character varying(36),
    address character varying(200),
    id_number character varying(18),
    name character varying(50) NOT NULL,
    phone character varying(20),
    village character varying(20),
    ordinal integer
);


--
-- Name: tj_idempotency_key; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tj_idempotency_key (
    key_value character varying(64) NOT NULL,
    case_id character varying(36) NOT NULL,
    repeat_id character varying(36)
);


--
-- Name: tj_jm_counter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tj_jm_counter (
    year_value integer NOT NULL,
    next_value bigint NOT NULL,
    version bigint
);


--
-- Name: tj_jm_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tj_jm_history (
    seq bigint NOT NULL,
    action_name character varying(32) NOT NULL,
    actor character varying(64) NOT NULL,
    recorded_at timestamp without time zone NOT NULL,
    note character varying(500),
    record_id character varying(36) NOT NULL
);


--
-- Name: tj_jm_history_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tj_jm_history_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tj_jm_history_seq_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tj_jm_history_seq_seq OWNED BY public.tj_jm_history.seq;


--
-- Name: tj_jm_record; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tj_jm_record (
    id character varying(36) NOT NULL,
    body_code character varying(20) NOT NULL,
    case_id character varying(36),
    category character varying(64) NOT NULL,
    content text,
    created_at timestamp without time zone NOT NULL,
    effective_on date,
    escalated_from character varying(64),
    extension_days integer,
    mark_on date,
    mediator character varying(64) NOT NULL,
    non_public boolean,
    number character varying(20) NOT NULL,
    opened_on date NOT NULL,
    stage character varying(24),
    status character varying(24) NOT NULL,
    township character varying(20) NOT NULL,
    version bigint
);


--
-- Name: tj_la_application; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tj_la_application (
    id character varying(36) NOT NULL,
    applicant_id_number character varying(18),
    applicant_name character varying(50),
    applicant_phone character varying(20),
    assigned_on date,
    case_id character varying(36),
    case_number character varying(40),
    created_at timestamp without time zone NOT NULL,
    decided boolean,
    decided_on date,
    description character varying(4000),
    eligible boolean,
    exemption character varying(32),
    lawyer_id character varying(20),
    matter character varying(32),
    means_test character varying(300),
    missing_materials character varying(2000),
    income numeric,
    number character varying(20) NOT NULL,
    objected_on date,
    objection character varying(2000),
    objection_decision character varying(2000),
    outcome character varying(2000),
    received_on date,
    refusal_reason character varying(2000),
    status character varying(24) NOT NULL,
    township character varying(20) NOT NULL,
    urgent boolean,
    version bigint
);


--
-- Name: tj_la_counter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tj_la_counter (
    year_value integer NOT NULL,
    next_value bigint NOT NULL,
    version bigint
);


--
-- Name: tj_la_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tj_la_history (
    seq bigint NOT NULL,
    action_name character varying(32) NOT NULL,
    actor character varying(64) NOT NULL,
    application_id character varying(36) NOT NULL,
    recorded_at timestamp without time zone NOT NULL,
    note character varying(2000)
);


--
-- Name: tj_la_history_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tj_la_history_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tj_la_history_seq_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tj_la_history_seq_seq OWNED BY public.tj_la_history.seq;


--
-- Name: tj_mc_counter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tj_mc_counter (
    year_value integer NOT NULL,
    next_value bigint NOT NULL,
    version bigint
);


--
-- Name: tj_mc_dispute; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tj_mc_dispute (
    id character varying(36) NOT NULL,
    case_id character varying(36),
    category character varying(64) NOT NULL,
    content text,
    number character varying(20) NOT NULL,
    source character varying(16) NOT NULL,
    status character varying(24) NOT NULL,
    taken_in_at timestamp without time zone NOT NULL,
    township character varying(20) NOT NULL,
    version bigint
);


--
-- Name: tj_mc_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tj_mc_history (
    seq bigint NOT NULL,
    action_name character varying(32) NOT NULL,
    actor character varying(64) NOT NULL,
    recorded_at timestamp without time zone NOT NULL,
    note character varying(500),
    record_id character varying(36) NOT NULL
);


--
-- Name: tj_mc_history_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tj_mc_history_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tj_mc_history_seq_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tj_mc_history_seq_seq OWNED BY public.tj_mc_history.seq;


--
-- Name: tj_pm_counter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tj_pm_counter (
    year_value integer NOT NULL,
    next_value bigint NOT NULL,
    version bigint
);


--
-- Name: tj_pm_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tj_pm_history (
    seq bigint NOT NULL,
    action_name character varying(32) NOT NULL,
    actor character varying(64) NOT NULL,
    recorded_at timestamp without time zone NOT NULL,
    note character varying(500),
    record_id character varying(36) NOT NULL
);


--
-- Name: tj_pm_history_seq_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tj_pm_history_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tj_pm_history_seq_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tj_pm_history_seq_seq OWNED BY public.tj_pm_history.seq;


--
-- Name: tj_pm_record; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tj_pm_record (
    id character varying(36) NOT NULL,
    body_code character varying(20) NOT NULL,
    case_id character varying(36),
    category character varying(64) NOT NULL,
    content text,
    created_at timestamp without time zone NOT NULL,
    effective_on date,
    escalated_from character varying(64),
    extension_days integer,
    mark_on date,
    mediator character varying(64) NOT NULL,
    non_public boolean,
    number character varying(20) NOT NULL,
    opened_on date NOT NULL,
    stage character varying(24),
    status character varying(24) NOT NULL,
    township character varying(20) NOT NULL,
    version bigint
);


--
-- Name: tj_repeat; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tj_repeat (
    id character varying(36) NOT NULL,
    case_id character varying(36) NOT NULL,
    channel character varying(16) NOT NULL,
    content character varying(8000) NOT NULL,
    demands character varying(2000),
    head_count integer NOT NULL,
    prior_level character varying(16),
    received_at timestamp without time zone NOT NULL,
    received_by character varying(64) NOT NULL,
    source character varying(40) NOT NULL
);


--
-- Name: tj_am_history seq; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_am_history ALTER COLUMN seq SET DEFAULT nextval('public.tj_am_history_seq_seq'::regclass);


--
-- Name: tj_audit seq; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_audit ALTER COLUMN seq SET DEFAULT nextval('public.tj_audit_seq_seq'::regclass);


--
-- Name: tj_jm_history seq; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_jm_history ALTER COLUMN seq SET DEFAULT nextval('public.tj_jm_history_seq_seq'::regclass);


--
-- Name: tj_la_history seq; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_la_history ALTER COLUMN seq SET DEFAULT nextval('public.tj_la_history_seq_seq'::regclass);


--
-- Name: tj_mc_history seq; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_mc_history ALTER COLUMN seq SET DEFAULT nextval('public.tj_mc_history_seq_seq'::regclass);


--
-- Name: tj_pm_history seq; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_pm_history ALTER COLUMN seq SET DEFAULT nextval('public.tj_pm_history_seq_seq'::regclass);


--
-- Data for Name: tj_am_counter; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tj_am_counter VALUES (2026, 2, 1);


--
-- Data for Name: tj_am_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tj_am_history VALUES (1, 'OPENED', 'clerk', '2026-12-03 06:51:35.004', NULL, '97059040-9265-468a-8c10-0213fc910aba');


--
-- Data for Name: tj_am_record; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tj_am_record VALUES ('97059040-9265-468a-8c10-0213fc910aba', 'land', '01a6b743-be99-43da-83bb-78e2350d2e33', 'LAND_ACQUISITION', '{"parties":[{"name":"张三","role":"APPLICANT","phone":null},{"name":"村委会","role":"RESPONDENT","phone":null}],"description":"征地补偿款未按协议发放","courtCaseNumber":null,"simpleProcedure":false,"sessions":[],"agreement":null,"courtDocument":null,"outcomeNote":null,"extensions":[]}', '2026-12-03 06:51:34.915', NULL, NULL, 0, NULL, '赵干事', false, 'XT-2026-0001', '2026-12-03', 'LAND', 'APPLIED', '341122101', 1);


--
-- Data for Name: tj_audit; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tj_audit VALUES (1, 'REGISTERED', 'clerk', '{"caseNumber":"341122101-2026-000001","category":"LAND_ACQUISITION","channel":"VISIT","department":"land","headCount":1,"nature":"REQUEST","petitioners":1,"receivedOn":"2026-12-03","routingState":"ROUTED","source":"DIRECT","status":"REGISTERED","township":"341122101"}', '2026-12-03 06:51:31.933', NULL, '01a6b743-be99-43da-83bb-78e2350d2e33', NULL);
INSERT INTO public.tj_audit VALUES (2, 'ACCEPT', 'clerk', '{"method":"IN_PERSON","on":"2026-12-03","status":"ACCEPTED"}', '2026-12-03 06:51:32.441', '{"status":"REGISTERED"}', '01a6b743-be99-43da-83bb-78e2350d2e33', NULL);
INSERT INTO public.tj_audit VALUES (3, 'DISPATCH', 'clerk', '{"handler":"赵干事","leadUnit":"国土所","on":"2026-12-03","responsibleLeader":"李副镇长","status":"DISPATCHED"}', '2026-12-03 06:51:32.525', '{"status":"ACCEPTED"}', '01a6b743-be99-43da-83bb-78e2350d2e33', NULL);
INSERT INTO public.tj_audit VALUES (4, 'REPEAT_LINKED', 'clerk', '{"channel":"PHONE","headCount":1,"repeatCount":1,"source":"DIRECT"}', '2026-12-03 06:51:32.599', '{"repeatCount":0}', '01a6b743-be99-43da-83bb-78e2350d2e33', NULL);
INSERT INTO public.tj_audit VALUES (5, 'REGISTERED', 'clerk', '{"caseNumber":"341122101-2026-000002","category":"LABOUR_WAGES","channel":"VISIT","department":null,"headCount":30,"nature":"REQUEST","petitioners":2,"receivedOn":"2026-12-03","routingState":"UNROUTED","source":"DIRECT","status":"REGISTERED","township":"341122101"}', '2026-12-03 06:51:32.677', NULL, 'b7c4c01c-adc6-4c26-898a-8d3ac4f8f3cc', NULL);
INSERT INTO public.tj_audit VALUES (6, 'REGISTERED', 'clerk', '{"caseNumber":"341122101-2026-000003","category":"CADRE_CONDUCT","channel":"LETTER","department":null,"headCount":1,"nature":"COMPLAINT_ABOUT_OFFICIAL","petitioners":1,"receivedOn":"2026-12-03","routingState":"WITHHELD","source":"DIRECT","status":"REGISTERED","township":"341122101"}', '2026-12-03 06:51:32.739', NULL, '24a11be5-ac75-4b33-97d8-ca56a91bf488', NULL);
INSERT INTO public.tj_audit VALUES (7, 'REGISTERED', 'clerk', '{"caseNumber":"341122101-2026-000004","category":"LABOUR_WAGES","channel":"VISIT","department":null,"headCount":1,"nature":"LEGAL_PROCEDURE","petitioners":1,"receivedOn":"2026-12-03","routingState":"UNROUTED","source":"DIRECT","status":"REGISTERED","township":"341122101"}', '2026-12-03 06:51:32.873', NULL, '292c1a6b-3db3-4d59-b309-78668c963de7', NULL);
INSERT INTO public.tj_audit VALUES (8, 'REDIRECT', 'clerk', '{"legalRoute":"LABOUR_ARBITRATION","note":"向县劳动人事争议仲裁委员会申请仲裁","on":"2026-12-03","status":"REDIRECTED"}', '2026-12-03 06:51:33.322', '{"status":"REGISTERED"}', '292c1a6b-3db3-4d59-b309-78668c963de7', NULL);
INSERT INTO public.tj_audit VALUES (9, 'LEGAL_AID_OFFERED', 'clerk', '{"legalAidOffer":"FY-2026-0001"}', '2026-12-03 06:51:33.4', NULL, '292c1a6b-3db3-4d59-b309-78668c963de7', NULL);
INSERT INTO public.tj_audit VALUES (10, 'REGISTERED', 'clerk', '{"caseNumber":"341122101-2026-000005","category":"SOCIAL_ASSISTANCE","channel":"ONLINE","department":null,"headCount":1,"nature":"REQUEST","petitioners":1,"receivedOn":"2026-12-03","routingState":"UNROUTED","source":"DIRECT","status":"REGISTERED","township":"341122101"}', '2026-12-03 06:51:33.445', NULL, '5288c25c-dbf1-4e15-ad45-4c9a7fcf4cc4', NULL);
INSERT INTO public.tj_audit VALUES (11, 'REGISTERED', 'clerk2', '{"caseNumber":"341122102-2026-000001","category":"NEIGHBOUR_FAMILY","channel":"VISIT","department":null,"headCount":1,"nature":"REQUEST","petitioners":1,"receivedOn":"2026-12-03","routingState":"UNROUTED","source":"DIRECT","status":"REGISTERED","township":"341122102"}', '2026-12-03 06:51:33.5', NULL, '18c81ae2-d9ec-4de9-81f6-98e925576d53', NULL);
INSERT INTO public.tj_audit VALUES (12, 'SHARED', 'clerk', '{"module":"mediation-centre"}', '2026-12-03 06:51:34.381', NULL, '01a6b743-be99-43da-83bb-78e2350d2e33', NULL);
INSERT INTO public.tj_audit VALUES (13, 'SHARED', 'clerk', '{"module":"mediation-administrative"}', '2026-12-03 06:51:34.944', NULL, '01a6b743-be99-43da-83bb-78e2350d2e33', NULL);
INSERT INTO public.tj_audit VALUES (14, 'SHARED', 'legalaid', '{"module":"legal-aid"}', '2026-12-03 06:51:35.593', NULL, '292c1a6b-3db3-4d59-b309-78668c963de7', NULL);


--
-- Data for Name: tj_case; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tj_case VALUES ('01a6b743-be99-43da-83bb-78e2350d2e33', '341122101-2026-000001', 'LAND_ACQUISITION', 'VISIT', '征地补偿款未按协议发放', '按协议发放补偿款', 'land', '2027-02-01', 1, NULL, '{"registeredOn":"2026-12-03","nature":"REQUEST","acceptedOn":"2026-12-03","noticeMethod":"IN_PERSON","dispatchedOn":"2026-12-03","responsibility":{"leadUnit":"国土所","cooperatingUnits":[],"responsibleLeader":"李副镇长","handler":"赵干事","supervisingUnit":null,"requirement":"查清补偿标准","handlingClass":null},"declined":false,"sharedWith":["mediation-centre","mediation-administrative"],"stages":[{"status":"REGISTERED","action":null,"on":"2026-12-03","by":"clerk"},{"status":"ACCEPTED","action":"ACCEPT","on":"2026-12-03","by":"clerk"},{"status":"DISPATCHED","action":"DISPATCH","on":"2026-12-03","by":"clerk"}]}', 'REQUEST', NULL, '6G50-B367-H45Q-PNP5', '2026-12-03 06:51:31.933', 'clerk', 1, 'ROUTED', 'DIRECT', 'DISPATCHED', '341122101', '2026-12-03 06:51:32.599', 6);
INSERT INTO public.tj_case VALUES ('292c1a6b-3db3-4d59-b309-78668c963de7', '341122101-2026-000004', 'LABOUR_WAGES', 'VISIT', '工地拖欠工资', '支付工资三万元', NULL, NULL, 1, NULL, '{"registeredOn":"2026-12-03","nature":"LEGAL_PROCEDURE","declined":false,"legalRoute":"LABOUR_ARBITRATION","routeWarning":"已告知信访人通过劳动争议仲裁途径解决；仲裁时效期间为1年，自知道或者应当知道其权利被侵害之日起计算，信访不中止该期限。指引：向县劳动人事争议仲裁委员会申请仲裁","legalAidOffer":"FY-2026-0001","sharedWith":["legal-aid"],"stages":[{"status":"REGISTERED","action":null,"on":"2026-12-03","by":"clerk"},{"status":"REDIRECTED","action":"REDIRECT","on":"2026-12-03","by":"clerk"}]}', 'LEGAL_PROCEDURE', NULL, 'N7YV-0WEH-3AW5-PWM6', '2026-12-03 06:51:32.873', 'clerk', NULL, 'UNROUTED', 'DIRECT', 'REDIRECTED', '341122101', '2026-12-03 06:51:33.4', 4);
INSERT INTO public.tj_case VALUES ('b7c4c01c-adc6-4c26-898a-8d3ac4f8f3cc', '341122101-2026-000002', 'LABOUR_WAGES', 'VISIT', '工地拖欠三十名农民工工资', '支付拖欠工资', NULL, '2026-12-18', 30, NULL, '{"registeredOn":"2026-12-03","nature":"REQUEST","declined":false,"sharedWith":[],"stages":[{"status":"REGISTERED","action":null,"on":"2026-12-03","by":"clerk"}]}', 'REQUEST', NULL, 'SKQ2-KNYP-Z4HF-90H2', '2026-12-03 06:51:32.677', 'clerk', NULL, 'UNROUTED', 'DIRECT', 'REGISTERED', '341122101', '2026-12-03 06:51:32.677', 1);
INSERT INTO public.tj_case VALUES ('24a11be5-ac75-4b33-97d8-ca56a91bf488', '341122101-2026-000003', 'CADRE_CONDUCT', 'LETTER', '反映某站所负责人收受好处', NULL, NULL, '2026-12-18', 1, NULL, '{"registeredOn":"2026-12-03","nature":"COMPLAINT_ABOUT_OFFICIAL","declined":false,"sharedWith":[],"stages":[{"status":"REGISTERED","action":null,"on":"2026-12-03","by":"clerk"}]}', 'COMPLAINT_ABOUT_OFFICIAL', NULL, '8FHN-1NMC-FVEX-TB7H', '2026-12-03 06:51:32.739', 'clerk', NULL, 'WITHHELD', 'DIRECT', 'REGISTERED', '341122101', '2026-12-03 06:51:32.739', 1);
INSERT INTO public.tj_case VALUES ('5288c25c-dbf1-4e15-ad45-4c9a7fcf4cc4', '341122101-2026-000005', 'SOCIAL_ASSISTANCE', 'ONLINE', '低保申请未获答复', NULL, NULL, '2026-12-18', 1, 'fixture-key-0001', '{"registeredOn":"2026-12-03","nature":"REQUEST","declined":false,"sharedWith":[],"stages":[{"status":"REGISTERED","action":null,"on":"2026-12-03","by":"clerk"}]}', 'REQUEST', NULL, 'MC74-ARXM-6QDR-AFDD', '2026-12-03 06:51:33.445', 'clerk', NULL, 'UNROUTED', 'DIRECT', 'REGISTERED', '341122101', '2026-12-03 06:51:33.445', 1);
INSERT INTO public.tj_case VALUES ('18c81ae2-d9ec-4de9-81f6-98e925576d53', '341122102-2026-000001', 'NEIGHBOUR_FAMILY', 'VISIT', '邻居建房遮挡采光', NULL, NULL, '2026-12-18', 1, NULL, '{"registeredOn":"2026-12-03","nature":"REQUEST","declined":false,"sharedWith":[],"stages":[{"status":"REGISTERED","action":null,"on":"2026-12-03","by":"clerk2"}]}', 'REQUEST', NULL, 'Z1YJ-W85H-674Q-PC80', '2026-12-03 06:51:33.5', 'clerk2', NULL, 'UNROUTED', 'DIRECT', 'REGISTERED', '341122102', '2026-12-03 06:51:33.5', 1);


--
-- Data for Name: tj_case_counter; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tj_case_counter VALUES ('341122101/2026', 6, 5);
INSERT INTO public.tj_case_counter VALUES ('341122102/2026', 2, 1);


--
-- Data for Name: tj_case_field; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tj_case_field VALUES ('01a6b743-be99-43da-83bb-78e2350d2e33', 'landLocation', '河西村三组东侧');


--
-- Data for Name: tj_case_petitioner; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tj_case_petitioner VALUES ('01a6b743-be99-43da-83bb-78e2350d2e33', '河西村三组', '11010519491231002X', '张三', '13812345678', NULL, 0);
INSERT INTO public.tj_case_petitioner VALUES ('b7c4c01c-adc6-4c26-898a-8d3ac4f8f3cc', NULL, NULL, '王五', '13900001111', NULL, 0);
INSERT INTO public.tj_case_petitioner VALUES ('b7c4c01c-adc6-4c26-898a-8d3ac4f8f3cc', NULL, NULL, '赵六', '13900002222', NULL, 1);
INSERT INTO public.tj_case_petitioner VALUES ('24a11be5-ac75-4b33-97d8-ca56a91bf488', NULL, NULL, '举报人甲', '13700003333', NULL, 0);
INSERT INTO public.tj_case_petitioner VALUES ('292c1a6b-3db3-4d59-b309-78668c963de7', NULL, NULL, '农民工乙', '13600004444', NULL, 0);
INSERT INTO public.tj_case_petitioner VALUES ('5288c25c-dbf1-4e15-ad45-4c9a7fcf4cc4', NULL, NULL, '钱七', '13500005555', NULL, 0);
INSERT INTO public.tj_case_petitioner VALUES ('18c81ae2-d9ec-4de9-81f6-98e925576d53', NULL, NULL, '孙八', '13400006666', NULL, 0);


--
-- Data for Name: tj_idempotency_key; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tj_idempotency_key VALUES ('fixture-key-0001', '5288c25c-dbf1-4e15-ad45-4c9a7fcf4cc4', NULL);


--
-- Data for Name: tj_jm_counter; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tj_jm_counter VALUES (2026, 2, 1);


--
-- Data for Name: tj_jm_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tj_jm_history VALUES (1, 'OPENED', 'court', '2026-12-03 06:51:35.104', NULL, '4d5975e6-87b2-4951-9e98-8b0faea23fb2');


--
-- Data for Name: tj_jm_record; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tj_jm_record VALUES ('4d5975e6-87b2-4951-9e98-8b0faea23fb2', '341122', NULL, 'NEIGHBOUR_FAMILY', '{"parties":[{"name":"周甲","role":"APPLICANT","phone":null},{"name":"吴乙","role":"RESPONDENT","phone":null}],"description":"相邻通行纠纷，立案前委派调解","courtCaseNumber":null,"simpleProcedure":false,"sessions":[],"agreement":null,"courtDocument":null,"outcomeNote":null,"extensions":[]}', '2026-12-03 06:51:35.085', NULL, NULL, 0, NULL, '刘法官', false, 'ST-2026-0001', '2026-12-03', 'PRE_FILING', 'OPEN', '341122101', 1);


--
-- Data for Name: tj_la_application; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tj_la_application VALUES ('dbc1e339-44a6-4433-97f8-e4d6a4f55a33', NULL, '农民工乙', NULL, NULL, '292c1a6b-3db3-4d59-b309-78668c963de7', '341122101-2026-000004', '2026-12-03 06:51:33.381', true, '2026-12-03', '申请劳动仲裁代理', true, 'MIGRANT_WORKER', NULL, 'WAGES_AND_EMPLOYMENT', 'NOT_APPLICABLE: MIGRANT_WORKER (法律援助法第四十二条)', NULL, NULL, 'FY-2026-0001', NULL, NULL, NULL, NULL, '2026-12-03', NULL, 'GRANTED', '341122101', false, 3);
INSERT INTO public.tj_la_application VALUES ('44b48991-1971-4bf1-a201-090572408951', NULL, '申请人丙', NULL, NULL, NULL, NULL, '2026-12-03 06:51:35.717', false, NULL, '追索抚养费', true, NULL, NULL, 'MAINTENANCE', 'PASSED: 800 yuan per person and month against the local standard of 1200', NULL, 800, 'FY-2026-0002', NULL, NULL, NULL, NULL, '2026-12-03', NULL, 'RECEIVED', '341122101', false, 1);


--
-- Data for Name: tj_la_counter; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tj_la_counter VALUES (2026, 3, 2);


--
-- Data for Name: tj_la_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tj_la_history VALUES (1, 'OFFERED', 'system', 'dbc1e339-44a6-4433-97f8-e4d6a4f55a33', '2026-12-03 06:51:33.381', '341122101-2026-000004');
INSERT INTO public.tj_la_history VALUES (2, 'APPLIED', 'legalaid', 'dbc1e339-44a6-4433-97f8-e4d6a4f55a33', '2026-12-03 06:51:35.604', 'NOT_APPLICABLE: MIGRANT_WORKER (法律援助法第四十二条)');
INSERT INTO public.tj_la_history VALUES (3, 'GRANT', 'legalaid', 'dbc1e339-44a6-4433-97f8-e4d6a4f55a33', '2026-12-03 06:51:35.662', NULL);
INSERT INTO public.tj_la_history VALUES (4, 'APPLIED', 'legalaid', '44b48991-1971-4bf1-a201-090572408951', '2026-12-03 06:51:35.717', 'PASSED: 800 yuan per person and month against the local standard of 1200');


--
-- Data for Name: tj_mc_counter; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tj_mc_counter VALUES (2026, 2, 1);


--
-- Data for Name: tj_mc_dispute; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tj_mc_dispute VALUES ('6a29e38c-4ec3-46e5-9b7c-984684058aed', '01a6b743-be99-43da-83bb-78e2350d2e33', 'LAND_ACQUISITION', '{"reference":null,"parties":[{"name":"张三","role":"APPLICANT","phone":null},{"name":"村委会","role":"RESPONDENT","phone":null}],"description":"征地补偿款未按协议发放","partiesConsent":true,"courtCaseExists":false,"attempts":[{"channel":"ADMINISTRATIVE","stage":"LAND","recordId":"97059040-9265-468a-8c10-0213fc910aba","recordNumber":"XT-2026-0001","status":"APPLIED","live":true,"dueOn":"2026-12-10","overdue":false,"calendarWarning":null,"sentAt":"2026-12-03T06:51:35.021765992Z"}],"legalRoute":null}', 'DJ-2026-0001', 'PETITION_CASE', 'IN_MEDIATION', '2026-12-03 06:51:34.463', '341122101', 2);


--
-- Data for Name: tj_mc_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tj_mc_history VALUES (1, 'TAKEN_IN', 'clerk', '2026-12-03 06:51:34.469', NULL, '6a29e38c-4ec3-46e5-9b7c-984684058aed');
INSERT INTO public.tj_mc_history VALUES (2, 'DISPATCHED:ADMINISTRATIVE', 'clerk', '2026-12-03 06:51:35.022', NULL, '6a29e38c-4ec3-46e5-9b7c-984684058aed');


--
-- Data for Name: tj_pm_counter; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tj_pm_counter VALUES (2026, 2, 1);


--
-- Data for Name: tj_pm_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tj_pm_history VALUES (1, 'OPENED', 'mediator', '2026-12-03 06:51:33.655', NULL, 'bd58f97f-91b2-4235-8acd-93da9c847204');
INSERT INTO public.tj_pm_history VALUES (2, 'RECORD_SESSION', 'mediator', '2026-12-03 06:51:34.198', NULL, 'bd58f97f-91b2-4235-8acd-93da9c847204');
INSERT INTO public.tj_pm_history VALUES (3, 'AGREE', 'mediator', '2026-12-03 06:51:34.24', NULL, 'bd58f97f-91b2-4235-8acd-93da9c847204');


--
-- Data for Name: tj_pm_record; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tj_pm_record VALUES ('bd58f97f-91b2-4235-8acd-93da9c847204', '341122101201', NULL, 'NEIGHBOUR_FAMILY', '{"parties":[{"name":"张甲","role":"APPLICANT","phone":"13300007777"},{"name":"李乙","role":"RESPONDENT","phone":null}],"description":"宅基地界墙纠纷","courtCaseNumber":null,"simpleProcedure":false,"sessions":[{"on":"2026-12-03","place":"河西村调委会","participants":"张甲、李乙","notes":"双方同意协商"}],"agreement":{"form":"WRITTEN","terms":"李乙后退围墙半米","performBy":"2026-12-03","effectiveOn":"2026-12-03"},"courtDocument":null,"outcomeNote":null,"extensions":[]}', '2026-12-03 06:51:33.61', '2026-12-03', NULL, 0, NULL, 'M01', false, 'RT-2026-0001', '2026-12-03', NULL, 'AGREED', '341122101', 3);


--
-- Data for Name: tj_repeat; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tj_repeat VALUES ('20889059-f5f3-4345-9b41-8967dff84e09', '01a6b743-be99-43da-83bb-78e2350d2e33', 'PHONE', '再次反映征地补偿款问题', NULL, 1, NULL, '2026-12-03 06:51:32.599', 'clerk', 'DIRECT');


--
-- Name: tj_am_history_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.tj_am_history_seq_seq', 1, true);


--
-- Name: tj_audit_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.tj_audit_seq_seq', 14, true);


--
-- Name: tj_jm_history_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.tj_jm_history_seq_seq', 1, true);


--
-- Name: tj_la_history_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.tj_la_history_seq_seq', 4, true);


--
-- Name: tj_mc_history_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.tj_mc_history_seq_seq', 2, true);


--
-- Name: tj_pm_history_seq_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.tj_pm_history_seq_seq', 3, true);


--
-- Name: tj_am_counter tj_am_counter_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_am_counter
    ADD CONSTRAINT tj_am_counter_pkey PRIMARY KEY (year_value);


--
-- Name: tj_am_history tj_am_history_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_am_history
    ADD CONSTRAINT tj_am_history_pkey PRIMARY KEY (seq);


--
-- Name: tj_am_record tj_am_record_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_am_record
    ADD CONSTRAINT tj_am_record_pkey PRIMARY KEY (id);


--
-- Name: tj_audit tj_audit_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_audit
    ADD CONSTRAINT tj_audit_pkey PRIMARY KEY (seq);


--
-- Name: tj_case_counter tj_case_counter_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_case_counter
    ADD CONSTRAINT tj_case_counter_pkey PRIMARY KEY (id);


--
-- Name: tj_case tj_case_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_case
    ADD CONSTRAINT tj_case_pkey PRIMARY KEY (id);


--
-- Name: tj_idempotency_key tj_idempotency_key_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_idempotency_key
    ADD CONSTRAINT tj_idempotency_key_pkey PRIMARY KEY (key_value);


--
-- Name: tj_jm_counter tj_jm_counter_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_jm_counter
    ADD CONSTRAINT tj_jm_counter_pkey PRIMARY KEY (year_value);


--
-- Name: tj_jm_history tj_jm_history_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_jm_history
    ADD CONSTRAINT tj_jm_history_pkey PRIMARY KEY (seq);


--
-- Name: tj_jm_record tj_jm_record_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_jm_record
    ADD CONSTRAINT tj_jm_record_pkey PRIMARY KEY (id);


--
-- Name: tj_la_application tj_la_application_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_la_application
    ADD CONSTRAINT tj_la_application_pkey PRIMARY KEY (id);


--
-- Name: tj_la_counter tj_la_counter_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_la_counter
    ADD CONSTRAINT tj_la_counter_pkey PRIMARY KEY (year_value);


--
-- Name: tj_la_history tj_la_history_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_la_history
    ADD CONSTRAINT tj_la_history_pkey PRIMARY KEY (seq);


--
-- Name: tj_mc_counter tj_mc_counter_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_mc_counter
    ADD CONSTRAINT tj_mc_counter_pkey PRIMARY KEY (year_value);


--
-- Name: tj_mc_dispute tj_mc_dispute_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_mc_dispute
    ADD CONSTRAINT tj_mc_dispute_pkey PRIMARY KEY (id);


--
-- Name: tj_mc_history tj_mc_history_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_mc_history
    ADD CONSTRAINT tj_mc_history_pkey PRIMARY KEY (seq);


--
-- Name: tj_pm_counter tj_pm_counter_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_pm_counter
    ADD CONSTRAINT tj_pm_counter_pkey PRIMARY KEY (year_value);


--
-- Name: tj_pm_history tj_pm_history_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_pm_history
    ADD CONSTRAINT tj_pm_history_pkey PRIMARY KEY (seq);


--
-- Name: tj_pm_record tj_pm_record_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_pm_record
    ADD CONSTRAINT tj_pm_record_pkey PRIMARY KEY (id);


--
-- Name: tj_repeat tj_repeat_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_repeat
    ADD CONSTRAINT tj_repeat_pkey PRIMARY KEY (id);


--
-- Name: tj_am_record uq_am_number; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_am_record
    ADD CONSTRAINT uq_am_number UNIQUE (number);


--
-- Name: tj_case uq_case_number; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_case
    ADD CONSTRAINT uq_case_number UNIQUE (case_number);


--
-- Name: tj_case uq_case_query_code; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_case
    ADD CONSTRAINT uq_case_query_code UNIQUE (query_code);


--
-- Name: tj_jm_record uq_jm_number; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_jm_record
    ADD CONSTRAINT uq_jm_number UNIQUE (number);


--
-- Name: tj_la_application uq_la_number; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_la_application
    ADD CONSTRAINT uq_la_number UNIQUE (number);


--
-- Name: tj_mc_dispute uq_mc_number; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_mc_dispute
    ADD CONSTRAINT uq_mc_number UNIQUE (number);


--
-- Name: tj_pm_record uq_pm_number; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_pm_record
    ADD CONSTRAINT uq_pm_number UNIQUE (number);


--
-- Name: ix_audit_case; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_audit_case ON public.tj_audit USING btree (case_id, seq);


--
-- Name: ix_case_department; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_case_department ON public.tj_case USING btree (department);


--
-- Name: ix_case_township_reg; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_case_township_reg ON public.tj_case USING btree (township, registered_at);


--
-- Name: ix_la_case; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_la_case ON public.tj_la_application USING btree (case_id);


--
-- Name: ix_la_history_app; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_la_history_app ON public.tj_la_history USING btree (application_id, seq);


--
-- Name: ix_la_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_la_status ON public.tj_la_application USING btree (status);


--
-- Name: ix_mc_case; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_mc_case ON public.tj_mc_dispute USING btree (case_id);


--
-- Name: ix_repeat_case; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_repeat_case ON public.tj_repeat USING btree (case_id, received_at);


--
-- Name: tj_case_field tj_case_field_case_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_case_field
    ADD CONSTRAINT tj_case_field_case_id_fkey FOREIGN KEY (case_id) REFERENCES public.tj_case(id) DEFERRABLE;


--
-- Name: tj_case_petitioner tj_case_petitioner_case_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tj_case_petitioner
    ADD CONSTRAINT tj_case_petitioner_case_id_fkey FOREIGN KEY (case_id) REFERENCES public.tj_case(id) DEFERRABLE;


--
-- PostgreSQL database dump complete
--


