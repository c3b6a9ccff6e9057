--
-- PostgreSQL database dump
--

\restrict FhoQFkeHahEhgdA7N6dKgChfateyVe3rczYDLgaVVfClPlFpDLeaLNf5Nbc8b6d

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

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
-- Name: _fluent_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public._fluent_migrations (
    id uuid NOT NULL,
    name text NOT NULL,
    batch bigint NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: agreement_approvals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.agreement_approvals (
    id uuid NOT NULL,
    version_id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    approved_by text NOT NULL,
    approved_at timestamp with time zone NOT NULL
);


--
-- Name: agreement_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.agreement_events (
    id uuid NOT NULL,
    agreement_id uuid NOT NULL,
    kind text NOT NULL,
    reason text NOT NULL,
    by text NOT NULL,
    at timestamp with time zone NOT NULL
);


--
-- Name: agreement_versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.agreement_versions (
    id uuid NOT NULL,
    agreement_id uuid NOT NULL,
    version bigint NOT NULL,
    title text NOT NULL,
    purpose text NOT NULL,
    parties text NOT NULL,
    discloser text,
    bulk boolean NOT NULL,
    data_items text NOT NULL,
    legal_bases text NOT NULL,
    dpia_reference text NOT NULL,
    dpia_date text,
    retention_months bigint NOT NULL,
    start_date text NOT NULL,
    review_date text NOT NULL,
    end_date text NOT NULL,
    change_note text NOT NULL,
    created_by text NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: agreements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.agreements (
    id uuid NOT NULL,
    created_by_organisation_id uuid NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: api_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_tokens (
    id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    name text NOT NULL,
    token_hash text NOT NULL,
    scopes text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    last_used_at timestamp with time zone
);


--
-- Name: attendance_liaison; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.attendance_liaison (
    id uuid NOT NULL,
    school_id uuid NOT NULL,
    person_id uuid NOT NULL,
    practice_code text NOT NULL,
    period_from text NOT NULL,
    period_to text NOT NULL,
    sent_at timestamp with time zone NOT NULL,
    family_contacted_at timestamp with time zone
);


--
-- Name: attendance_referrals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.attendance_referrals (
    id uuid NOT NULL,
    practice_id uuid NOT NULL,
    school_code text NOT NULL,
    school_name text NOT NULL,
    agreement_id uuid NOT NULL,
    name text NOT NULL,
    date_of_birth text NOT NULL,
    address text NOT NULL,
    attendance_pct text NOT NULL,
    period_from text NOT NULL,
    period_to text NOT NULL,
    received_at timestamp with time zone NOT NULL,
    medical_reason text,
    category text,
    internal_notes text,
    family_contacted boolean,
    reviewed_by text,
    reviewed_at timestamp with time zone,
    liaison_id uuid,
    subject_id uuid,
    concerns text,
    final_medical_reason text,
    letter_sent_at timestamp with time zone,
    school_told_at timestamp with time zone
);


--
-- Name: attendance_summaries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.attendance_summaries (
    id uuid NOT NULL,
    pupil_record_id uuid NOT NULL,
    school_id uuid NOT NULL,
    first_day text NOT NULL,
    last_day text NOT NULL,
    possible bigint NOT NULL,
    attended bigint NOT NULL,
    authorised bigint NOT NULL,
    unauthorised bigint NOT NULL
);


--
-- Name: attendance_years; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.attendance_years (
    id uuid NOT NULL,
    pupil_record_id uuid NOT NULL,
    school_id uuid NOT NULL,
    first_day text NOT NULL,
    last_day text NOT NULL,
    marks text NOT NULL
);


--
-- Name: audit_entries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_entries (
    id uuid NOT NULL,
    sequence bigint NOT NULL,
    at text NOT NULL,
    actor text NOT NULL,
    actor_name text NOT NULL,
    organisation text NOT NULL,
    action text NOT NULL,
    subject text NOT NULL,
    purpose text NOT NULL,
    detail text NOT NULL,
    previous_hash text NOT NULL,
    hash text NOT NULL
);


--
-- Name: consent_entries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.consent_entries (
    id uuid NOT NULL,
    person_record_id uuid NOT NULL,
    sequence bigint NOT NULL,
    kind text NOT NULL,
    scope text NOT NULL,
    given_by text NOT NULL,
    method text NOT NULL,
    given_on text NOT NULL,
    expires_on text,
    note text NOT NULL,
    recorded_by text NOT NULL,
    recorded_at timestamp with time zone NOT NULL
);


--
-- Name: early_help_case_outcomes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.early_help_case_outcomes (
    id uuid NOT NULL,
    entry_id uuid NOT NULL,
    council_disclosed text NOT NULL,
    practice_disclosed text NOT NULL,
    outcome text NOT NULL,
    follow_up_owner text NOT NULL,
    follow_up_by text,
    recorded_by text NOT NULL,
    recorded_at timestamp with time zone NOT NULL
);


--
-- Name: early_help_code_meanings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.early_help_code_meanings (
    id uuid NOT NULL,
    practice_id uuid NOT NULL,
    code text NOT NULL,
    meaning text NOT NULL
);


--
-- Name: early_help_demand_codes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.early_help_demand_codes (
    id uuid NOT NULL,
    extract_id uuid NOT NULL,
    practice_patient_id text NOT NULL,
    code text NOT NULL,
    date text NOT NULL
);


--
-- Name: early_help_extract_people; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.early_help_extract_people (
    id uuid NOT NULL,
    extract_id uuid NOT NULL,
    practice_patient_id text NOT NULL,
    given_name text NOT NULL,
    family_name text NOT NULL,
    date_of_birth text NOT NULL,
    sex text NOT NULL,
    address text NOT NULL,
    postcode text NOT NULL
);


--
-- Name: early_help_extracts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.early_help_extracts (
    id uuid NOT NULL,
    sender_id uuid NOT NULL,
    recipient_id uuid NOT NULL,
    agreement_id uuid NOT NULL,
    kind text NOT NULL,
    sent_at timestamp with time zone NOT NULL,
    sent bigint NOT NULL,
    opted_out bigint NOT NULL,
    destroy_after text NOT NULL,
    matched_at timestamp with time zone
);


--
-- Name: early_help_indicators; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.early_help_indicators (
    id uuid NOT NULL,
    council_id uuid NOT NULL,
    person_record_id uuid NOT NULL,
    code text NOT NULL,
    source text NOT NULL,
    date text NOT NULL
);


--
-- Name: early_help_institutions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.early_help_institutions (
    id uuid NOT NULL,
    council_id uuid NOT NULL,
    address_key text NOT NULL,
    kind text NOT NULL,
    label text NOT NULL
);


--
-- Name: early_help_link_reviews; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.early_help_link_reviews (
    id uuid NOT NULL,
    extract_id uuid NOT NULL,
    extract_person_id uuid NOT NULL,
    council_person_id uuid NOT NULL,
    probability double precision NOT NULL,
    explanation text NOT NULL
);


--
-- Name: early_help_links; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.early_help_links (
    id uuid NOT NULL,
    extract_id uuid NOT NULL,
    council_person_id uuid NOT NULL,
    practice_patient_id text NOT NULL,
    probability double precision NOT NULL,
    decided_by text NOT NULL
);


--
-- Name: early_help_meetings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.early_help_meetings (
    id uuid NOT NULL,
    shortlist_id uuid NOT NULL,
    held_on text NOT NULL,
    place text NOT NULL,
    created_by text NOT NULL
);


--
-- Name: early_help_pseudonyms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.early_help_pseudonyms (
    person_record_id uuid NOT NULL,
    pseudonym text NOT NULL
);


--
-- Name: early_help_shortlist_entries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.early_help_shortlist_entries (
    id uuid NOT NULL,
    shortlist_id uuid NOT NULL,
    council_person_id uuid NOT NULL,
    practice_patient_id text NOT NULL,
    flags bigint NOT NULL,
    health_flags bigint NOT NULL
);


--
-- Name: early_help_shortlists; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.early_help_shortlists (
    id uuid NOT NULL,
    council_id uuid NOT NULL,
    practice_id uuid NOT NULL,
    agreement_id uuid NOT NULL,
    as_of text NOT NULL,
    months bigint NOT NULL,
    min_flags bigint NOT NULL,
    sent_at timestamp with time zone NOT NULL,
    destroy_after text NOT NULL
);


--
-- Name: follow_up_calls; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.follow_up_calls (
    id uuid NOT NULL,
    referral_id uuid NOT NULL,
    day text NOT NULL,
    outcome text NOT NULL,
    letter_arrived text,
    feedback text NOT NULL,
    recorded_by text NOT NULL,
    recorded_at timestamp with time zone NOT NULL
);


--
-- Name: illness_referrals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.illness_referrals (
    id uuid NOT NULL,
    team_id uuid NOT NULL,
    school_code text NOT NULL,
    school_name text NOT NULL,
    agreement_id uuid NOT NULL,
    subject_id uuid NOT NULL,
    name text NOT NULL,
    date_of_birth text NOT NULL,
    upn text NOT NULL,
    illness_days text NOT NULL,
    period_from text NOT NULL,
    period_to text NOT NULL,
    received_at timestamp with time zone NOT NULL
);


--
-- Name: organisations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.organisations (
    id uuid NOT NULL,
    code text NOT NULL,
    kind text NOT NULL,
    name text NOT NULL,
    address_line text NOT NULL,
    town text NOT NULL,
    postcode text NOT NULL,
    secure_mailbox text NOT NULL,
    direct_phone text NOT NULL,
    catchment text NOT NULL,
    search_text text NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: parent_letter_templates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.parent_letter_templates (
    id uuid NOT NULL,
    practice_id uuid NOT NULL,
    template text NOT NULL,
    updated_by text NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: pending_forms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pending_forms (
    id uuid NOT NULL,
    token_hash text NOT NULL,
    path text NOT NULL,
    fields text NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: person_records; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person_records (
    id uuid NOT NULL,
    owner_id uuid NOT NULL,
    source text NOT NULL,
    local_id text NOT NULL,
    nhs_number text,
    given_name text NOT NULL,
    family_name text NOT NULL,
    date_of_birth text NOT NULL,
    sex text NOT NULL,
    address_line text NOT NULL,
    postcode text NOT NULL,
    registered_practice_code text
);


--
-- Name: safeguarding_contacts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.safeguarding_contacts (
    id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    role text NOT NULL,
    name text NOT NULL,
    job_title text NOT NULL,
    secure_email text NOT NULL,
    direct_phone text NOT NULL
);


--
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions (
    id uuid NOT NULL,
    token_hash text NOT NULL,
    user_id uuid NOT NULL,
    csrf_token text NOT NULL,
    second_factor_pending boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    last_seen_at timestamp with time zone NOT NULL
);


--
-- Name: sharing_decisions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sharing_decisions (
    id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    made_by text NOT NULL,
    recipient text NOT NULL,
    purpose text NOT NULL,
    person_record_id uuid,
    agreement_id uuid,
    facts text NOT NULL,
    outcome text NOT NULL,
    path text NOT NULL,
    obligations text NOT NULL,
    justification text NOT NULL,
    made_at timestamp with time zone NOT NULL
);


--
-- Name: synthetic_truth; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.synthetic_truth (
    record_id uuid NOT NULL,
    person_key bigint NOT NULL,
    household_key bigint NOT NULL,
    household_kind text NOT NULL,
    faults text NOT NULL
);


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id uuid NOT NULL,
    organisation_id uuid NOT NULL,
    email text NOT NULL,
    display_name text NOT NULL,
    role text NOT NULL,
    password_hash text NOT NULL,
    totp_secret text,
    totp_confirmed boolean NOT NULL,
    totp_last_step bigint,
    failed_sign_ins bigint NOT NULL,
    locked_until timestamp with time zone,
    disabled boolean NOT NULL,
    created_at timestamp with time zone
);


--
-- Data for Name: _fluent_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public._fluent_migrations (id, name, batch, created_at, updated_at) FROM stdin;
43290c68-57be-4411-9585-564f6f1ce6e0	SharewellStore.CreateOrganisation	1	2026-12-07 01:47:01.301297+00	2026-12-07 01:47:01.301297+00
5ae24033-476b-4c36-85ad-67f6bffb79f2	SharewellStore.CreateSafeguardingContact	1	2026-12-07 01:47:01.321234+00	2026-12-07 01:47:01.321234+00
7a303434-32e2-4e70-b4e9-dc149b5732b8	SharewellStore.CreatePersonRecord	1	2026-12-07 01:47:01.341196+00	2026-12-07 01:47:01.341196+00
15de82fe-5b76-46ed-94ff-0376351d8615	SharewellStore.CreateAttendanceYear	1	2026-12-07 01:47:01.358423+00	2026-12-07 01:47:01.358423+00
2b974a9b-8f9b-4a2c-afdf-89569947e6a5	SharewellStore.CreateSyntheticTruth	1	2026-12-07 01:47:01.377161+00	2026-12-07 01:47:01.377161+00
681ffdcf-e952-4a61-bfe6-76f93756e2f9	SharewellStore.CreateIdentity	1	2026-12-07 01:47:01.433291+00	2026-12-07 01:47:01.433291+00
2ce1b11c-4271-4fed-b239-3519cdd159a8	SharewellStore.CreateAuditEntry	1	2026-12-07 01:47:01.450889+00	2026-12-07 01:47:01.450889+00
b387ada2-d402-4098-9ddc-a43204b4cc52	SharewellStore.CreatePendingForm	1	2026-12-07 01:47:01.473234+00	2026-12-07 01:47:01.473234+00
47ea3f74-004e-4d15-a70b-5480ecaddfed	SharewellStore.CreateGovernance	1	2026-12-07 01:47:01.557425+00	2026-12-07 01:47:01.557425+00
1e54d7cf-013e-425c-9762-a30760c6a702	SharewellStore.CreateAttendanceReferral	1	2026-12-07 01:47:01.57723+00	2026-12-07 01:47:01.57723+00
c1f462f2-ecb5-468c-833f-32881ba3646e	SharewellStore.AddAttendanceReview	1	2026-12-07 01:47:01.601086+00	2026-12-07 01:47:01.601086+00
93899499-0024-474f-ba68-4be060f3beaf	SharewellStore.ExtendAttendanceLiaison	1	2026-12-07 01:47:01.669355+00	2026-12-07 01:47:01.669355+00
18812007-239b-43ba-a1d2-3241b09561a7	SharewellStore.CreateIllnessReferral	1	2026-12-07 01:47:01.69342+00	2026-12-07 01:47:01.69342+00
4a84d3ce-ea67-4e0e-b2f9-6d609665a3a9	SharewellStore.CreateAttendanceSummary	1	2026-12-07 01:47:01.713418+00	2026-12-07 01:47:01.713418+00
e47fd497-89aa-46fa-8fa6-dcc5479a96d1	SharewellStore.CreateEarlyHelpExtracts	1	2026-12-07 01:47:01.896179+00	2026-12-07 01:47:01.896179+00
\.


--
-- Data for Name: agreement_approvals; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.agreement_approvals (id, version_id, organisation_id, approved_by, approved_at) FROM stdin;
\.


--
-- Data for Name: agreement_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.agreement_events (id, agreement_id, kind, reason, by, at) FROM stdin;
\.


--
-- Data for Name: agreement_versions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.agreement_versions (id, agreement_id, version, title, purpose, parties, discloser, bulk, data_items, legal_bases, dpia_reference, dpia_date, retention_months, start_date, review_date, end_date, change_note, created_by, created_at) FROM stdin;
\.


--
-- Data for Name: agreements; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.agreements (id, created_by_organisation_id, created_at) FROM stdin;
\.


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.api_tokens (id, organisation_id, name, token_hash, scopes, created_at, revoked_at, last_used_at) FROM stdin;
250ddead-1ddd-4738-90a4-927a0ea8b364	000d4da2-4db9-4ecf-8437-b556d7c765bb	School MIS upload	34dc06e9fb4aef775ad2c435b3dd057e96eac293e736c63fc3f3368e3dbd48b2	attendance:write	2026-12-07 01:47:06.951209+00	\N	\N
e4eb957a-2112-451d-91db-21d60cfe8c26	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	Practice system	bd28563f7046ee4a49edf7a5f432d9aefc520ab3677c225b620f41403cabda30	directory:read records:read	2026-12-07 01:47:07.167298+00	\N	\N
\.


--
-- Data for Name: attendance_liaison; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.attendance_liaison (id, school_id, person_id, practice_code, period_from, period_to, sent_at, family_contacted_at) FROM stdin;
\.


--
-- Data for Name: attendance_referrals; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.attendance_referrals (id, practice_id, school_code, school_name, agreement_id, name, date_of_birth, address, attendance_pct, period_from, period_to, received_at, medical_reason, category, internal_notes, family_contacted, reviewed_by, reviewed_at, liaison_id, subject_id, concerns, final_medical_reason, letter_sent_at, school_told_at) FROM stdin;
\.


--
-- Data for Name: attendance_summaries; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.attendance_summaries (id, pupil_record_id, school_id, first_day, last_day, possible, attended, authorised, unauthorised) FROM stdin;
e6feab2d-c3e7-440e-869f-4e978787dba9	45999ece-f1ff-4415-973c-37a794434433	000d4da2-4db9-4ecf-8437-b556d7c765bb	2024-09-02	2025-07-22	380	301	47	32
a5e99b27-c6bb-4cba-a076-d897192b1fb1	92dadf2d-bf9e-4a68-ace7-68f1000b5b0f	000d4da2-4db9-4ecf-8437-b556d7c765bb	2024-09-02	2025-07-22	380	302	46	32
1a99bc24-3e9b-4822-bebd-356d313c664d	72734f48-53e1-47b2-a14b-32495c1ddda8	000d4da2-4db9-4ecf-8437-b556d7c765bb	2024-09-02	2025-07-22	380	303	46	31
a916590c-59c5-4763-b06a-72f2266463ff	a5c19039-1689-4ef1-a6de-b366d87b0067	000d4da2-4db9-4ecf-8437-b556d7c765bb	2024-09-02	2025-07-22	380	304	45	31
1532bb74-50f0-4af1-8469-052fb3ff58db	310bfba4-c099-4a19-af61-85c050584e40	000d4da2-4db9-4ecf-8437-b556d7c765bb	2024-09-02	2025-07-22	380	305	45	30
f438b453-207c-4407-b3b7-50d150103dcb	39d8233e-cc53-4bd0-9efd-d06d1f2cc6c4	000d4da2-4db9-4ecf-8437-b556d7c765bb	2024-09-02	2025-07-22	380	306	44	30
48daef0d-b607-487e-bcb7-ccc9d6c5b84d	75b8563a-6a0a-4dfc-b4d1-09286d6cc5d8	000d4da2-4db9-4ecf-8437-b556d7c765bb	2024-09-02	2025-07-22	380	307	43	30
b473e7b5-9041-4744-9da4-f9c83d658c89	fecbadc5-eb9f-4f56-84b6-2a79fde0a338	000d4da2-4db9-4ecf-8437-b556d7c765bb	2024-09-02	2025-07-22	380	308	43	29
c27eddce-15d1-4775-812b-618d0d6f5a82	9799a885-d508-4b9e-ad47-cda27c5ca276	000d4da2-4db9-4ecf-8437-b556d7c765bb	2024-09-02	2025-07-22	380	309	42	29
a9495ba3-994e-4455-8cfd-57269249df33	7f4a8bba-d5ff-4add-82cb-546e62d3f870	000d4da2-4db9-4ecf-8437-b556d7c765bb	2024-09-02	2025-07-22	380	310	42	28
68fc98e5-0272-4a3e-83a3-0a8526135866	cdb24349-73c9-42f7-9c3c-e5d737e06de4	000d4da2-4db9-4ecf-8437-b556d7c765bb	2024-09-02	2025-07-22	380	311	41	28
3f290811-3f3f-4a3e-9a06-b4474cf0731a	319e11be-240f-4b20-9986-ba3bc579dbcd	000d4da2-4db9-4ecf-8437-b556d7c765bb	2024-09-02	2025-07-22	380	312	40	28
\.


--
-- Data for Name: attendance_years; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.attendance_years (id, pupil_record_id, school_id, first_day, last_day, marks) FROM stdin;
cccade25-1828-419e-8729-711d4d3de507	be19b9d9-7ad4-439c-8e38-552393274f5a	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\II----IIIIOOOOII----IIIIII/\\/\\----OOUU/\\/M/\\----/\\NNIIIIII----IIII/\\/\\II----IIIIIIIIII----IIIIIIIIII------------------IIIIIINNNN----II/\\OONNNN----RRIIIIIIII----IIGGGGGGGG----GGII/\\/\\M\\----IIIIIIIIEE----EEIIIIIIII--------------------------------/\\/\\/\\UU/\\----NNOO/\\IIII----IIII/\\/\\II----IIII/\\RR/\\----/\\IIIINNNN----IIOO/\\II/\\------------------/\\/\\IIIIII----IIII/\\/\\/\\----NNIIIIII/\\----/\\GGGGGGGG----GG/\\/\\UUUU--------------------------------IIII/\\/M/\\----IIIIIIIIII----RRGGGGGGGG------GGIIIIII----IIL\\IIIIII----II/MIIIIII------------------II/\\CCIIII----IIIIIIIIII----/\\IIIIIIII----IIIIIIIIII----OOOOIINNNN----/\\GGGGGGGG----GG/\\/\\GGGG----GGGG
fd475c2c-ed1d-4353-9de1-51d695c08656	7a9daa7e-9ec8-41b6-ae6d-a9bd0d88b5d1	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----II/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII----II/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\V\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\------/\\/\\II/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\EE/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
c06ad5e1-bca9-44d5-8837-8a9028b7e01a	2d137e81-d500-4389-b3ec-911926cfab2c	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\L\\L\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\GGGG----GGGGGG/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\
edf48f71-eb8b-4e1f-aa7d-2b758ca7c3da	334ac985-6d9d-4608-a89a-97c77fab6705	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/M/\\/\\II----IIIIII/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\II/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\V\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\L\\/\\------------------/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\L\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\------------------L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\
5f6ce2a2-1718-4fb6-acf2-e61781a49085	11dfd388-0e94-4c15-9693-5930aac74254	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/\\----IIIIIIIIII----/\\IIIIIIII----IIOOEE/\\/\\----/\\/\\/\\/\\/\\----IIIIIIII/\\----II/\\/\\GGGG----GGGGGG/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\IIII/\\----IIIIII/\\/\\----/\\/\\II/\\/\\----/\\V\\/\\/\\/\\----NN/\\RR/\\II----IIIIII/\\/\\--------------------------------/\\/\\/\\/\\UU----/\\/\\/\\/\\/\\----/\\/\\/\\IIII----/\\/\\/\\IIII----IIII/\\/\\/\\----/\\/\\EE/\\/\\------------------/\\/M/\\/\\/\\----/\\GGGGGGGG----GG/\\/\\/MEE----EEEE/\\/\\/\\----L\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\II/\\/\\/\\----/\\/\\/\\/\\/\\------/\\EE/\\/\\----/\\/\\/\\IIII----II/\\/\\/\\/\\------------------CC/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----IIL\\IIIIII----IIOOOO/\\NN----/\\IIIIIIII----IIIIGGGGGG----GGGG
b05044f6-1ae0-4afd-93b3-1e4d90c51331	0210176e-d4f1-444e-9cb6-096be0c16281	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\UU----UU/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\II----II/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\L\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----CCOO/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\L\\/\\EE----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------L\\/\\/\\/\\----/\\/\\/\\EE/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\II/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\OO----/\\/\\
b0cd4db0-54ff-47f2-b1c5-42385a91f864	48b94c03-0b3e-45c6-a9b3-069e85131e9f	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----IIII/\\/\\/\\----/\\/\\/\\/\\II----/\\/\\/\\IIII----II/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\GGGG----GGGGGG/\\/\\----/\\/\\/\\/\\/\\----L\\/\\II/\\/\\----/\\/\\/\\/\\/\\----/\\/\\M\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\RR/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIIIII/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\EEEEEE/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----GGGGGGGGGG----/\\/\\/\\/\\/\\------------------/\\/M/\\/\\/\\----/\\/\\CC/\\/\\----/\\/\\/\\/\\RR----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIIIII/\\----/\\/\\
48cd8d03-de81-4875-8a72-57e1a45d21e2	25603b0b-b722-4677-83c1-8b49c9f8a463	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\IIII----/\\/\\IIIIII----IIIIIIIIII----/\\/M/\\/\\/\\----/\\/\\/\\II/\\----IIIIIIIIII----/\\/\\/\\/\\/\\----/\\/\\/\\NNNN------------------IIIINNCC/\\----/\\/\\/\\/\\/\\----GGGGGGGGGG----V\\/\\/\\M\\/\\----/\\/\\/\\/\\L\\----/\\IIII/\\/\\----/\\V\\/\\/\\/\\--------------------------------/\\IIIIII/\\----/\\/\\/M/\\/\\----UU/\\II/\\/\\----IIIIII/\\/\\----/\\OO/\\/\\/\\----/\\/\\NNNN/\\------------------/\\/\\/\\/\\CC----/\\/\\IIOOOO----IIIIII/\\II----IIIIII/\\/\\----M\\/\\/\\/M/\\--------------------------------/\\/\\L\\/\\/\\----/\\OOOO/\\UU----/\\/\\UUUU/\\------/\\/M/\\/\\----/\\IIIIIIII----/\\/\\/\\/\\/\\------------------/\\/\\/\\CC/\\----/\\IIIIII/\\----/\\/\\IIII/\\----II/\\/\\/\\II----IIIIIIII/\\----/\\/\\OOIIII----IIIIII/\\/\\----/\\/\\
d63e92d4-1917-4d61-8834-c801057e8a43	3c6803d1-7112-45e3-a1d3-ac1bcaa0263c	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIIIIIII----II/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\UU------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIIIIIL\\----/\\/\\L\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\
2e6c5e4c-6b6f-421e-a4ef-7d698fa32527	056fe91b-c3c6-4339-897a-5c8378be44d8	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	IIUUUU----IIIIIIIIII----IIIIIIIIUU----UU/\\CC/\\UU----UUIIIIIIII----/\\/\\L\\/M/\\----/\\IIIIIIII----IIGGGGGGGG------------------GGEEEEEEGG----GGGGGGGG/\\----EEEEIIIIII----IINNIIIINN----/\\OOOO/\\II----/\\IIIIIIII----/\\IIIIIIII--------------------------------II/\\IIIIII----IIIINN/\\/\\----CCII/\\/\\GG----GGGGGGGG/\\----/\\GGGGGGGG----GGNNUU/\\/\\------------------NNNNNNV\\II----IIII/\\M\\L\\----IIIIIIIIII----IIIIIIIIII----IIIIIIII/\\--------------------------------II/\\/\\/\\/\\----II/\\EEEEEE----IIIIIIIIII------IIIIIIII----EEEEEEGGGG----GGGGGG/\\II------------------IIIIIIII/\\----/\\/\\II/\\II----/\\/\\/\\/M/\\----GGGGGGGGGG----/\\/M/\\/\\II----IIII/\\IIII----/\\IIIIIIII----IIII
a41bed0f-c484-48a7-be74-d8c116f14bfb	5e0b84f6-ff76-4abd-bddc-0a627e939f2b	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----NNOOOO/\\/\\----/\\/\\/\\/\\NN----IIIIIIII/\\----CC/\\/\\IIII------------------II/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\IIII----/\\/\\II/\\/\\----/\\/\\/\\CC/\\----/\\/\\/\\/\\/\\----OO/\\/\\L\\/\\--------------------------------/\\/\\IIII/\\----CC/\\/\\/\\/\\----/\\/\\/\\V\\L\\----IIII/\\/\\II----/\\/\\/\\/\\V\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\RR/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\IIIIII----II/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/M/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\OO----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIIIII/\\----/\\/\\
14df98fc-3fe7-4b67-86a4-24e9aa28d095	d03f6ea7-76a3-40f8-9476-1e2dc9a998ca	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/B/\\--------------------------------/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
ea541dc6-4b94-4c3a-8a4b-4c78e9f0f594	727dd02b-4477-49cf-a966-96b18be96e55	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\IIIIII----IIII/\\/\\/M----/\\/\\/\\/\\/\\----IIIIIIV\\II----II/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\RR----/\\/\\/\\/\\M\\----/\\/\\/\\/\\/M----RR/\\GGGGGG----GGGG/\\/\\/\\------------------/\\/\\/\\/\\/\\----IIIIIIII/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\L\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\IIII------/B/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/B/\\/\\----/\\GGGGGGGG----GG/\\/\\/\\/\\----/\\/\\
c886c34f-99cf-4ee4-bbc9-c88edbe4fd0b	8355bcd4-4368-4ab1-a45e-3d284f321ce7	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\/\\/\\----L\\/\\/\\IIII----/\\IIIIIIII----II/\\GGGGGG----GGGGIIII/\\----/\\/\\/\\/\\GG----GGGGGGGG/\\----/\\NN/\\/\\/\\------------------L\\/\\IIGGGG----GGGGGGEE/\\----/\\IIIIIIII----II/\\/\\IIII----IIIIII/\\/\\----/ML\\/\\/\\/\\----IIIIIIIIII--------------------------------II/\\/\\/\\CC----/\\/\\/\\/\\/\\----/\\IIIIIIII----II/\\/\\/\\/\\----/\\CC/\\/\\/\\----/\\/\\/\\/\\/\\------------------IIIIIIIIII----IIIIIIIINN----NN/\\CC/\\/\\----/\\/\\/\\/\\II----IIM\\OOOONN--------------------------------NN/\\/\\IIII----/\\IIIIIIUU----/\\/\\/\\/\\/\\------/\\/\\GGGG----GGGGGG/\\/\\----RR/\\GGGGGG------------------GGGGUU/\\/\\----NN/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\UUUU----/\\/\\IIIIII----/\\/\\/\\/\\/\\----/\\IIIIIIII----II/\\
abc3e138-dd96-4bdb-ba65-982dd04fb7d1	c8d8bb7e-9779-42d5-a8c1-b263059357bb	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIII/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\L\\----L\\/\\/\\/\\/\\----/\\GGGGGGGG------------------GG/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\CC/\\/\\/\\----/\\/\\
b10063bb-91c9-4e27-a357-dddb20af07b8	7ca43f6e-c24f-44ee-b3b2-41d321ea2f84	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\NNNNOO----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\NNOO/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\GG----GGGGGGGGNN----NN/\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIIIII/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIII/\\/\\/\\----/\\/\\M\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\NN/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----OOOOIIIIII----IIII/\\/\\/\\----/\\/\\
04e3b700-08f4-4efe-b8ed-df76b0b8cdd7	778e7418-a8ff-48c0-872f-f7382d8bef2b	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\UUUU/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\V\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\--------------------------------/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\L\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/B/\\L\\--------------------------------/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/B----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\M\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
97c08923-41e1-441c-b3cb-09ac26f8217f	88ac18ea-b8f0-47da-a430-44f007896801	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	IIIIII----II/\\/\\/\\/\\----/\\/\\OOOOII----IIIIII/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIIIIIII----/\\/\\/\\L\\/\\----/\\/\\/\\/\\II----IIIIIIIIII--------------------------------IIII/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\IIIIIIII----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\OOOO/\\----/\\/\\/\\/\\OO----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\IIII------------------IIIIII/\\/\\----/\\/\\/\\/\\/\\----/\\RR/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\RR/\\----/\\/\\/\\/\\/\\----UU/\\/\\/\\/\\----/\\/\\
a173fda2-5c35-4273-96ae-12ebeeb20b1b	f39185a2-dbde-463d-a429-e0fea1e5fef4	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\M\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
bb14be03-b114-461c-a3e6-8ecdb708cc03	2ce63c75-5f4a-41dc-a580-a8c2b6a6765b	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----II/\\II/\\/\\----/\\/\\UU/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/B/\\/\\/\\----/\\/\\/\\/\\/\\----IIII/\\/\\/\\------------------/\\/\\/\\OOOO----/\\/\\V\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII------------------IIIIGGGGGG----GGGG/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIIIII/\\--------------------------------IIIIIIIIII----/\\/\\/\\/\\/\\----/\\/\\IIII/\\------/\\/\\/\\/\\----/\\/\\IIIIII----II/\\UU/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIV\\----/\\L\\/\\II/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII----IINN
264e1297-c996-4eff-a6b5-62994c3dbe57	fd3ac7db-13f2-43a7-b542-cbf82fe04991	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\IIII----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\GG----GGGGGGGG/\\----/\\/\\/\\/\\/\\------------------/\\NN/\\/\\/\\----IIL\\CC/\\/\\----L\\/\\/\\L\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIII/\\L\\----V\\/\\/M/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\RR----/\\/\\/\\/\\/\\----/\\IIIIII/\\--------------------------------L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\UUUU/\\----/\\/\\/\\/\\/\\----/\\/\\
84a461e8-18b3-4a30-b371-146a380e4395	c799117d-0408-4ad0-aae6-ca01e6c8b15e	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----RR/\\/\\/\\M\\----/\\/\\/\\/\\II----II/\\L\\/\\/\\----/\\L\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----IICC/\\/\\NN----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\IIIIIIII----/\\/\\/\\/\\/\\----/\\IIII/\\/\\------IIIIIIII----II/\\/\\/\\/\\----/\\/\\/\\/\\V\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----IIII/\\/\\II----IIIIIIII/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\II
e006c3c9-69bb-43dd-bafa-417543ba8277	0c1aa74a-02e0-4918-8a9b-c52ec676348a	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\GG----GGGGGGGG/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\UUUU/\\--------------------------------L\\/\\/\\/\\UU----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\CC----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/B----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
79a07cba-8522-44d5-b3ca-ff119a7b527e	eeee8d63-edc4-43b0-8d38-7ca6901d3577	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\IIIIII----IIIIIIIIII----/\\/\\/\\/\\V\\----/\\/\\/\\/\\II----II/\\/\\/\\/\\----RR/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/M/\\/\\/\\----/\\/\\/\\GGGG----GGGGGG/\\/\\--------------------------------IIL\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/B----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIII/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIIIII/\\--------------------------------/\\/\\/\\/\\II----IIII/\\/\\/\\----/\\/\\/\\/\\OO------/\\/\\/\\/\\----IIIIII/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\IIV\\----M\\/\\/\\/\\/\\----/\\/\\IIIIII----IIII/\\M\\/\\----/\\/\\OO/B/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\
ecb3c566-db60-4b17-91fc-05ef5bc0f6d7	e6f9d0e0-8462-4fc6-9a72-097dcd6df42e	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIIIII/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\NNNNII--------------------------------II/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII----IIII/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\IIIIII----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\L\\OOOO----/\\/\\/\\/\\/\\----/\\/\\L\\/\\L\\----L\\/\\/\\/\\/\\----/\\/\\
2a693397-1293-4d4b-9993-0e3d4899ae30	455d4848-3fa0-4e6c-9a14-ef442ca6ca25	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	IIGGGG----GGGGGG/\\UU----/\\/\\/\\/\\/\\----IIIIII/\\/\\----/\\/\\CC/\\/\\----/\\/\\/\\L\\/\\----/\\/\\GGGGGG----GGGGM\\/M/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/BRR/\\/\\----/\\IIII/\\/\\----/\\/\\NNNN/\\----/\\/\\/\\/\\/\\----/\\/\\/\\IIII--------------------------------IIII/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----RR/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\RR/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\NNGGGG----GGGGGG/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIIIII/\\----/\\/\\L\\/\\II----II/\\CC/\\/\\----EEEEEE/\\/\\----/\\/\\/\\/\\/\\----/\\II
8ac3931a-8150-42d6-80a9-a83f9d728cfe	4262e300-880a-411d-82a8-1321f68cd315	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\II----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----V\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\GGGGGG----GGGG/\\/\\RR----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\EEEE----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\L\\/\\L\\V\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\V\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIL\\/\\/\\----/\\/\\/\\NNNN----/\\/\\
4960f18e-a3af-4525-80c6-34174ac54bc4	441c8500-6eea-45b6-9777-9538a9de156d	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/BNNNN----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/M----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\OOOO/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\IIII----/\\/\\/\\/\\/\\----II/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIIIIIII----II/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\L\\GGGGGG----GGGG/\\/\\/\\----/\\/\\/\\/\\/\\----OO/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\IIIIIIII----II/\\/\\/\\/B------IIIIIIII----II/\\/\\/\\/\\----II/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\IIII----II/\\/\\/\\II----IIIINN/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII----/\\/\\
0d682a5e-9695-4ce6-9df7-442f4644fbde	9218d22e-77c2-4cac-85ed-0ed918d7d5c5	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	EEEEM\\----/\\/\\IIIIGG----GGGGGGGG/\\----/\\/\\/\\/\\II----/\\NNNN/\\RR----M\\EEEEEEUU----/\\/\\RR/\\II----IIIIIIIIII------------------IIIIIIIIII----IIIIIIII/\\----RR/\\/\\/\\/\\----/\\IIIIIIII----IIIIII/\\II----II/\\IIIIII----IIM\\NNNNII--------------------------------/\\NN/\\/\\RR----/\\IIOOOO/\\----IIIIIIIIII----IIIIIIIIII----IIIIII/\\/\\----/\\GGGGGGGG------------------GG/\\/\\/\\/M----/\\UU/\\/\\/\\----UUUU/\\/\\GG----GGGGGGGGII----/\\M\\IIIIII--------------------------------IIM\\NNNN/\\----IIIIIIIIII----IIIIIIII/\\------IIIIIIII----IIRRIIII/\\----/\\/\\/\\IIII------------------IIII/\\/\\/\\----/\\/\\IIIIII----IIIIIIOO/\\----/\\GGGGGGGG----GGIIIIIIII----IIIIIIIIII----IIIIII/\\II----IIII
d4326df7-3303-4458-b1f8-41420ec91793	0eed929e-c95b-4d5d-bda9-bca8e3122ff0	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\V\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\CC/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\OO----OO/\\/\\IIII----/\\/\\/\\IIII----IIII/\\/\\L\\----IIIIIIIIII--------------------------------/\\/\\/\\/\\/\\----IIIIIIII/\\----/\\/\\II/\\/\\----/\\/\\/\\/\\/\\----/\\NN/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\IIIIIIII----II/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIIIIIII----II/\\L\\/\\L\\--------------------------------IIIIIIII/\\----II/\\IICC/\\----/\\/\\RR/\\/\\------II/\\/\\/\\----/\\/\\/\\IIII----IIIIII/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIII/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\
27bbcc30-4991-494a-84f3-aee8fc7646b2	b4328a22-f32c-4e84-88cb-1c09db6e8574	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIIIII/\\----/\\/\\/\\/\\/\\------------------/\\/B/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\V\\/\\----/\\/\\GGGGGG------GGGG/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\V\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIII/\\/\\----/\\/\\
9946453a-c205-443e-8eb9-0117a2281082	7d03625b-6df3-4ca1-ba0d-c30ab5bff793	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/BL\\/\\----/\\/\\L\\L\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------L\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\OOOO/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
4f895072-73a4-4cdb-8aa6-82f3cfd6ca96	86d1986c-f5b5-469b-873b-889f180882cb	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/M----/\\/\\/\\/\\/\\----II/\\II/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\GGGG----GGGGGG/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\NNNN/\\/\\----/\\/\\/\\/\\II--------------------------------/\\L\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIII/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\CC/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\UU/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\RR/\\/\\II----IIIIIIIIII----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----NNNN/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIII/\\/\\----/\\UU/\\M\\/\\----/\\/\\OOOO/\\----/\\/\\/\\/\\/\\----/\\/\\
7539f8d8-ae3c-489a-b244-42b2fe559d92	69ba573b-8359-48be-b6db-58b405218d01	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIIIII/\\----/\\/\\/\\/\\/\\----IIIIIIIIII----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\L\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\EEEEEE----/\\EE/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\GG--------------------------------GGGGGGGG/\\----/\\/\\V\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----UUUUEE/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
5557bf03-b0db-4083-951d-6a56312a306e	c9502c15-d025-4352-8d29-1b5faf8c6a18	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	IIII/\\----/\\/\\L\\/\\/\\----OO/\\/\\/\\/\\----/\\/\\/\\/\\/\\----V\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/M/\\----/\\L\\V\\/\\/\\----/\\/\\/\\IIII----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\OOOO/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----IIIIIIIIII----/\\/\\/\\II/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II--------------------------------IIIIII/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/B------------------/\\/\\V\\/\\/M----/\\II/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
e71e88ea-5c29-4308-8cd1-3293f50724f5	f6cc36b8-ec17-4921-b68b-c4ae7c355405	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\IIIIIIII----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\IIIIIIII----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
a11d7e0a-af33-497e-94af-5c5666850039	ef6bd558-810c-4253-9761-fefcd8f0a519	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIIIII/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\RR----/\\/\\/\\/\\/\\----EEEEEE/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\------------------/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------L\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\------------------L\\/\\/B/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
ab60541d-c1f7-4999-aee3-e5b85190ddb8	4ce7ad6c-dc2b-43fe-90e4-871a9a186c0d	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/M----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\EE/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/B/\\/\\/\\----/\\/M/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\IIII----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\OO------OO/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----NN/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
921b9407-2668-49cf-88e8-5f5c7745284e	3b3e7054-d6c6-477a-9dfd-376de935acc2	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\IIII----IIIIIIIIII----II/\\/\\/\\/\\----/\\/\\/M/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\II/\\/\\------------------/\\/\\/\\/\\/\\----IIIIIIIIII----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\NNNN/\\/\\--------------------------------/\\/\\/\\/\\/\\----/M/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\V\\/\\/\\/\\----/\\II/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\UUUU/\\----/\\IIIIII/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\IIIIII----IIII/\\/\\/\\----/\\/\\/B/\\/\\------/\\/\\/\\/\\----IIIIIIIIII----NNNN/\\/\\L\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/M/\\/\\/\\----/\\/\\/\\/\\/\\----RRRR/\\/\\/\\----L\\/\\IIIIII----II/\\
73018061-7fab-4bbf-9a20-b44bdeea3fb1	2732170c-9fd6-474a-8d0e-a04120401a01	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/B/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II------------------IIII/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/B/\\/\\/\\----/\\/\\/\\NN/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------L\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----IIIIIIII/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\NN
b810a654-2e18-4dd2-84e7-c8b6a4162bbb	0797545c-0b74-469c-9dec-edabfaa4134b	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\V\\----/\\/\\/\\/\\/\\------------------/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\GGGG----GGGGGG/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\------------------IIIIII/\\/\\----/\\/\\/\\/\\/\\----L\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIIIII/\\----/\\/\\
d31a3ade-29c6-44f7-873a-8e6e527109f0	178781d4-d911-4a28-ba22-d7b2b14edcfc	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/B/\\/\\/\\/\\----/\\/\\L\\/\\L\\----/\\/\\/\\/\\/\\----/\\V\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\OOOO----/\\/\\/\\/B/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\V\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\OO/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\V\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIIIIIII------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\II/\\/\\----/\\/\\/\\/\\/\\----/\\L\\
fc4108f0-b25d-4bc2-9906-6395b41f7f74	d2172cca-57e0-4a46-8606-3b8be5fa1722	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIEEEEEE----/\\/\\/\\L\\/\\----/\\EE/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\------------------/\\/\\/\\/\\/B----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\II/\\M\\----/\\/\\/\\/\\/\\----/\\/\\/\\/M/\\------------------/\\/\\/\\L\\/\\----/\\/\\/\\L\\/M----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIIIIIII--------------------------------II/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/B----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\GGGGGG----GGGGL\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
5b47d470-6ff2-4fb6-aebe-bb6443852617	97e5c11f-1f8c-4868-9b24-11e80e5af9cd	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/B/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\L\\/\\/\\----/\\L\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
c2f4da60-2e00-4b8d-9a15-3e7c593cc9cc	1df9dc0f-c75f-4183-adca-3e7b3fe42c9c	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\IIII----IIL\\/\\/B/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----NNNN/\\/\\/\\----/\\/\\/\\/\\OO----OO/\\/\\/\\/\\------------------/\\II/\\/\\/\\----/\\/\\/\\/\\/\\----/\\M\\/\\/\\/\\----/\\V\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----M\\/\\M\\IIII--------------------------------IIII/\\/M/\\----/\\IIII/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\M\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----II/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/M------------------/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\V\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
5b21c463-2729-4002-be4c-bddbd7aeb293	9c122695-67d6-4a77-b4fc-ee33bb49ef1d	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/B----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\II----II/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\II/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\II----II/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\CC/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\UUUU/\\----/\\/\\/\\/\\NN----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------OOOO/\\/\\/\\----/\\/\\L\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\GGGGGG----GGGG/\\/\\/\\----L\\/\\
7196e58b-a215-45a0-bd78-38543e65cec6	b6aa4894-00ca-4ed0-9a80-9ad5e1c07baf	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	L\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\NN------------------/\\V\\/\\/\\/\\----/B/\\/\\/\\L\\----IIL\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIIIII/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\L\\/\\/\\UU----UU/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/B/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----NN/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----II/\\/\\/\\/\\----/\\L\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\UUUU/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
9916cc4a-25d3-437f-ac77-ddcc9795007d	4e865642-b22e-480b-a79f-1d8b8f5ef0c3	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\V\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\II----IIIIII/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
648b2c1d-7b33-4e3f-9e4f-217f4fe58f1b	ff1e57be-30a5-489f-91d0-507226254a5e	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\UUUU----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\OOOO/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\IIII----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\L\\/\\IIII----IIIIIIL\\/\\----/\\/\\/\\/\\L\\----/\\/\\IIIIII----IIII/\\/B/\\--------------------------------/\\/\\/\\/\\/B----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\EEEEEE/\\----/\\/\\/\\/\\/\\----/\\/\\
99916d54-19f1-4810-9bcf-cbe94c780780	88d545e8-c178-4a1f-82d7-e9e813c7e070	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\V\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\
4d5fb83e-1bb2-468c-8bc0-3926984fc31f	9a611566-ccdb-47c3-95ff-2caaf99107f3	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\CC/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\RR/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\GGGGGGGG----GG/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\IIII----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/B/\\--------------------------------/\\/\\/\\/\\II----IIIIII/\\/\\----RR/\\/\\/M/\\------/\\/M/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/B/\\/\\----/\\/\\/\\/\\/\\----IIIIII/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
9f914404-6d7c-4336-8739-d0de735d18c7	5598f69d-7238-4f76-9c3f-f337d96b4830	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/\\----/B/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\M\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\LB----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\NN/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\L\\/\\/\\------------------/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\UU/\\/\\----/\\/\\L\\/\\/\\----V\\/\\
852a04ac-73eb-423d-9ce2-f251e26e08bd	99bc6c08-98ff-4235-aea1-978fd19fd865	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\------------------/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\M\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II------II/\\/\\/\\----/\\/\\/\\/\\/B----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\V\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
9384acdd-ff8f-4772-9946-cdbd4c0ddbfd	580ba0f2-c795-4beb-9ed2-fab1d75c4abd	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIII/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/BCC/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\GGGG----GGGGGG/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\RR/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\
75f90e57-95aa-457e-9a3b-a6f2e59c5492	ef8dc120-f4ad-458f-b23c-f170d62b544b	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----II/\\/\\/\\/\\------------------/\\/\\/\\V\\/\\----L\\/\\/\\/\\/\\----RR/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\IIII----II/\\/\\CC/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----V\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----L\\/\\/\\/\\GG----GGGGGGGG/\\----CC/\\/\\IIII----/\\/\\/\\/\\/\\--------------------------------IIII/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
6c63fee0-855c-420e-b9c9-137a1be2b424	31c4797e-e614-41fa-9d48-dc96c29a2b83	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\CC----/\\/\\/\\/\\/\\----/\\/\\/\\IIII----IIIIUUUUEE----EE/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\L\\/\\/\\----/\\/\\NNNN/\\--------------------------------/\\/\\EE/\\/\\----/\\/\\/\\/\\/\\----IIIIIIII/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII----IIII/\\/\\/\\------------------/\\L\\/\\/\\/\\----/\\L\\/\\II/\\----/\\/\\/\\/\\/\\----/\\/\\CC/\\/\\----/\\UU/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\EE/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------M\\/\\/\\IIII----IIII/\\/\\/\\----/\\CC/\\/\\/\\----OOOO/\\/\\/\\----/\\/\\/\\/\\/\\----/M/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
6570211b-13fb-40c9-afba-772d6579b713	ea58dae5-511a-49a8-89a7-95faa0c16ea1	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	CC/\\/\\----NNNN/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\IIII----IIIIL\\/\\/\\----GGGGGGGGGG------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\EE----EE/\\/\\/\\II----IIIIGGGGGG----GGGG/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/M----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----V\\/\\/\\/\\/\\----/\\/\\/\\/\\II------------------IIIIIIII/\\----/\\/\\IIIIII----IIL\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\GGGGGG----GGGG
2e520055-905a-482e-87b2-96ec0dbd1c73	23a89a4b-b904-4024-adf5-1e3bc5acc8e1	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/B/\\/\\----/\\IIIIIIII----II/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------IIIIII/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\UU/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----EE/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/M----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\II/\\/\\/\\--------------------------------/\\L\\/\\/\\/\\----/\\/\\IIIIII----/\\/\\/\\/\\M\\------/\\/\\/\\/\\----L\\/\\IIIIII----/\\/\\/\\/\\V\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
112eb2b3-c263-4372-a334-f384a662da47	48d48cc3-910c-432e-98fa-51a094a2c7f3	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\RR----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII----II/\\/\\L\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\IIII------------------II/\\/\\M\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\IIII--------------------------------II/\\/\\/\\L\\----/\\/\\IIIIII----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\NN------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\CC/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
f1f79769-2f99-4c7b-8a7c-52d1d7b7cbcf	ac87c569-757e-412b-b2a2-fbbb22df9d4c	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	UUUU/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\II----II/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----IIII/\\/\\/\\----/M/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----IIIIIIIIII----/\\/\\/\\/\\/\\----/\\/\\/\\GGGG----GGGGGG/\\II----IIIIIIII/\\----/\\L\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----RRGGGGGGGG----GG/\\/\\/\\/\\----/\\/\\/\\IIII----IIII/\\/M/\\----/\\/\\/\\/\\/\\------------------/\\/\\IIIIII----/\\/\\/\\/\\/\\----/\\/\\/\\IIII----IIIIII/\\EE----EE/\\/\\/\\OO--------------------------------/\\/\\/\\/\\/\\----/\\/\\OOM\\/\\----/\\/\\/\\/\\/\\------IIII/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIIIIIII----/\\/\\/\\/\\/\\----L\\/\\IIIIII----II/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\V\\
ea2b6bc2-bed9-4fd8-bd08-bb2df66803ca	f7576486-c6b0-4adb-9381-344a2697cdf7	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/\\----/\\NNNNL\\OO----/\\/\\/\\/\\/\\----/\\/\\/\\IIII----/\\/\\/M/\\II----II/\\IIGGGG----GGGGGGIIII----IIIIIIIIII------------------IIIIIIM\\II----/\\/\\/\\/\\/\\----/\\/\\IIIIII----IIII/\\/\\II----II/\\/\\/\\/\\----/\\UUUU/MII----/\\/\\/\\/\\GG--------------------------------GGGGGGGG/\\----/\\/\\M\\/\\/\\----/\\/\\CC/\\/\\----IIIIII/\\/\\----/\\OOOO/\\/M----/\\IIIIIIII------------------/\\/\\OO/\\/\\----/\\IIIIIIII----IIIIIIIIII----/\\IIII/\\II----IIIIIINNNN--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIII/\\/\\/\\------/\\/\\/\\CC----/B/\\/\\RRM\\----IIII/\\/\\/\\------------------/\\II/\\/\\L\\----/\\IIIIIIII----/\\M\\/\\/\\/\\----/\\/\\/\\/\\GG----GGGGGGGGII----/\\/\\/\\/\\L\\----RR/\\/\\UU/\\----/\\/\\
3543cee5-7922-4f08-a3a1-9f9d42007a6b	f25bca9f-85db-4aa6-babc-c6804c813530	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII----IIII/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/B----/\\/\\/\\/\\V\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\L\\/\\/\\----/\\/\\/B/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\V\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
807b1f28-0a20-48ad-94f0-612e737d5958	f10a60bf-e3f5-44d5-8e41-0760d199f839	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\L\\----/\\/\\/\\/\\NN----NN/\\/M/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIIIII/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIII/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\RR/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/M----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\------/\\/\\IIII----IIII/\\/\\/\\----/\\/\\/\\/\\L\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/M----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/B----/\\/\\/\\/\\/\\----/\\/\\
bc9d8933-aacd-46fb-9f1d-819859be18e1	632499c6-4465-4b4c-ac29-f7c45aa7b595	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----CC/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\GG------------------GGGGGGGG/\\----/\\L\\OOOOII----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\M\\------------------/\\/\\/\\/\\/\\----/\\/\\/M/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\CC--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----L\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\II----IIIIM\\/\\/\\----/\\/\\
2788f824-8f3b-4b1b-9d4a-efbb1d9085e3	9bccf412-235c-44a1-ac49-660dbc41d5fc	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/BL\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/B/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIII/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\------------------/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIIIIIII--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/B/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
32c78f33-de9d-4f36-aef6-d76c90324b02	015ac4a5-6058-4f86-af38-5dc854ddeaa3	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\EEIIII----IIIIII/\\/\\----/\\/\\/\\/\\/\\------------------/\\IIIIIIII----II/\\/\\/\\/\\----/\\/\\IIIIII----IIIICC/\\/\\----/\\NN/\\/\\/\\----/\\/\\/\\/\\/\\----OOUU/\\NNNN--------------------------------/\\/\\V\\/\\/\\----/\\/\\/\\IIII----IIIIIIL\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\L\\IIII----IIII/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II--------------------------------IIIIIIII/\\----M\\/\\/\\/\\/\\----/\\/\\L\\II/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIIIII/\\------------------/\\II/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\IIII----II/\\/\\/\\/\\----/\\/\\/\\/\\II----II/\\/\\/\\/\\----/\\/\\
418fc84c-7f57-4a24-a90d-553e5b55f8cd	251085f1-b286-420a-b0ca-e288ca91d95c	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\IIIIII----II/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\IIII----II/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\II----IIIIII/\\/\\----/\\/\\/\\/\\M\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\RR/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIIIIIII------II/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\NNNN/\\----/\\/\\/\\/\\/\\----V\\/\\/\\/\\/\\----/\\/\\
03143161-9034-45a7-b84c-dcae1802fa3e	ca55b474-8ccc-4fd8-96d5-375ca1d5bf8e	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----II/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\L\\L\\----/\\/\\/\\/\\/\\----L\\/\\RR/\\/\\----IIIIII/\\/\\----/\\UU/\\/\\RR----/\\/\\/\\/\\/\\----/\\II
c607ded5-9abe-4ede-8640-6a31cd927d81	38095904-dcb0-44d4-a342-0a04e06d5e50	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	L\\/\\/\\----/\\/\\/\\/\\II----IIIIII/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\OOOO/\\M\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIII/\\/\\----/\\/\\II/\\/\\----/\\L\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----EEEEEE/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\OO----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\--------------------------------/\\/\\UUUU/B----/\\/\\/\\/\\/\\----OO/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\II/\\/\\----IIIIII/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\IIIIII----/\\/\\/\\/\\/\\----/\\/\\
636a204e-da37-446f-8812-4b6f4f43b89d	f33f9f3d-81de-417a-86d1-7fad0a4a6b09	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\L\\/\\/\\II----IIIIIIII/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\RR/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\CC/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
36419ee4-6ff2-4a71-a7a2-29880ac80412	5bfb2516-144c-4577-850a-0dc23c92b24d	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\II/\\----/\\/\\IIIIII----II/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\UUUU/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----UU/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\
8b3fb04a-3d54-4784-8bcf-2b06f60da73e	7cd3dc25-8a92-421b-b50b-96c987315993	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\/\\II----IIIIIIIIII----IIEEEEEE/\\----GGGGGGGGGG----IIIIII/\\II----IIIIIIII/\\----IIIIIIIIII----NNNNIIIIII------------------IIII/\\UUII----/\\/\\GGGGGG----GGGG/\\GGGG----GGGGGGNN/\\----IIIIIIIIII----IIIIIIII/\\----IIII/\\/\\/\\--------------------------------IIII/\\GGGG----GGGGGGIIM\\----RRGGGGGGGG----GG/\\/\\IIII----II/MIIIIII----II/\\IIIIII------------------UUIIIIIIII----IIII/\\OOOO----OOOOCCIIII----IIIIIIIINN----CCIIIIIIII--------------------------------M\\/\\M\\/\\II----IIIIIIIIII----IIIIIIIIII------II/\\UU/\\----OOOOGGGGGG----GGGG/MM\\OO------------------OONNIIII/\\----/\\/\\CCM\\II----IIIIUUIIOO----OOIINNCC/M----/\\IIIIIIII----IIIIIIIIII----IIIIIIII/\\----EEEE
6c2948f4-dae4-48a2-89cd-4f9ed0fd2353	e66c14dc-1114-44f1-a007-1ca695450a98	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\/\\/\\----/\\/M/\\L\\/\\----V\\/\\/\\V\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\II/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\IIIIII----IIII/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\IIIIII/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----IIIIII/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\II/\\----/\\/\\/\\/\\/\\----/\\/\\
4886f614-6668-44d8-b815-0b4a994b2aeb	38389a55-e035-4487-b769-e12b2c810201	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/B/\\/\\II----IIIIII/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\OOOO/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\UU/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\
f35f90cc-4f9d-45ed-98af-7309a879bc16	d0d8a9e0-d090-4a19-8954-b403b8d27452	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\OO----OO/\\/\\/\\/\\----/\\/\\/\\/\\GG----GGGGGGGGL\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\CC/M------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\EE----EEEE/\\UU/\\----/\\/\\/\\/\\/\\----/\\/\\GGGGGG----GGGG/\\/\\/\\----/\\/\\/\\/\\II--------------------------------IIII/\\/\\/\\----/\\/\\NN/\\/\\----/\\IIIIIIII----IIII/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\NN/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\------/\\/\\/\\/\\----/\\IIIIIIII----II/\\/\\/\\/\\------------------/\\/\\/\\/\\V\\----L\\/\\L\\L\\/\\----/\\CC/\\/\\/\\----GGGGGGGGGG----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
2b92ff0f-819c-4ecd-a960-7805eaad5ca8	07f157ca-2dad-41d9-bb1d-3aa7ba73b9c3	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\IIII----IIIIII/\\/\\----/\\IIIIIIII----II/\\/\\/\\/\\----/\\IIII/\\GG----GGGGGGGG/\\----/\\/\\/\\/\\/\\----II/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\NN/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----IIIIIIIIII----/\\/\\/\\IIII----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\UUUU------------------/\\/\\/\\/\\/\\----/\\L\\IIIIII----/\\/\\/\\/\\/\\----/\\/\\/\\V\\/\\----/\\/\\/\\/\\L\\--------------------------------L\\M\\GGGGGG----GGGG/\\/\\/\\----/\\EEEEGGGG------GGGGGG/\\----/\\/\\/\\/\\/\\----/\\L\\RR/\\/\\------------------/\\RR/\\/\\/\\----GGGGGGGGGG----/\\/\\/\\IIII----II/\\/\\/\\II----IIIIII/\\/\\----/\\IIIIIIII----/\\/\\/\\L\\/\\----/\\/\\
0a633682-5ce9-48a0-8ed4-1a37f6f59cba	7eaa6c37-6f25-4bf2-b74c-fa246f5c72c9	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\L\\/B/\\----/\\II/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\--------------------------------EE/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\L\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\
b11ea9c3-1d1b-4bf6-bc73-6e5b654e59cc	0cb7b467-aef9-4e34-992c-9114c0d518ea	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/M/\\----/\\/\\/\\/\\/\\------------------/\\/\\OO/\\UU----UU/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\V\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\IIIIII----IIII/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/M/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
23c6352c-2c67-4d02-8a63-fce166b5544d	b0a0962f-7d24-4c0d-9c54-1f6d404b5a58	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/MIIII----IIIIIIM\\CC----GGGGGGGGGG----IIIIIIIIII----GGGGGGGGGG----GGGGGGGGGG----IIIIII/\\/M----NNNNRRIIII------------------IIIIIIIIII----IIIIIIIIII----IIOOM\\RR/\\----/\\UUOOIIII----IIIIIIII/\\----II/\\/M/\\M\\----UUCC/\\IIII--------------------------------IIIIIIEEEE----EEM\\GGGGGG----GGGGOOGGGG----GGGGGGIIII----IIIIIIIIII----IIIIII/MII------------------IIII/\\/\\M\\----CCM\\GGGGGG----GGGGEEEEEE----UUUUIIIIII----IIIIIIIIII--------------------------------IIIIIIIIII----IIII/\\M\\II----IIIIGGGGGG------GGGGIIII----IIIIIIIIII----/\\IIIIIIII------------------IIIIIIIIII----IIIIIIIIII----/\\IIIIIIII----/\\/M/\\GGGG----GGGGGGIIII----IIIIIIIIII----IIIIIIM\\CC----IIII
8ae57eec-f1cf-4ba8-b406-6fdca7cddb05	295e1263-551d-401f-a6e2-35bad9fa5684	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/B/\\/\\/\\----/\\/\\/\\L\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/M/\\/\\----IIIIIIIIII----/\\/\\/\\/\\II----IIIIIIIIL\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIII/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----IIIIIIIIII----/\\/\\/\\/\\/\\----/\\/\\/\\IIII----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\EEEE----EE/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----GGGGGGGGGG----/\\/\\/\\/\\UU----/\\/\\/\\/\\/\\----/\\V\\
f803e518-b613-440a-b4a7-91cd18349025	2205e2f1-dff6-4db4-a761-ab34bd60f356	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\V\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/M----L\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\IIII/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\M\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\EE/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\UU----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\II/\\----/\\/\\/\\/\\/\\----/\\EEEEEE/\\------/\\/\\II/\\----/\\/\\/\\/\\/\\----/\\/BNNNN/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
fe49308d-594d-494a-9a40-568dc3fe126f	6f9eef42-5fe8-4338-865b-fbbdead57126	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\II----II/\\/\\/\\/\\----EEEEEE/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\UUUU/\\----II/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/B----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\UUL\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\M\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\GGGGGGGG--------------------------------GG/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\V\\/\\/\\II------IIIIII/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIII/\\/\\----/M/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\M\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
37a77005-5723-418d-a2e4-f557a6c43a68	3d5a9b1d-d4a5-4724-9fef-e13dad782e5d	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\V\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/B/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/B/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\II/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/B/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----V\\/\\/\\/\\/\\----/\\/B/\\/\\/\\----/\\/\\
a8c2412b-7901-4ad0-bd7c-7f6838075ad8	2ac1e916-d8be-4182-9518-bc7d9a309abb	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\IIII----/\\/\\/\\/\\/\\----/\\/\\NNNN/\\----/\\/\\/\\/\\/\\------------------/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\II/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\OO/\\/\\/\\----/\\/\\/\\/\\L\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\OO/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------II/\\IIIIII----IIII/\\/\\/\\----/\\L\\/\\/\\GG----GGGGGGGG/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\V\\GGGG----GGGG
482fb246-e3bf-4aef-9b3e-745734a26d4f	6a759689-1361-4c86-b893-599ab38bc2e3	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\L\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIIIII/\\----/\\/\\/\\/\\/\\--------------------------------L\\/\\/\\/\\/\\----/\\/\\IIIIII----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
8255a490-6de3-4861-bb09-697d4feed86f	84d87df2-0af9-477a-a6d3-18d180b0dd49	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIII/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\UUUU----/\\/\\/\\/\\/\\----/\\V\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIIIII/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/B/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\GGGGGG----GGGG/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\------------------/\\/\\/\\/\\II----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
e70b1e34-9722-41b5-9dcb-37f9db005b01	5bc07ba7-00aa-4565-81f8-b44b1850b456	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIIIIIII----/\\UU/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/B/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII----IIII/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\V\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\L\\/\\/\\----/\\/\\/\\/\\OO----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\------------------L\\/\\/\\/\\/\\----/\\/\\/\\II/\\----/\\OOOO/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
ac71de12-dbd6-4194-a1ef-8a192c189eb8	02f2c480-9d66-40b4-b1c2-729e9bd60f40	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/B/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\V\\----/\\/\\V\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\--------------------------------/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\CC/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\V\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIII
5c63c4ed-379d-46fe-9b1a-c52c5de18748	bba80aa3-3a5e-4658-b241-c50a6ce7fd7c	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\OO----OO/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\V\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----V\\GGGGGGGG----GGIIIIIIII------------------/\\/\\/\\/\\/\\----/B/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/B/\\/\\/\\----/\\/\\/\\/\\II----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\II----II/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\
3bcb4473-4cec-4935-82ac-efb7bb76c476	0319b46b-ca65-44a0-ae60-26d6f62960b3	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIII/\\/\\----II/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\IIIIII----IIII/\\/\\/\\----EEEE/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\IIII/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/B/\\----GGGGGGGGGG----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\V\\/\\/\\/\\------------------IIII/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\II----IIIIIIII/\\----/\\/\\/\\/\\/\\------/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/MIIII/\\/\\------------------/\\/\\/\\IIII----II/\\/\\/\\/\\----/\\V\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----L\\IIIIIIII----II/\\/\\/\\/\\----/\\/\\
44856fc7-48fe-4e2d-a293-3616e65cdfd0	464904bc-c9b9-4e17-a1bb-55174e0270ce	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/\\----/B/\\/\\/\\/\\----/\\/\\/\\/M/\\----/\\/\\/\\/\\/\\----/\\/\\II/\\/\\----/\\/\\/\\IIII----/\\/\\/\\/\\/\\----/\\IIIIIIII------------------II/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIII/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\IIII----IIIIIIII/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/B/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\V\\----V\\/\\/\\/B/\\------/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\IIIIII/B------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\M\\/\\/\\/\\----/\\/\\GGGGGG----GGGG/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\
ad83d54c-7f75-44d7-bac4-7f2b7180714c	42656043-2cab-42a1-a2d6-f8c95cff1d89	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\V\\/\\----/\\/\\/\\V\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\II/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/B/\\----/\\/\\/\\/\\/\\------------------/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------V\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
641a1d32-53d5-4744-9c41-dd9c003cf173	358b55e5-a039-48f0-8abf-3df6ed6976e9	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\L\\IIII----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\IIII----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\GG----GGGGGGGG/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\--------------------------------/\\/\\IIIIII----IIII/\\/\\/\\----/B/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/B------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\
31149472-80af-44fc-80af-c094f7ee41c7	85c82a75-9c77-47f7-b09e-bf0e720b4e47	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/B/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\RR/\\----GGGGGGGGGG----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\L\\/\\/\\II----IIIIII/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII----IIII/\\/\\/\\----IIIIIIIIII----/\\/\\
802b6f9e-2109-44b8-ba50-e488576cc1f1	679bae34-6a67-4461-8389-90a2983f0f43	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIII/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\------------------/\\/\\IIL\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/B/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\II/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\EE/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\IIII----IIIIIIIIII----/\\/\\IIII/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\OO----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\II
b30e656d-17f2-4d9e-adb3-aa1008a0ca0f	eaed0189-3d77-46fa-bcf4-1bc68caf6a4c	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----IIIIIIIIII----/\\/\\/\\IIII----IIII/\\/\\/\\----/\\/\\/\\/B/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\IIIIII----IIII/\\/\\II----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\CC/\\--------------------------------/\\/\\/\\/\\NN----NN/\\/\\NNL\\----/\\/MM\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIII/\\/\\----/\\L\\/\\UU/\\----/\\/\\/\\/\\/\\--------------------------------IIIIIIII/\\----/\\/\\/\\/\\NN----NN/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIIIIIII----II/\\/\\GGGG----GGGGGG/\\/\\----L\\/\\
24b21d2c-5993-48f7-bf02-6d26a9b3a613	e66e7046-8bda-4358-88e9-73014fecd11c	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	UUUU/\\----/\\/\\/\\II/\\----/\\OOOO/\\/\\----/\\/\\/\\/\\/\\----/\\NNNN/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\UUUU----EEEEEE/\\II------------------IIIIIIII/\\----/\\/\\/\\II/\\----/\\/\\/\\/\\/\\----/\\IIIIIIII----/\\/\\/\\IIII----IIIIII/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\OOOO/\\----/\\/\\/\\/\\M\\----/\\/\\/\\/\\/\\----/\\/\\GGGGGG------------------GGGG/\\/\\II----/\\/\\IIII/\\----/\\/\\/\\/\\/M----/\\/\\/\\GGGG----GGGGGG/\\/\\--------------------------------II/\\/\\OO/\\----/\\/\\/\\/\\/\\----/\\/\\/\\CCEE------EEEE/\\/\\----L\\/\\V\\/\\/\\----/\\/\\/\\EEEE------------------EE/\\/\\/\\/\\----/\\/\\IIII/\\----/\\/\\/\\II/\\----CC/\\/\\/\\OO----IIIIIIIIII----/\\/\\II/\\II----IIIIIIIIII----/\\/\\
37d1c85a-0717-4f61-9d2d-97289b781c4e	0b6f88a9-9565-411d-8f0d-00b70baaa5b8	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	IIIIII----/\\/\\IIIIII----IIIIEEEE/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\EEEEEE----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\GGGGGGGG----GG/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\RR----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\OO----/\\/\\/\\/\\/\\----/\\IIIIII/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII----IIII/\\/\\L\\----/\\/\\/\\/\\/\\--------------------------------V\\/\\M\\/\\/\\----/\\L\\UU/\\II----IIII/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\RR/\\/\\/\\------------------/\\/M/\\/\\/\\----/\\/\\IIIIII----IIII/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIII/\\/\\----/\\/\\/\\/\\/\\----IIII
42b9d282-c872-412c-a0fa-d11066914352	fd96b786-fcc7-44cc-bdb5-cc97a8075e96	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\II/\\----/\\/\\/\\/\\/\\----M\\/\\/\\/\\/\\----/\\GGGGGGGG----GG/\\/\\/\\II----IIIIIIUU/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II------------------IIV\\IIIIII----II/\\/\\/\\/\\----/\\/\\/\\L\\V\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII--------------------------------L\\UUUU/\\/\\----/\\UUUU/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\GGGGGGGG----GG/\\/\\RR/\\----/\\GGGGGGGG----GG/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIIIIIOO------/\\/\\/\\CC----/\\/\\/\\/\\/\\----/\\/\\IIII/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----IIIIII/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\V\\/\\/\\----IIIIII/\\II----II/\\
40235312-c675-44ee-bacb-ce7e38eef7a6	69d887e8-4040-4d8d-a858-e2db6197b682	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----NN/\\/\\/\\/\\----/\\/\\L\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----L\\/\\/\\/\\/\\------/\\/\\V\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\V\\/\\/\\----/\\/\\
dac4baf3-38ff-4af2-8357-f7fb44a6dad9	4c8a6781-4583-4a63-a645-34881f232cde	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\IIII/\\----/\\/\\IIIIII----/\\L\\/\\/\\II----IIIIIIII/M----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/B/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII----/\\/\\/\\/\\/\\----/\\/\\/\\IIII----/\\/\\/\\/\\/\\----/\\/\\
db4f83f1-766f-4251-b881-879424aeb2a6	7da7bbd2-af03-481e-a7f6-2cfce32ac78a	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\II----IIIIII/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\CC/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\NN/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\II/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII------------------IIII/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\II/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\L\\/B/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----NN/\\
f708f245-9805-4f6e-960f-d1ef35cb5c8b	31f7ebf7-8026-4b6f-8196-230e14030e19	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\L\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\CC----/\\L\\L\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\UU----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\------/\\/\\L\\/\\----/\\/\\IIIIII----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\V\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\
fc06bdb1-9c72-4c0b-8ff4-3c4c0c2f3ef3	d31cb44f-5fb0-4315-8397-25399988ac8d	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/B/\\------------------/\\/\\L\\/\\/\\----/\\/\\/\\L\\/\\----OO/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/B/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\GGGGGGGG----GGUU/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\IIII----IIIIII/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----IIIIII/\\/\\----/\\OO/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\L\\----/\\/\\
09a26640-afc8-42d5-bbbf-96de072453e2	ba7db74b-0de3-4023-8e43-d272fba732f8	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/M/\\/\\/\\/\\----/M/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------II/\\/\\/\\/\\----UUUUGGGGGG----GGGG/\\/\\/\\----/\\/\\/\\IIII----IIIIII/\\/\\----L\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\GGGGGG----GGGG/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\II/\\RREE----EEL\\/\\/\\/\\----IIIIIIII/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\RR/\\/\\------/\\/\\/\\/\\----II/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\NNNN/\\----/\\/\\/\\/\\/\\----OO/\\/\\/\\/\\----/\\GGGGGGGG----GG/\\/\\/\\II----IIII/\\L\\M\\----/\\/\\
0c49921b-638f-491a-9052-e69f15c1c9c5	31e95b11-11ec-4e7e-be66-d780b42fd245	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
2946beac-fb51-4597-9012-a92b8c70e49c	ae1ce225-8d28-40d6-8a62-44be4ab55a36	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\OO/\\--------------------------------/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIIIIIL\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/B/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\
a9d04100-cc46-4131-b2f9-303c0f219645	f36d2a96-8583-4372-90c1-7c1bb52d6fc9	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\GGGGGG----GGGG/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII----II/\\/\\L\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/B/\\/\\/\\/\\----/\\/M/\\L\\RR--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\IIII----IIII/\\IIII----IIII/\\CC/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\UU/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\RR/\\/\\/\\----/\\/\\/\\IIII----IIIIII/\\/\\----/\\/\\
5fe5859b-74ce-4fd7-8c67-a552330758fd	37cd04a1-f4ab-4f8d-8b15-526b37304d13	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\CC/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------IIII/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIII/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/B/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
581a5992-df93-4652-98a8-448a1a1e6c34	208800ad-1d16-49e9-a561-c87b875b5151	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\IIIIII/\\----/\\EEEE/\\L\\----/\\/\\/\\L\\/\\----/\\/\\L\\/\\/\\----II/\\/\\L\\/\\----/\\II/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/B/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\UUL\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\------------------/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\IIIIII----IIII/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\IIIIII----/\\/\\
ce2bec89-0b24-40c8-927f-4fb2b3b23337	9c735da0-3efc-4af6-98a8-7c7f4bfd3a9a	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/B----/\\/\\/\\/\\/\\----/\\/\\/\\IIII----IIIIII/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIIIIIII----IIUUUUIIII----/\\/\\/\\IIII----IIIIII/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\IIII----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\II/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\II------/\\/\\/\\/\\----/\\RR/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIIIII/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/B----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
be326b67-ed1b-4245-8c1e-fd8298e1f7f2	755a62d2-9a0b-4d77-a701-32a56970e5cb	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------IIII/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\NN/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/B/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
0d8a4160-c2b4-4c6e-82e3-133a223bab29	a9fc8407-b642-471f-8e83-bda3b256ee44	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIIIIIII----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----II/\\/\\/\\/\\----RR/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/B/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\II/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\CC----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\V\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------IIII/\\/\\/\\----/\\/\\/\\/\\/\\----UU/\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIIIIIL\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\
f051d69a-bb9f-4fbc-881e-e1b9c76142d2	f6981366-626b-4821-865f-70835955a961	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIII/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\II/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\OOOO----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\IIIIIIII--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
167c694f-5662-4e7c-9d2d-e5ce57b64331	419963f2-8552-4bb6-b155-02949fc8a6ac	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\OO/\\----IIII/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\L\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----UU/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----II/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIII/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\
652f0795-ce5d-43bb-aed9-1afe46331414	9c9d5f64-5d34-4722-b44e-0933d6786f90	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/B/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\CC----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\V\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\
59c54be1-4cec-4ce7-b0a0-8ba5526c11f6	521fedc1-1dc7-4eeb-80c4-b6ebb707fb80	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/B/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\OO/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/B/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----II/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\
066f299d-f2ca-4e2b-9703-3e92e3d8b975	635ef335-fb77-4083-b043-3e0ecbc3015f	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIII/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\EEEE/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\NN----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\V\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\IIII----IIII/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
d393fbd4-e464-4541-af79-7b672cea47e6	3453b07b-6a21-48f6-94be-16cfb23ba327	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/B/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/B/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/B/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\L\\/\\/\\II----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/B/\\/\\----/\\/\\/\\V\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\UU/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
1d7f73af-fd20-470a-a167-230b33d19247	bdeb72ec-6d90-4e94-b8d5-444a895d84a1	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\L\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\IIII----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------IIIIII/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\IIIIIIII----L\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
6b1fe8d9-d7fa-42bc-a862-e27d7544fd6a	7ff1aadd-3dd4-4859-beda-4198a2e2248d	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\II/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\IIII----/\\/\\/\\GGGG--------------------------------GGGGGG/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\NN/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\IIIIII------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\GGGGGG----GGGG/\\/\\/\\----/\\/\\
b3cbe7cd-d453-4ada-90e8-00507a418082	be04f983-dfd9-4994-a7c8-fce8b2c8b7b3	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	GGGGGG----GGGGUUIIII----IIIIII/\\/\\----IIIIIIIIII----IIIIIIIIII----GGGGGGGGGG----M\\/\\/\\OO/\\----IIIIIIIIII------------------L\\IIIIIIII----IIII/\\/\\II----IIIICC/\\/\\----/\\/\\/\\IIII----/\\OOIIIIII----II/\\/\\IIGG----GGGGGGGGGG--------------------------------GGGGGGGG/\\----/\\/\\/\\/\\/\\----/BIIIIIIII----/\\IIIIIIII----IIII/\\/\\/\\----/\\/\\/\\IIII------------------/\\IIIIIIII----/\\UUII/\\/\\----/\\/\\/\\L\\/\\----/\\L\\/\\GGGG----GGGGGGII/\\--------------------------------II/\\/\\IIII----II/\\/\\L\\L\\----/\\/\\OOOO/\\------/\\IIIIII----IICC/\\NNNN----IIIIGGGGGG------------------GGGG/\\/\\/\\----/\\/\\/\\M\\II----IIIIIIII/\\----/\\UUUUGGGG----GGGGGG/\\/\\----/\\/\\/\\/\\/\\----/\\IIIIII/\\----/\\/\\
fc2224d2-44ef-4fde-81f0-6e0c262b286c	0b8d8981-1618-4435-9a80-8a5762cd9569	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\CC----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\L\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/B----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\GGGGGGGG----GG/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/B/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\II/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----CCIIII/\\/\\----/\\/\\/\\V\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
d9f541be-93b7-4cd2-aab0-7e4a898ff216	eb5c33fe-db0d-45e9-8bc2-b72fbe417ead	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\GGGG----GGGGGG/\\/\\----IIIIIIIIII----/\\/\\/\\/\\/\\----/\\/\\IIIIII----/\\/\\/\\/\\/\\----/\\/\\IIIIII----II/\\/\\/\\L\\------------------GGGGGGGGGG----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\V\\/\\/\\/\\----/\\/\\/\\IIOO----OO/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\GGGGGG----GGGG/\\II/\\------------------/\\/\\IIIIII----IIII/\\/\\/\\----UU/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\GGGGGG----GGGG/\\GGGG----GGGGGG/\\/\\------------------/\\IIII/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
e1ae0cc5-13fa-46a1-84cc-1c6501634d0d	286dc61e-e10a-4652-81a6-8cabba3950bd	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\CC/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/B/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\L\\L\\L\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\
5e346631-9e66-411a-a54d-0e92b58423dd	b29c2b0b-a03c-42f7-ae3e-79cc30362129	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------L\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\L\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\II/\\/\\----/\\/\\/\\/\\/\\----L\\L\\/\\/\\/B--------------------------------/\\/\\OOOO/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/B/\\/\\/\\------------------/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIIIII/\\----/\\/\\
033460f5-c86e-4cce-92f1-518b1d6ff6e4	8aefcbdb-24aa-42ab-a033-a90fa182ffd9	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\II/\\/\\/\\----/\\CC/\\/\\/\\------------------L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIL\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\II/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\L\\/\\----/\\/\\/\\L\\/\\------------------/\\/\\/\\/\\/\\----M\\/\\/\\LB/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----GGGGGGGGGG--------------------------------/\\/\\/\\/\\L\\----/\\IIIIIIII----/\\/\\/\\/\\/\\------II/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\------------------OO/\\/\\/\\/\\----/\\/\\/\\GGGG----GGGGGG/M/\\----/\\IIIIIIII----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
bebdb173-a68a-49ae-9340-337555fd7a9a	aed88903-de68-42ac-b6fe-180b4b362f7a	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----GGGGGGGGGG----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\OO------------------/\\IIIIIIII----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\GGGG----GGGGGG/\\/\\----/\\/\\/B/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------IIII/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----II/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\UUUU/\\----EEEE/\\/\\/\\------/\\/\\/\\/\\----II/\\/\\IIII----II/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\M\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
6a346d8d-180c-4ed6-82c4-330f3c474aff	afca7192-456d-4301-a97f-afc54bcc8175	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIII/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\------------------/\\IIIIII/\\----/\\/\\/\\/\\/\\----/\\/\\/B/\\/\\----/\\/\\/\\/\\/M----/\\/\\/\\/\\UU----/\\GGGGGGGG----GG/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\UUUU/\\----/\\/\\L\\/\\/\\----/\\/\\IIII/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----/\\/\\/\\/\\/\\--------------------------------IIIIIIUUUU----/\\/\\/\\/\\II----IIII/\\NNNN------/\\/\\/\\V\\----/\\/\\/\\/\\/\\----/\\CC/\\IIII------------------II/\\/\\/\\/\\----CC/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\NN/\\/\\----/\\RRL\\IIII----IIII/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
bcbc96ba-8976-42fa-8319-f23267427512	3e1c71b1-ad6d-4314-b79a-956051252138	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIIIIIII----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\V\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\V\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\II/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\M\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\------------------/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----NN/\\
7c341cb5-4694-461b-8d7c-4ca0d0e55caa	ebd4fc7d-7d6b-4cfa-8dd2-ba25eead2e2e	2db9e99f-a866-42f2-b0bd-72e4792a0958	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/B/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIIIIIII------------------IIL\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/B/\\/\\----/\\/\\/\\/\\/\\----/M/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\RR/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\M\\----/\\/\\/\\/\\/\\----/\\/\\
eb7c1636-ce32-4abd-b321-9ece1546deb4	018b0bd8-d53a-4e05-ab39-5749be2d5c2f	f026e0e2-115e-453e-a487-971324e5741d	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\V\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\V\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\CC/\\--------------------------------/\\/\\/B/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/B/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
1ac5e5cf-1733-4431-b168-1d890a76b365	7973df17-2f2d-4767-94b0-c5b8851b62b0	d7338698-1ca8-4502-b036-3cd00570aff7	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\V\\L\\/\\------------------/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\UU----UU/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
6d7306cc-6225-4a63-b066-a077c91cb7a6	e7062e86-f101-41f7-9a82-4c675a8642fd	06d0f5de-e856-4632-adb7-ae6cc4271615	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\V\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----II/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
7297b0b5-a6c2-4ffb-ba8f-a0a7766fc34a	5be3f74c-6c9a-4507-89bc-fbaaf8b77119	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
10a8d44f-95a2-4fd9-b85b-8a8402b9c17c	7e872abc-eac4-42b6-bafd-fea550752168	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----EEEE/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIII/\\/\\----/M/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\II/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIIIIIII--------------------------------/\\IIIIIIV\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\GG----GGGGGGGG/\\----/\\IIIIII/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\II----IIII/\\/\\/\\--------------------------------/\\/\\/\\/\\II----IIII/\\/\\/\\----/\\/\\GGGGGG------GGGG/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\IIIIII----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII----IIII/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
7e50c778-0d7f-479d-8edf-d6589abcb244	982219c0-a63a-4955-923c-aceb966da9a2	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
51268d45-20a9-4840-8c1f-af0a0b628e10	f90cd43e-e08d-43ff-bb71-4a0331b66cb4	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
e2f5bd5e-a493-412c-bb8f-0e0bad9ef92b	6dd970aa-6b92-4151-a4bb-44e52195977d	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
90255e08-3d18-4abf-a627-52aa9644a716	4f03aa1f-7a43-4bab-a025-33f02e6e0ba0	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\II/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\--------------------------------L\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\OO----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\V\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\IIII----IIIIII/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\OOOOL\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\IIIIIIII----/\\/\\
b8a2f2d8-1bac-47e4-8e08-a34e7863e500	55f01515-07c3-4af6-8b85-fb25dde79b7d	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
5a6f6227-73cc-4b26-ae6c-d68cb4212823	9799a885-d508-4b9e-ad47-cda27c5ca276	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\V\\/\\----/\\/\\V\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/M/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\IIII----IIII/\\/\\/\\------/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\------------------/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
075920b4-de29-45cd-bf18-2a5498ba1133	88239337-1bbb-4d0b-84a7-0f7b55a48199	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
6aec19b0-cb63-495e-bb50-ec4c3967e8b8	6f733562-3022-4b43-ba53-058194f94396	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\II----IIIIIIII/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\------------------/\\/\\/\\/\\/\\----/\\IIIIIIII----IIUUUU/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/B/\\----/\\/\\L\\/\\/\\----/\\/\\OOOO/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----L\\/\\/B/\\/\\------L\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
41e2e1a9-5506-4c32-9fc6-2065fb131934	77e570de-2c7b-428c-83c5-bb9e588b36e5	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
056ec848-0e3b-48a5-8e2e-536557406d18	b6ea1352-17cd-4242-9b49-7b6887ba507c	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
c591e669-c5ca-4fb5-94bb-410e9a880201	f4e146d6-a5e7-4d22-ad84-481542f460b9	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\EEEE----EE/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\GGGGGGGG----GGV\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\V\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
d7382c59-96f9-4a1a-8b64-87962d6099b8	f89cdcb2-0495-4489-b65c-ba1093017430	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
44da3565-2e66-4b63-bae0-0c2293c6234b	9ca333ce-0d94-4d6f-8a2d-1022a73b4e90	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----M\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\V\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\------------------/\\/\\/\\/\\/\\----V\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\
eb36577c-e5d3-43d2-8488-3f7a2a0dd88d	a5c19039-1689-4ef1-a6de-b366d87b0067	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------II/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\V\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/B------------------/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/BL\\----/\\/\\/\\/\\/\\----/\\IIIIIIII----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\
ed863063-5267-4490-ac7d-2d06648a7d35	d98d40db-81b9-4241-a679-fb89b18f696c	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
9049a487-84ec-4698-a607-40b4c0cb37bc	50fee102-ac62-43b3-8e8c-078914e02750	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
688fbb84-340a-423b-8ec5-9f70bc2006d1	39d8233e-cc53-4bd0-9efd-d06d1f2cc6c4	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIII/\\----/\\/\\/M/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\V\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\V\\/\\V\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\
239a1164-743e-4e30-9273-bbe6325a5fb2	319e11be-240f-4b20-9986-ba3bc579dbcd	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	L\\/\\/\\----/\\/\\/\\/\\/\\----/B/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/B/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\L\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/B/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
ad16251f-e707-4d0e-be24-d1b56f30b7ee	9c97641a-1d2b-46b7-9753-69da08a7b870	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/B/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\------------------/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIIIII/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\--------------------------------/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\EEEE----EE/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
4b8b5868-4a0a-4652-a3a7-7097254b56dd	2e0aa1d3-6048-4564-b158-46d3c74d272c	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
1e22403d-6023-4a68-8670-3cfb601e4167	8f45d1b9-4da6-495a-a484-6b2f7322c139	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\L\\/\\----/\\/\\/\\/\\/\\----IIII/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\V\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----IIIIII/\\/\\----/\\V\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\UU----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----L\\/\\VB/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIIIII/\\----/\\/\\
5c095ac8-594a-439e-afdd-cbcc069bfd51	448746ba-767b-41a8-9085-82ba8730a397	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
bf62f48b-6b0e-4d5d-8414-23b409269638	0209154a-e799-47fe-aae8-c9ed832dd30e	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
95a01648-2743-4fd0-bb21-a6d0579c012d	8ebf5ae8-b50c-4e79-8ccb-c4d8196e2ab3	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIII/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\UU/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/M/\\/\\/\\/\\----/\\/\\/\\/\\M\\----/B/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/M/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/M/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
cbbf18c7-d5b5-40e5-8565-921baa12d83f	fecbadc5-eb9f-4f56-84b6-2a79fde0a338	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/B/\\/\\IIII----II/\\/\\/\\/\\----IIIIIIIIII----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\------------------L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\GGGG----GGGGGG/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------L\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----II/\\/M/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----OO/\\/\\IIII------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\NN/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\UUUU/\\/\\----/\\/\\
6a32c063-c3e5-4d8b-9017-0bded75448ff	92dadf2d-bf9e-4a68-ace7-68f1000b5b0f	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\CC----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\L\\------------------/\\IIIIIIII----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\UUUU/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----IIIIII/\\/\\----IIIIIIIIV\\----/\\/\\/\\/\\L\\----/\\II/\\/\\/\\----/\\/\\/\\/\\II------------------IIIIII/\\/\\----/\\GGGGGGGG----GG/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII--------------------------------II/\\/\\/\\/\\----/\\/\\/\\/\\EE----EE/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II------------------IIIIII/\\/\\----/\\/\\/\\/\\/\\----EEEE/\\/\\/\\----/\\/\\/\\GGGG----GGGGGG/\\II----/\\/\\/\\/\\OO----/\\/\\/\\IIII----II/\\
fd4bc17b-0b81-49b2-a374-3c5be2735b71	72921fcd-22a6-4128-9f9c-bd917c5e27b6	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
127cea86-9a30-4ace-918c-483b8609c26c	e84fc27e-2c6e-44ea-85df-b1fa4cf5b70d	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\GGGG----GGGGGG/\\/\\----/\\L\\/\\GGGG----GGGGGGL\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\UU----UUIIIIIIII----II/\\/\\L\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\OO----OO/\\/\\IIII----IIII/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIII/\\/\\----/\\IIIIIIII----IIIIII/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\IIII/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\--------------------------------/\\IIIIIIII----II/\\IIIIII----/\\/\\/\\/M/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\II/\\/\\----/\\IIIIIIII----II/\\UU/\\/\\----/\\/\\/\\II/\\----/\\/\\/\\L\\/\\----/\\/\\L\\/\\/\\----/\\/\\
5d10286c-4e84-461f-b918-8e7a043720d1	c8ec2f68-3944-4280-ab44-6c1194bd35e0	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
bfe9d7e1-3104-4315-8fae-73a9ee68f702	d5c70acb-c2db-4227-a8f4-6f1f097b6c51	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	L\\/\\/\\----/\\/\\/\\/\\/\\----/M/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\V\\/\\/\\/\\----/\\/\\/\\RR/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\--------------------------------/\\/\\RR/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----EEEEEE/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII----IIII
a3f50a5d-b8f8-403f-aeae-75c66b388ea6	4aa5784e-e8dd-45eb-9bec-d06d5cd0d2d9	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\L\\/\\L\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\L\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\EE----EEEE/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/B/\\/\\/\\/\\----/\\/\\
5513b35e-e10a-486e-897c-b5d3909770ab	75b8563a-6a0a-4dfc-b4d1-09286d6cc5d8	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\OOOO/\\----/\\/\\/\\/\\/\\----/\\EEEE/\\/\\----II/\\/\\IIII----IIIIII/\\/\\----/\\/\\/\\/\\/\\----NNNN/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\IIIIIIII----UU/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\V\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/MEEEEEE----/\\/\\/\\/\\/\\----/\\/\\GGGGGG----GGGG/\\/\\/\\------------------EEEEL\\/\\/\\----II/\\/\\II/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\RR/\\IIII--------------------------------II/\\/\\IIII----IIIIIIII/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/MV\\/\\/\\/\\----/\\/\\/\\IIII----II/\\/\\/\\UU----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\NNNN/\\----/\\/\\/\\/\\/\\----/\\/\\
4a94b3c2-9c06-4a18-95ae-38bcc2462d5b	39ca9edf-de3b-4f3a-bc27-37d7f223811b	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\NN/\\----/\\IIIIIIII----GGGGGGGGGG----/\\/\\IIIIII----IIII/\\/\\/\\----/\\/\\/\\/\\L\\----/\\IIIIIIII----/\\/\\/\\IIII------------------IIII/\\/\\/\\----/B/\\GGGGGG----GGGG/\\/\\II----IIII/MNNNN----/\\RR/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/M/\\CCII--------------------------------IIIIIIIIII----/\\/\\/\\/\\/\\----OOOO/\\/\\/\\----/\\/\\/\\NNNN----CCV\\IIIIII----IIIIGGGGGG------------------GGGG/\\UUUU----/\\GGGGGGGG----GG/\\II/\\/\\----/\\/\\/\\/\\/\\----/\\/M/\\II/\\--------------------------------OOOO/\\/\\/\\----/\\/\\OOOORR----/\\/\\IIIIII------IIII/\\EE----/\\/\\/\\/\\/\\----IIIIIIIIII------------------/\\/\\/\\IIII----IIIIIIIIII----IIII/\\/\\/\\----/\\/\\/\\IIII----IIIIII/\\/\\----/\\/\\/\\/\\II----/\\IIIIII/\\----/\\/\\
83d9bfa0-044b-4c5e-833a-fdf1077480ca	d6733b51-42b6-4b8a-8dad-3352cdd52175	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\RR/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\L\\----/\\L\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\UU----UU/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/B/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\V\\------/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\M\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
a2f11cd9-0573-4a62-9340-74cf6d8fd0a8	68b4608a-af1f-494e-9d22-8402c6ec264b	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
fc09d839-a5be-461a-9b1c-464e51e1d11b	62ec5d4c-161b-4421-8e27-606238f232e5	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
4557c6ed-dab4-40b4-99da-5387b9924b01	c4af7880-d2bc-4aaa-afcd-3afc2d299abd	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
2339cd45-3eb9-454d-bf81-0fe277ece050	a09f9caa-12cd-47ec-a1c7-3dec75cb9733	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\UU/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\V\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/B/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
e2a0c083-f88d-4dd6-9dfc-a0bbe9b0630f	f52dd54c-da49-4756-977e-0d80f8baae02	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\II----/\\/\\IIIIII----NNNN/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIIIII/\\----/\\/\\/\\/\\II------------------IIIIII/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIII/\\/\\/\\----/\\L\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIIIIIII------------------/\\II/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIIIIIII----II/\\/\\V\\/\\----/\\/\\
d63f177b-0d8c-4b05-90b8-7fa04c39dee9	731b602e-642d-4b24-9434-b2417f1cd7f1	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\IIIIII----IIII/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/B/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\V\\/\\--------------------------------/\\/\\/\\UU/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----V\\/\\UUUU/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
381e2a20-450f-4343-a57f-5ce4d270038e	d409784e-0a18-4c02-9a88-c3c5eb8bc330	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
8c839b88-93e2-4026-9cc5-7325111ebd5c	bfe29bd8-35f5-4ad4-8073-490b5b1a73b1	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
d60eb62c-262b-405c-8df4-20d34b9b7dd6	fd2c8acb-19f7-4d9f-9f37-41bbed8db114	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/B/\\/\\----/\\/M/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\EE----EEEE/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\L\\/\\/\\------------------V\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\V\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\L\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\
be7dbc1d-b6b8-41e9-9c1d-61718b6dad9b	4e2a7701-5b55-4995-8498-3519e916aeac	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
b29a4133-6fbd-4c2b-b498-8785c626e4fe	c21f1326-82cf-4747-83ae-e13ef1452d82	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
b561d104-2d17-4057-9383-bedbddb187ff	433ee22a-c44d-4d23-8747-629ea1389900	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
c9ebe6be-b103-401b-a18c-571e0b91c96f	055c900b-92b7-418f-97bc-94524d489ccd	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII----II/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\L\\OO/\\/\\----OOOO/\\/\\/\\----/\\/\\/\\M\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------NN/\\/\\/\\/\\----/\\/\\RR/\\/\\----UU/\\L\\/\\/\\----/\\IIII/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\NNNNUU----/\\/\\/\\V\\/\\----/\\/\\OO/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\IIIIII/\\----OOOO/\\/\\/\\----NNNN/\\IIII------/\\/\\/\\/\\----NN/\\/\\/\\/\\----/\\/\\/\\/B/\\------------------/\\M\\/ML\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/M/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\
252362e3-4a57-41e4-b1e0-972c505a3e23	f31fb4c1-a6c7-468a-9246-beb6d4caf8a4	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\NN/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/B/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\IIII----IIIIII/\\/\\----/\\IIIIII/\\----/\\/B/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----IIIIIIII/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
7b7ff561-af06-49d8-a24d-cb761c7026a5	ad7f85a7-203e-4a92-a2a5-da3f97e0a1f1	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
f09115ee-aa60-425f-a6c1-3644ea496835	cdb24349-73c9-42f7-9c3c-e5d737e06de4	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/B/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIII/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\------------------/\\V\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\L\\IIII----II/\\LB/\\/\\--------------------------------/\\L\\/\\/\\/\\----/\\/\\/\\IIII----IIIIII/\\/\\------/\\/\\L\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
359c6ebb-2d58-426d-ba03-df310ea8f7f9	60eadd63-85a0-46c0-a6ef-9e0cd40a949f	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\IIIIII----/\\/\\/\\L\\/\\----/\\/\\/\\RR/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\L\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\UU/\\/\\----/\\L\\/\\/\\/\\----/\\IIIIIIII----II/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----L\\IIIIIIII----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\--------------------------------/\\L\\/\\/\\/\\----/\\NN/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
1620cf33-d825-47bf-870c-09f1618853b4	77fdea51-830e-4970-a28d-1e01216190ba	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\M\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\GGGG------------------GGGGGG/\\/\\----/\\/\\/\\/\\/\\----IIII/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----IIIIIIII/\\------/\\/\\/\\II----IIIIII/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----V\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\V\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
46ba6259-bc5b-4efb-aa84-f9e19b42bd86	2b6a4ee4-a464-4a33-be46-70fa9e0834dd	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
5aa8f2f7-45e7-4363-b781-c5a9d2f47e92	a9c257bb-5a0f-418d-9f32-7573b9e423a3	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\V\\----/\\/\\EEEE/\\----/\\/\\/\\/\\II----IIII/\\/\\/\\----NNNNIIII/\\----IIII/\\/\\/\\----IIIIIIIIII----EE/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\IIII----IIEEEEEEII----II/\\IIIIII----II/\\II/\\/\\----/\\CC/\\/\\/\\----IIIIIIIIII--------------------------------V\\/\\NNNN/\\----/\\IIIIIIII----IIIIIIII/\\----/\\/\\/\\/\\UU----/\\/\\/MM\\/\\----/\\/\\/\\IIII------------------IIII/\\/\\/\\----/\\/\\GGGGGG----GGGG/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\OO/\\/\\GG----GGGGGGGGOO------IIIIII/\\----/\\/\\/\\/\\II----IIIIGGGGGG------------------GGGGIICC/\\----/\\/\\IIIIII----II/\\/\\/\\CC----IIIIIIII/\\----/\\/\\/\\IIII----IIIIIIIIII----II/\\/\\/\\/\\----EEEE
a6e1ff9a-6b40-44f8-93c6-2b91223de1ca	601a96ec-9b5c-48ca-8894-5e8675a73acb	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
863032b5-9491-4d37-8a80-e4798a764e2b	06f91b2f-b4ca-4934-bef0-af48ab4cbdf6	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
2afc1b77-b591-4c79-8d23-4caa0c416529	cfbfb086-e761-42ec-9e69-87e2ca2fc3ba	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\M\\/B----/\\/\\/\\/\\/\\----RRL\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----OOOO/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\IIII--------------------------------IIII/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/B/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
57ff68e5-b49d-42fc-a1f2-4fa20e993c67	7f4a8bba-d5ff-4add-82cb-546e62d3f870	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\V\\----L\\/\\/\\/\\/\\----UU/\\/\\/\\/\\----/\\/\\NN/\\/\\----/\\/\\/\\IIII----UUUU/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\GG----GGGGGGGG/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\L\\/\\/\\/\\----/\\V\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----OOOO/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\V\\/\\----/\\/\\/\\/\\/\\----/\\II/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
9806f2de-9e5a-4869-b156-ddaf0c96a793	5c63c96a-eeed-4d52-8356-353c777e267e	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\GG----GGGGGGGG/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----V\\/\\/\\/\\/\\----/\\RRNNNN/\\------------------/\\/\\/\\IIII----IIIIII/\\/\\----/\\/\\/\\/\\M\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------IIIIIIIIII----IIIIIIIIII----/\\GGGGGGGG----GG/\\II/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\IIII----/\\IIIIIIII----II/\\/\\OOOO----/\\/\\/\\CC/\\----L\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\IIIIII----/\\/\\/\\/\\/\\------UUUU/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------RR/\\/\\IIII----IIIIII/\\/\\----IIII/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\II----IIIIIIL\\/\\----/\\/\\/\\/\\/\\----IIII
e6cfc6c5-928a-44b9-937d-05d6c35ecb1a	c130cd8d-308c-40e0-84f1-33f312067db2	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\L\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\NNNN/\\--------------------------------/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\IIII----IIII/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\M\\/\\/\\----/\\/\\
6c0bfe2a-ba8a-4b66-836d-f26ea2ffd852	211cc973-a645-42d0-a005-20aae087b565	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
b38f616f-f2f0-4e48-885e-bb9b2f7cbfbf	72734f48-53e1-47b2-a14b-32495c1ddda8	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\II/\\/\\----/\\/\\/\\/\\V\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\IIIIIIII------------------II/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----EE/\\/\\/\\/\\----/\\/M/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\UU----/\\/\\V\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIIIII/\\------EE/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----L\\/\\/\\IIII----IIII/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
bb96816d-69a9-43f7-ba7d-3779554778b4	77563c03-e96c-4e45-9f58-9a53dc312cf5	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\------------------/\\/\\/\\/\\/\\----L\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
af2216f9-0ff6-4ec8-9bb2-aed38df06381	4c13f2b2-832a-41d7-9836-8e5f6c38adff	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\IIII/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\IIII----IIIIII/\\/\\----L\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\GG----GGGGGGGGII----/\\/\\/\\/\\II--------------------------------IIIIIIII/\\----/\\IIIIIIII----II/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\M\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/B----L\\/\\/\\/\\/\\----/\\GGGGGGGG------GG/\\/\\/\\----EEEEEE/\\/\\----/\\/\\L\\/\\/\\------------------/\\/\\/\\OO/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\IIII----IIIIII/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
703a359f-8ec5-4117-89b8-05784c5c3559	f7359c50-1059-4998-9dff-fc3231b862f1	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\IIIIII----IIII/\\/\\/\\----/\\IIII/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\L\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\--------------------------------/\\/\\/\\L\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------L\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\EE----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\
4d367f40-736c-4815-9381-dbf69d10edb1	816b328d-3564-499c-a72a-61d2f7f65183	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
321ccc7a-76c0-477a-b8e2-cbfd19e4f75c	a1461f1d-d9f8-49f2-bf42-308b0963c497	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
440668dc-8623-48e7-b38a-ae83cd786745	1e97a268-a115-4efd-8c58-abd0fb51b4ff	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
5625162b-641b-47be-9439-a9c5e2e01915	550b0acd-cfcf-4ea0-8ec2-97bd7e27ac0f	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
c9fdcc5f-a0f3-4a25-83c3-22bf9b15528f	310bfba4-c099-4a19-af61-85c050584e40	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\EE----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----L\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\UU----/\\/\\/\\/\\/\\----/\\/\\/\\L\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\II----IIIIIIII/\\------------------/\\/\\/\\L\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\V\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\V\\------/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\V\\L\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\L\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
aa963722-9356-40e3-aaab-342e83c339f6	45999ece-f1ff-4415-973c-37a794434433	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\L\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\------------------/\\/\\/\\/\\L\\----/\\/\\/\\/\\/B----/\\L\\/\\L\\/\\----/\\IIIIII/\\----/\\L\\/\\/\\/\\--------------------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/B----/\\/\\/\\/\\/\\------/\\/\\/\\/\\----L\\/\\/\\L\\/\\----/\\EEEE/\\/\\------------------/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\/\\/\\/\\----/\\/\\
172710e7-7e90-457c-b895-582aca27bd4d	db107012-b462-4778-9536-34f93438f8fe	000d4da2-4db9-4ecf-8437-b556d7c765bb	2025-09-03	2026-07-21	--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
\.


--
-- Data for Name: audit_entries; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_entries (id, sequence, at, actor, actor_name, organisation, action, subject, purpose, detail, previous_hash, hash) FROM stdin;
34f114ad-7c7e-4793-8e31-fc215687ac1c	1	2026-12-07T01:47:01.901Z	system:demo	sharewell demo		create	organisation:200101	Synthetic demo data	seed 1	0000000000000000000000000000000000000000000000000000000000000000	62b9af17d63e0c7b0af3119abfb8e2b0f3f59473d80ed2e61d0e62ed4790f84a
d75b980c-1f85-4ff2-b41b-4d4f05441885	2	2026-12-07T01:47:01.901Z	system:demo	sharewell demo		create	organisation:201101	Synthetic demo data	seed 1	62b9af17d63e0c7b0af3119abfb8e2b0f3f59473d80ed2e61d0e62ed4790f84a	5d712c8a6f872a6e75aace6209f0e7175eec1f8e783341f1f790dcee7019427f
1e70557f-9eb0-41b3-bdd3-c04c081ca672	3	2026-12-07T01:47:01.901Z	system:demo	sharewell demo		create	organisation:202101	Synthetic demo data	seed 1	5d712c8a6f872a6e75aace6209f0e7175eec1f8e783341f1f790dcee7019427f	cfed15f65682013937d7aeb1133617a07de939d74c107f83aabe5934ae113548
8c096eb3-6f36-4d3a-a29b-091f464e6449	4	2026-12-07T01:47:01.901Z	system:demo	sharewell demo		create	organisation:353-CSC	Synthetic demo data	seed 1	cfed15f65682013937d7aeb1133617a07de939d74c107f83aabe5934ae113548	d9dbf5c57c1bf3ab2e383396d981214663ca5bdb2491932a14f859b9ae400ec0
e03f8d52-936d-46c1-a3b5-55fa76a2d236	5	2026-12-07T01:47:01.901Z	system:demo	sharewell demo		create	organisation:353-EH	Synthetic demo data	seed 1	d9dbf5c57c1bf3ab2e383396d981214663ca5bdb2491932a14f859b9ae400ec0	d40bab8ec4da33912e41acaceb8a534fb3d4762fdca92beca31eb519077911bc
8a5aee24-3bf4-4330-a044-e63f81517015	6	2026-12-07T01:47:01.901Z	system:demo	sharewell demo		create	organisation:353-MET	Synthetic demo data	seed 1	d40bab8ec4da33912e41acaceb8a534fb3d4762fdca92beca31eb519077911bc	6bb6f61e69f5552390bc834ff6ab116c7496bfe6869cebcd315d5b9749af21ce
23b67d79-ba55-4a5e-8095-61fbf6cb160b	7	2026-12-07T01:47:01.901Z	system:demo	sharewell demo		create	organisation:353-SEND	Synthetic demo data	seed 1	6bb6f61e69f5552390bc834ff6ab116c7496bfe6869cebcd315d5b9749af21ce	68e61e43c4b198362ef1d4d0cc28c2157ceaff27f3c504044902a8154602e88c
63a8b280-abac-4e59-a2d3-b0c2e6c24bd5	8	2026-12-07T01:47:01.901Z	system:demo	sharewell demo		create	organisation:400101	Synthetic demo data	seed 1	68e61e43c4b198362ef1d4d0cc28c2157ceaff27f3c504044902a8154602e88c	f2e110f516f11f7ced14fefb062aa24a5405096a54a91c0543ad715ff7f58962
a45010c2-5f4e-4d44-be1d-541ae197187a	9	2026-12-07T01:47:01.901Z	system:demo	sharewell demo		create	organisation:401101	Synthetic demo data	seed 1	f2e110f516f11f7ced14fefb062aa24a5405096a54a91c0543ad715ff7f58962	46c8601ddeed72b9fd38ae1a69404d530a707e8c9d3d51c350cd21472c0a4e8b
9c2f3869-5007-4575-bd2b-fa9a93801963	10	2026-12-07T01:47:01.901Z	system:demo	sharewell demo		create	organisation:600101	Synthetic demo data	seed 1	46c8601ddeed72b9fd38ae1a69404d530a707e8c9d3d51c350cd21472c0a4e8b	71a4fa4575a9870511af856920d4176f7b5456db7e94bd3d67d8b645bffab018
9c28eb3d-4e65-4e89-91aa-7982e8ebf6c6	11	2026-12-07T01:47:01.901Z	system:demo	sharewell demo		create	organisation:600102	Synthetic demo data	seed 1	71a4fa4575a9870511af856920d4176f7b5456db7e94bd3d67d8b645bffab018	728c0432fe3c9b31493fe77d3b8a4f0878dc46ea42fb5cd49655ee022fec263f
4d8462ee-c65d-4b6e-a060-a44bd0f53692	12	2026-12-07T01:47:01.901Z	system:demo	sharewell demo		create	organisation:700101	Synthetic demo data	seed 1	728c0432fe3c9b31493fe77d3b8a4f0878dc46ea42fb5cd49655ee022fec263f	feb2fbb5bad49baf7fa8c85a431d9c318822c52d219f9a4f1f972d3e419ffa4a
4f0fa2ec-6626-473a-90ac-c406ff5d19c7	13	2026-12-07T01:47:01.901Z	system:demo	sharewell demo		create	organisation:P81001	Synthetic demo data	seed 1	feb2fbb5bad49baf7fa8c85a431d9c318822c52d219f9a4f1f972d3e419ffa4a	f577a38d1d070005a2de95c0764c433695fbc79019c21719c0efa4e251b833ad
55f459e3-3f2a-4af4-b2ec-de90c28db7be	14	2026-12-07T01:47:01.901Z	system:demo	sharewell demo		create	organisation:P81002	Synthetic demo data	seed 1	f577a38d1d070005a2de95c0764c433695fbc79019c21719c0efa4e251b833ad	2564e08f3eaf0be6edf92487cffa05b7a3f2148c71fa9c0b25f31f5b0eb08a93
c729d7ff-760f-4c20-bd78-d5c75744e48f	15	2026-12-07T01:47:01.901Z	system:demo	sharewell demo		create	organisation:P81003	Synthetic demo data	seed 1	2564e08f3eaf0be6edf92487cffa05b7a3f2148c71fa9c0b25f31f5b0eb08a93	d5f24e66a60b91fa83caab1c2e55a235962b964fbac9db229282a944d0debb13
d7fb6e0f-746e-42c5-8798-0defd019f415	16	2026-12-07T01:47:01.901Z	system:demo	sharewell demo		create	organisation:RX401	Synthetic demo data	seed 1	d5f24e66a60b91fa83caab1c2e55a235962b964fbac9db229282a944d0debb13	4a363993e9d0bebf095702165eb8eeae29263e1087fdfdcd5cd49f7377f29c80
c6e00ef6-d0e4-44d1-b6c4-b5771376fa39	17	2026-12-07T01:47:01.901Z	system:demo	sharewell demo		create	organisation:RX402	Synthetic demo data	seed 1	4a363993e9d0bebf095702165eb8eeae29263e1087fdfdcd5cd49f7377f29c80	223cd3202fa98c8feffaebde95c3c2a7839e849f556ae4230b7efa03b0a23db1
b8f486e7-612e-44a4-b31f-8aa02aab51db	18	2026-12-07T01:47:01.901Z	system:demo	sharewell demo		create	organisation:RX403	Synthetic demo data	seed 1	223cd3202fa98c8feffaebde95c3c2a7839e849f556ae4230b7efa03b0a23db1	0a36f58d43dd1c2546e91067a02e2628fc634bcd0e10085e860bfab414845305
832fb199-9763-442d-9e36-f371560f1bcd	19	2026-12-07T01:47:01.901Z	system:demo	sharewell demo		create	person_records:councilIndex	Synthetic demo data	645 records, seed 1	0a36f58d43dd1c2546e91067a02e2628fc634bcd0e10085e860bfab414845305	68753b593244ceb307aaf04e167a58202ba1982157b21c083694af6a81ea3361
84fc17b2-ac46-460a-bd2d-4f831ccb31fd	20	2026-12-07T01:47:01.901Z	system:demo	sharewell demo		create	person_records:gpRegistration	Synthetic demo data	973 records, seed 1	68753b593244ceb307aaf04e167a58202ba1982157b21c083694af6a81ea3361	276b4381f1e701d40f42c360523ef58c661b5753c1a3d85128cbae9ab2265ebc
851c3c6d-c8dd-4aa7-8fe4-6e99384526c4	21	2026-12-07T01:47:01.901Z	system:demo	sharewell demo		create	person_records:schoolRoll	Synthetic demo data	168 records, seed 1	276b4381f1e701d40f42c360523ef58c661b5753c1a3d85128cbae9ab2265ebc	4aa0d0cb5e23df006e5475c0adcaaacb2371b26abcc8bd8ea52d1e3f41969eb4
57b4f110-7399-4ec8-a383-124357bc7756	22	2026-12-07T01:47:01.901Z	system:demo	sharewell demo		create	attendance_years	Synthetic demo data	168 pupil years, seed 1	4aa0d0cb5e23df006e5475c0adcaaacb2371b26abcc8bd8ea52d1e3f41969eb4	fa5f6ca102cc28b54d1d6eac3701539d1fca7a39e4e77061e33b6c4dd1446649
8ff9eab1-b9cb-47b4-973b-362f1beff161	23	2026-12-07T01:47:03.262Z	system:user add	sharewell user add		create-user	user:0216aaa2-c7ef-46b1-8758-2e70d50d727f		role administrator in 353-EH	fa5f6ca102cc28b54d1d6eac3701539d1fca7a39e4e77061e33b6c4dd1446649	08965a3258fb6b537d42a15009c903bebd856511eafb9edd6faedeee981b68d2
e386cc1e-8231-4d36-ae63-8e582a22171f	24	2026-12-07T01:47:03.926Z	system:user add	sharewell user add		create-user	user:01864212-fc53-4765-9de8-ce156be65bbd		role analyst in 353-EH	08965a3258fb6b537d42a15009c903bebd856511eafb9edd6faedeee981b68d2	1100a942710d340da5e7bb328c035bf456cd0c42db96501c899d79cd5101d546
0169329a-dd6a-4d06-b616-5855efedd2f1	25	2026-12-07T01:47:04.570Z	system:user add	sharewell user add		create-user	user:b5667d94-7444-4747-935b-ae240aa316af		role informationGovernanceLead in P81001	1100a942710d340da5e7bb328c035bf456cd0c42db96501c899d79cd5101d546	07d6359401f481239655e0877d1be260b594054e6d9bfa4a75d5b1b2b60636a6
0dfb64db-cc8f-4ee1-bbd9-7d4488c8c43e	26	2026-12-07T01:47:05.287Z	system:user add	sharewell user add		create-user	user:e6214edc-0130-4a1a-87ff-7df47ba6a690		role practitioner in P81001	07d6359401f481239655e0877d1be260b594054e6d9bfa4a75d5b1b2b60636a6	7162a497e9ddf31bde8dfaf1cdc1249a0978d1ee5c5df50823cadefeea2aea5f
cc0e6c36-0077-48cb-abdd-c60169f56deb	27	2026-12-07T01:47:05.954Z	system:user add	sharewell user add		create-user	user:547895f4-54a5-4425-997d-c922eb7d3afc		role safeguardingLead in 200101	7162a497e9ddf31bde8dfaf1cdc1249a0978d1ee5c5df50823cadefeea2aea5f	075f797718ab13c79d64f598d5d8fd0b7f479eef3af0211898d30297a007af09
2f33e48e-e3d3-4fa5-8711-6c8ef4afbb12	28	2026-12-07T01:47:06.686Z	system:user add	sharewell user add		create-user	user:863e1aa1-21a0-4a29-986c-88f168bffc6f		role auditor in 353-MET	075f797718ab13c79d64f598d5d8fd0b7f479eef3af0211898d30297a007af09	07463f6fd02446517851557c1d5a2518c2e3404556a08781ba0cafc2726519ca
35f61858-46dd-44aa-8ee7-2f0e548bdfc2	29	2026-12-07T01:47:06.951Z	system:token create	sharewell token create		create-api-token	api_token:250ddead-1ddd-4738-90a4-927a0ea8b364		scopes attendance:write for 200101	07463f6fd02446517851557c1d5a2518c2e3404556a08781ba0cafc2726519ca	584bc9b4d3e57e799f0a39cf7726e03e74362dc695e1e8135daa235f6e4e57f4
89bd6231-693d-46e6-ac3f-85c69bb1eabe	30	2026-12-07T01:47:07.167Z	system:token create	sharewell token create		create-api-token	api_token:e4eb957a-2112-451d-91db-21d60cfe8c26		scopes directory:read records:read for P81001	584bc9b4d3e57e799f0a39cf7726e03e74362dc695e1e8135daa235f6e4e57f4	061a94b8ce32313fc64ce2c40fe9b52a9b479554e67933dd0486e34627efe7aa
4951f696-62ef-478a-b668-7823f893017f	31	2026-12-07T01:47:07.333Z	system:attendance import	sharewell attendance import	200101	import	pupils:200101	Attendance liaison	40 added, 0 updated, 40 with a GP practice	061a94b8ce32313fc64ce2c40fe9b52a9b479554e67933dd0486e34627efe7aa	7075bd4fa10fe994daec54e8389ed8513d1e0ac79b010a2decf3b26993f350e5
c12a1b0c-33f6-4122-b79d-636791bfdb60	32	2026-12-07T01:47:07.869Z	system:attendance import	sharewell attendance import	200101	import	attendance:200101	Attendance liaison	15520 marks for 40 pupils, 2025-09-03 to 2026-07-21	7075bd4fa10fe994daec54e8389ed8513d1e0ac79b010a2decf3b26993f350e5	64857048f4493e2ea3d85c35078d886c3c6660d0242070f5c67be908bc7b1c4c
4e7d7005-f17d-449f-b545-6a5fb70e335e	33	2026-12-07T01:47:08.116Z	system:attendance import	sharewell attendance import	200101	import	attendance:200101	Attendance liaison	12 per-pupil summaries	64857048f4493e2ea3d85c35078d886c3c6660d0242070f5c67be908bc7b1c4c	1e69db836e3cc41c5baffb1bee46800c90e10d049162320b576a3d2eb98d5e4a
\.


--
-- Data for Name: consent_entries; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.consent_entries (id, person_record_id, sequence, kind, scope, given_by, method, given_on, expires_on, note, recorded_by, recorded_at) FROM stdin;
\.


--
-- Data for Name: early_help_case_outcomes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.early_help_case_outcomes (id, entry_id, council_disclosed, practice_disclosed, outcome, follow_up_owner, follow_up_by, recorded_by, recorded_at) FROM stdin;
\.


--
-- Data for Name: early_help_code_meanings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.early_help_code_meanings (id, practice_id, code, meaning) FROM stdin;
\.


--
-- Data for Name: early_help_demand_codes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.early_help_demand_codes (id, extract_id, practice_patient_id, code, date) FROM stdin;
\.


--
-- Data for Name: early_help_extract_people; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.early_help_extract_people (id, extract_id, practice_patient_id, given_name, family_name, date_of_birth, sex, address, postcode) FROM stdin;
\.


--
-- Data for Name: early_help_extracts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.early_help_extracts (id, sender_id, recipient_id, agreement_id, kind, sent_at, sent, opted_out, destroy_after, matched_at) FROM stdin;
\.


--
-- Data for Name: early_help_indicators; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.early_help_indicators (id, council_id, person_record_id, code, source, date) FROM stdin;
\.


--
-- Data for Name: early_help_institutions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.early_help_institutions (id, council_id, address_key, kind, label) FROM stdin;
\.


--
-- Data for Name: early_help_link_reviews; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.early_help_link_reviews (id, extract_id, extract_person_id, council_person_id, probability, explanation) FROM stdin;
\.


--
-- Data for Name: early_help_links; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.early_help_links (id, extract_id, council_person_id, practice_patient_id, probability, decided_by) FROM stdin;
\.


--
-- Data for Name: early_help_meetings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.early_help_meetings (id, shortlist_id, held_on, place, created_by) FROM stdin;
\.


--
-- Data for Name: early_help_pseudonyms; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.early_help_pseudonyms (person_record_id, pseudonym) FROM stdin;
\.


--
-- Data for Name: early_help_shortlist_entries; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.early_help_shortlist_entries (id, shortlist_id, council_person_id, practice_patient_id, flags, health_flags) FROM stdin;
\.


--
-- Data for Name: early_help_shortlists; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.early_help_shortlists (id, council_id, practice_id, agreement_id, as_of, months, min_flags, sent_at, destroy_after) FROM stdin;
\.


--
-- Data for Name: follow_up_calls; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.follow_up_calls (id, referral_id, day, outcome, letter_arrived, feedback, recorded_by, recorded_at) FROM stdin;
\.


--
-- Data for Name: illness_referrals; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.illness_referrals (id, team_id, school_code, school_name, agreement_id, subject_id, name, date_of_birth, upn, illness_days, period_from, period_to, received_at) FROM stdin;
\.


--
-- Data for Name: organisations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.organisations (id, code, kind, name, address_line, town, postcode, secure_mailbox, direct_phone, catchment, search_text, created_at, updated_at) FROM stdin;
000d4da2-4db9-4ecf-8437-b556d7c765bb	200101	school	Castleton Ash Primary School	36 Cotton Drive	Ashworth	AW1 4BY	200101.safeguarding@ashworth.example	0161 496 0952		castleton ash primary school 200101	2026-12-07 01:47:01.931653+00	2026-12-07 01:47:01.931653+00
d7338698-1ca8-4502-b036-3cd00570aff7	201101	school	Westwood Union Primary School	93 Chester Way	Ashworth	AW2 1WZ	201101.safeguarding@ashworth.example	0161 496 0909		westwood union primary school 201101	2026-12-07 01:47:01.936837+00	2026-12-07 01:47:01.936837+00
f026e0e2-115e-453e-a487-971324e5741d	202101	school	Castleton Windmill Primary School	139 Cotton Crescent	Ashworth	AW3 5FH	202101.safeguarding@ashworth.example	0161 496 0196		castleton windmill primary school 202101	2026-12-07 01:47:01.940644+00	2026-12-07 01:47:01.940644+00
06d0f5de-e856-4632-adb7-ae6cc4271615	400101	school	Greenacres Academy	10 Stanley Road	Ashworth	AW1 1JU	400101.safeguarding@ashworth.example	0161 496 0652		greenacres academy 400101	2026-12-07 01:47:01.944508+00	2026-12-07 01:47:01.944508+00
2db9e99f-a866-42f2-b0bd-72e4792a0958	401101	school	Lowfield High School	50 Fold Lane	Ashworth	AW2 8FR	401101.safeguarding@ashworth.example	0161 496 0288		lowfield high school 401101	2026-12-07 01:47:01.947954+00	2026-12-07 01:47:01.947954+00
a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	P81001	gpPractice	Chapel Surgery	71 Railway Close	Ashworth	AW1 4BG	p81001.safeguarding@nhs.example	0161 496 0427		chapel surgery p81001	2026-12-07 01:47:01.95177+00	2026-12-07 01:47:01.95177+00
e0ce86ea-0f3d-4657-8389-60b9be9d4212	P81002	gpPractice	Hollins Medical Centre	62 Green Street	Ashworth	AW2 4SR	p81002.safeguarding@nhs.example	0161 496 0321		hollins medical centre p81002	2026-12-07 01:47:01.955022+00	2026-12-07 01:47:01.955022+00
2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	P81003	gpPractice	Holly Health Centre	197 Albert Avenue	Ashworth	AW3 4LP	p81003.safeguarding@nhs.example	0161 496 0131		holly health centre p81003	2026-12-07 01:47:01.958216+00	2026-12-07 01:47:01.958216+00
8296a254-7a99-4f71-950d-89c661b6f301	600101	childrensCentre	Millbrook Children's Centre	41 Lime Way	Ashworth	AW1 1TT	600101.safeguarding@ashworth.example	0161 496 0883	AW1 3,AW1 5,AW1 7,AW1 9,AW2 3,AW2 6,AW2 8,AW3 3,AW3 5	millbrook children's centre 600101	2026-12-07 01:47:01.962021+00	2026-12-07 01:47:01.962021+00
2fc95064-bb66-430a-b390-a810babd14f1	600102	childrensCentre	Ashworth Children's Centre	17 Canal Close	Ashworth	AW2 4YW	600102.safeguarding@ashworth.example	0161 496 0725	AW1 4,AW1 6,AW1 8,AW2 1,AW2 4,AW2 7,AW3 2,AW3 4,AW3 9	ashworth children's centre 600102	2026-12-07 01:47:01.965874+00	2026-12-07 01:47:01.965874+00
abe3b8f4-aba6-40c7-94e4-977533e28015	353-EH	earlyHelp	Ashworth Council Early Help	116 Manor Crescent	Ashworth	AW1 9QH	353eh.safeguarding@ashworth.example	0161 496 0417		ashworth council early help 353-eh	2026-12-07 01:47:01.968937+00	2026-12-07 01:47:01.968937+00
e4a77c61-d0c6-484f-af03-9ac5bd84fcab	353-CSC	childrensSocialCare	Ashworth Council Children's Social Care	94 Union Street	Ashworth	AW1 4BW	353csc.safeguarding@ashworth.example	0161 496 0489		ashworth council children's social care 353-csc	2026-12-07 01:47:01.972227+00	2026-12-07 01:47:01.972227+00
1ed98239-40ca-40eb-bea9-928967ebec51	353-MET	medicalEducation	Ashworth Council Medical Education Team	39 Willow Way	Ashworth	AW1 5FL	353met.safeguarding@ashworth.example	0161 496 0325		ashworth council medical education team 353-met	2026-12-07 01:47:01.975202+00	2026-12-07 01:47:01.975202+00
7512d519-5cca-4a9c-a6e4-b58d81cf7d64	353-SEND	sendService	Ashworth Council SEND Service	59 Orchard Road	Ashworth	AW1 4NB	353send.safeguarding@ashworth.example	0161 496 0430		ashworth council send service 353-send	2026-12-07 01:47:01.978011+00	2026-12-07 01:47:01.978011+00
4b010e93-dc1c-4455-a700-37dff8c587d5	RX401	healthVisiting	Ashworth Health Visiting Service	85 Derby Crescent	Ashworth	AW2 4NG	rx401.safeguarding@nhs.example	0161 496 0719		ashworth health visiting service rx401	2026-12-07 01:47:01.981737+00	2026-12-07 01:47:01.981737+00
f0301e60-06fa-4b41-b9cd-397703f6f03f	RX402	maternity	Ashworth General Hospital Maternity Unit	158 Highfield Crescent	Ashworth	AW2 1TP	rx402.safeguarding@nhs.example	0161 496 0414		ashworth general hospital maternity unit rx402	2026-12-07 01:47:01.984967+00	2026-12-07 01:47:01.984967+00
c0cf78fb-ed50-4c71-a8a1-7a500d839d0f	RX403	urgentCare	Ashworth General Hospital Emergency Department	199 Foundry Way	Ashworth	AW2 9EF	rx403.safeguarding@nhs.example	0161 496 0701		ashworth general hospital emergency department rx403	2026-12-07 01:47:01.988588+00	2026-12-07 01:47:01.988588+00
cf54f7c2-817d-4b26-92a0-915e4c727066	700101	alternativeProvision	Ashworth Medical Education Centre	188 Well Grove	Ashworth	AW3 1EG	700101.safeguarding@ashworth.example	0161 496 0066		ashworth medical education centre 700101	2026-12-07 01:47:01.992249+00	2026-12-07 01:47:01.992249+00
\.


--
-- Data for Name: parent_letter_templates; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.parent_letter_templates (id, practice_id, template, updated_by, updated_at) FROM stdin;
\.


--
-- Data for Name: pending_forms; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.pending_forms (id, token_hash, path, fields, created_at) FROM stdin;
\.


--
-- Data for Name: person_records; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.person_records (id, owner_id, source, local_id, nhs_number, given_name, family_name, date_of_birth, sex, address_line, postcode, registered_practice_code) FROM stdin;
65f53fc0-ef3d-49c7-94b1-6b71a16c82b6	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1002	9991234578	Samantha	Palmer	2004-09-04	F	66 Princess Terrace	AW2 7DJ	\N
34220854-82c6-4e6e-8c6d-daed661a61df	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1005	9991313761	Andrew	Palmer	2006-03-14	M	66 Princess Terrace	AW2 7DJ	\N
76327e09-61c2-4976-8ddc-f44b90ef1d8e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000001	\N	Andrew	Palmer	2006-03-14	M	66 Princess Terrace	AW2 7DJ	\N
1b01616c-b2f6-4f90-9e02-c41ef766f46e	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1002	9991392955	Harry	Hunt	1997-08-04	M	43 Orchard Drive	AW1 8TL	\N
af6c066f-ee65-4c9b-86f5-0d192f0beae5	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1004	9991472142	Sarah	Hunt	1995-10-09	F	43 Orchard Drive	AW1 8TL	\N
d04139e7-e293-4702-bed8-f3ce39b90bb3	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000002	9991472142	Sarah	Hunt	1995-10-09	F	43 Orchard Drive	AW1 8TL	\N
e2f7a3a7-6adf-4eb9-a4dc-0e5cac7768f0	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1007	9991551336	Archie	Hunt	2019-05-24	M	43 Orchard Drive	AW1 8TL	\N
62ec5d4c-161b-4421-8e27-606238f232e5	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	N353200023001	9991551336	Archie	Hunt	2019-05-24	M	43 Orchard Drive	AW1 8TL	P81001
c74d35cd-4ebd-42a3-bfaa-5678112086dc	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000003	\N	Archie	Hunt	2019-05-24	M	43 Orchard Drive	AW1 8TL	\N
7760003b-54a6-45ae-a2b9-3765ac22b99e	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1010	9991709711	Piotr	Hunt	2024-11-26	M	43 Orchard Drive	AW1 8TL	\N
de2062ae-421d-4016-8efc-dc55dc6a3664	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000004	\N	Piotr	Hunt	2024-11-26	M	43 Orchard Drive	AW1 8TL	\N
1d16d281-151b-4279-881c-fd4d5371f2f0	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1003	9991788905	Victoria	Butler	1968-08-14	F	63 Well Street	AW3 2QX	\N
44542f6e-047c-48bf-8e94-74f4e3f00cb1	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1005	9991868097	Albie	Butler	1962-01-20	M	63 Well Street	AW3 2QX	\N
28bc67b4-21e7-4bec-ae83-33a31c2b6a49	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000005	\N	Albie	Butler	1962-01-20	M	63 Well Street	AW3 2QX	\N
21351107-ecc0-4b52-87cb-8cdcca38ab43	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1011	9991947280	Jessica	Murphy	1997-12-14	F	22 Laurel Lane	AW2 1QB	\N
81b55549-abd9-42f3-b8a9-71c9f84a0ec4	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1014	9992026472	Anthony	Murphy	1992-07-21	M	22 Laurel Lane	AW2 1QB	\N
4752eefe-66a4-4f01-880b-4d1cafa5054e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000006	\N	Anthony	Murphy	1992-07-21	M	22 Laurel Lane	AW2 1QB	\N
4a8a4b60-d81a-4efe-8262-e767e2779df1	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000007	9992105666	Ibrahim	Murphy	2025-04-14	M	22 Laurel Lane	AW2 1QB	\N
95bb94c9-75fc-48dc-9e83-42dfdbd4759e	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1016	9992264047	Freddie	Murphy	2025-04-14	M	22 Laurel Lane	AW2 1QB	\N
6b07a03a-f5b4-4aac-9ffe-1332299ba64a	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000008	9992264047	Freddie	Murphy	2025-04-14	M	22 Laurel Lane	AW2 1QB	\N
d809bead-536c-4b62-ac6e-f5ecb0166377	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1006	9992343230	Amina	Grren	1994-11-18	F	8 Station Crescent	AW2 6SH	\N
6d3fa0e8-16ad-481d-8543-c6cce1aef2fc	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1008	9992422424	Christopher	Green	1989-01-04	M	8 Station Crescent	AW2 6SH	\N
51a6c3cf-82f3-4b55-b1b6-dea277f9dff0	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1010	9992501618	Samuel	Green	2020-01-13	M	8 Station Crescent	AW2 6SH	\N
c8ec2f68-3944-4280-ab44-6c1194bd35e0	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	Z353200024001	9992501618	Samuel	Green	2020-01-13	M	47 Canal Close	AW3 3GA	P81002
cf752299-2b4a-4794-b48f-c23dc933323d	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000009	\N	Samuel	Green	2020-01-13	M	8 Station Crescent	AW2 6SH	\N
be19b9d9-7ad4-439c-8e38-552393274f5a	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	H353200124001	9992580801	Ava	Green	2020-02-15	F	8 Station Crescent	AW2 6SH	P81002
3cab2682-74af-4b7e-a7af-248bd10674b1	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000010	\N	Ava	Green	2020-02-15	F	8 Station Crescent	AW2 6SH	\N
2f41c4e1-ccda-46c1-9d0e-e9ebb59f8304	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1012	9992659998	Abigail	Anderson	1947-05-26	F	103 Well Street	AW3 2QZ	\N
247436e7-826f-4593-af82-09f0f0c39cfc	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000011	9992659998	Abigail	Anderson	1947-05-26	F	102 Station Crescent	AW2 6SQ	\N
a4b5fe31-5196-4e62-a5bc-2fd0007f614f	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1013	9992739185	Stephen	Anderson	1950-02-08	M	102 Station Crescent	AW2 6SQ	\N
3f0c7f31-9903-4952-b1dc-c7cac1cea0da	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000012	\N	Stephen	Anderson	1950-02-08	M	102 Station Crescent	AW2 6SQ	\N
2a538397-b943-4b6e-8361-9571c0ae1d48	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1017	9992818379	Charlotte	Begum	1982-01-15	F	6 Derby Way	AW1 6UH	\N
4b9b643c-0837-4573-b565-96cf3ed871e3	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000013	\N	Charlotte	Begmu	1982-01-15	F	3 Rowan Crescent	AW2 4EX	\N
30b38a8f-2689-49b2-97d8-f3dee1f29f71	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1020	9992897562	Teddy	Begum	1980-06-28	M	6 Derby Way	AW1 6UH	\N
9bf3c572-f058-4189-9f73-7d1f09226224	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1014	9992976756	Anthony	Harvey	1989-08-10	M	101 Jubilee Terrace	AW2 8TU	\N
23d9b9e8-8b06-441e-822f-c1ec03f77405	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000014	\N	Anthony	Harvey	1989-08-10	M	101 Jubilee Terrace	AW2 8TU	\N
422ad308-c431-4bcd-a78c-77ae4c5742fd	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1017	9993055948	Chiamaka	Harvey	1990-02-11	F	101 Jubilee Terrace	AW2 8TU	\N
30b0cc52-b547-47b1-9ceb-7d8c4e46c071	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000015	\N	Chiamaka	Harvey	1990-02-11	F	101 Jubilee Terrace	AW2 8TU	\N
10257dd6-7264-41b8-917b-20694d11a8f4	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1019	9993135135	Mason	Harvey	1961-05-06	M	101 Jubilee Terrace	AW2 8TU	\N
9263e119-144f-43ad-945c-2deeebd4666a	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000016	\N	Mason	Harvey	1961-05-06	M	101 Jubilee Terrace	AW2 8TU	\N
65c3fef6-e7a4-4b84-b6c0-c3666a326af3	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1021	9993214329	Chiamaka	Harvey	2009-09-06	F	86 Rowan Crescent	AW2 4FB	\N
7a9daa7e-9ec8-41b6-ae6d-a9bd0d88b5d1	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	J353400114001	\N	Chiamaka	Harvey	2009-09-06	F	101 Jubilee Terrace	AW2 8TU	P81002
6f9ffdee-0a99-49de-ad62-7f292b20f70a	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000017	\N	Chiamaka	Harvey	2009-09-06	F	101 Jubilee Terrace	AW2 8TU	\N
68c10961-4281-4b54-9b9e-f70a1d10efcb	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1022	9993293512	Luca	Harvey	2013-04-14	M	101 Jubilee Terrace	AW2 8TU	\N
2d137e81-d500-4389-b3ec-911926cfab2c	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	R353400117001	9993293512	Luca	Harvey	2013-04-14	M	101 Jubilee Terrace	AW2 8TU	P81002
023a7662-1594-4845-bb1a-3439217be66f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000018	\N	Luca	Harevy	2013-04-14	M	101 Jubilee Terrace	AW2 8TU	\N
326a11d6-061b-4eb3-80e1-f003c5844124	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1006	9993372706	Oscar	Kaur	1978-11-13	M	47 Heath Road	AW1 7JE	\N
48387ee0-7e4f-4b19-aee3-e3e3834dbfa1	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000019	9993372706	Oscar	Kaur	1978-11-13	M	47 Heath Road	AW1 7JE	\N
eff1a277-0f75-4f0b-8ec9-79cc6553a593	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1008	9993451894	Rosie	Kaur	1976-12-22	F	47 Heath Road	AW1 7JE	\N
84b60dda-b53a-4bbb-8359-8c8d7d80233f	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1010	9993531081	Laura	Bennett	2008-06-01	F	61 Derby Way	AW1 6UN	\N
b1ffd2e9-c75a-4e13-9257-9289aca16884	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000020	\N	Laura	Bennett	2008-06-01	F	47 Heath Road	AW1 7JE	\N
9f1363a5-1981-43c5-9626-46d4828d60db	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1011	9993610275	George	Kaur	2008-06-03	M	47 Heath Road	AW1 7JE	\N
51b64a02-c7d2-4e0c-a7eb-33f6c9c1802e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000021	\N	George	Kaur	2008-06-03	M	47 Heath Road	AW1 7JE	\N
00e31ca6-1459-4c68-b705-9b94f081ddc8	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1013	9993689467	Henry	Lee	2000-01-07	M	104 Well Street	AW3 2QZ	\N
5c93261a-bd19-46ee-8463-d2c31b811c5d	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1016	9993768650	Maya	Lee	2002-07-21	F	104 Well Street	AW3 2QZ	\N
d94509a0-7fd8-447a-a4cc-a88c42536f33	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000022	\N	Maya	Lee	2002-07-21	F	104 Well Street	AW3 2QZ	\N
2cfa545c-615e-41c2-996c-a227317fcc50	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1018	9993847844	Elsie	Lee	1967-12-01	F	104 Well Street	AW3 2QZ	\N
f8706486-c9c8-4c36-ba1c-ce9b5566227e	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1020	9993927031	Maryam	Lee	2024-01-23	F	104 Well Street	AW3 2QZ	\N
9fa16b48-931e-473d-89dd-1360399c17d7	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000023	9993927031	Maryam	Lee	2024-01-23	F	104 Well Street	AW3 2QZ	\N
34fd9f16-6cd2-46f3-b2c4-9e5060b09366	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1021	9994006223	Matilda	Lee	2025-06-30	F	104 Well Street	AW3 2QZ	\N
f9894f48-a7d0-4bc4-a7e2-27015541ab7c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000024	\N	Matilda	Lee	2025-06-30	F	104 Well Street	AW3 2QZ	\N
2371af4f-4330-46b5-8b90-6ad35010f969	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1023	9994085417	James	Barnes	1979-12-14	M	12 Rowan Crescent	AW2 4EX	\N
5360985a-fe67-4c56-b048-e826736aabcb	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1026	9994164600	Christopher	Akhtar	1991-02-10	M	77 Rowan Crescent	AW2 4FA	\N
083b49ae-3c0a-40d5-bc4b-de7daf384f42	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1027	9994243799	Rachel	Akhtar	1994-10-06	F	77 Rowan Crescent	AW2 4FA	\N
d0f0eacf-61fd-4b4e-8d7d-3f6efbea8f2e	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1028	9994322982	Jack	Akhtar	2012-06-02	M	77 Rowan Crescent	AW2 4FA	\N
334ac985-6d9d-4608-a89a-97c77fab6705	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	F353400116001	\N	Jack	Akhttr	2012-06-02	M	77 Rowan Crescent	AW2 4FA	P81002
08a3deb5-bf7a-419f-ae9f-4765f2594236	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000025	9994322982	Jack	Akhtar	2012-06-02	M	77 Rowan Crescent	AW2 4FA	\N
2bd3d101-440c-401f-b3e1-77853debeb57	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1030	9994481363	Rachel	Akhtar	2017-11-10	F	77 Rowan Crescent	AW2 4FA	\N
11dfd388-0e94-4c15-9693-5930aac74254	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	L353200122001	9994481363	Rachel	Akhtar	2017-11-10	F	77 Rowan Crescent	AW2 4FA	P81002
4d16eaf9-618a-473a-94ac-fc17c54bfd76	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000026	\N	Rachel	Akhtar	2017-11-10	F	77 Rowan Crescent	AW2 4FA	\N
8fa144e4-62be-4458-aa13-12a29aa9a207	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1023	9994560557	Jennifer	Kaur	1969-09-24	F	11 Derby Way	AW1 6UH	\N
a7d82204-71d9-4f65-af5d-9a6f4cfb8cc5	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000027	\N	Jennifer	Kaur	1969-09-24	F	11 Derby Way	AW1 6UH	\N
5cef7934-2e8e-4d6c-a11e-a95799cb6ab2	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1025	9994639749	Arlo	Kaur	1971-04-28	M	11 Derby Way	AW1 6UH	\N
81e706c7-3c24-408b-bbaa-876e6d027ae8	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000028	\N	Arlo	Kaur	1971-04-28	M	11 Derby Way	AW1 6UH	\N
dda6a8ce-0ba2-483a-bab2-e598d2caccec	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1023	9994718932	Joseph	Brown-Williams	2001-12-20	M	46 Hollins Terrace	AW3 3ZS	\N
4412a9f0-f556-4878-95d8-be6a303d49d2	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1025	9994877313	Amina	Brown-Williams	1996-05-23	F	46 Hollins Terrace	AW3 3ZS	\N
bbc4077c-98a1-47fa-9e02-75af01426afd	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000029	9994877313	Amina	Brown-Williams	1996-05-23	F	46 Hollins Terrace	AW3 3ZS	\N
87d70a4c-c91e-4cda-8cb8-ec2410d53594	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1028	9994956507	Benjamin	Brown-Williams	2024-12-10	M	46 Hollins Terrace	AW3 3ZS	\N
823f129a-2f37-47f5-8838-3a4854ef82f9	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000030	9994956507	Benjamin	Brown-Williams	2024-12-10	M	46 Hollins Terrace	AW3 3ZS	\N
41d99569-83b1-45ae-86bb-f5898056b378	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1030	\N	Millie	Brown-Williams	2025-05-02	F	46 Hollins Terrace	AW3 3ZS	\N
a27745de-fce5-43fd-9175-91d3c9e76fb7	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000031	9995035693	Millie	Brown-Williams	2025-05-02	F	46 Hollins Terrace	AW3 3ZS	\N
c66cbd32-f46b-4e36-94cc-2ccfbb0424af	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1032	9995114887	Sophia	Brown-Williams	2025-04-04	F	46 Hollins Terrace	AW3 3ZS	\N
23153798-fd17-4b91-b00a-1fd9bb7eec83	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000032	\N	Sophia	Brown-Williams	2025-04-04	F	46 Hollins Terrace	AW3 3ZS	\N
c176c9c4-0372-446b-b486-c0250878920f	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1028	9995194074	Max	Mensah	1977-07-19	M	43 Heath Road	AW1 7JE	\N
59589ea7-0994-433a-b039-99e6f4e7d938	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1031	9995273268	Laura	Mensah	1971-04-28	F	43 Heath Road	AW1 7JE	\N
97b0a4d8-fee3-4f93-a73c-8ca0d853c7a6	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1032	9995352451	Susan	McDonald	2007-09-07	F	43 Heath Road	AW1 7JE	\N
a78d086f-c954-4af8-833c-019388b15191	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000033	9995352451	Susan	McDonald	2007-09-07	F	43 Heath Road	AW1 7JE	\N
a720eee2-ff70-49de-b54c-0b972ee4aff6	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1033	9995431645	Elsie	Edwards	1964-07-09	F	86 Coronation Street	AW3 9YB	\N
506bb7fb-3deb-4f07-9bd8-53d385c530b0	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1036	9995510839	Joshua	Edwards	1964-02-25	M	86 Coronation Street	AW3 9YB	\N
80fba647-d8f3-45b6-a362-9b3fb9ab80c8	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1037	9995590026	Matilda	Thompson	1982-06-26	F	10 Hill Grove	AW1 4EP	\N
3cdc5d54-71a1-450f-ba76-0db7e0c559ae	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1038	9995669218	Noah	Akhtar	1991-12-01	M	69 Spring Drive	AW1 9DJ	\N
3ec68e2b-7735-405a-a292-c55a487814e2	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000034	9995669218	Noah	Akhtar	1991-12-01	M	69 Spring Drive	AW1 9DJ	\N
b30940f2-22bc-4765-82c3-49c7e7b5e4a8	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1034	9995748401	David	Richardson	1997-06-24	M	33 Park Road	AW3 5BR	\N
7974cb77-4015-45a9-9ebf-8ae84e405ed7	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000035	\N	David	Richardson	1997-06-24	M	33 Park Road	AW3 5BR	\N
42879ab5-1fb0-437d-8350-ac992c461240	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1036	9995906783	Ruby	Richardson	2025-03-16	F	33 Park Road	AW3 5BR	\N
98ae0600-e921-4b25-91bd-670bbe653458	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000036	9995906783	Ruby	Richardson	2025-03-16	F	33 Park Road	AW3 5BR	\N
82ced579-6775-4b4c-b3e2-250c248c2d5d	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1037	9995985977	Poppy	Richardson	2024-09-15	F	33 Park Road	AW3 5BR	\N
c46a9d9d-8b1f-4eca-bb91-607174271ce5	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000037	\N	Poppy	Richardson	2024-09-15	F	33 Park Road	AW3 5BR	\N
97b6bbfa-a9f5-4c0e-b783-e9014e8f3ee9	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1039	9996065162	Oliver	Lewis	1984-02-09	M	Flat 3, 64 Well Street	AW3 2QX	\N
9a0fe070-a950-497f-aa3a-7fee65bc7c06	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1042	9996144356	Zainab	Lewis	1982-07-28	F	91 Park Road	AW3 5BU	\N
0085884d-a5d4-412c-839d-11569eadd8ee	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000038	\N	Zainab	Lewis	1982-07-28	F	Flat 3, 64 Well Street	AW3 2QX	\N
fe96dc4d-1eea-4cdf-9cdd-803461d7340c	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1045	9996302733	Elizabeth	Lewis	2008-03-11	F	Flat 3, 64 Well Street	AW3 2QX	\N
9cb9582e-3d13-438b-9115-1a81f920d3a4	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000039	\N	Elizabeth	Lewis	2008-03-11	F	Flat 3, 64 Well Street	AW3 2QX	\N
f20c3f31-f90b-4edf-88a7-823bea5e83c7	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1048	9996381927	Charlotte	Lewis	2011-09-01	F	Flat 3, 64 Well Street	AW3 2QX	\N
0210176e-d4f1-444e-9cb6-096be0c16281	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	X353400016001	9996381927	Charlotte	Lewis	2011-09-01	F	Flat 3, 64 Well Street	AW3 2QX	P81003
06adbcd2-beb3-4cb8-aa31-017dde48c726	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000040	9996381927	Charlotte	Lewis	2011-09-01	F	Flat 3, 64 Well Street	AW3 2QX	\N
be0e6d89-4ade-413f-9e72-0c145b25617b	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1051	9996461114	Ella	Lewis	2016-03-26	F	Flat 3, 64 Well Street	AW3 2QX	\N
72921fcd-22a6-4128-9f9c-bd917c5e27b6	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	F353200020001	9996461114	Ella	Lewis	2016-03-26	F	Flat 3, 64 Well Street	AW3 2QX	P81003
c1f96768-6ea8-4904-9e0f-a8d0f4381c60	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000041	9996461114	Ella	Lewis	2016-03-26	F	Flat 3, 64 Well Street	AW3 2QX	\N
3293a038-f506-46c2-9758-fe163e544bde	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1052	9996540308	Mason	Kaur	1960-03-02	M	104 Canal Close	AW3 3GE	\N
15f9990b-dc0a-4cf2-8946-c2cb4c99534f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000042	9996540308	Mason	Kaur	1960-03-02	M	104 Canal Close	AW3 3GE	\N
ab2b50cb-15ef-4070-974b-6f8315304550	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1032	9996619494	Sophia	King	1974-10-09	F	83 Jubilee Terrace	AW2 8TT	\N
3ae41bcf-0d44-41ea-bf8c-1e4ce647398a	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1033	9996698688	Elijah	King	1973-05-22	M	83 Jubilee Terrace	AW2 8TT	\N
99f142e3-0459-4ab0-9285-7622cab741ef	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1034	9996777871	Charlie	Young	1985-09-17	M	26 Ridgeway Crescent	AW1 3GW	\N
b2fce6c8-c31c-46ba-a019-aeefb000bc0b	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1035	9996857069	Maya	Young	1982-03-05	F	67 Holly Drive	AW3 4DX	\N
ad51822d-fea9-4961-be0e-f495c7250cda	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1038	9996936252	Archie	Young	2007-11-09	M	67 Holly Drive	AW3 4DX	\N
68595cbc-6ee7-4a6e-88cf-fdadbf69478d	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000043	9996936252	Archie	Young	2007-11-09	M	67 Holly Drive	AW3 4DX	\N
4360ea98-0679-44c6-8c62-cc157eaef374	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1040	9997015444	Leo	Kaur	1976-03-24	M	66 Rowan Crescent	AW2 4FA	\N
185aa99a-ef01-4f49-abd0-6bf5fde82424	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1041	9997094638	Victoria	Kaur	1975-11-06	F	9 Ridgeway Crescent	AW1 3GU	\N
0703b8c2-c282-436c-ad8b-50ddab3e2ce7	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000044	\N	Victoria	Kaur	1975-11-06	F	9 Ridgeway Crescent	AW1 3GU	\N
cc988307-cdf9-4eff-9455-6e252004a9e5	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1042	9997173821	Paul	Kaur	2008-04-23	M	9 Ridgeway Crescent	AW1 3GU	\N
9a3fe1ee-3214-4645-bf12-b6fd6c665b18	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000045	9997173821	Paul	Kaur	2008-04-23	M	9 Ridgeway Crescent	AW1 3GU	\N
3ed4d522-ece5-4d69-b6fe-e547fd3774a0	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1044	9997253019	Matilda	Kaur	2010-05-26	F	77 Station Crescent	AW2 6SN	\N
48b94c03-0b3e-45c6-a9b3-069e85131e9f	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	A353400014001	\N	Matilda	Kaur	2010-05-26	F	9 Ridgeway Crescent	AW1 3GU	P81001
c5d81302-2698-4dd8-b506-816f50518a06	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000046	\N	Matilda	Kaur	2010-05-26	F	9 Ridgeway Crescent	AW1 3GU	\N
766a388b-b667-4c6e-b76e-ea47e794b3bf	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1045	9997332202	Mohammed	Kaur	2007-12-13	M	9 Ridgeway Crescent	AW1 3GU	\N
3aa2c021-f6bd-4570-9267-55c8d40f2610	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000047	9997332202	Mohammed	Kaur	2007-12-13	M	9 Ridgeway Crescent	AW1 3GU	\N
36296afc-30ed-45de-bd81-eabbcbfa8ef2	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1048	9997411390	Archie	Kaur	2007-11-19	M	9 Ridgeway Crescent	AW1 3GU	\N
85c4673d-3141-4a43-9e63-f0639ab319dc	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000048	\N	Archie	Kaur	2007-11-19	M	9 Ridgeway Crescent	AW1 3GU	\N
f6ac3982-26d3-4d84-9d15-04d29bd7366a	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1055	9997490584	Roman	Harrison	1995-05-04	M	99 Holly Drive	AW3 4DY	\N
56e11ed8-9657-4131-a720-64fce6f9c3a8	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000049	\N	Roman	Harrison	1995-05-04	M	99 Holly Drive	AW3 4DY	\N
d6571cd6-d291-4071-8b02-efb07e6ed3d6	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1051	\N	Sofia	Turner	1954-09-25	F	48 Ridgeway Crescent	AW1 3GX	\N
bfa5e0d7-c2bd-4bc5-8409-f2d3e62ccf45	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1053	9997728157	Teddy	Turner	1948-11-01	M	48 Ridgeway Crescent	AW1 3GX	\N
6807fc19-394a-4191-8939-21e3f4592ceb	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000050	9997728157	Teddy	Turner	1948-11-01	M	48 Ridgeway Crescent	AW1 3GX	\N
bdb3d93b-e010-47ef-b1d1-0b0969f17dc7	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1056	9997807340	Jude	Clarke	1981-10-04	M	28 Spring Drive	AW1 9DG	\N
bc6024fb-b8fe-4602-9a39-7a4e081cb392	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000051	\N	Jude	Clarke	1981-10-04	M	28 Spring Drive	AW1 9DG	\N
bba763f7-02d8-4d28-aeed-b26cbc13efc0	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1057	9997886534	Millie	Clarke	1984-10-13	F	28 Spring Drive	AW1 9DG	\N
fb4d96d8-be6e-417d-8896-547def2aa151	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1058	9997965728	Deborah	Clarke	1956-02-20	F	28 Spring Drive	AW1 9DG	\N
4d16270c-6b88-4276-94bb-bb78bada52ad	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1059	9998124107	Victoria	Clarke	2008-01-08	F	28 Spring Drive	AW1 9DG	\N
01d0e8ba-cf75-4242-b6d0-8a03e8de66f5	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000052	\N	Vicky	Clarke	2008-01-08	F	28 Spring Drive	AW1 9DG	\N
e929c180-7877-480d-92f4-29ad8329e11b	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1062	9998203295	Millie	Clarke	2008-07-28	F	28 Spring Drive	AW1 9DG	\N
6b171d76-b32e-48c6-9cca-524682cb5390	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000053	\N	Millie	Clarke	2008-07-28	F	28 Spring Drive	AW1 9DG	\N
65d1cae4-af36-48f3-8e8d-97d1aba8fb13	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1039	9998282489	Sarah	Marshall	1948-07-31	F	Flat 7, 30 Princess Terrace	AW2 7DG	\N
a697fed4-ddff-45b5-8e62-1538f094f95c	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1041	9998361672	Luca	Davies	1997-06-13	M	74 Green Drive	AW2 8BT	\N
99287ef1-38a1-4a78-87bd-f2b3d2cf15ea	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1064	9998440866	Ibrahim	White	2007-01-13	M	91 Orchard Drive	AW1 8TP	\N
50427cc6-9f95-4b95-9b22-77f94729b243	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000054	9998440866	Ibrahim	White	2007-01-13	M	91 Orchard Drive	AW1 8TP	\N
93a879ef-ef9e-4704-82cf-5e374303d73f	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1067	9998520053	Isabelle	Kaur	1949-08-05	F	34 Derby Way	AW1 6UJ	\N
434a5490-2cd9-46c4-b02a-4a3b8b090f1f	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1069	9998599245	Mason	Kaur	1950-05-06	M	94 Railway Drive	AW2 3LJ	\N
ea2e92c6-63dd-41c1-ab6b-525fffef93ef	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000055	9998599245	Mason	Kaur	1950-05-06	M	34 Derby Way	AW1 6UJ	\N
56843f7a-2002-4eba-8279-55df6fd12825	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1042	9998678439	Robert	Chowdhury	1995-02-27	M	107 Green Drive	AW2 8BW	\N
cb4b4f8e-f189-4377-bd89-32c97ac71c3e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000056	9998678439	Robert	Chowdhury	1995-02-27	M	107 Green Drive	AW2 8BW	\N
6c08347e-c95e-440f-980d-93d4bf8b52f1	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1043	9998757622	Amina	Chowdhury	1991-04-07	F	107 Green Drive	AW2 8BW	\N
fe0ba875-f1a6-4c9b-9ec1-730c2ecb0e17	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000057	\N	Amina	Chowdhury	1991-04-07	F	107 Green Drive	AW2 8BW	\N
58ac32ec-3668-4025-910f-68cf083cc834	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1045	9998836816	Zainab	Chowdhury	1967-02-07	F	107 Green Drive	AW2 8BW	\N
b3dbbca0-dfb1-4777-b01f-16057254f1c7	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000058	\N	Zainab	Chowdhury	1967-07-02	F	107 Green Drive	AW2 8BW	\N
500ac492-edfc-4e6f-8ab4-19928d46a71d	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1048	9998916003	Ava	Chowdhury	2019-04-10	F	107 Green Drive	AW2 8BW	\N
25603b0b-b722-4677-83c1-8b49c9f8a463	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	F353200223001	9998916003	Ava	Chowdhuy	2019-04-10	F	107 Green Drive	AW2 8BW	\N
c16b9545-bb66-4620-8ae2-2f2006fef44c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000059	\N	Ava	Chowdhury	2019-04-10	F	107 Green Drive	AW2 8BW	\N
f84ce131-b4d8-4105-abe8-42f49dbab4d9	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1057	9998995191	Daisy	Carter	1947-10-30	F	89 Green Drive	AW2 8BU	\N
8afa8f09-d847-4e7f-b9af-78faf7b05398	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1070	9999074383	Isabelle	Grraham	1966-06-28	F	43 Hill Grove	AW1 4ER	\N
42dfe7eb-1387-4fac-8db4-c40ec8c58552	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000060	9999074383	Isabelle	Graham	1966-06-28	F	43 Hill Grove	AW1 4ER	\N
7868a94b-106d-4c17-900a-5d0a8d736f3e	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1073	9999153577	Nicholas	Graham	1960-07-28	M	43 Hill Grove	AW1 4ER	\N
6b822a3f-9bbc-4e12-9131-c2f79a2b80f9	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1050	9999232760	Stephen	Harris	2003-08-16	M	74 Railway Drive	AW2 3LH	\N
7c7350fc-9262-41ef-995a-3e61f47c0b7d	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1053	9999311954	Oluwaseun	Harris	2004-12-17	F	74 Railway Drive	AW2 3LH	\N
6bd99c0e-5511-4a61-88f4-349ce026b7c8	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000061	\N	Oluwaseun	Harris	2004-12-17	F	19 Jubilee Terrace	AW2 8TP	\N
bfec68f7-d501-4240-b0d0-94960981fca9	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1055	9999391141	James	Harris	2025-06-15	M	74 Railway Drive	AW2 3LH	\N
8abac451-4b63-4c21-be3f-4a7bb3b61b5e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000062	9999391141	James	Harris	2025-06-15	M	74 Railway Drive	AW2 3LH	\N
b2ab9d6a-48b9-47fe-b0bc-8531dcead8a9	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000063	\N	Jacob	Price	2024-04-06	M	74 Railway Drive	AW2 3LH	\N
4c876ca4-4e6f-4549-838c-bc10b7353f75	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1057	9999549527	Margaret	Mason	1968-05-04	F	27 Green Drive	AW2 8BR	\N
29fc40cd-dc7e-4258-b653-3bc893ba0d55	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1060	9999628710	George	Mason	1962-04-23	M	27 Green Drive	AW2 8BR	\N
87b8f4f2-b4a0-4232-b85a-5f4f85db42b3	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1061	9999707904	Jacob	Scott	1996-01-13	M	120 Station Crescent	AW2 6SR	\N
bce9a669-33a0-4d14-b1bc-9e63c954c566	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000064	9999707904	Jacob	Scott	1996-01-13	M	120 Station Crescent	AW2 6SR	\N
52cee6b2-f042-4aae-8290-19cd1b47fef0	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1076	9999787096	Theodore	Nguyen	1961-02-13	M	14 Derby Way	AW1 6UH	\N
2ed59276-c53e-4f2a-be14-eee047c8b702	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1060	9999945473	Nick	Kaur	2002-01-20	M	74 Hollins Terrace	AW3 3ZT	\N
287bdd81-e07b-454f-9570-f085f068e9ed	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000065	\N	Nicholas	Kaur	2002-01-20	M	74 Hollins Terrace	AW3 3ZT	\N
195d0ac8-511d-4cf4-ab8b-e7f9e4ddc56e	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1063	9990024669	Evie	Wilson	1961-01-22	F	2 Laurel Lane	AW2 1QA	\N
439fc5e2-16ad-42f2-a69d-885a76d78ed6	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1065	9990103852	Freddie	Wilson	1961-07-05	M	2 Laurel Lane	AW2 1QA	\N
840cee57-e41c-4eba-8f38-75786fea7bf3	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1066	9990262233	Jacob	Hill	1951-11-01	M	95 Laurel Lane	AW2 1QF	\N
26da0d8a-2882-4420-b611-ba71881ce91e	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1062	9990341427	Millie	Butler	1949-08-03	F	55 Hollins Terrace	AW3 3ZS	\N
5002647c-fa7f-423e-af78-20986165ff08	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1064	9990420610	James	Butler	1950-05-20	M	55 Hollins Terrace	AW3 3ZS	\N
c5350883-4e94-44bd-8654-2a41f9461842	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1069	9990499802	Daisy	Adams	1980-07-15	F	98 Station Crescent	AW2 6SP	\N
f829dcae-e76b-4537-8675-064636f0444a	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000066	\N	Daisy	Adams	1980-07-15	F	120 Hollins Terrace	AW3 3ZX	\N
916ff116-7541-48b7-ba7e-71138db2c04a	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1078	9990578990	Niamh	Lewis	1944-09-09	F	9 Derby Way	AW1 6UH	\N
7e16ee3c-9e7b-40a5-ae8f-96910e25b538	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1080	9990658188	George	Leais	1948-11-23	M	9 Derby Way	AW1 6UH	\N
500bc185-5d6e-4dce-801f-85518b9b8fbb	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000067	9990658188	George	Lewis	1948-11-23	M	9 Derby Way	AW1 6UH	\N
f2a365b6-74ed-4587-84b5-8ed456605b66	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1071	9990737371	George	Taylor	1989-09-30	M	94 Princess Terrace	AW2 7DL	\N
69d85d83-95f9-4f27-aa2d-70d170013df8	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000068	9990737371	George	Taylor	1989-09-30	M	94 Princess Terrace	AW2 7DL	\N
d7146cc4-7054-4a98-9567-51ba9365c56c	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1083	9990816565	Florence	Khan	1997-03-22	F	60 Orchard Drive	AW1 8TN	\N
3fefdb7a-61cb-4b7d-9f10-a91884b4632b	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1086	9990895759	Muhammad	Khan	2001-06-15	M	60 Orchard Drive	AW1 8TN	\N
c70b96a1-5721-42bb-8e89-5458d8f21f4f	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1089	\N	Florence	Khan	2022-05-29	F	60 Orchard Drive	AW1 8TN	\N
e5d1b35e-c341-4d3f-a86f-08ed57f6782e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000069	\N	Florence	Khan	2022-05-29	F	60 Orchard Drive	AW1 8TN	\N
9c55b4d0-d462-4060-af5f-2024ab936b77	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1092	9991054138	Susan	Khan	2018-09-23	F	60 Orchard Drive	AW1 8TN	\N
50fee102-ac62-43b3-8e8c-078914e02750	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	C353200023002	\N	Susan	Khan	2018-09-23	F	60 Orchard Drive	AW1 8TN	P81001
3a912e73-eabd-4494-adde-2484a2d983a9	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000070	9991054138	Susan	Khan	2018-09-23	F	60 Orchard Drive	AW1 8TN	\N
cfcfeb25-21fe-41ec-9be1-bfda2d8fd1b3	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1093	9991133321	Jennifer	Lee	2001-03-24	F	34 Orchard Drive	AW1 8TJ	\N
90bf5bc7-b0cd-426d-89a9-bf262d7b76e2	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1095	9991212515	Nicholas	Lee	1995-12-05	M	34 Orchard Drive	AW1 8TJ	\N
723c4e02-04fc-4bfe-a4da-2793ffef27f1	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000071	\N	Nicholas	Lee	1995-12-05	M	34 Orchard Drive	AW1 8TJ	\N
60ca77fc-112a-49d2-977b-3e559d94c8cb	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1073	9991291709	Rachel	Müller	1976-09-10	F	Flat 4, 2 Rowan Crescent	AW2 4EX	\N
634eb6b0-6b48-41a3-b123-d76d9ce95760	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1097	9991370897	Edward	Wison	2001-04-27	M	109 Hill Grove	AW1 4EU	\N
2dedfd43-6a30-4b59-af6b-e2c613b347f0	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000072	\N	Edward	Wilson	2001-04-27	M	109 Hill Grove	AW1 4EU	\N
7aa58b60-35cf-43ef-bf64-a87020e5b515	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1100	9991450084	Yusuf	McDonald	2011-02-05	M	20 Orchard Drive	AW1 8TJ	\N
3c6803d1-7112-45e3-a1d3-ac1bcaa0263c	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	L353400015001	\N	Yusuf	McDonald	2011-02-05	M	20 Orchard Drive	AW1 8TJ	P81001
9896e6c0-9a51-431a-bec8-bbab9fdd1981	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000073	9991450084	Yusuf	McDonald	2011-02-05	M	20 Orchard Drive	AW1 8TJ	\N
e187a295-9c02-43da-a671-2ea09329fe4a	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1102	9991529276	Reuben	Adams	2010-01-11	M	20 Orchard Drive	AW1 8TJ	\N
056fe91b-c3c6-4339-897a-5c8378be44d8	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	P353400014002	9991529276	Reuben	Adams	2010-01-11	M	20 Orchard Drive	AW1 8TJ	P81001
64cb94ac-287c-4cc4-aef8-d4139336895c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000074	\N	Reuben	Adams	2010-01-11	M	20 Orchard Drive	AW1 8TJ	\N
87cc709a-1a88-43dd-b6e1-c463c8734351	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1104	9991687653	Kwame	Knight	2014-01-17	M	20 Orchard Drive	AW1 8TJ	\N
5e0b84f6-ff76-4abd-bddc-0a627e939f2b	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	U353400018001	9991687653	Kwame	Knight	2014-01-17	M	20 Orchard Drive	AW1 8TJ	P81001
e4ce45ee-d6f4-4c6d-b236-0fa6c0ace97c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000075	\N	Kwame	Knight	2014-01-17	M	20 Orchard Drive	AW1 8TJ	\N
70179063-0247-450f-a004-01c53229e3c0	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1107	9991766847	Alice	Young	2012-10-28	F	20 Orchard Drive	AW1 8TJ	\N
d03f6ea7-76a3-40f8-9476-1e2dc9a998ca	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	H353400017001	\N	Alice	Young	2012-10-28	F	20 Orchard Drive	AW1 8TJ	P81001
cb845303-777c-4715-bb5e-48958057903a	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000076	9991766847	Alice	Young	2012-10-28	F	20 Orchard Drive	AW1 8TJ	\N
b7917662-cbd2-4411-b117-ea3a5ff04157	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1110	9991846034	Archie	Parker	2012-09-04	M	20 Orchard Drive	AW1 8TJ	\N
727dd02b-4477-49cf-a966-96b18be96e55	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	X353400017002	9991846034	Archie	Parker	2012-09-04	M	20 Orchard Drive	AW1 8TJ	\N
81876819-74f5-4a94-913b-e08b1be3144f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000077	9991846034	Archie	Parker	2012-09-04	M	82 Railway Drive	AW2 3LJ	\N
cb8274a6-13a8-4553-86ad-5b196851cbe1	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1111	9991925228	Omar	Simpson	2007-09-23	M	20 Orchard Drive	AW1 8TJ	\N
3466985a-d44a-442e-b2f3-37501e91ccb2	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000078	9991925228	Omar	Simpson	2007-09-23	M	20 Orchard Drive	AW1 8TJ	\N
a197c6b8-2830-4e9d-a22e-cdd0b4ad06dc	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1114	9992083603	Albie	Harvey	1981-05-27	M	Flat 8, 34 Spring Drive	AW1 9DG	\N
c57bb148-c31b-473b-b073-d11cbb703dc0	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1116	9992162791	Maya	Harvey	1980-02-04	F	Flat 8, 34 Spring Drive	AW1 9DG	\N
938fe08a-3c39-44bb-86f3-cd71c72dac85	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1117	9992241985	Elijah	Harvey	2008-03-10	M	Flat 8, 34 Spring Drive	AW1 9DG	\N
30debbc7-2794-4503-a1dd-ad74dfc064a6	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000079	\N	Elijah	Harvey	2008-03-10	M	Flat 8, 34 Spring Drive	AW1 9DG	\N
4f621908-9cf8-470e-9ae0-47f2bf2e03b4	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1119	9992321172	Jude	Harvey	2007-10-17	M	Flat 8, 34 Spring Drive	AW1 9DG	\N
be32c42e-00fb-4e78-bf72-734b50a435da	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000080	9992321172	Jude	Harvey	2007-10-17	M	Flat 8, 34 Spring Drive	AW1 9DG	\N
5d93a733-35c8-4fa5-8b93-9cb92a803099	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1121	9992400366	Katherine	McDonald	2001-02-15	F	101 Laurel Lane	AW2 1QG	\N
7bb49b49-3836-47f5-aa29-75dae7e23172	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000081	\N	Katherine	McDonald	2001-02-15	F	101 Laurel Lane	AW2 1QG	\N
a7cf6e0b-017c-4f5c-8354-f1eaba2c316b	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1122	9992479558	Mason	McDonald	2003-08-04	M	101 Laurel Lane	AW2 1QG	\N
92189b6e-bc39-4559-a721-078594fc29db	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1065	9992558741	Margaret	Cooper	1949-08-24	F	16 Coronation Street	AW3 9XX	\N
0ac036ac-57d4-48a3-9f99-3c31625f2d73	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1123	9992637935	Lily	Akhtar	2000-01-09	F	38 Derby Way	AW1 6UJ	\N
4019057e-a561-4556-9f02-0ee607fc378b	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1126	9992717122	Theo	Akhtar	2004-04-21	M	38 Derby Way	AW1 6UJ	\N
4bc80ebc-c6f6-4f00-b019-8ab3822885a5	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1129	9992796316	Albie	Akhtar	2020-10-02	M	38 Derby Way	AW1 6UJ	\N
f89cdcb2-0495-4489-b65c-ba1093017430	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	K353200025001	\N	Albie	Akhtar	2020-10-02	M	38 Derby Way	AW1 6UJ	P81001
52d69dd0-f973-46e4-8727-ae598128edde	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000082	9992796316	Albie	Akhtar	2020-10-02	M	38 Derby Way	AW1 6UJ	\N
2fa9cc6d-b560-43ea-87cd-36801d09b6a7	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1132	\N	Samantha	Akhtar	2025-02-01	F	38 Derby Way	AW1 6UJ	\N
c6883056-62f0-4cae-8959-8b1e51b595ac	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000083	9992954698	Samantha	Akhtar	2025-02-01	F	38 Derby Way	AW1 6UJ	\N
c605d557-1cca-42f8-9dff-e2c208725d1a	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1134	9993113077	William	King	1970-11-12	M	70 Ridgeway Crescent	AW1 3GY	\N
88839c10-f8dd-48e4-b944-c0a5dd14456a	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1066	9993192260	Edward	Roberts	1989-12-18	M	20 Heath Road	AW1 7JD	\N
0175a67c-2a5c-46b7-8653-ec09bb3e0545	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1067	9993271454	Emily	Roberts	1984-07-20	F	57 Coronation Street	AW3 9XZ	\N
9c8ada0c-48ed-4e38-ac17-7736f04c1559	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1070	9993350648	Rosie	Roberts	2023-11-23	F	57 Coronation Street	AW3 9XZ	\N
11a0c6c6-2b90-4da5-bd14-8878a99ff2a1	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000084	9993350648	Rosie	Roberts	2023-11-23	F	57 Coronation Street	AW3 9XZ	\N
1965db5a-da13-4b9d-9311-b424e1e5b6e2	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1071	9993509027	Sophie	Brown	2021-04-11	F	57 Coronation Street	AW3 9XZ	\N
8355bcd4-4368-4ab1-a45e-3d284f321ce7	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	C353200225001	\N	Sophie	Brown	2021-04-11	F	57 Coronation Street	AW3 9XZ	P81003
ab4365df-6551-4660-9d37-14d7b27cfdb7	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000085	9993509027	Sophie	Bronw	2021-04-11	F	57 Coronation Street	AW3 9XZ	\N
61461c1d-e1cf-4ac2-8706-fef29d3a0388	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1072	9993588210	Alice	Turner	1985-03-26	F	87 Canal Close	AW3 3GD	\N
6ae698fd-780f-46a4-a45f-ee2a0352e892	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1076	9993667404	Evelyn	Cox	1993-10-11	F	106 Jubilee Terrace	AW2 8TU	\N
921ff549-e6ec-4b07-a977-cd9e103d9f44	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000086	\N	Evelyn	Cox	1993-10-11	F	21 Holly Drive	AW3 4DU	\N
29aa0d17-e99b-413b-a3ec-2c1612f4d083	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1078	9993746592	Oscar	Cox	1993-07-05	M	69 Hollins Terrace	AW3 3ZT	\N
51b19bd1-d73e-466c-8b10-02cc3e19c7aa	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1080	9993825786	Oluwaseun	Cox	2017-04-04	F	30 Green Drive	AW2 8BR	\N
c8d8bb7e-9779-42d5-a8c1-b263059357bb	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	A353200121001	9993825786	Oluwaseun	Cox	2017-04-04	F	30 Green Drive	AW2 8BR	P81002
d49ee400-0b2f-4c03-af55-28f431b28f08	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000087	9993825786	Oluwaseun	Cox	2017-04-04	F	30 Green Drive	AW2 8BR	\N
fce1952f-c18a-42e8-be13-264f90dc80fc	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1082	9993984167	Elsie	Cox	2021-08-20	F	30 Green Drive	AW2 8BR	\N
7ca43f6e-c24f-44ee-b3b2-41d321ea2f84	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	U353200125001	\N	Elsie	Cox	2021-08-20	F	30 Green Drive	AW2 8BR	P81002
a668b777-f6a5-418c-ab23-43d6f750cf66	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000088	9993984167	Elsie	Crx	2021-08-20	F	30 Green Drive	AW2 8BR	\N
8700780c-c79c-4953-9d4c-01c869d345ed	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1136	9994063359	Christopher	Thompson	1999-11-30	M	111 Hill Grove	AW1 4EU	\N
2014cb43-fda3-4268-9c3f-a431e464116d	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1139	9994142542	Kate	Thompson	2001-10-16	F	111 Hill Grove	AW1 4EU	\N
a84fb302-a0e2-4f46-bcaf-538afa24f0af	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1142	9994221736	Isla	Thompson	2025-05-13	F	111 Hill Grove	AW1 4EU	\N
8029f908-4a7f-4d32-b3ea-63a602d4eaa1	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000089	\N	Isla	Thompson	2025-05-13	F	111 Hill Grove	AW1 4EU	\N
69099fdf-9594-4559-bad5-a7f089a0e81c	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1143	9994380117	Amelia	Kelly	2020-08-07	F	111 Hill Grove	AW1 4EU	\N
2e0aa1d3-6048-4564-b158-46d3c74d272c	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	N353200024002	\N	Amelia	Kelly	2020-08-07	F	111 Hill Grove	AW1 4EU	P81001
a0109095-d52c-4125-86e1-8203ab2cd493	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000090	9994380117	Amelia	Kelly	2020-08-07	F	111 Hill Grove	AW1 4EU	\N
8ee1ab4b-0aaa-47d6-acd6-a92a58a413b7	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1144	9994459309	Ruby	Edwards	2006-12-02	F	113 Ridgeway Crescent	AW1 3HA	\N
8bd201d2-5874-42f4-9515-ae2772b7e6ac	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1145	9994538497	Elizabeth	Russell	1991-09-17	F	74 Derby Way	AW1 6UN	\N
02bb7ab7-8f1c-478b-add9-dc9c2afd6725	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1146	9994617680	Luca	Russell	1986-03-02	M	74 Derby Way	AW1 6UN	\N
84019376-1904-452d-8ffe-0694ae3a56fe	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000091	\N	Luca	Russell	1986-03-02	M	74 Derby Way	AW1 6UN	\N
85fb6e5e-54f9-4624-b927-56176e7e8b7a	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1147	9994696874	Charlie	Russell	1963-06-04	M	74 Derby Way	AW1 6UN	\N
b27c8037-e1f1-45f8-b5f4-f1a22f55f6b2	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1149	9994776061	Rory	Russell	2025-05-24	M	74 Derby Way	AW1 6UN	\N
4eed892d-3c34-4182-a2ec-a68072b9fdbd	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000092	9994776061	Rory	Russell	2025-05-24	M	74 Derby Way	AW1 6UN	\N
2a0fa8b6-ef4e-4210-8a46-384aee20f9cd	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1152	9994855255	Liz	Russell	2016-05-28	F	74 Derby Way	AW1 6UN	\N
601a96ec-9b5c-48ca-8894-5e8675a73acb	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	V353200020002	9994855255	Elizabeth	Russell	2016-05-28	F	74 Derby Way	AW1 6UN	P81001
ca59132f-4cc5-4d4c-8781-ec6dc9aeb729	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000093	9994855255	Elizabeth	Russell	2016-05-28	F	74 Derby Way	AW1 6UN	\N
c8899b80-5c7f-4fb7-b931-ec897058be56	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1153	9994934449	Ella	Russell	2014-05-24	F	74 Derby Way	AW1 6UN	\N
778e7418-a8ff-48c0-872f-f7382d8bef2b	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	H353400018002	\N	Ella	Russell	2014-05-24	F	74 Derby Way	AW1 6UN	P81001
bf517f71-d3cc-4248-a2a2-f80d82a42827	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000094	\N	Ella	Russell	2014-05-24	F	74 Derby Way	AW1 6UN	\N
31873943-0638-4e6c-b0be-aa1f6657347e	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1074	9995013630	Evie	Cox	1995-02-09	F	112 Canal Close	AW3 3GE	\N
89afbd54-9ee0-4633-84ba-9927f19e5552	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1075	9995092824	Noah	Cox	1998-02-07	M	112 Canal Close	AW3 3GE	\N
6255c9f8-86e2-4d46-974a-54cab91057df	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1076	9995172011	Evelyn	Cox	2021-04-13	F	112 Canal Close	AW3 3GE	\N
88ac18ea-b8f0-47da-a430-44f007896801	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	R353200225002	9995172011	Evelyn	Cox	2021-04-13	F	112 Canal Close	AW3 3GE	P81003
84390415-bb9f-40b2-ac60-ca094e98922d	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000095	\N	Evelyn	Cox	2021-04-13	F	112 Canal Close	AW3 3GE	\N
49d69535-1c70-4c8b-a2b9-5f503eaf8ef9	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1077	9995251205	Jack	Cox	2021-08-31	M	112 Canal Close	AW3 3GE	\N
f39185a2-dbde-463d-a429-e0fea1e5fef4	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	F353200225003	9995251205	Jack	Cox	2021-08-31	M	112 Canal Close	AW3 3GE	P81003
95360405-dc44-4415-86e6-61457d8e8ebb	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000096	9995251205	Jack	Csx	2021-08-31	M	112 Canal Close	AW3 3GE	\N
28476477-9b67-4859-9cef-327835697bac	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1078	9995330393	Katherine	Fletcher	2000-12-15	F	55 Well Street	AW3 2QW	\N
0b5e8a06-79f1-44fa-842d-e15d14bb7d41	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000097	\N	Katherine	Fletcher	2000-12-15	F	55 Well Street	AW3 2QW	\N
0be150ac-b47b-45c3-8e70-14d1d55ee112	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1080	9995409585	Chiamaka	Johnson	1940-08-24	F	7 Holly Drive	AW3 4DT	\N
b869baed-b745-4d7d-b3f8-cb261a181d14	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1081	9995488779	Seán	Joohnson	1941-04-10	M	7 Holly Drive	AW3 4DT	\N
6e49276e-3012-4d10-9a7c-467dc5be8312	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1156	\N	Sophie	Young	1990-03-24	F	32 Hill Grove	AW1 4EQ	\N
bd28f1cb-3215-4a5a-af02-501b2577e8cd	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000098	9995567962	Sophie	Young	1990-03-24	F	32 Hill Grove	AW1 4EQ	\N
a50b203d-e70c-496a-b31f-a0c962ebb4c6	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1158	9995726343	Theodore	Young	1990-07-13	M	32 Hill Grove	AW1 4EQ	\N
0d4d998a-ab39-463b-aff3-23ec9fc8b7a3	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000099	9995726343	Theodore	Young	1990-07-13	M	32 Hill Grove	AW1 4EQ	\N
5f576fc0-dc48-4f31-8e62-8bb84efc07a8	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1159	9995805537	Harry	Lee	2010-08-14	M	32 Hill Grove	AW1 4EQ	\N
2ce63c75-5f4a-41dc-a580-a8c2b6a6765b	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	D353400014003	\N	Harry	Lee	2010-08-14	M	32 Hill Grove	AW1 4EQ	P81001
eb583e94-1391-42cb-9702-e2c2d39b148c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000100	9995805537	Harry	Lee	2010-08-14	M	32 Hill Grove	AW1 4EQ	\N
0848b1c7-6223-455f-8df0-67b6f5b47daa	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1162	9995884720	Susan	Young	2021-07-05	F	32 Hill Grove	AW1 4EQ	\N
982219c0-a63a-4955-923c-aceb966da9a2	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	Z353200025002	9995884720	Susan	Young	2021-07-05	F	32 Hill Grove	AW1 4EQ	\N
ff85f213-127b-41a6-8059-171e3c871250	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000101	9995884720	Susan	Young	2021-07-05	F	32 Hill Grove	AW1 4EQ	\N
6a26da0c-a603-4143-9f5c-ccab5d6f15ba	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1163	9995963914	Alice	Young	2016-05-27	F	32 Hill Grove	AW1 4EQ	\N
d98d40db-81b9-4241-a679-fb89b18f696c	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	J353200020003	9995963914	Alice	Young	2016-05-27	F	32 Hill Grove	AW1 4EQ	P81001
7e0b8a43-c6b5-4a0a-8db9-25ce94182d65	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000102	9995963914	Alice	Young	2016-05-27	F	10 Rowan Crescent	AW2 4EX	\N
b6a7130b-3c64-4391-b3e0-0feefee7d69f	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1166	9996122298	Tommy	Young	2016-07-02	M	32 Hill Grove	AW1 4EQ	\N
550b0acd-cfcf-4ea0-8ec2-97bd7e27ac0f	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	Y353200020004	9996122298	Tommy	Young	2016-07-02	M	32 Hill Grove	AW1 4EQ	P81001
c2ff7057-05e7-41aa-8cab-ddc61907f3b0	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000103	9996122298	Tommy	Young	2016-07-02	M	32 Hill Grove	AW1 4EQ	\N
18fb6604-8b72-44f7-9cdf-7ac3a5af83bf	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1084	9996201481	Fatima	Cox	1992-11-22	F	94 Railway Drive	AW2 3LJ	\N
aa915abf-50a2-4689-942b-48ed457b044b	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1086	9996280675	Teddy	Cox	1994-12-14	M	94 Railway Drive	AW2 3LJ	\N
b3f1e4ab-cf52-4cfa-9b19-fe560058e718	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000104	\N	Teddy	Cox	1994-12-14	M	94 Railway Drive	AW2 3LJ	\N
a447c5f4-b6c0-4b08-a247-d2e12d20e58a	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1087	9996359867	Teddy	Fletcher	2024-01-25	M	94 Railway Drive	AW2 3LJ	\N
405ec4bd-1aff-4be1-9aab-ad2dfe515a62	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000105	\N	Teddy	Fletcher	2024-01-25	M	94 Railway Drive	AW2 3LJ	\N
7856afd7-31df-4ba4-8dcf-c4966c69147b	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1088	9996439054	Freddie	Graham	1987-02-04	M	Flat 3, 95 Green Drive	AW2 8BU	\N
a2ee635f-01d3-40da-bfa1-c60c1186c5f5	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1089	9996518248	Olivia	Graham	1988-05-31	F	Flat 3, 95 Green Drive	AW2 8BU	\N
cd5b90ca-af99-4442-a68b-ff5b5044f2fc	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1092	9996597431	Albie	Graham	2021-02-11	M	Flat 3, 95 Green Drive	AW2 8BU	\N
fd3ac7db-13f2-43a7-b542-cbf82fe04991	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	H353200125002	9996597431	Albie	Graham	2021-02-11	M	Flat 3, 95 Green Drive	AW2 8BU	\N
9f10c187-1637-49b1-a59e-cbdadb426db9	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000106	9996597431	Albie	Graham	2021-02-11	M	Flat 3, 95 Green Drive	AW2 8BU	\N
d8248061-5ee1-4f05-8b6f-57a1388e8e66	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1167	9996676625	Lucas	Fernández	1974-12-24	M	109 Ridgeway Crescent	AW1 3HA	\N
5c234ae5-0823-4968-83b2-f1c33c694f35	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000107	9996676625	Lucas	Fernández	1974-12-24	M	109 Ridgeway Crescent	AW1 3HA	\N
b66dc473-cd85-4a1e-af35-ba3b9304bdc0	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1169	9996755819	Willow	Fernández	1979-07-13	F	109 Ridgeway Crescent	AW1 3HA	\N
7c95bf88-f705-4f2a-bcce-ddb9bf29de24	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000108	\N	Willow	Fernández	1979-07-13	F	109 Ridgeway Crescent	AW1 3HA	\N
36b0f44c-1d92-4fd3-8c66-832565389cec	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1170	9996835006	Mia	Fernández	1951-10-31	F	109 Ridgeway Crescent	AW1 3HA	\N
bf119f26-410e-4f50-9a0e-59408d584b94	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000109	9996835006	Mia	Fernández	1951-10-31	F	109 Ridgeway Crescent	AW1 3HA	\N
6ba4da41-f675-496e-8400-9a6fe435a654	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1171	9996914194	Matilda	Fernández	2007-09-17	F	109 Ridgeway Crescent	AW1 3HA	\N
5ff9fa86-470d-404c-aa82-ccd81cddfc58	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000110	\N	Matilda	Fernnádez	2007-09-17	F	109 Ridgeway Crescent	AW1 3HA	\N
79c916a6-2031-4a37-bdbf-85229fa53720	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1172	9996993388	Fatima	Fernández	2008-04-01	F	109 Ridgeway Crescent	AW1 3HA	\N
5867c89f-7c3a-45b9-a33d-30ea704ab58a	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000111	\N	Fatima	Fernández	2008-04-01	F	109 Ridgeway Crescent	AW1 3HA	\N
7eeab7cc-78de-41b9-b40f-6f5b3406a447	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1093	9997151763	Phoebe	Cox	1952-11-26	F	111 Laurel Lane	AW2 1QG	\N
bab92b17-652a-403d-b994-3541a7ec11cb	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1094	9997230957	Daniel	Cox	1954-03-21	M	111 Laurel Lane	AW2 1QG	\N
80850110-4ba8-4796-ab6e-fac698833cfb	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1175	9997310144	Reuben	Matthews	1986-06-10	M	63 Heath Road	AW1 7JF	\N
2f20dcda-63c0-4611-95a7-3036b293dda5	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1177	9997389336	Sofia	Matthews	2011-11-19	F	63 Heath Road	AW1 7JF	\N
c799117d-0408-4ad0-aae6-ca01e6c8b15e	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	L353400016002	9997389336	Sofia	Matthews	2011-11-19	F	63 Heath Road	AW1 7JF	P81001
5cde8d10-02e2-4500-baf1-3527fd16e36d	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000112	9997389336	Sofia	Matthews	2011-11-19	F	63 Heath Road	AW1 7JF	\N
540656a6-4936-4202-baa6-5ce3eea0bffd	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1179	9997547713	Michael	Matthews	2009-11-18	M	63 Heath Road	AW1 7JF	\N
0c1aa74a-02e0-4918-8a9b-c52ec676348a	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	T353400014004	\N	Michael	Matthews	2009-11-18	M	63 Heath Road	AW1 7JF	P81001
6239501e-a852-4b6e-86a8-488cd5ae8504	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000113	\N	Michael	Matthews	2009-11-18	M	63 Heath Road	AW1 7JF	\N
5e75d1d8-4384-4dee-9b4b-243a6ba61100	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1181	9997626907	Reuben	Matthews	2019-10-27	M	63 Heath Road	AW1 7JF	\N
f90cd43e-e08d-43ff-bb71-4a0331b66cb4	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	C353200024003	9997626907	Reuben	Matthews	2019-10-27	M	63 Heath Road	AW1 7JF	P81001
69d9cf6c-b997-413f-95e1-f498e5746cb4	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000114	\N	Reuben	Matthews	2019-10-27	M	63 Heath Road	AW1 7JF	\N
1de91920-10a1-434d-88b5-d13f08afff52	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1183	9997706099	Margaret	Matthews	2008-06-19	F	63 Heath Road	AW1 7JF	\N
387df7f6-0348-4d12-988e-2e2d51560afc	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000115	9997706099	Margaret	Matthews	2008-06-19	F	63 Heath Road	AW1 7JF	\N
453c1a33-868c-4f6a-8a7c-444eb35eba6c	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1097	9997785282	Harper	Pearson	1960-01-23	F	6 Rowan Crescent	AW2 4EX	\N
342cad4c-c1b4-45d4-821a-7fd14193d726	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000116	9997785282	Harper	Pearson	1960-01-23	F	6 Rowan Crescent	AW2 4EX	\N
11d3754f-1e15-44cb-9190-b9701ee4221e	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1100	9997864476	Albie	Kowlaski	1969-03-13	M	10 Green Drive	AW2 8BQ	\N
febc9ef5-4c1f-4600-9c59-9194d63f8a89	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000117	9997864476	Albie	Kowalski	1969-03-13	M	10 Green Drive	AW2 8BQ	\N
2e0fa87d-e098-47d7-a19b-5d1250144404	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1102	9998022851	Roman	Adams	1987-10-15	M	27 Green Drive	AW2 8BR	\N
f93c9a6b-6333-4adb-b0e4-6888597a04fd	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000118	9998022851	Roman	Adams	1987-10-15	M	27 Green Drive	AW2 8BR	\N
eb27ecb0-a476-45a0-b927-9bb9a0576265	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1104	9998102049	Sophia	Adams	1982-10-25	F	27 Green Drive	AW2 8BR	\N
28ab3d05-6d71-4c54-8f47-36ef1dd244ba	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1107	9998181232	Chidi	Adams	2018-10-12	M	27 Green Drive	AW2 8BR	\N
eeee8d63-edc4-43b0-8d38-7ca6901d3577	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	X353200123001	9998181232	Chidi	Adams	2018-10-12	M	27 Green Drive	AW2 8BR	P81002
1210dc39-f51b-4554-bdf0-278466cc7ef1	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000119	9998181232	Chidi	Aadms	2018-10-12	M	27 Green Drive	AW2 8BR	\N
b89c2e56-d7d2-4619-a14b-7396e405ef32	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1110	9998260426	Theodore	Adeyemi	1996-11-28	M	45 Rowan Crescent	AW2 4EZ	\N
59520bcb-93d6-4cf5-9149-7788799182df	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1113	9998339618	Matilda	Adeyemi	2022-05-20	F	45 Rowan Crescent	AW2 4EZ	\N
85a7c1ee-f527-4d4c-9865-81169b32717a	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000120	9998339618	Matilda	Adeyemi	2022-05-20	F	45 Rowan Crescent	AW2 4EZ	\N
d279469b-1989-42dd-b634-769eb9428efb	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1116	9998418801	Joanne	Adeyemi	2024-12-09	F	45 Rowan Crescent	AW2 4EZ	\N
e83537d5-0e4c-4d84-b5f6-56f440428d8d	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000121	\N	Joanne	Adeyemi	2024-12-09	F	45 Rowan Crescent	AW2 4EZ	\N
8fe342d3-86e9-4004-8c73-29dc05a4bf41	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1185	9998577187	Florence	Green	1969-01-08	F	56 Derby Way	AW1 6UL	\N
1cbf614e-5f75-4e74-9a97-40f471b61db2	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1187	9998656370	Isaac	Green	1967-12-19	M	56 Derby Way	AW1 6UL	\N
04223912-bac7-44e1-b8a4-108d770cdc6a	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1084	9998735564	James	Gray	1944-04-19	M	60 Hill Grove	AW1 4ES	\N
14439b36-6e32-49b4-8e00-7a94c912304c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000122	9998735564	James	Gray	1944-04-19	M	60 Hill Grove	AW1 4ES	\N
ab5cd2be-d8a7-4709-a284-f71bb55a18a6	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1189	9998814758	Chidi	Mason	1993-01-27	M	92 Park Road	AW3 5BU	\N
6c2d4bf0-7fb0-4619-8fec-5432f70e73f9	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000123	9998814758	Chidi	Mason	1993-01-27	M	75 Orchard Drive	AW1 8TN	\N
5985ab25-abec-4195-a5d3-97dbcaa5def2	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1190	9998893941	Lucas	Lloyd Webber	1996-01-12	M	71 Spring Drive	AW1 9DJ	\N
36c9ab79-eec1-42fb-ac6a-df473b845b0e	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1191	9998973139	Daisy	Lloyd Webber	1999-07-08	F	71 Spring Drive	AW1 9DJ	\N
3d44595a-0b25-4415-a94e-b07d1a49081b	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1194	9999052320	Abigail	Lloyd Webber	2024-09-15	F	71 Spring Drive	AW1 9DJ	\N
3fe78ac9-a179-47d3-a6d2-531609f96e4e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000124	\N	Abigail	Lloyd Webber	2024-09-15	F	71 Spring Drive	AW1 9DJ	\N
5c779f4d-a733-43d9-96f8-180683718f40	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1197	9999131514	Henry	Lloyd Webber	2023-11-13	M	71 Spring Drive	AW1 9DJ	\N
56ad6c00-5048-4d37-b6af-6792db073640	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000125	9999131514	Henry	Lloyd Webber	2023-11-13	M	71 Spring Drive	AW1 9DJ	\N
c868a7b8-f457-4945-8f3b-305a22af5405	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1086	9999210708	Edward	Scott	1954-08-29	M	109 Coronation Street	AW3 9YD	\N
f93dbfd0-ee82-4a9d-b986-79bf8185f301	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1087	9999289894	Leo	Thompson	1977-09-19	M	104 Well Street	AW3 2QZ	\N
2d0a913e-cc3c-43fd-9ece-64855bc40325	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1198	9999369081	Alfie	Anderson	1975-01-27	M	103 Orchard Drive	AW1 8TQ	\N
797c5476-63e2-4697-ba54-aea5979cd764	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000126	\N	Alfie	Anderson	1975-01-27	M	103 Orchard Drive	AW1 8TQ	\N
c55c83a6-454a-4cb1-b898-06a5223726da	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1201	9999448275	Harper	Anderson	1972-12-05	F	103 Orchard Drive	AW1 8TQ	\N
bc4559a7-fa03-4a1e-a85d-2599c4f87279	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1202	9999527469	Michael	Anderson	1945-01-16	M	103 Orchard Drive	AW1 8TQ	\N
1063ba13-5055-4ba1-a70c-b95c17ba38f7	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000127	9999527469	Michael	Anderson	1945-01-16	M	103 Orchard Drive	AW1 8TQ	\N
977330ae-2254-4a3c-a061-a3622b0c12a5	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1204	9999606652	Millie	Anderson	2008-07-06	F	103 Orchard Drive	AW1 8TQ	\N
582d4b15-e4f4-4652-a0e9-8d29a198b99e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000128	9999606652	Millie	Anderson	2008-07-06	F	103 Orchard Drive	AW1 8TQ	\N
93372675-478b-4118-93d3-422a3c991db8	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1205	9999685846	Jacob	Anderson	2007-12-11	M	103 Orchard Drive	AW1 8TQ	\N
bc357b6b-670a-4b6f-b40e-7cf28a5c57ff	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000129	\N	Jacob	Anderson	2007-12-11	M	103 Orchard Drive	AW1 8TQ	\N
43554f9b-0304-47e3-8a09-61a1bb5e8490	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1208	9999765033	Ella	Adeyemi	1932-12-01	F	35 Spring Drive	AW1 9DG	\N
36f38014-53b4-4c20-a8e6-16716f310fca	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000130	9999765033	Ella	Adeyemi	1932-12-01	F	35 Spring Drive	AW1 9DG	\N
327e2225-9705-4184-894a-9419f7665a6d	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1090	9999844227	Priya	Shaw	1948-10-08	F	90 Hollins Terrace	AW3 3ZU	\N
f66b7768-caeb-4fc1-9669-b1b011f9350b	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1093	9999923410	Matthew	Shaw	1945-09-10	M	90 Hollins Terrace	AW3 3ZU	\N
d332d74e-82cd-4434-849a-3fa6cfbdf17e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000131	9999923410	Matthew	Shaw	1945-09-10	M	90 Hollins Terrace	AW3 3ZU	\N
b31f2fd3-37cf-4a96-8ead-5be617fd7adc	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1118	9990002606	Harper	Wrihgt	1949-05-17	F	104 Rowan Crescent	AW2 4FD	\N
afb08451-65af-42b9-96d6-7a7a800144ef	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1119	9990081794	Mason	Wright	1944-02-10	M	104 Rowan Crescent	AW2 4FD	\N
bc6526f4-521c-46b5-b92f-f808196545b1	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1094	9990160988	Albie	Jones	1981-09-24	M	52 Canal Close	AW3 3GA	\N
a394b3e0-087d-4ac9-bc06-a1dda3718863	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000132	9990160988	Albie	Jones	1981-09-24	M	52 Canal Close	AW3 3GA	\N
686d5d99-2b21-467e-8a20-3d878d8c75c8	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1097	9990240175	Alice	Jones	1986-08-29	F	52 Canal Close	AW3 3GA	\N
d94bb7bd-366f-4492-9a80-e0b335ae67d3	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000133	\N	Alice	Jones	1986-08-29	F	52 Canal Close	AW3 3GA	\N
521ee507-3f7b-4c33-a83b-780631f6e9aa	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1099	9990319367	Sofia	Jones	2007-11-20	F	52 Canal Close	AW3 3GA	\N
00901cdf-5116-4d47-a66c-82889e6a6c97	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000134	9990319367	Sofia	Jones	2007-11-20	F	52 Canal Close	AW3 3GA	\N
0041bdb0-96af-4255-ba08-4d815f37828c	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1101	9990398550	Alice	Jones	2012-01-31	F	52 Canal Close	AW3 3GA	\N
e6f9d0e0-8462-4fc6-9a72-097dcd6df42e	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	V353400116002	9990398550	Alice	Jones	2012-01-31	F	52 Canal Close	AW3 3GA	P81003
9fa28c09-21b7-458b-8feb-c1d3ab0e96e3	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000135	\N	Alice	Jones	2012-01-31	F	52 Canal Close	AW3 3GA	\N
77b99547-12c1-41a9-9fe5-a8109dc9df89	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1122	9990477744	Harry	Butler	1982-12-10	M	Flat 4, 67 Railway Drive	AW2 3LH	\N
217b029d-0843-45de-88b5-9d6c83dad1f4	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1209	9990556938	Millie	Jones	2000-02-09	F	103 Hill Grove	AW1 4EU	\N
3a8c3fb6-be82-4cff-a331-211ddbec6bfc	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1212	9990636125	Sophia	Jones	2024-11-30	F	103 Hill Grove	AW1 4EU	\N
01f49a21-01a8-4f28-8e84-4d6cd6120708	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000136	9990636125	Sophia	Jones	2024-11-30	F	103 Hill Grove	AW1 4EU	\N
faf3af54-84fa-4f1b-8c32-66cffba161fb	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1215	\N	Yusuf	Jones	2024-12-07	M	103 Hill Grove	AW1 4EU	\N
641a40b4-bbc7-4d5e-b9a4-a7714a45b460	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000137	9990715319	Yusuf	Jones	2024-12-07	M	103 Hill Grove	AW1 4EU	\N
f429ff2e-781a-4f9f-a6d9-1425e8745b5e	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1218	9990794502	Aisha	MacLeod	1983-11-25	F	39 Park Road	AW3 5BR	\N
f2f5d7a4-0c23-4bd5-b2b9-6d27d582fa13	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000138	9990794502	Aisha	MacLeod	1983-11-25	F	39 Park Road	AW3 5BR	\N
f31996c3-b44b-49f5-8a16-a971c45d486a	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1219	9990873690	Ibrahim	MacLeod	1981-02-21	M	39 Park Road	AW3 5BR	\N
dab3c8a6-e234-4545-95f7-3de3a3898cd5	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000139	\N	Ibrahim	MacLeod	1981-02-21	M	39 Park Road	AW3 5BR	\N
287f1d67-6c00-497c-baf9-6dbe24b371c8	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1222	9990952884	Jude	MacLeod	2011-11-01	M	39 Park Road	AW3 5BR	\N
455d4848-3fa0-4e6c-9a14-ef442ca6ca25	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	A353400016003	\N	Jude	MacLeod	2011-11-01	M	39 Park Road	AW3 5BR	P81001
cb1bcfa3-dc6b-4b5a-9cc0-5b82adcf0784	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000140	9990952884	Jude	MacLeod	2011-11-01	M	39 Park Road	AW3 5BR	\N
6d543a23-ae70-47ba-9afb-3189a99fa0e1	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1224	9991111263	Reuben	MacLeod	2008-06-23	M	39 Park Road	AW3 5BR	\N
a6a7ee9e-a577-40c1-93c3-dbac02d47464	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000141	\N	Reuben	MacLeod	2008-06-23	M	39 Park Road	AW3 5BR	\N
4f922bce-d557-4dcf-baa0-075bba391b93	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1227	9991190457	Millie	MacLeod	2017-12-10	F	39 Park Road	AW3 5BR	\N
4262e300-880a-411d-82a8-1321f68cd315	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	V353200222001	9991190457	Millie	MacLeod	2017-12-10	F	39 Park Road	AW3 5BR	P81001
e67ce3d7-e36d-4b00-815b-88bc8d7c2348	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000142	\N	Millie	MacLeod	2017-12-10	F	39 Park Road	AW3 5BR	\N
874f35a3-c5ef-4950-9934-b60a77d9f341	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1124	9991269649	Jack	Simpson	1976-04-28	M	Flat 6, 50 Laurel Lane	AW2 1QD	\N
9016cde4-1063-4fd7-a7f1-169655025efb	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000143	\N	Jack	Simpson	1976-04-28	M	Flat 6, 50 Laurel Lane	AW2 1QD	\N
3d2e26ee-f093-4f5c-9e37-f187e6c5fac5	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1126	9991348832	Matilda	Smpson	2008-05-18	F	Flat 6, 50 Laurel Lane	AW2 1QD	\N
8028c4e1-5e83-4fe7-a945-60ce6ce9fe1c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000144	\N	Tilly	Simpson	2008-05-18	F	Flat 6, 50 Laurel Lane	AW2 1QD	\N
53cc98d2-73ee-47f1-bbd1-94d9ad6104cc	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1127	9991507213	Hannah	Simpson	2007-11-26	F	Flat 6, 50 Laurel Lane	AW2 1QD	\N
72023073-aa07-4e69-8c5d-2d8fe5294c94	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000145	\N	Hannah	Simpsno	2007-11-26	F	Flat 6, 50 Laurel Lane	AW2 1QD	\N
07c66502-21d4-49d0-8048-58e3e7f73df8	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1130	9991586407	Evie	Wilson	1981-08-06	F	72 Laurel Lane	AW2 1QE	\N
4f50928b-7616-4ba2-b0b1-042a02414bb1	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000146	\N	Evie	Wilson	1981-08-06	F	72 Laurel Lane	AW2 1QE	\N
ebd66b7f-9cbe-4f20-965d-d25af1acb8dc	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1131	9991665595	Mason	Roberts	2007-10-22	M	72 Laurel Lane	AW2 1QE	\N
c72ebfb8-8577-45f7-8257-b7ce27eb5750	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000147	9991665595	Mason	Roberts	2007-10-22	M	72 Laurel Lane	AW2 1QE	\N
ec1df051-f2dd-439a-a67b-8c83a422aaeb	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1133	9991744789	Oscar	Wilson	2007-10-15	M	72 Laurel Lane	AW2 1QE	\N
15bc33cc-3f79-445a-a2f0-054c57dfb8ae	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000148	9991744789	Oscar	Wilson	2007-10-15	M	72 Laurel Lane	AW2 1QE	\N
b1d8abb1-4a0d-4e5d-99db-4a03867deb1d	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1102	9991823972	Oliver	Nguyen	1996-09-09	M	Flat 5, 80 Holly Drive	AW3 4DY	\N
ad6dab78-8d8d-4ee5-a49f-fb4380c87166	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000149	9991982353	Archie	Nguyen	2025-01-11	M	Flat 5, 80 Holly Drive	AW3 4DY	\N
1bb95dbf-0e67-4e76-a329-c5d0652b2e19	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1229	9992061545	Mohammed	Allen	1982-04-27	M	107 Spring Drive	AW1 9DN	\N
66c2b844-719c-491f-be55-03cb3e012fb7	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000150	9992061545	Mohammed	Allen	1982-04-27	M	107 Spring Drive	AW1 9DN	\N
3f2b5fe9-25f3-4f70-912e-ca3fce8f47fd	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1230	9992140739	Agnieszka	Allen	1984-02-15	F	107 Spring Drive	AW1 9DN	\N
5127c9f3-1ec3-4842-aa4b-64d800fda0c1	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1232	9992219920	Tommy	Allen	1950-03-07	M	107 Spring Drive	AW1 9DN	\N
14039396-cdd2-4314-b91c-d2e09e30ddc6	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000151	\N	Tommy	Allen	1950-03-07	M	107 Spring Drive	AW1 9DN	\N
0312a59e-f70d-45a1-ac4d-dec4c84113b7	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1234	9992299118	Phoebe	Allen	2008-02-14	F	107 Spring Drive	AW1 9DN	\N
703fda17-ccef-4373-a424-0cc23b1a7ec0	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000152	9992299118	Phoebe	Alen	2008-02-14	F	107 Spring Drive	AW1 9DN	\N
8da2f5d1-fc8b-4935-8fb9-cffc0a77ce5a	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1235	9992378301	Siobhan	Allen	2008-08-23	F	107 Spring Drive	AW1 9DN	\N
61d7df19-1485-4249-b895-f8e0287b103f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000153	\N	Siobhan	Allen	2008-08-23	F	107 Spring Drive	AW1 9DN	\N
b530279c-4492-4a8f-b9d4-8afbd4ec832f	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1237	9992536683	Omar	Allen	2014-05-29	M	107 Spring Drive	AW1 9DN	\N
441c8500-6eea-45b6-9777-9538a9de156d	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	X353400018003	9992536683	Omar	Allen	2014-05-29	M	107 Spring Drive	AW1 9DN	P81001
d6a41fda-4792-4fd6-b72f-aabb38908e18	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000154	\N	Omar	Allen	2014-05-29	M	107 Spring Drive	AW1 9DN	\N
325b6d86-d264-466d-b55e-665ebb3a8ea4	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1103	9992615877	Grace	Parker	1980-09-02	F	40 Hollins Terrace	AW3 3ZS	\N
630d69f9-5474-4083-9216-62d02c420fb1	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000155	\N	Grace	Parker	1980-09-02	F	40 Hollins Terrace	AW3 3ZS	\N
97f503d7-ce07-46ff-b045-97d2ee0cce17	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1134	9992695064	Katherine	Gray	1940-05-07	F	26 Station Crescent	AW2 6SJ	\N
54819699-35c4-41e9-9e85-56ac7a61f740	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000156	9992695064	Katherine	Gray	1940-05-07	F	26 Station Crescent	AW2 6SJ	\N
8fd5f085-593e-44ee-94a5-46989dcdd994	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1137	9992774258	Muhammad	Gray	1940-07-02	M	26 Station Crescent	AW2 6SJ	\N
6e3f168c-0acb-457b-abb0-5653070fd236	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1240	9992853441	Sarah	Johnson	1987-09-11	F	98 Derby Way	AW1 6UP	\N
c47eab0c-a879-41bc-9559-7161ee72ceb3	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1243	9992932635	Oliver	Johnson	1985-12-01	M	98 Derby Way	AW1 6UP	\N
0facc81f-c297-4ab2-b3c7-ae89bd661710	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1246	9993011827	Joshua	Johnson	2016-11-22	M	98 Derby Way	AW1 6UP	\N
4e2a7701-5b55-4995-8498-3519e916aeac	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	R353200021001	9993011827	Joshua	Johnson	2016-11-22	M	98 Derby Way	AW1 6UP	P81001
d2ce56cf-1cb4-4f69-9071-2880ab4365d6	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000157	9993011827	Joshua	Johnson	2016-11-22	M	98 Derby Way	AW1 6UP	\N
fa8c0f77-ae09-4d5e-adb2-080461d54521	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1247	9993091014	Sophie	Johnson	2019-02-16	F	98 Derby Way	AW1 6UP	\N
68b4608a-af1f-494e-9d22-8402c6ec264b	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	R353200023003	9993091014	Sophie	Johnson	2019-02-16	F	98 Derby Way	AW1 6UP	P81001
bfe018a7-2eb6-49bc-916f-ec0642c5d323	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000158	9993091014	Sophie	Johnson	2019-02-16	F	98 Derby Way	AW1 6UP	\N
4a9ee282-578d-46d5-bf71-fa02d13913b1	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1249	9993170208	Emily	Watson	1977-07-21	F	29 Heath Road	AW1 7JD	\N
301dfb02-da68-4818-9b31-08d361d73f15	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1252	9993249394	Oscar	Watson	1973-12-11	M	29 Heath Road	AW1 7JD	\N
50a42af9-e9ec-4cac-9848-0f3fe5c23d71	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1255	9993328588	Leo	Watson	2010-04-30	M	29 Heath Road	AW1 7JD	\N
9218d22e-77c2-4cac-85ed-0ed918d7d5c5	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	Y353400114002	\N	Leo	Watson	2010-04-30	M	29 Heath Road	AW1 7JD	P81001
aed52e05-8b7f-497c-88e7-5d10890c814a	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000159	9993328588	Leo	Watson	2010-04-30	M	29 Heath Road	AW1 7JD	\N
ea6d0a61-db22-439d-ad16-a4189fd3ddf4	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1105	9993407771	Thomas	Mills	1965-07-15	M	19 Derby Way	AW1 6UH	\N
5ab22474-2040-4aca-9a9d-80ab294649d6	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1108	9993486965	Sophia	Young	1994-04-03	F	Flat 8, 74 Canal Close	AW3 3GB	\N
30892374-8012-48e8-b805-33a46ed11607	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1111	9993566152	Samuel	Young	1997-05-20	M	Flat 8, 74 Canal Close	AW3 3GB	\N
43009cfc-84fc-4902-bbfa-f161abc5dde4	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1113	9993645346	Evelyn	Young	2019-04-23	F	Flat 8, 74 Canal Close	AW3 3GB	\N
0eed929e-c95b-4d5d-bda9-bca8e3122ff0	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	V353200223002	\N	Evelyn	Young	2019-04-23	F	Flat 8, 74 Canal Close	AW3 3GB	P81003
fbfdada5-dff9-4761-9c16-93ef5d183e6f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000160	\N	Evelyn	Young	2019-04-23	F	59 Station Crescent	AW2 6SL	\N
956d0d29-fcf5-4bad-87c6-4604fe9d488e	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1114	9993803723	Zoë	Young	2014-09-27	F	Flat 8, 74 Canal Close	AW3 3GB	\N
b4328a22-f32c-4e84-88cb-1c09db6e8574	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	L353200219001	\N	Zoë	Young	2014-09-27	F	Flat 8, 74 Canal Close	AW3 3GB	\N
287bfb94-2345-4059-a45e-1ee4b33eda33	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000161	9993803723	Zoë	Young	2014-09-27	F	Flat 8, 74 Canal Close	AW3 3GB	\N
7f61ea80-d8fb-4343-9f2b-88ea3a0b5ee4	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1116	9993882917	Tommy	Young	2014-04-17	M	Flat 8, 74 Canal Close	AW3 3GB	\N
7d03625b-6df3-4ca1-ba0d-c30ab5bff793	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	C353400118001	\N	Tommy	Young	2014-04-17	M	Flat 8, 74 Canal Close	AW3 3GB	P81003
03e1c4bb-1998-4359-9597-abd2171851c0	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000162	9993882917	Tommy	Young	2014-04-17	M	Flat 8, 74 Canal Close	AW3 3GB	\N
ac2b00f4-4094-4739-9f6b-3be7cd05a6ef	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1119	9993962104	Yusuf	Yung	2024-04-30	M	Flat 8, 74 Canal Close	AW3 3GB	\N
f366d2f0-3702-49d2-8e95-04a90bd336a2	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000163	\N	Yusuf	Young	2024-04-30	M	Flat 8, 74 Canal Close	AW3 3GB	\N
17f70a9a-346b-493d-b600-d45e8cdd4fd5	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1120	9994041290	Samantha	Wilson	1972-02-11	F	75 Heath Road	AW1 7JF	\N
48c9e2bc-1023-48e0-b9e7-b3bd1cd04d6a	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000164	\N	Samantha	Wilson	1972-02-11	F	15 Park Road	AW3 5BQ	\N
88bb343f-f379-4a7b-94f2-61be224c268a	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1123	9994120484	Robert	Wilson	1968-07-31	M	15 Park Road	AW3 5BQ	\N
8f7103a5-89af-46c7-9dbc-3e659e95b3d1	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000165	\N	Bob	Wilson	1968-07-31	M	82 Ridgeway Crescent	AW1 3GZ	\N
136df122-6810-47d8-8ec8-148184c863cd	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1126	9994199676	Agnieszka	Thomas	1995-12-28	F	107 Hollins Terrace	AW3 3ZW	\N
8de7b0a4-1841-476f-ab00-ac15f3e06a26	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1128	9994358057	Stephen	Thomas	1996-10-16	M	107 Hollins Terrace	AW3 3ZW	\N
59d4f05b-bbf0-42ae-87ab-8e5f1d5c7c62	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1257	9994437240	Grace	Clark	1958-04-26	F	71 Holly Road	AW1 5XB	\N
0e3002dd-46f0-4b30-9640-8079c1d0151d	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000166	\N	Grace	Clark	1958-04-26	F	71 Holly Road	AW1 5XB	\N
0e9c0364-172f-49d3-a1b6-8a935bfa7bdd	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1260	9994516434	Arlo	Clark	1954-02-08	M	71 Holly Road	AW1 5XB	\N
6717a681-852b-4a3b-93f0-e86de50b5d29	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000167	9994516434	Arlo	Clark	1954-02-08	M	71 Holly Road	AW1 5XB	\N
951669e2-6098-405f-a8c6-251b2cab9371	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1130	9994595628	Fatima	Morgan	1988-09-17	F	18 Holly Drive	AW3 4DT	\N
49f72c5b-3ad7-4b93-ae65-76ce1b0b6841	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1131	9994674811	Isaac	Morgan	1992-10-24	M	18 Holly Drive	AW3 4DT	\N
4afdc27c-c75c-46c0-b3fc-e033c2d052c3	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1134	9994754009	Samuel	Morgan	2010-09-10	M	18 Holly Drive	AW3 4DT	\N
86d1986c-f5b5-469b-873b-889f180882cb	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	A353400015002	9994754009	Samuel	Morgan	2010-09-10	M	18 Holly Drive	AW3 4DT	P81003
63181211-51fd-4717-ad9f-5124408a89a4	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000168	9994754009	Samuel	Morgan	2010-09-10	M	18 Holly Drive	AW3 4DT	\N
2eddd6d8-85d0-4b77-b452-8fc619e978bb	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1136	9994833197	Deborah	Morgan	2015-09-21	F	18 Holly Drive	AW3 4DT	\N
69ba573b-8359-48be-b6db-58b405218d01	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	Y353200220001	9994833197	Deborah	Morgan	2015-09-21	F	18 Holly Drive	AW3 4DT	P81003
504a4aaf-b887-49ca-8a16-5e53d9a7894f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000169	\N	Deborah	Morgan	2015-09-21	F	18 Holly Drive	AW3 4DT	\N
d3ac4589-905f-4c35-81ac-8429062bbb0c	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1138	9994912380	Rachel	Mills	2017-08-14	F	18 Holly Drive	AW3 4DT	\N
c9502c15-d025-4352-8d29-1b5faf8c6a18	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	J353200221001	9994912380	Rachel	Mills	2017-08-14	F	18 Holly Drive	AW3 4DT	P81003
e9ba53e7-1d4c-478a-bbcd-6f30ac2055f5	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000170	9994912380	Rachel	Mills	2017-08-14	F	18 Holly Drive	AW3 4DT	\N
869cd907-12ee-4337-909b-9e9fb686b555	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1141	9994991574	Millie	Morgan	2018-04-06	F	18 Holly Drive	AW3 4DT	\N
f6cc36b8-ec17-4921-b68b-c4ae7c355405	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	J353200222002	9994991574	Millie	Morgan	2018-04-06	F	18 Holly Drive	AW3 4DT	P81003
24db6572-7875-481d-b549-01e99c3a6b38	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000171	\N	Millie	Morgan	2018-04-06	F	18 Holly Drive	AW3 4DT	\N
5fdafee4-d22d-4b48-8a77-dc3daace3574	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1139	9995070766	Christopher	Collins	1981-10-04	M	80 Jubilee Terrace	AW2 8TT	\N
37954930-976a-4760-a8a3-95bcc7ccb6ab	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1141	9995149958	Rachel	Collins	1976-05-18	F	80 Jubilee Terrace	AW2 8TT	\N
7c04f8de-8d60-41f3-ab46-da02ae06ad5f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000172	\N	Rachel	Collins	1976-05-18	F	80 Jubilee Terrace	AW2 8TT	\N
e2844974-7a7f-49a8-af1b-72aabe6e662d	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1142	9995229145	Samuel	Collins	2013-06-18	M	80 Jubilee Terrace	AW2 8TT	\N
ef6bd558-810c-4253-9761-fefcd8f0a519	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	F353400117002	\N	Samuel	Collins	2013-06-18	M	80 Jubilee Terrace	AW2 8TT	P81002
4717b7e9-ee87-4c63-8dfe-76c67ebc39ad	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000173	\N	Samuel	Collins	2013-06-18	M	80 Jubilee Terrace	AW2 8TT	\N
46bbacf7-1bb0-4112-a168-53623fd56b12	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1143	9995308339	Aisha	Collins	2007-12-13	F	80 Jubilee Terrace	AW2 8TT	\N
7b9d21b4-a35a-4b91-b4d3-6d723673967f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000174	\N	Aisha	Collins	2007-12-13	F	80 Jubilee Terrace	AW2 8TT	\N
fef66ffc-5d50-4016-b98b-b920c586967a	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1144	9995387522	Aisha	Fernández	1961-05-19	F	18 Park Road	AW3 5BQ	\N
c71ab7f4-77e8-44f0-95fe-3930eda455a2	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000175	9995387522	Aisha	Fernández	1961-05-19	F	18 Park Road	AW3 5BQ	\N
c12e5489-ef9d-401c-87be-f6e71233ed31	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1146	9995466716	Chidi	Fernández	1955-08-20	M	18 Park Road	AW3 5BQ	\N
577c0057-21cd-4504-9a15-21d5cb95dc23	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1262	9995625091	Ella	Fletcher	1960-06-24	F	28 Heath Road	AW1 7JD	\N
16fdc688-ef57-477f-9589-1c700b05db7f	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1263	9995704285	Katherine	Butler	1999-04-27	F	118 Heath Road	AW1 7JH	\N
c67c5ea4-d8f7-404b-9227-480dea2e3c29	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1266	9995783479	Jonathan	Butler	2000-08-10	M	118 Heath Road	AW1 7JH	\N
2efd08b5-b857-45b7-88ec-a63c619f29d5	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000176	\N	Jonathan	Butler	2000-08-10	M	118 Heath Road	AW1 7JH	\N
90f11f10-df60-4e39-b15a-61636b01cdca	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1268	9995862662	Isabelle	Butler	2025-08-02	F	118 Heath Road	AW1 7JH	\N
f8f32d87-0639-450a-baee-159dbc9e4448	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000177	9995862662	Isabelle	Butler	2025-08-02	F	40 Ridgeway Crescent	AW1 3GX	\N
7951d095-c3e2-461d-b0c6-2908e2e6ae3c	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1271	9995941856	Maya	Butler	2025-08-25	F	118 Heath Road	AW1 7JH	\N
70257439-982a-4e03-a8bc-fedd6311bed8	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000178	\N	Maya	Butler	2025-08-25	F	118 Heath Road	AW1 7JH	\N
612f20b2-7fb1-4509-8f4d-a7ff96444bcd	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1272	9996021041	Florence	Butler	2024-10-04	F	118 Heath Road	AW1 7JH	\N
6c3d5840-eab8-4d57-95c6-4c98155a6059	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000179	9996021041	Florence	Butler	2024-10-04	F	118 Heath Road	AW1 7JH	\N
5aa00256-64f3-42f5-ac89-56e14efb7a46	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1273	9996100235	Poppy	Clark	2025-02-11	F	118 Heath Road	AW1 7JH	\N
8746f715-0ea9-4848-a9cc-4b57db5a6d56	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000180	\N	Poppy	Clark	2025-02-11	F	118 Heath Road	AW1 7JH	\N
08132e36-4b77-4cb3-8b76-7ad42c960cae	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1149	9996179427	Ava	Smith-Jones	1985-09-06	F	93 Railway Drive	AW2 3LJ	\N
2e4ea74a-b7aa-4534-9c6c-b21b757b0593	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000181	9996179427	Ava	Smith-Jones	1985-09-06	F	34 Well Street	AW3 2QU	\N
5a4e9947-7ed9-48a3-998b-a68932ac8c84	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1151	9996258610	Richard	Smith-Jones	1989-12-11	M	34 Well Street	AW3 2QU	\N
e56b0756-2481-471e-9141-df50b0bf56ad	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1153	9996337804	Roman	Ahmed	1977-07-15	M	104 Park Road	AW3 5BW	\N
1ee66beb-37fe-4e57-9bbb-8005f2910a72	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1155	9996416992	Jessica	Ahmed	1978-07-26	F	104 Park Road	AW3 5BW	\N
43929dce-ee99-4f9a-aeff-4ad6c5a2d027	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1156	9996575373	Chloé	Ahmed	2008-07-08	F	104 Park Road	AW3 5BW	\N
76b45448-527e-4dc8-a897-c8ec1566cba3	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000182	9996575373	Chloé	Ahed	2008-07-08	F	104 Park Road	AW3 5BW	\N
e60af778-d9b1-4dd0-b655-e2f7004f670d	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1159	9996654567	Charlie	Ahmed	2007-10-29	M	104 Park Road	AW3 5BW	\N
d96eaf8b-4307-444d-b9be-46c8d2658dfb	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000183	\N	Charlie	Ahmed	2007-10-29	M	104 Park Road	AW3 5BW	\N
bf1f148b-b79b-438d-9f05-69310e6ea93e	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1276	9996733750	Omar	Wilson	1992-04-17	M	25 Derby Way	AW1 6UJ	\N
2c3df075-b605-4a4b-bad8-fb1e6de93467	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1279	9996812944	Omar	Wilson	2012-03-08	M	25 Derby Way	AW1 6UJ	\N
4ce7ad6c-dc2b-43fe-90e4-871a9a186c0d	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	P353400016004	\N	Omar	Wilson	2012-03-08	M	25 Derby Way	AW1 6UJ	P81001
ee14dd10-f218-4cf8-bc91-bb32f768fccd	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000184	9996812944	Omar	Wilson	2012-03-08	M	25 Derby Way	AW1 6UJ	\N
aa66d506-3772-4cbd-be02-6e5e0400fa5a	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1280	9996892131	Isabella	Wilson	2017-08-13	F	25 Derby Way	AW1 6UJ	\N
a1461f1d-d9f8-49f2-bf42-308b0963c497	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	F353200021002	\N	Isabella	Wilson	2017-08-13	F	25 Derby Way	AW1 6UJ	P81001
54347ad3-a03b-43d9-90da-e433220a736f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000185	9996892131	Isabella	Wilson	2017-08-13	F	25 Derby Way	AW1 6UJ	\N
96c11f19-f7df-40fe-926b-5ce4d82c8204	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1160	9996971325	Piotr	Williams	1975-04-03	M	80 Park Road	AW3 5BU	\N
4a1134f5-13a1-4e52-b70e-0458fd384d7b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000186	\N	Piotr	Williams	1975-04-03	M	80 Park Road	AW3 5BU	\N
36c5d975-040f-4d90-85ec-a6e1e316da14	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1162	9997050517	Ava	Williams	1968-10-26	F	80 Park Road	AW3 5BU	\N
e41739ee-96d5-4574-8446-0e708f541d59	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1165	9997129709	Rebecca	Williams	2007-10-03	F	80 Park Road	AW3 5BU	\N
8aea68b2-487c-4dfc-8d7b-52065d6ff0ed	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000187	\N	Rebecca	Williams	2007-10-03	F	80 Park Road	AW3 5BU	\N
c3263a56-4b7f-4410-8a86-e9367911ddfe	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1168	9997208897	Zainab	Williams	2008-08-16	F	80 Park Road	AW3 5BU	\N
25203626-2ff6-437a-99c7-8344acef95ce	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000188	9997208897	Zainab	Williams	2008-08-16	F	80 Park Road	AW3 5BU	\N
5efd3ddd-3f44-4f0e-b1b1-3cb4fd0283b1	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1170	9997288084	Thomas	Williams	2008-02-25	M	80 Park Road	AW3 5BU	\N
8c4b5a6a-060b-40da-94d5-0e725581a124	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000189	\N	Thomas	Williams	2008-02-25	M	80 Park Road	AW3 5BU	\N
7433cf9b-cb12-404f-a915-9643928de6dd	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1173	9997367278	Agnieszka	Williams	2008-05-15	F	80 Park Road	AW3 5BU	\N
d0e26fb5-a493-4869-b736-302486b01a80	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000190	\N	Agnieszka	Williams	2008-05-15	F	80 Park Road	AW3 5BU	\N
c7809006-6cf4-442b-a8b5-4212b6f61317	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1144	9997446461	Millie	Allen	1962-11-24	F	36 Jubilee Terrace	AW2 8TQ	\N
206ca1b8-14c8-4c28-ad65-f91241cbeb29	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1145	9997525655	Joseph	Allen	1967-01-26	M	36 Jubilee Terrace	AW2 8TQ	\N
33fbdfb9-4c1e-4530-b155-9841c9516741	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1147	9997604849	Jessica	Phillips	1984-05-31	F	36 Railway Drive	AW2 3LF	\N
4479bafe-13ce-41d9-8b80-2d483a6b8e28	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000191	\N	Jess	Phillips	1984-05-31	F	36 Railway Drive	AW2 3LF	\N
228cf54d-9250-4d24-980c-58cdf501c433	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1150	9997684036	Rory	Phillips	1987-09-27	M	36 Railway Drive	AW2 3LF	\N
34737fb6-0cce-4475-85b7-335c65e08de4	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1176	9997842413	Thomas	Singh	2007-07-06	M	99 Well Street	AW3 2QY	\N
10c5f311-c144-4421-b7f1-61ccbbcf821d	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1153	9997921607	Samuel	Wilkinson	1976-09-12	M	79 Princess Terrace	AW2 7DJ	\N
47136069-f0c5-4b0a-b422-d3733a454fc6	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000192	\N	Samuel	Wilkinson	1976-09-12	M	79 Princess Terrace	AW2 7DJ	\N
100a83ce-0486-4edb-bf12-67599826ba1f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000193	\N	Hannah	Wilkinson	1973-09-21	F	79 Princess Terrace	AW2 7DJ	\N
be080020-517f-4e22-be1e-1411ca4ff709	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1155	9998079985	George	Wilkinson	2007-11-22	M	79 Princess Terrace	AW2 7DJ	\N
3c98f3a5-aa64-436a-946f-f2b13a55f653	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000194	9998079985	George	Wilkinson	2007-11-22	M	79 Princess Terrace	AW2 7DJ	\N
96ce13fc-d0af-46b7-8315-bf3e5b974574	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1158	9998159172	Ella	Wilkinson	2011-04-17	F	79 Princess Terrace	AW2 7DJ	\N
3b3e7054-d6c6-477a-9dfd-376de935acc2	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	V353400115001	9998159172	Ella	Wilkinson	2011-04-17	F	79 Princess Terrace	AW2 7DJ	P81002
e827579a-bb07-4637-be9e-fc116fd6877a	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000195	\N	Ella	Wilkinson	2011-04-17	F	79 Princess Terrace	AW2 7DJ	\N
a953693f-5104-447b-929d-ab97326039b3	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1160	9998238366	Isabella	Wilkinson	2008-06-12	F	79 Princess Terrace	AW2 7DJ	\N
b4cfe2e8-ba58-4c97-8982-32c213c9e932	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000196	9998238366	Isabella	Wilkinson	2008-06-12	F	79 Princess Terrace	AW2 7DJ	\N
2a8eee8e-c453-4315-afa1-a0f5164c41fc	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1283	9998396743	Florence	Ellis	2002-08-24	F	23 Railway Drive	AW2 3LF	\N
5c81d658-55f8-4378-8e56-428b10e13f2f	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1285	9998475937	Seán	Ellis	2002-01-15	M	Flat 1, 2 Orchard Drive	AW1 8TH	\N
340a32a2-85de-4f98-8b1a-7229d0adef1f	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1287	9998555124	Albie	Miller	1979-09-22	M	64 Ridgeway Crescent	AW1 3GY	\N
7f23b538-9621-4ac2-a270-a0dc93f4b395	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000197	\N	Albie	Miller	1979-09-22	M	64 Ridgeway Crescent	AW1 3GY	\N
bab47666-3751-4480-b017-b86f27c3af6d	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1289	9998634318	Sophia	Miller	1981-01-23	F	64 Ridgeway Crescent	AW1 3GY	\N
4ff6f363-cdd1-4f50-aef3-84898fcab2e2	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1290	9998713501	Amina	Miller	2009-05-15	F	64 Ridgeway Crescent	AW1 3GY	\N
961014f2-511c-426c-9be7-20f0a41702db	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000198	\N	Amina	Miller	2009-05-15	F	64 Ridgeway Crescent	AW1 3GY	\N
3d3bba7f-ae39-432a-aced-1118cb5efdbd	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1291	\N	Priya	Richards	2007-10-22	F	64 Ridgeway Crescent	AW1 3GY	\N
fcbd7fa2-b7f9-46f9-b3f8-75303abb2be7	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000199	9998871883	Priya	Richards	2007-10-22	F	64 Ridgeway Crescent	AW1 3GY	\N
6a8bd2d8-e8fd-4012-a6e7-9d5a7905e16b	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1292	9998951070	Ravi	Miller	2013-10-25	M	64 Ridgeway Crescent	AW1 3GY	\N
2732170c-9fd6-474a-8d0e-a04120401a01	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	L353400018004	\N	Ravi	Miller	2013-10-25	M	64 Ridgeway Crescent	AW1 3GY	P81001
1eb8f648-37a4-4ed3-90aa-ac94e1dc9a11	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000200	\N	Ravi	Miller	2013-10-25	M	64 Ridgeway Crescent	AW1 3GY	\N
c68ae009-1244-44d2-b503-71c27864c8aa	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1295	9999030262	Edward	Graham	1935-08-03	M	81 Ridgeway Crescent	AW1 3GZ	\N
c2743a43-43a1-45e2-aa59-3eced6410391	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1162	9999109454	Theo	MacLeod	1934-05-06	M	43 Heath Road	AW1 7JE	\N
be4efa53-b24e-4f94-b6d3-112a8c3de260	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1165	9999188648	Sofia	Harris	1986-05-04	F	79 Station Crescent	AW2 6SN	\N
a5b3a0c6-0a91-4389-9784-f74de92faf0d	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1166	9999267831	Richard	Harris	1989-10-17	M	79 Station Crescent	AW2 6SN	\N
2fdb558e-03e6-440f-8dc9-603f0ca43771	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1168	9999347029	Maryam	Graham	2017-02-01	F	79 Station Crescent	AW2 6SN	\N
0797545c-0b74-469c-9dec-edabfaa4134b	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	P353200121002	9999347029	Maryam	Graahm	2017-02-01	F	79 Station Crescent	AW2 6SN	P81002
e5acc0c8-58e4-42db-8d68-17a48aa7df0c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000201	9999347029	Maryam	Graham	2017-02-01	F	79 Station Crescent	AW2 6SN	\N
f190dbc1-f82e-4112-a64e-a8d0371b9dc3	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1170	9999426212	Lucas	Harris	2008-06-16	M	79 Station Crescent	AW2 6SN	\N
fb355154-a195-4323-b460-81c30b98a49e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000202	\N	Lucas	Harris	2008-06-16	M	79 Station Crescent	AW2 6SN	\N
4a6702c6-5c35-4643-98a1-c95f59538233	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000203	9999505406	Theo	James	1936-08-02	M	58 Rowan Crescent	AW2 4EZ	\N
3b3cd3e3-ef70-44d3-9024-26f95302eb8a	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1178	9999584594	Charlie	Chowdhury	1986-04-07	M	115 Hollins Terrace	AW3 3ZW	\N
b97455b7-d4df-4d8a-b365-00aa3d2cd96b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000204	9999584594	Charlie	Chowdhury	1986-07-04	M	115 Hollins Terrace	AW3 3ZW	\N
4fcdab24-7c82-48ff-9546-0380677cd593	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1179	\N	Charlotte	Chowdhury	1986-09-07	F	115 Hollins Terrace	AW3 3ZW	\N
668cfb35-ff4b-4bcd-a031-91a8530ebc71	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000205	\N	Charlotte	Chowdhury	1986-09-07	F	115 Hollins Terrace	AW3 3ZW	\N
308fc6d6-00a9-4a52-b0e1-8f49d90c8321	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1182	9999742971	Matthew	Taylor	2010-11-09	M	115 Hollins Terrace	AW3 3ZW	\N
178781d4-d911-4a28-ba22-d7b2b14edcfc	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	P353400015003	9999742971	Matthew	Taylor	2010-11-09	M	115 Hollins Terrace	AW3 3ZW	P81003
ed5fa853-4640-4d83-8840-4a44cf8491e5	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000206	\N	Matthew	Taylor	2010-11-09	M	115 Hollins Terrace	AW3 3ZW	\N
5abd7506-d668-409b-9385-95ae11d0dac9	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1296	9999822169	Ibrahim	Cook	1945-11-24	M	25 Ridgeway Crescent	AW1 3GW	\N
949091fe-0411-4ce7-8a01-209da464a708	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1298	9999901352	Agnieszka	Taylor	2001-04-25	F	10 Orchard Drive	AW1 8TH	\N
98bf6037-58c7-4d79-8f59-eead2aaf0dae	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1299	9999980546	Freddie	Taylor	2001-08-30	M	10 Orchard Drive	AW1 8TH	\N
c8d7f2b4-2c48-48a9-8d85-064e3f3ca090	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000207	9999980546	Freddie	Taylor	2001-08-30	M	10 Orchard Drive	AW1 8TH	\N
5bae731c-210c-4a81-ad38-13f7ca2c5eb4	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1300	9990138923	Jennifer	Carter	1953-06-01	F	31 Derby Way	AW1 6UJ	\N
8737c4f5-d5fd-4cec-aecb-00e4b8a3e528	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000208	9990138923	Jennifer	Carter	1953-06-01	F	31 Derby Way	AW1 6UJ	\N
c16d3b4a-b5b7-4223-8ea7-2c77ee48bcbd	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1303	9990218110	Luca	Carter	1952-05-20	M	31 Derby Way	AW1 6UJ	\N
8948292c-889f-43ef-a8fb-81575a4f1fab	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1183	9990297304	Priya	James	1993-09-26	F	Flat 2, 8 Canal Close	AW3 3FY	\N
82fbd6f7-d80d-45d6-b51b-70eaf81a39da	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1186	9990376492	Oscar	James	1998-07-25	M	Flat 2, 8 Canal Close	AW3 3FY	\N
4acd75ff-8f25-4c4c-b12d-5696484dfcb2	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1187	9990455686	Aisha	Harrison	1967-06-11	F	16 Holly Drive	AW3 4DT	\N
ecf99ca1-ec6c-41bf-b632-930424368ed0	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000209	\N	Aisha	Harrison	1967-06-11	F	99 Spring Drive	AW1 9DL	\N
be6b7085-aabb-4b28-a055-43728d28e802	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1190	9990614067	Anthony	Shaw	1983-01-08	M	89 Holly Drive	AW3 4DY	\N
d4063b28-9ac0-4d6a-a6ed-699280e157f7	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1191	9990693250	Freya	Shaw	2008-04-20	F	89 Holly Drive	AW3 4DY	\N
51d1586d-f031-434c-887f-ab178418b2bf	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000210	\N	Freya	Shaw	2008-04-20	F	89 Holly Drive	AW3 4DY	\N
2456077a-3dc5-43b2-bb08-68a4bf16c29d	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1172	9990772444	Poppy	Martin	2001-04-24	F	Flat 7, 47 Railway Drive	AW2 3LG	\N
c070edc8-a291-4790-a446-3713c0e8a26e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000211	9990772444	Poppy	Martin	2001-04-24	F	Flat 7, 47 Railway Drive	AW2 3LG	\N
be06b8c8-84a0-41c8-bc12-ec8f7b305442	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1173	9990851638	Archie	Martin	2024-12-04	M	Flat 7, 47 Railway Drive	AW2 3LG	\N
738be93f-bb75-4926-be4c-a736d8c7f470	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000212	\N	Archie	Martin	2024-12-04	M	Flat 7, 47 Railway Drive	AW2 3LG	\N
488816fa-27ab-424b-97ff-4057a0bee1ab	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1174	9990930821	Ivy	Martin	2024-11-28	F	Flat 7, 47 Railway Drive	AW2 3LG	\N
269df6f2-ea78-42e6-ba4c-db3d57cd530b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000213	\N	Ivy	Martin	2024-11-28	F	Flat 7, 47 Railway Drive	AW2 3LG	\N
abf3bf43-2161-41af-8448-285f470a3f0e	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1176	9991010017	Michael	Rahman	1990-03-11	M	48 Station Crescent	AW2 6SL	\N
d55e836a-ebe7-4868-bf77-0128cf8b0d5b	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1179	9991168397	Daisy	Rahman	2023-01-13	F	48 Station Crescent	AW2 6SL	\N
222f7f8e-7712-4ff3-89c3-a3abf3c6bc29	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000214	9991168397	Daisy	Rahman	2023-01-13	F	48 Station Crescent	AW2 6SL	\N
b671c91b-917b-41bb-bf10-06fe9f05de4e	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1306	9991247580	Yusuf	Brown-Williams	1997-12-20	M	119 Orchard Drive	AW1 8TQ	\N
c80383e3-748a-467f-83c4-c9f2c3f8f679	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1308	9991326774	Amina	Brown-Williams	1995-12-18	F	119 Orchard Drive	AW1 8TQ	\N
325a8bc5-3e60-49f6-b058-2aeafe99e12d	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1310	9991405968	Chloé	Brown-Williams	2025-04-22	F	119 Orchard Drive	AW1 8TQ	\N
6c63c5e7-a3a4-467f-b3f5-0f7675010408	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000215	\N	Chloé	Brown-Williams	2025-04-22	F	119 Orchard Drive	AW1 8TQ	\N
95d037ab-ca14-4e60-b31f-f4f3dcbdfa80	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1182	9991485155	Ruby	Chowdhury	1941-07-01	F	45 Princess Terrace	AW2 7DH	\N
5d8ed4df-2af1-4702-bf6d-8a60c573f09a	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000216	9991485155	Ruby	Chowdhury	1941-07-01	F	45 Princess Terrace	AW2 7DH	\N
c2bcd4d0-dfe2-42fb-8ee1-6d423fec85be	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1184	9991564349	David	Chowdhury	1940-03-05	M	45 Princess Terrace	AW2 7DH	\N
57f60bc9-d559-4923-a8d0-aca2bdd82eea	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1185	9991643532	Hannah	Brown	2000-03-29	F	108 Station Crescent	AW2 6SQ	\N
c0df8e3f-1573-4b95-bb03-5836fe4fcfc8	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000217	9991643532	Hannah	Brown	2000-03-29	F	108 Station Crescent	AW2 6SQ	\N
d22921be-0d54-40a3-a326-6a5c937ea2e5	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1188	9991722726	Yusuf	Borwn	2004-05-22	M	108 Station Crescent	AW2 6SQ	\N
d881c3f5-efef-4408-a77a-c2c98d7827a4	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1189	9991881107	Zainab	Brown	2025-01-04	F	108 Station Crescent	AW2 6SQ	\N
3e20ab46-f21d-4e8a-9365-b08d375d4ce6	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000218	9991881107	Zainab	Brown	2025-01-04	F	108 Station Crescent	AW2 6SQ	\N
510c7d4e-2a4a-40ed-a64f-5befc4d4336c	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1190	9991960295	Daisy	Brown	2025-07-21	F	108 Station Crescent	AW2 6SQ	\N
abeac8db-a740-494a-940e-11b91689a46f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000219	9991960295	Daisy	Brown	2025-07-21	F	108 Station Crescent	AW2 6SQ	\N
3c82c759-79aa-4311-814c-b1d088eb6b72	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1191	9992039485	Sophie	Brown	2024-11-09	F	108 Station Crescent	AW2 6SQ	\N
c3f7147c-79dd-42bc-aefe-b9a71b968207	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000220	9992039485	Sophie	Brown	2024-11-09	F	108 Station Crescent	AW2 6SQ	\N
e9b80119-1100-492e-8cc0-adaf3fc0090c	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1192	9992118679	Samantha	Lee	1989-08-08	F	Flat 2, 99 Holly Drive	AW3 4DY	\N
c38ebeae-0d9b-4486-8357-9be65f1b0c0b	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1193	9992197862	Michael	Lee	1991-05-21	M	Flat 2, 99 Holly Drive	AW3 4DY	\N
dbfdacb9-6594-42b6-a177-a020c8d3770d	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000221	\N	Michael	Lee	1991-05-21	M	29 Jubilee Terrace	AW2 8TQ	\N
4a1de6e1-a158-4165-99c2-20536a43a74c	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1194	9992356243	Jessica	Lee	2009-03-29	F	Flat 2, 99 Holly Drive	AW3 4DY	\N
4d24b2e7-b67e-4609-b83b-9c50f75e3ec6	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000222	9992356243	Jessica	Lee	2009-03-29	F	Flat 2, 99 Holly Drive	AW3 4DY	\N
d52af914-d5fa-4b39-bdaa-53c2b9c1f322	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1196	9992435437	Tommy	Walker	2015-10-02	M	Flat 2, 99 Holly Drive	AW3 4DY	\N
d2172cca-57e0-4a46-8606-3b8be5fa1722	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	M353200220002	9992435437	Tommy	Walker	2015-10-02	M	Flat 2, 99 Holly Drive	AW3 4DY	P81003
2a1972a7-c732-48fe-984f-a08cd360a5fc	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000223	9992435437	Tommy	Walker	2015-10-02	M	Flat 2, 99 Holly Drive	AW3 4DY	\N
0460d79a-4614-4962-88b6-1fee2b61be82	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1192	9992514620	Jennifer	Hill	1984-08-17	F	107 Station Crescent	AW2 6SQ	\N
a55addc2-9777-4e05-b7a6-e060d1f3faf8	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1194	9992593814	Maya	Hill	2011-01-14	F	107 Station Crescent	AW2 6SQ	\N
97e5c11f-1f8c-4868-9b24-11e80e5af9cd	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	J353400115002	9992593814	Maya	Hill	2011-01-14	F	107 Station Crescent	AW2 6SQ	P81002
7b94362b-2008-4145-baca-8bea718f35d5	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000224	\N	Maya	Hill	2011-01-14	F	107 Station Crescent	AW2 6SQ	\N
fcc62fe6-d879-4a1c-a9f2-596cdc2938da	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1196	9992673001	Amina	Hill	2012-05-02	F	115 Jubilee Terrace	AW2 8TU	\N
1df9dc0f-c75f-4183-adca-3e7b3fe42c9c	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	D353400016005	\N	Amina	Hill	2012-02-05	F	107 Station Crescent	AW2 6SQ	P81002
05f3e2d4-3bd9-4f7b-b935-95ae6fef67e9	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000225	\N	Amina	Hill	2012-05-02	F	99 Railway Drive	AW2 3LJ	\N
8177bc8c-0929-4451-affd-f6133ece109c	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1198	9992831383	Lucas	Powell	2007-12-22	M	107 Station Crescent	AW2 6SQ	\N
df300a06-93dd-42b9-bdb8-e00e6793d33b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000226	9992831383	Lucas	Powell	2007-12-22	M	107 Station Crescent	AW2 6SQ	\N
7bac8597-f97f-4151-8b98-120e3dba39cc	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1199	9992910577	Albie	Kaur	2017-02-10	M	107 Station Crescent	AW2 6SQ	\N
9c122695-67d6-4a77-b4fc-ee33bb49ef1d	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	D353200121003	9992910577	Albie	Kaur	2017-02-10	M	107 Station Crescent	AW2 6SQ	P81002
45df1fc9-a666-4ed7-b59c-6e1e11b88e14	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000227	9992910577	Albie	Kaur	2017-02-10	M	107 Station Crescent	AW2 6SQ	\N
a1c35807-877d-44e9-9af4-bf204e70d083	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1202	9992989769	Amina	Richardson	1974-09-14	F	77 Rowan Crescent	AW2 4FA	\N
b1242872-da45-4a05-9327-ae134ec7bbee	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1204	9993068950	Oliver	Richardson	1970-09-07	M	77 Rowan Crescent	AW2 4FA	\N
277cb0b3-7fcf-4d88-be95-30069e6827b2	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000228	9993068950	Oliver	Richardson	1970-09-07	M	77 Rowan Crescent	AW2 4FA	\N
2eb40ca4-6427-4982-931e-b98614b64194	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1206	9993148148	Sofia	Mason	1944-09-11	F	117 Station Crescent	AW2 6SQ	\N
be26b751-db52-41d7-b308-fe67a6a1feac	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000229	9993148148	Sofia	Mason	1944-09-11	F	117 Station Crescent	AW2 6SQ	\N
f229f50c-ddd8-4d0a-b10b-5c1841a10e1e	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1209	9993227331	Kwame	Maason	1947-06-07	M	117 Station Crescent	AW2 6SQ	\N
aaf46a7d-3bbd-4b4f-8e5e-746184ae7017	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1197	9993306525	Alice	Kaur	1988-06-19	F	7 Canal Close	AW3 3FY	\N
0d7ee667-439f-499c-874c-ebd72b5869ef	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000230	9993306525	Alice	Kaur	1988-06-19	F	7 Canal Close	AW3 3FY	\N
fed40142-4e2b-4e74-a28e-baa91bad3426	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1200	9993385719	Henry	Kaur	1984-04-20	M	7 Canal Close	AW3 3FY	\N
b8d21d4b-f148-4c19-ba64-fc21d45bba1f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000231	9993385719	Henry	Kaur	1984-04-20	M	7 Canal Close	AW3 3FY	\N
1668b2f1-fb24-49fc-a959-0e274ce9b7fd	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1203	9993464902	Alice	Kaur	2012-06-10	F	7 Canal Close	AW3 3FY	\N
b6aa4894-00ca-4ed0-9a80-9ad5e1c07baf	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	J353400116003	9993464902	Alice	Kaur	2012-06-10	F	7 Canal Close	AW3 3FY	P81003
af90693d-249c-4014-be6e-be180d05d7b2	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000232	\N	Alice	Kaur	2012-06-10	F	7 Canal Close	AW3 3FY	\N
c68bac34-815a-43ce-bec3-c11bf1796343	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1204	9993544094	Isaac	Smith-Jones	1994-09-02	M	99 Canal Close	AW3 3GD	\N
08c55547-44c4-4279-bc3a-3c8ed574f61f	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1205	9993623288	Rebecca	Smith-Jones	1998-06-28	F	99 Canal Close	AW3 3GD	\N
7e70c8cf-52fb-4040-90cd-ab658792f1a4	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1207	9993702471	Chloé	Smith-Jones	2025-03-28	F	99 Canal Close	AW3 3GD	\N
01f5814c-b333-4bae-83fa-39eb9bdc0663	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000233	\N	Chloé	Smith-Jones	2025-03-28	F	99 Canal Close	AW3 3GD	\N
c5444c29-0ff2-4e56-8b8c-592d792ab2aa	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1313	9993781665	Maryam	Roberts	1978-11-21	F	3 Spring Drive	AW1 9DF	\N
47ee701f-9554-4fb6-9087-b48191489c7e	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1210	9993860859	Susan	Moore	1947-06-15	F	117 Rowan Crescent	AW2 4FD	\N
c4e0b0b9-73d1-4df8-ae98-113dcecd7aef	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1212	9993940046	Paul	Moore	1942-07-15	M	117 Rowan Crescent	AW2 4FD	\N
5074a765-a546-4f55-9258-642ae4cc7632	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000234	9993940046	Paul	Moore	1942-07-15	M	117 Rowan Crescent	AW2 4FD	\N
8c7476d4-c841-4240-b22c-671b30f1dc97	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1209	9994019236	Elizabeth	Allen	1953-10-29	F	Flat 2, 10 Coronation Street	AW3 9XX	\N
69e31c9d-e1a3-4926-9580-949179f670a1	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000235	9994019236	Elizabeth	Allen	1953-10-29	F	Flat 2, 10 Coronation Street	AW3 9XX	\N
dbdaa58d-98d9-4fa6-ac32-e5e3024bab74	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1210	9994177613	Daniel	Allen	1950-03-17	M	Flat 2, 10 Coronation Street	AW3 9XX	\N
d7ca2d9d-9a42-42b2-b015-ecca8d572fb7	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000236	\N	Daniel	Allen	1950-03-17	M	Flat 2, 10 Coronation Street	AW3 9XX	\N
22c5235e-b3ca-40a7-92d4-8527846bf3b3	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1212	9994256807	Abigail	Clark	1950-08-02	F	Flat 11, 39 Well Street	AW3 2QU	\N
be043fc2-d5b8-40df-a682-5f734caf478e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000237	\N	Abigail	Clark	1950-08-02	F	Flat 11, 39 Well Street	AW3 2QU	\N
db7356cc-fb05-41ff-9ac0-ebc854a0ac77	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1215	9994335995	Arthur	Clark	1944-01-18	M	Flat 11, 39 Well Street	AW3 2QU	\N
3a5d234e-ed1e-4ae5-a467-f7366a6d00ed	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1217	9994415182	Jennifer	Russell	1950-04-07	F	72 Park Road	AW3 5BT	\N
5b34faea-9ba9-40f3-8b24-4532189be505	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1316	9994494376	Alice	Roberts	1998-05-23	F	96 Spring Drive	AW1 9DL	\N
ac0d9476-d2a7-4dbe-832c-f61caa7be8b1	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1317	9994652753	Freddie	Roberts	1992-02-29	M	96 Spring Drive	AW1 9DL	\N
26a7faa4-af20-487d-977f-7cbaece0959f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000238	9994652753	Freddie	Roberts	1992-02-29	M	96 Spring Drive	AW1 9DL	\N
d2cebab9-1f2d-40d6-a893-d5f4c708305d	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1213	\N	Fatima	Shaw	2004-07-08	F	Flat 5, 61 Hollins Terrace	AW3 3ZT	\N
1db1e061-202e-4846-96c9-6632eb761f91	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000239	\N	Fatima	Shaw	2004-07-08	F	Flat 5, 61 Hollins Terrace	AW3 3ZT	\N
a3dbe526-606e-4af8-87ea-d6b8d1bd09b2	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1318	9994811134	Maya	Evans	1995-06-24	F	53 Park Road	AW3 5BS	\N
dca04ab4-ad0a-4f28-b0a4-4f2c4cac680c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000240	9994890328	Yusuf	Hrris	1973-08-06	M	66 Princess Terrace	AW2 7DJ	\N
cfb62ca6-9355-4ed8-b76d-2a8f4b00b7a1	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1215	9995048701	Jonathan	Müller	2005-10-21	M	66 Princess Terrace	AW2 7DJ	\N
085f2bb1-3f01-4301-846c-11c0131c41dd	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000241	\N	Jonathan	Müller	2005-10-21	M	66 Princess Terrace	AW2 7DJ	\N
5dc716b9-f5f4-41b7-a96b-0900125088a7	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1218	9995207087	Seán	Harvey	1977-01-05	M	66 Princess Terrace	AW2 7DJ	\N
419f1d1a-7c72-41c3-b582-86abf9a31472	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000242	9995207087	Seán	Harvey	1977-01-05	M	66 Princess Terrace	AW2 7DJ	\N
6a42e0ed-f4e7-4638-9d32-a5c84c3ff7dc	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1220	9995286270	Isla	Jackson	1983-02-22	F	66 Princess Terrace	AW2 7DJ	\N
f54855fe-6d68-4a98-b9f0-ddb8182aa7e2	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000243	9995286270	Isla	Jackson	1983-02-22	F	66 Princess Terrace	AW2 7DJ	\N
afdea7a2-d70c-4fe3-b788-5466fd854a2b	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1221	9995365464	Alfie	Price	1995-01-07	M	66 Princess Terrace	AW2 7DJ	\N
8593868c-9c77-4c56-993f-88cdd97dad5e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000244	9995365464	Alfie	Price	1995-01-07	M	66 Princess Terrace	AW2 7DJ	\N
7e25b61e-d1a1-482d-9568-3a3cf5824f00	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1222	9995444658	Nicholas	Begum	1992-04-05	M	66 Princess Terrace	AW2 7DJ	\N
0ba6001f-03db-4583-a48c-4e56168035ba	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000245	\N	Nicholas	Begum	1992-04-05	M	66 Princess Terrace	AW2 7DJ	\N
806698db-8424-490d-89a8-666a3b133d95	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1225	9995523841	Sofia	Moore	1982-02-02	F	66 Princess Terrace	AW2 7DJ	\N
3559f8ce-91af-48cd-b9fe-a65c2ffb49dd	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000246	9995523841	Sofia	Moore	1982-02-02	F	66 Princess Terrace	AW2 7DJ	\N
8c3c6165-3d03-488f-a6ca-f56c3ef7dc22	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1226	9995603039	Sebastian	McDonald	2005-10-17	M	66 Princess Terrace	AW2 7DJ	\N
2eaf13d3-06f0-4292-8750-75940343e414	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000247	9995603039	Sebastian	McDonald	2005-10-17	M	66 Princess Terrace	AW2 7DJ	\N
e95c794b-2473-4553-b054-c495c1d7a574	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1229	9995682222	Charlie	Roberts	1979-07-21	M	66 Princess Terrace	AW2 7DJ	\N
0718fe3d-f937-4876-a1a2-351256f7e0b5	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000248	9995682222	Charlie	Roberts	1979-07-21	M	66 Princess Terrace	AW2 7DJ	\N
1da7125e-8347-4eaa-a47e-d6047b26df3e	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1230	9995761416	Maya	Nowak	1973-04-16	F	66 Princess Terrace	AW2 7DJ	\N
32def112-f520-478d-a12f-3b9b4952dff7	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000249	9995761416	Maya	Nowak	1973-04-16	F	66 Princess Terrace	AW2 7DJ	\N
ab9b6374-bacf-41fd-ab95-c36024a0b9d3	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1232	9995919796	Sophie	Barnes	1989-02-19	F	66 Princess Terrace	AW2 7DJ	\N
440848f9-2828-4d64-8f80-cac70971e7df	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000250	\N	Sophie	Barnes	1989-02-19	F	66 Princess Terrace	AW2 7DJ	\N
be1236f3-1853-4e50-94a5-d824f3244281	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1320	9996078175	Lucas	Wilkinson	1979-12-29	M	45 Derby Way	AW1 6UL	\N
82cf1150-af05-444d-aaa9-4bed3cc11216	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1322	9996157369	Ava	Singh	1970-03-27	F	103 Derby Way	AW1 6UQ	\N
9eca831f-3a18-4b3c-83b8-ef5ce2b3d95b	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1325	9996236552	Robert	Singh	1970-12-25	M	103 Derby Way	AW1 6UQ	\N
f40e6220-aa76-44ff-8c77-512a89b6728c	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1327	9996315746	Charlotte	Williams	1992-01-27	F	90 Hill Grove	AW1 4ET	\N
c75839ac-a8ff-426d-99e1-f9f30e66f1c1	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000251	9996315746	Charlotte	Williams	1992-01-27	F	22 Railway Drive	AW2 3LF	\N
c693a9fb-a8f0-42a5-9cc0-e790738f2e97	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1220	9996474127	Ella	Robinson	1998-06-01	F	1 Holly Drive	AW3 4DT	\N
cef7a843-fe1e-4833-80fa-00baca05fd08	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1221	9996553310	Rory	Robinson	1993-10-12	M	1 Holly Drive	AW3 4DT	\N
bef4e4fe-1a70-47a2-b6dc-2b9a90e53921	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1224	9996632504	Andrew	Robinson	2022-05-27	M	1 Holly Drive	AW3 4DT	\N
2bdb804c-4530-4958-b9c6-ad81635a4127	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000252	9996632504	Andrew	Robinson	2022-05-27	M	1 Holly Drive	AW3 4DT	\N
d56bb618-5187-4e37-9d81-5a8d36cf4212	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1226	9996711692	Amina	Robinson	2024-12-25	F	1 Holly Drive	AW3 4DT	\N
b1c81172-5aa7-4667-aa84-aef063bb2a21	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000253	\N	Amina	Robinson	2024-12-25	F	1 Holly Drive	AW3 4DT	\N
b117283e-140e-448e-84b4-8054c1f9b0d9	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1227	9996790886	Lily	Robinson	2025-03-30	F	1 Holly Drive	AW3 4DT	\N
83c8a61b-f0e4-438b-b599-9b41bc2a3aaf	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000254	9996790886	Lily	Robinson	2025-03-30	F	1 Holly Drive	AW3 4DT	\N
2b406d5f-0fd3-403a-a549-c8312d6d86f5	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1230	9996870073	Mason	Robinson	2022-01-20	M	1 Holly Drive	AW3 4DT	\N
8c0ef15d-95b2-46a5-92df-e41bebc63bd5	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000255	\N	Mason	Robinson	2022-01-20	M	1 Holly Drive	AW3 4DT	\N
e2968495-7025-4134-9e37-20163c4d9dd6	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1329	9996949265	Ella	Butler	1969-10-17	F	42 Holly Road	AW1 5XA	\N
0b5467df-39ae-4230-a2d8-7b88c63563b6	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000256	9996949265	Ella	Butler	1969-10-17	F	42 Holly Road	AW1 5XA	\N
29da848b-8b94-4dea-9f28-876932040b7e	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1330	9997028457	Noah	Butler	1970-04-28	M	42 Holly Road	AW1 5XA	\N
aa73825a-ecfe-43a4-959e-0acb6ca07a88	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1235	9997107640	Alice	Simpson	2003-03-27	F	115 Railway Drive	AW2 3LL	\N
84530280-4ca0-406b-9d12-ad4cce272011	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000257	9997107640	Alice	Simpson	2003-03-27	F	36 Coronation Street	AW3 9XY	\N
e9a5fad1-4567-4966-b23c-fd09dd18c4fb	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1237	9997186834	Hannah	Jones	1935-12-04	F	Flat 3, 67 Green Drive	AW2 8BT	\N
e32b1016-2c09-4b3e-a3f2-bdb0b4799511	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000258	\N	Hannah	Jones	1935-12-04	F	Flat 3, 67 Green Drive	AW2 8BT	\N
c51ef8be-d4ed-4d3c-87dc-87a5621aeb0f	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1239	9997266021	David	Hunt	1976-02-25	M	35 Rowan Crescent	AW2 4EY	\N
2b31dc82-1427-42c2-bc0d-73afece058cd	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1241	9997345215	Ivy	Hunt	1977-04-17	F	35 Rowan Crescent	AW2 4EY	\N
cde65956-e03b-4cf5-babb-b4fb795250b1	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1243	\N	Oluwaseun	Hunt	2009-09-08	F	35 Rowan Crescent	AW2 4EY	\N
4e865642-b22e-480b-a79f-1d8b8f5ef0c3	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	M353400114003	9997424409	Oluwaseun	Hunt	2009-09-08	F	35 Rowan Crescent	AW2 4EY	P81002
b573264f-1b62-49e5-be22-193d9d835500	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000259	9997424409	Oluwaseun	Hunt	2009-09-08	F	35 Rowan Crescent	AW2 4EY	\N
a5be642e-ebc1-4cc6-95a4-cb0842c41137	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1244	9997503597	Albie	Hunt	2007-09-24	M	35 Rowan Crescent	AW2 4EY	\N
55b8b1ed-20e2-4352-a9e7-aa05860e4f9f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000260	9997503597	Albie	Hunt	2007-09-24	M	35 Rowan Crescent	AW2 4EY	\N
3c17f034-cf10-4b04-a5e3-c30d8ee5e057	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1231	9997582780	Oliver	Bailey	1986-03-19	M	107 Coronation Street	AW3 9YD	\N
b829af43-87e0-4a73-aea9-d4ec29d9b0fd	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000261	\N	Oliver	Bailey	1986-03-19	M	107 Coronation Street	AW3 9YD	\N
31e7e13c-634e-45e9-a1f8-817e488e7616	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1234	9997661974	Evie	Bailey	1985-12-17	F	107 Coronation Street	AW3 9YD	\N
6b5471c3-f6c5-45ca-88c6-06cbf3ff1fa3	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1236	9997741161	Seán	Bailey	2020-05-30	M	107 Coronation Street	AW3 9YD	\N
ff1e57be-30a5-489f-91d0-507226254a5e	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	R353200224001	9997741161	Seán	Bailey	2020-05-30	M	107 Coronation Street	AW3 9YD	P81003
8966d259-1c6f-4606-8880-d69f222538de	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000262	\N	Seán	Bailey	2020-05-30	M	107 Coronation Street	AW3 9YD	\N
9c1e1e5a-019a-436e-9a1e-a4a8b8038c42	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1238	9997820355	Daisy	Bailey	2020-05-16	F	107 Coronation Street	AW3 9YD	\N
88d545e8-c178-4a1f-82d7-e9e813c7e070	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	F353200224002	\N	Daisy	Bailey	2020-05-16	F	107 Coronation Street	AW3 9YD	P81003
312379f4-175d-4668-bbb4-8d843f567809	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000263	\N	Daisy	Bailey	2020-05-16	F	107 Coronation Street	AW3 9YD	\N
5f8ff9d3-660e-4e7d-87a8-6354a3b39fa0	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1331	9997899547	Yusuf	Wilson	1995-08-10	M	2 Orchard Drive	AW1 8TH	\N
54bebfdc-8d92-479d-a2d3-cb835a28965c	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1332	9997978730	Grace	Wilson	1990-04-06	F	2 Orchard Drive	AW1 8TH	\N
e576e6b2-b640-4b0b-b4bd-fc20a79b6824	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1334	9998057922	Hannah	Wilson	2020-07-24	F	2 Orchard Drive	AW1 8TH	\N
9a611566-ccdb-47c3-95ff-2caaf99107f3	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	X353200124002	\N	Hannah	Wilson	2020-07-24	F	2 Orchard Drive	AW1 8TH	P81001
a1a5e69a-3736-4648-89f3-726746e8c322	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000264	9998057922	Hannah	Wilson	2020-07-24	F	2 Orchard Drive	AW1 8TH	\N
fa3553e2-0044-4acb-bd5a-ef986754a25f	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1337	9998216303	Elsie	Hall	2015-02-09	F	2 Orchard Drive	AW1 8TH	\N
816b328d-3564-499c-a72a-61d2f7f65183	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	U353200019001	9998216303	Elsie	Hall	2015-02-09	F	2 Orchard Drive	AW1 8TH	\N
1d2ae3ea-f4c5-47a3-886a-a342eb93a472	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000265	\N	Elsie	Hall	2015-02-09	F	2 Orchard Drive	AW1 8TH	\N
566eb994-87a2-4e97-8099-2be85af679bf	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1339	\N	Max	Wilson	2022-05-03	M	2 Orchard Drive	AW1 8TH	\N
ce36f139-75af-486d-87e1-ab7df33d46c8	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000266	\N	Max	Wilson	2022-05-03	M	2 Orchard Drive	AW1 8TH	\N
2d4ffc22-1490-4ebd-a7c5-3d744988509c	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1245	9998374685	Chiamaka	Walker	2006-08-24	F	49 Green Drive	AW2 8BS	\N
6d209d80-dd5b-49b2-a172-87d77fd212d8	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000267	\N	Chiamaka	Walker	2006-08-24	F	49 Green Drive	AW2 8BS	\N
e678a5b6-a446-41ad-9c5d-7f70c0233217	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1248	9998453879	Max	Walker	2009-01-28	M	49 Green Drive	AW2 8BS	\N
3f618341-ffb1-4105-b4e6-51f3e170c7f7	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000268	9998453879	Max	Walker	2009-01-28	M	49 Green Drive	AW2 8BS	\N
dac6d9bd-479d-4bb5-bd86-7012ae2c9541	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1249	9998533066	Freya	Fernández	1976-03-19	F	76 Station Crescent	AW2 6SN	\N
49fb9aa2-4cf1-4c04-8220-ab36a7114159	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1239	9998691443	Paul	Mitchell	1975-10-08	M	24 Hollins Terrace	AW3 3ZR	\N
d468310a-6d1c-4c3e-b200-61063b3024f5	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1241	9998770637	Chloé	Mitchell	2007-10-17	F	24 Hollins Terrace	AW3 3ZR	\N
88a92bad-0816-4f5d-8e38-925211c345f1	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000269	\N	Chloé	Mitchell	2007-10-17	F	24 Hollins Terrace	AW3 3ZR	\N
80e79a2a-5899-4904-bc06-c3e95c5311b3	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1243	9998849829	William	Mitchell	2008-07-19	M	24 Hollins Terrace	AW3 3ZR	\N
e2f6ed74-6649-4735-a7b8-21e2a57bfc32	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000270	9998849829	William	Mitchell	2008-07-19	M	24 Hollins Terrace	AW3 3ZR	\N
5572a8f0-cf38-4e46-9902-be8dbc0001b0	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1340	9998929016	Ella	Murphy	1964-01-13	F	43 Holly Road	AW1 5XA	\N
b038868d-a096-4667-bc0f-56da05da72dc	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000271	\N	Ella	Murphy	1964-01-13	F	43 Holly Road	AW1 5XA	\N
685bafb7-203e-40e2-83dc-bdbb0a539b5e	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1343	9999008208	Max	Murphy	1958-04-19	M	43 Holly Road	AW1 5XA	\N
3ba97aa5-0729-4d51-9a47-89edf657e58f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000272	\N	Max	Murphy	1958-04-19	M	43 Holly Road	AW1 5XA	\N
1e4a3a50-61f3-49ee-ae2e-27d8d197ca63	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1345	9999087396	Laura	Patel	1960-11-30	F	60 Heath Road	AW1 7JF	\N
53bba481-7824-4b45-881a-fb092f85b76f	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1347	9999245773	Alfie	Patel	1956-07-18	M	Flat 3, 59 Hill Grove	AW1 4ER	\N
8904cf33-eb08-4dd1-aa60-0ef7baf68abd	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1350	9999324967	Sarah	Richardson	1984-06-05	F	119 Coronation Street	AW3 9YD	\N
9782dbf0-85f4-43a4-88cc-77c211fb166f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000273	\N	Sarah	Richardson	1984-06-05	F	118 Orchard Drive	AW1 8TQ	\N
787c8afd-d4f4-4c30-9645-86236046c368	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1353	9999404154	Jonathan	Richardson	1987-04-23	M	118 Orchard Drive	AW1 8TQ	\N
1189e1a5-0be9-4586-afcc-95c0f59a82d1	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000274	\N	Jonathan	Richardson	1987-04-23	M	118 Orchard Drive	AW1 8TQ	\N
d0d7d91c-4efc-4bd6-b35b-12b4c887e0f3	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1355	9999483348	Isabelle	Thompson	1992-05-06	F	Flat 9, 70 Jubilee Terrace	AW2 8TS	\N
2d8314cd-31d6-4481-83e2-14b5af05896e	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1357	9999562531	Priya	Nowak	1987-02-02	F	65 Hill Grove	AW1 4ES	\N
1ff48795-1add-4fe8-9be9-87a053ff1814	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1358	9999641725	Sophia	Russell	2004-04-10	F	77 Heath Road	AW1 7JF	\N
ecac95c2-0551-4199-a4f8-b3976040d6af	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1361	9999720919	Teddy	Russell	2003-10-21	M	77 Heath Road	AW1 7JF	\N
309565d6-792b-4d76-9019-8a4b97d21668	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1244	9999800106	Victoria	Harrison	1977-05-18	F	26 Coronation Street	AW3 9XY	\N
946f2538-8011-448d-89fb-b68ae4cceb8d	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1247	9999879292	Charlie	Harrison	1971-01-16	M	26 Coronation Street	AW3 9XY	\N
bc7d1a45-f3f6-43a1-a00e-1557e365b749	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000275	9999879292	Charlie	Harrison	1971-01-16	M	26 Coronation Street	AW3 9XY	\N
6c6f14d2-bff1-430f-8f16-4ec06d5cbc62	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1248	9999958486	Joanne	James	1948-10-28	F	118 Well Street	AW3 2QZ	\N
9ece3b3f-35a9-4bf9-8c08-85c0f0feb950	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1251	9990037671	Michael	James	1946-05-21	M	118 Well Street	AW3 2QZ	\N
6ad88667-13ac-4ece-9768-0ffb934e89a6	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1363	9990116865	Charlotte	Okafor	1996-07-28	F	76 Heath Road	AW1 7JF	\N
767d51a1-84ac-40cc-961f-fdf27910ebec	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000276	\N	Charlotte	Okafor	1996-07-28	F	76 Heath Road	AW1 7JF	\N
3c30705b-5401-4c71-bfe7-0559862b9f5c	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1365	9990196052	Omar	Okafor	1997-10-25	M	76 Heath Road	AW1 7JF	\N
9837ea03-642d-40f6-90f9-5ea3b80a3937	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000277	9990196052	Omar	Okafor	1997-10-25	M	76 Heath Road	AW1 7JF	\N
e79df678-a82c-440b-a8bd-af8a92c4736b	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1367	9990275246	Omar	Okafor	1968-03-30	M	76 Heath Road	AW1 7JF	\N
37ccb907-bd32-46e3-ae89-ce133c9a985f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000278	\N	Omar	Okafor	1968-03-30	M	76 Heath Road	AW1 7JF	\N
fe23e055-028f-4def-893e-63c8c9bda435	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1370	9990433623	Henry	Okafr	2025-01-22	M	76 Heath Road	AW1 7JF	\N
37ee8f09-5d7e-4ac5-8cfb-a859b0427721	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000279	\N	Henry	Okafor	2025-01-22	M	76 Heath Road	AW1 7JF	\N
182cfb94-bd53-4559-8d85-a1ff6ce57c9c	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1373	9990512817	Matthew	Simpson	2024-10-13	M	76 Heath Road	AW1 7JF	\N
dd75a41f-7482-40f0-b2db-d2374204695e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000280	\N	Matthew	Simpson	2024-10-13	M	76 Heath Road	AW1 7JF	\N
9f37db11-f760-49fa-9c56-aea37bbde07c	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1375	9990592004	Maryam	Hughes	2024-09-25	F	76 Heath Road	AW1 7JF	\N
7dbe8998-b269-4fea-89b6-36611aaf5f16	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000281	9990592004	Maryam	Hughes	2024-09-25	F	76 Heath Road	AW1 7JF	\N
fd5a6210-6e08-4517-8f92-c8e572be5589	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1378	\N	Nicholas	Okafor	2020-01-21	M	76 Heath Road	AW1 7JF	\N
0209154a-e799-47fe-aae8-c9ed832dd30e	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	R353200024004	9990671192	Nicholas	Okafor	2020-01-21	M	76 Heath Road	AW1 7JF	P81001
493c3b3c-4fc8-47eb-9b70-a58c9306bc50	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000282	9990671192	Nicholas	Okafor	2020-01-21	M	76 Heath Road	AW1 7JF	\N
0fe6d2a7-1b0c-457f-8145-2a9bc3be4ee7	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1381	9990750386	Emilia	Bennett	1994-08-20	F	20 Holly Road	AW1 5WZ	\N
da4434e1-47cc-4b2a-b7f4-cd3b3d48d621	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000283	9990750386	Emilia	Bennett	1994-08-20	F	20 Holly Road	AW1 5WZ	\N
fe4424cd-c20a-47a5-8852-dd4f73531ceb	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1383	9990829578	Bill	Bennett	1990-10-27	M	20 Holly Road	AW1 5WZ	\N
b0a4cdaa-b1fa-4221-bfc4-3f3288bb54a4	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000284	9990829578	William	Bennett	1990-10-27	M	20 Holly Road	AW1 5WZ	\N
68346a30-42e5-4338-b53e-b01e61db5167	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1386	9990908761	Andrew	Bennett	2024-06-07	M	20 Holly Road	AW1 5WZ	\N
49890b9c-64a9-428c-b4e4-765136ebc04c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000285	\N	Andrew	Bennett	2024-06-07	M	20 Holly Road	AW1 5WZ	\N
4f317258-ff5d-401a-bc88-8020a40443c4	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1389	9990987955	Jessica	Mensah	1995-05-14	F	39 Heath Road	AW1 7JD	\N
7d57047c-3532-4d64-9a35-c177db7f2e49	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1392	9991067140	Jonathan	Mensah	1991-07-31	M	39 Heath Road	AW1 7JD	\N
e41f285e-ee29-4ac0-a8e6-78f90bbb105c	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1393	9991146334	Alfie	Mensah	2017-09-22	M	39 Heath Road	AW1 7JD	\N
5598f69d-7238-4f76-9c3f-f337d96b4830	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	A353200122002	\N	Alfie	Mensah	2017-09-22	M	39 Heath Road	AW1 7JD	P81001
c42f4991-da14-41f4-861a-f105799fb490	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000286	\N	Alfie	Mensah	2017-09-22	M	39 Heath Road	AW1 7JD	\N
47c5c9f7-64c7-4d7c-b6e6-8278e9555f92	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1394	9991225528	Zainab	Mennsah	2025-08-28	F	39 Heath Road	AW1 7JD	\N
057fad40-a367-42b5-b230-5dbb0c4a37ca	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000287	9991225528	Zainab	Mensah	2025-08-28	F	39 Heath Road	AW1 7JD	\N
afe8dee4-eeeb-40a2-9499-242014766c19	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1252	9991304711	Oluwaseun	Hill	1937-09-14	F	7 Railway Drive	AW2 3LE	\N
5f6a6556-0e31-43a2-a187-cf12ed4b1734	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000288	\N	Oluwaseun	Hill	1937-09-14	F	7 Railway Drive	AW2 3LE	\N
a0d78923-375e-4ac3-be60-fab56713b538	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1396	9991383905	Henry	Roberts	2005-06-18	M	27 Laurel Lane	AW2 1QB	\N
582d09c4-0d55-4069-a2a9-ec74908ddf82	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1399	9991463097	Margaret	Parker	1983-12-01	F	33 Derby Way	AW1 6UJ	\N
0f1c8fca-8107-450b-ad56-794515ac6236	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1401	9991542280	David	Parker	2017-08-24	M	33 Derby Way	AW1 6UJ	\N
99bc6c08-98ff-4235-aea1-978fd19fd865	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	Y353200221002	9991542280	David	Parker	2017-08-24	M	33 Derby Way	AW1 6UJ	P81001
849801ac-2fbd-4230-8757-256d01d2b140	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000289	9991542280	David	Parker	2017-08-24	M	33 Derby Way	AW1 6UJ	\N
0431c9a9-7a47-48ec-9734-3c77e66154c0	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1404	9991621474	Arthur	Parker	2014-01-06	M	33 Derby Way	AW1 6UJ	\N
580ba0f2-c795-4beb-9ed2-fab1d75c4abd	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	A353400018005	9991621474	Arthur	Parker	2014-01-06	M	33 Derby Way	AW1 6UJ	P81001
066722c9-4568-421f-80aa-524e278458f5	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000290	9991621474	Arthur	Parker	2014-01-06	M	33 Derby Way	AW1 6UJ	\N
9aa23bc5-e6c9-4398-85f0-c2390da78369	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1253	9991700668	Harper	Cox	1944-08-11	F	116 Coronation Street	AW3 9YD	\N
71475474-4dfd-4588-a6ce-4b3b0a33f8ed	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000291	9991700668	Harper	Cox	1944-08-11	F	116 Coronation Street	AW3 9YD	\N
88b833a5-012c-45c1-836d-8ef54c0afdb4	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1405	9991859047	Chloé	Morris	1956-03-11	F	49 Orchard Drive	AW1 8TL	\N
17e591af-9496-41c9-bb2d-da2b0a9d110d	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1406	9991938230	David	Morris	1957-02-16	M	49 Orchard Drive	AW1 8TL	\N
237d1f01-a380-4b2d-b1e3-25aaa376fa41	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1408	9992017422	Chidi	Phillips	1997-02-19	M	9 Orchard Drive	AW1 8TH	\N
9df856d2-0776-402b-a3db-128a87238f6f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000292	9992017422	Chidi	Phillips	1997-02-19	M	9 Orchard Drive	AW1 8TH	\N
84a7eae2-febc-45e1-b1f8-843877094f22	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1409	9992096616	Laura	Phillips	2001-07-01	F	9 Orchard Drive	AW1 8TH	\N
87c0b057-2f0a-422d-a3af-6b38d70f2505	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000293	9992096616	Laura	Phillips	2001-07-01	F	9 Orchard Drive	AW1 8TH	\N
75546c0b-b88b-4458-bf66-7e9d53aefadc	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1411	9992254998	Archie	Phillips	1975-04-14	M	9 Orchard Drive	AW1 8TH	\N
ade07e4f-b660-4fb1-94a9-7144a67d27ba	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1414	9992334185	Noah	Phillips	2021-06-19	M	9 Orchard Drive	AW1 8TH	\N
db107012-b462-4778-9536-34f93438f8fe	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	N353200025003	9992334185	Noah	Phillips	2021-06-19	M	9 Orchard Drive	AW1 8TH	P81001
40c7022e-ea42-4730-9a2c-7a152f9a607c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000294	\N	Noah	Phillips	2021-06-19	M	9 Orchard Drive	AW1 8TH	\N
603d1d07-5844-4b02-b60b-a5e4f0b6198c	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1416	9992413379	Aisha	Phillips	2021-06-19	F	9 Orchard Drive	AW1 8TH	\N
55f01515-07c3-4af6-8b85-fb25dde79b7d	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	C353200025004	\N	Aisha	Phillips	2021-06-19	F	9 Orchard Drive	AW1 8TH	\N
8abdf39b-3713-4761-b4b9-7047c49555ba	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000295	\N	Aisha	Phillips	2021-06-19	F	9 Orchard Drive	AW1 8TH	\N
83db3153-2fae-44cc-95ea-6c6a7224c035	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1254	9992492562	Freddie	Kaur	1977-12-06	M	Flat 3, 74 Rowan Crescent	AW2 4FA	\N
6b29072c-d166-43a5-9eef-522d8c480a05	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1257	9992571756	Zoë	Kaur	1977-12-30	F	6 Park Road	AW3 5BQ	\N
b4c24715-e92e-4273-87ff-dbfbaed883f6	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000296	\N	Zoë	Kaur	1977-12-30	F	Flat 3, 74 Rowan Crescent	AW2 4FA	\N
3b0efe0f-274f-4a01-b3a9-aaffa8a7870c	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1260	9992730137	Jessica	Kaur	2012-02-27	F	Flat 3, 74 Rowan Crescent	AW2 4FA	\N
ef8dc120-f4ad-458f-b23c-f170d62b544b	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	Y353400116004	9992730137	Jessica	Karu	2012-02-27	F	Flat 3, 74 Rowan Crescent	AW2 4FA	P81002
c0bc7b59-4675-433a-8b45-c1c9763c573f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000297	\N	Jess	Kaur	2012-02-27	F	9 Holly Drive	AW3 4DT	\N
181c09f7-6058-42e0-a519-be9c50488f48	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1261	9992809329	Jack	Kaur	2007-09-15	M	Flat 3, 74 Rowan Crescent	AW2 4FA	\N
93c12068-f265-4c20-840c-bb90a5b5b996	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000298	9992809329	Jack	Kaur	2007-09-15	M	Flat 3, 74 Rowan Crescent	AW2 4FA	\N
a8c2fe5b-0d62-48f0-af88-43a22294b735	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1262	9992888512	Maya	Kaur	2008-06-02	F	Flat 3, 74 Rowan Crescent	AW2 4FA	\N
daf08fc4-fd6c-426a-8f3a-af4a52398b34	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000299	\N	Maya	Kaur	2008-06-02	F	Flat 3, 74 Rowan Crescent	AW2 4FA	\N
a0ed24c0-c68e-423b-be8c-52a6733a6b72	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1254	9992967706	Aisha	Scott	1975-03-25	F	8 Holly Drive	AW3 4DT	\N
e7073ed8-59d9-4ed4-be61-d722ea79b242	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1257	9993046892	Mason	Scott	1974-07-21	M	8 Holly Drive	AW3 4DT	\N
05d509c1-9c99-4775-9ffd-24a1cc32a949	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000300	9993046892	Mason	Scott	1974-07-21	M	8 Holly Drive	AW3 4DT	\N
bd0c31f2-f1b0-497f-b110-5badc08ab794	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1258	9993205273	James	Richardson	1971-02-06	M	76 Hollins Terrace	AW3 3ZT	\N
8a758af9-7171-4ea3-a9fb-7f85456c7453	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1418	9993284467	David	Fernndez	2005-02-15	M	99 Laurel Lane	AW2 1QF	\N
dced357f-6aba-4d49-95e6-8ef5e4d93e79	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1420	9993363650	Hannah	Matthews	1987-12-22	F	44 Heath Road	AW1 7JE	\N
5e2a5a57-087c-4886-bd8d-6c10d5e8f1d4	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000301	\N	Hannah	Matthews	1987-12-22	F	44 Heath Road	AW1 7JE	\N
d35fa3aa-1bff-4957-88a1-1a577b649e01	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1423	9993442844	Omar	Matthews	1992-02-27	M	44 Heath Road	AW1 7JE	\N
5a0b3cfd-e557-4659-8aee-192264087128	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000302	9993442844	Omar	Matthews	1992-02-27	M	44 Heath Road	AW1 7JE	\N
a8a5b201-6079-4fab-ba35-cdd1d9edd6db	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1425	9993522031	Sophia	Matthews	2020-09-17	F	44 Heath Road	AW1 7JE	\N
88239337-1bbb-4d0b-84a7-0f7b55a48199	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	R353200025005	\N	Sophia	Matthews	2020-09-17	F	44 Heath Road	AW1 7JE	P81001
63fe0a2e-ae8b-40d4-9565-b8a2effd7fb5	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000303	\N	Sophia	Matthews	2020-09-17	F	44 Heath Road	AW1 7JE	\N
ba842ff0-117b-4edd-99f0-3d6bade43410	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1428	9993601225	Daisy	Clarke	1984-09-15	F	39 Derby Way	AW1 6UJ	\N
26c35689-120a-406e-94b8-497615b4c2aa	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000304	9993601225	Daisy	Clarke	1984-09-15	F	39 Derby Way	AW1 6UJ	\N
d9bb3a5c-bffc-4173-be88-94d2c12aae9d	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1429	9993680419	Andrew	Clarke	1979-04-10	M	39 Derby Way	AW1 6UJ	\N
a099f3c3-c904-42d9-abf3-1a3b8c223559	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000305	9993680419	Andy	Clarke	1979-04-10	M	39 Derby Way	AW1 6UJ	\N
2053427e-9e8d-4ef9-8217-36d43c6c171c	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1430	9993759600	Alfie	O'Conor	1985-11-07	M	Flat 8, 119 Orchard Drive	AW1 8TQ	\N
cefaa344-7c04-494b-8503-07b560eaa87f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000306	\N	Alfie	O'Connor	1985-11-07	M	Flat 8, 119 Orchard Drive	AW1 8TQ	\N
0f82c446-74e1-46b8-a8e8-628bffd2d83a	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1432	9993838799	Siobhan	O'Connor	1981-05-09	F	Flat 8, 119 Orchard Drive	AW1 8TQ	\N
e726d636-f9ee-4812-bab5-f67ed8ba362e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000307	9993838799	Siobhan	O'Cnnnor	1981-05-09	F	Flat 8, 119 Orchard Drive	AW1 8TQ	\N
05efa140-f324-475f-a560-780785806ce2	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1434	9993917982	Harry	O'Connor	2007-12-27	M	Flat 8, 119 Orchard Drive	AW1 8TQ	\N
9a64af61-174a-4b3b-8483-8da6cac7dacc	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000308	\N	Harry	O'Connor	2007-12-27	M	Flat 8, 119 Orchard Drive	AW1 8TQ	\N
74c48dea-37b2-40bb-81bc-92a2e1c4901a	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1265	9994076361	Aisha	Smith-Jones	1993-02-21	F	42 Station Crescent	AW2 6SL	\N
100df65a-0fbf-4034-8f88-352e9c6afb7c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000309	9994076361	Aisha	Smith-Jones	1993-02-21	F	65 Heath Road	AW1 7JF	\N
99cc1fe0-c288-46b9-b4f7-e0911eb84a6e	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1268	9994155555	Andrew	Smith-Jones	1993-11-11	M	42 Station Crescent	AW2 6SL	\N
4a7fb6ce-8932-4c73-a1aa-4479da8ac8bf	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1270	9994234749	Richard	Smith-Jones	2024-11-22	M	42 Station Crescent	AW2 6SL	\N
6a0f9275-e75a-47ed-a4ea-d3369f510d67	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000310	9994234749	Richard	Smith-Jones	2024-11-22	M	42 Station Crescent	AW2 6SL	\N
1eb6debb-de29-45e2-8951-c3fb098d37c9	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1272	9994313932	Amina	Ellis	2005-04-30	F	73 Laurel Lane	AW2 1QE	\N
f2d3535b-6095-4ea1-8c03-4ed20395f562	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1275	9994472313	Seán	Ellis	2005-05-25	M	73 Laurel Lane	AW2 1QE	\N
037b766d-958d-49a3-8239-6ecb9a0baa69	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1435	\N	Muhammad	Moore	1998-08-16	M	19 Heath Road	AW1 7JB	\N
9fbccf66-1ece-4db6-b4a0-c157ac7d7b57	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000311	9994551507	Muhammad	Moore	1998-08-16	M	19 Heath Road	AW1 7JB	\N
10b2b159-5104-43ac-b4c5-fd737173f28b	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1437	9994630695	Ella	Moore	2025-03-12	F	19 Heath Road	AW1 7JB	\N
b075efd7-8142-427a-b996-3b714ea58db6	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000312	9994630695	Ella	Moore	2025-03-12	F	19 Heath Road	AW1 7JB	\N
f8303b3c-e9e7-4bb0-a850-8134dc23708f	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1439	9994709887	Rebecca	Moore	2023-02-02	F	19 Heath Road	AW1 7JB	\N
8a691ef8-fda7-4476-a581-f74174e3af74	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000313	9994709887	Rebecca	Moore	2023-02-02	F	19 Heath Road	AW1 7JB	\N
5d6e0213-95a6-4561-9469-e2bcdfa7a054	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1440	9994789074	Samuel	Moore	2025-06-16	M	19 Heath Road	AW1 7JB	\N
fc2999b7-84c3-4dbe-8064-67d6aa212a49	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000314	\N	Samuel	Moore	2025-06-16	M	19 Heath Road	AW1 7JB	\N
da08594f-54a0-42b1-87f5-5911ef60f7b1	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1277	9994868268	Theodore	Rogers	1996-07-21	M	86 Ridgeway Crescent	AW1 3GZ	\N
fae4401e-b996-41fe-b8a3-7b8421196dc3	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1441	9994947451	Oliver	Cooper	1937-04-06	M	11 Park Road	AW3 5BQ	\N
48915829-861e-49f0-81ab-7fa2e7b58883	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1278	9995026643	Willow	Singh	2001-01-28	F	Flat 2, 62 Laurel Lane	AW2 1QE	\N
c3d8f1b7-0fcc-412c-a2e1-215265883a05	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1279	9995105837	Theodore	Singh	2005-08-25	M	Flat 2, 62 Laurel Lane	AW2 1QE	\N
d12c6e30-6c6e-4ea9-9b2d-e8f098f31188	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1282	9995185024	Victoria	Singh	2021-12-24	F	Flat 2, 62 Laurel Lane	AW2 1QE	\N
c4a06419-e747-4fce-830f-f3ccd53aeb7a	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000315	\N	Victoria	Singh	2021-12-24	F	Flat 2, 62 Laurel Lane	AW2 1QE	\N
82f2c660-3cf1-4b77-be70-7e28ca09837a	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1283	9995264218	Rory	Singh	2022-07-05	M	Flat 2, 62 Laurel Lane	AW2 1QE	\N
946a0997-32d6-49fb-8cf1-d6fd077d85c6	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000316	9995264218	Rory	Singh	2022-07-05	M	Flat 2, 62 Laurel Lane	AW2 1QE	\N
1a120630-5bc8-42aa-b0c1-297f346368e1	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1286	9995343401	Priya	Evans	1956-03-09	F	37 Holly Road	AW1 5WZ	\N
8e2168ad-d194-4d41-a2ed-6e6cd8cf580c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000317	9995343401	Priya	Evans	1956-03-09	F	37 Holly Road	AW1 5WZ	\N
e648d71e-8f3c-4d6f-8964-f5e359cd11da	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1288	9995501783	Andrew	Evans	1953-12-22	M	37 Holly Road	AW1 5WZ	\N
1399c22d-c7b2-4ff1-bf36-2edc3b64e9aa	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000318	\N	Andrew	Evans	1953-12-22	M	37 Holly Road	AW1 5WZ	\N
2d1d95b7-fbca-4339-9141-375031d2be0f	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1290	9995580977	Niamh	Webb	1953-12-22	F	55 Station Crescent	AW2 6SL	\N
ca83e055-223e-4e7d-8fe9-0e31f58e962b	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1292	9995660164	Matthew	Webb	1957-11-25	M	55 Station Crescent	AW2 6SL	\N
2218d6c6-dbda-4c6d-9132-e3469d5873e7	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1259	9995739356	Margaret	Kowalski	1962-09-24	F	103 Park Road	AW3 5BW	\N
e9e277a6-67b1-43cc-bc12-b2452bf2ce91	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1260	9995897733	James	Kowalski	1963-03-03	M	103 Park Road	AW3 5BW	\N
bf5af87b-8d20-4a0e-a7f4-97e5ac442816	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000319	9995897733	James	Kowalski	1963-03-03	M	103 Park Road	AW3 5BW	\N
b69a2cf1-e841-45ef-8936-c09ed5d278a7	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1442	9995976927	George	Dixon	1982-01-08	M	6 Hill Grove	AW1 4EP	\N
4a15ab5e-e61d-45ae-b573-54938baadd36	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1444	9996056112	Evie	Dixon	1978-11-08	F	6 Hill Grove	AW1 4EP	\N
501d96d2-81e2-4e4b-bc3f-a6ceeb804af8	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1446	9996135306	Ravi	Dixon	2007-10-09	M	6 Hill Grove	AW1 4EP	\N
b240e3b0-53ae-466f-af42-dc1a8986093f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000320	9996135306	Ravi	Dixon	2007-10-09	M	6 Hill Grove	AW1 4EP	\N
e301a18e-2c1e-4454-b38e-71161d34400c	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1447	9996214494	Florence	Dixon	2010-10-06	F	6 Hill Grove	AW1 4EP	\N
31c4797e-e614-41fa-9d48-dc96c29a2b83	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	D353400015004	9996214494	Florence	Dixon	2010-10-06	F	6 Hill Grove	AW1 4EP	P81001
9d37dde7-0c0f-4a46-91fe-b88fb3d95548	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000321	9996214494	Florence	Diron	2010-10-06	F	6 Hill Grove	AW1 4EP	\N
1438843c-d24d-41c9-9065-3bc0e10820d2	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1450	9996293688	Elsie	Dixon	2010-07-21	F	6 Hill Grove	AW1 4EP	\N
ea58dae5-511a-49a8-89a7-95faa0c16ea1	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	G353400014005	9996293688	Elsie	Dixon	2010-07-21	F	6 Hill Grove	AW1 4EP	P81001
81fa5a4c-7120-4c62-8157-b259bdec7d82	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000322	9996293688	Elsie	Dixon	2010-07-21	F	6 Hill Grove	AW1 4EP	\N
0fd36549-67d9-4534-adff-7842efcdeb1d	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1452	9996372871	Mohammed	Dixon	2007-09-26	M	6 Hill Grove	AW1 4EP	\N
c0da7bf8-6a1c-4c12-bcbf-4cd479ddca61	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000323	\N	Mohammed	Dixon	2007-09-26	M	11 Derby Way	AW1 6UH	\N
c4602aba-830b-4671-904b-e535f878c001	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1294	9996452069	Phoebe	Holmes	1965-07-07	F	Flat 12, 60 Station Crescent	AW2 6SN	\N
35550fcd-7b22-4a12-87f8-640545cf51b4	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1296	9996531252	Reuben	Holmes	1967-05-15	M	Flat 12, 60 Station Crescent	AW2 6SN	\N
b3a3aecf-141b-455a-89fa-a7d53006f21f	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1261	9996610446	Rachel	Davis	1987-04-01	F	68 Coronation Street	AW3 9YA	\N
fbd36dc6-82fa-4d08-b8c0-c7ac876c4360	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1264	9996689638	Kwame	Davis	1983-04-07	M	68 Coronation Street	AW3 9YA	\N
984ee01e-2a70-45b3-8b51-cf9f542a01d9	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000324	9996689638	Kwame	Davis	1983-04-07	M	68 Coronation Street	AW3 9YA	\N
feabdcba-aa56-45aa-add1-ea6eff20d371	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1267	9996768821	Mohammed	Davis	2012-06-07	M	68 Coronation Street	AW3 9YA	\N
23a89a4b-b904-4024-adf5-1e3bc5acc8e1	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	M353400116005	\N	Mohammed	Davis	2012-06-07	M	68 Coronation Street	AW3 9YA	P81003
4ab55854-9646-41fa-8e2b-a659ffc708e6	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000325	\N	Mohammed	Davis	2012-06-07	M	68 Coronation Street	AW3 9YA	\N
401902ac-95c5-4c52-99c6-cd0069152c39	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1268	9996848019	Lily	Davis	2009-04-07	F	68 Coronation Street	AW3 9YA	\N
48abe609-24d2-4455-b3bf-6beaeceb0467	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000326	9996848019	Lily	Davis	2009-04-07	F	68 Coronation Street	AW3 9YA	\N
ef34d3db-32ad-450d-be0e-baa1d7fb769a	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1454	9996927202	Ivy	Mitchell	1967-06-27	F	36 Orchard Drive	AW1 8TJ	\N
1fea51ac-39ab-40f2-b063-4b6071eb317b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000327	\N	Ivy	Mitchell	1967-06-27	F	36 Orchard Drive	AW1 8TJ	\N
d6ede869-370f-4e93-81d1-0818ab80ea05	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1456	9997006399	Anthony	Mitchell	1969-02-11	M	36 Orchard Drive	AW1 8TJ	\N
f4fc709b-67c3-4bad-8531-138457bc2351	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000328	\N	Anthony	Mitchhell	1969-02-11	M	36 Orchard Drive	AW1 8TJ	\N
cd78dba2-1d7a-41ee-8059-c02e141c0b53	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1299	9997085582	Freddie	Rogers	1978-12-20	M	77 Rowan Crescent	AW2 4FA	\N
0f6c61ad-8f74-4846-a47f-bbe15f14a552	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1300	9997164776	Victoria	Rogers	1973-03-29	F	77 Rowan Crescent	AW2 4FA	\N
d300beb1-ed4e-45be-b688-84c61c4a6a2b	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1301	9997323157	Sophia	Rogers	2009-12-08	F	77 Rowan Crescent	AW2 4FA	\N
48d48cc3-910c-432e-98fa-51a094a2c7f3	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	B353400114004	9997323157	Sophie	Rogers	2009-12-08	F	77 Rowan Crescent	AW2 4FA	P81002
7746f61b-a9af-4c00-b45f-72564535d479	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000329	\N	Sophia	Rogers	2009-12-08	F	77 Rowan Crescent	AW2 4FA	\N
1764d466-b91c-45db-9d7b-2ae7de67435a	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1304	9997402340	Albie	Rogers	2008-05-11	M	77 Rowan Crescent	AW2 4FA	\N
eb5611ba-3a82-488c-8cf7-306a74ab952d	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000330	\N	Albie	Rogers	2008-05-11	M	77 Rowan Crescent	AW2 4FA	\N
5cedac98-1809-4434-ad5e-097d04dec54e	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1305	9997481534	Charlie	Rogers	2007-10-26	M	77 Rowan Crescent	AW2 4FA	\N
ade5a25e-6cb3-45b8-b162-fbb0b3a0da95	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000331	\N	Charlie	Rogers	2007-10-26	M	77 Rowan Crescent	AW2 4FA	\N
f7ddf9cc-04c1-45d4-a4e8-e9ee53a242f7	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1458	9997560728	Daisy	Matthews	1998-07-26	F	107 Derby Way	AW1 6UQ	\N
6251dbbb-9aa1-4fe3-93e9-f19f9f35ff0c	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1306	9997719107	Agnieszka	Scott	1948-06-02	F	72 Railway Drive	AW2 3LH	\N
d37e81fc-89a6-41ee-b7d0-5d54b6ed99a0	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1459	9997798295	Freddie	Smith	1977-10-23	M	Flat 2, 110 Spring Drive	AW1 9DN	\N
b3d073c3-67db-41ff-a7e6-b351781e47b6	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1462	9997877489	Rebecca	Smith	2008-08-22	F	Flat 2, 110 Spring Drive	AW1 9DN	\N
97365bd2-8ef5-4d1f-94be-0a3e7943146f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000332	9997877489	Rebecca	Smith	2008-08-22	F	Flat 2, 110 Spring Drive	AW1 9DN	\N
b678d433-598b-4dea-a263-218daace4ded	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1465	9997956672	Joshua	Smith	2008-06-28	M	Flat 2, 110 Spring Drive	AW1 9DN	\N
1f4db0a5-9327-4ed4-bcac-aca1abc25921	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000333	9997956672	Joshua	Smith	2008-06-28	M	Flat 2, 110 Spring Drive	AW1 9DN	\N
bd0b2dd0-2ebe-45d7-ab0b-6eec09ab6bc6	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1309	9998035864	Hannah	Baker	1953-05-27	F	105 Well Street	AW3 2QZ	\N
94c610cb-4be7-4bf2-be66-4d36e60421ad	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000334	9998035864	Hannah	Baker	1953-05-27	F	17 Laurel Lane	AW2 1QA	\N
575e3652-dbde-4daf-b5c1-98e374fedabf	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1310	9998115051	Teddy	Baker	1953-06-22	M	119 Holly Drive	AW3 4DZ	\N
4a3467a4-3c98-4cd1-83e5-b03cd4b7ee74	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1466	9998194245	Samantha	Bell	1986-08-11	F	100 Derby Way	AW1 6UQ	\N
5c79880f-0984-4bd2-b00f-8cf53229c17d	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000335	9998194245	Samantha	Bell	1986-08-11	F	100 Derby Way	AW1 6UQ	\N
3cbaa31f-bd28-49ab-b143-873645c42a4d	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1467	9998273439	Joshua	Bell	1983-03-05	M	100 Derby Way	AW1 6UQ	\N
c4040e70-9aaf-426e-af8a-12a93ab051d4	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1470	9998352622	Jack	Bell	1957-02-01	M	100 Derby Way	AW1 6UQ	\N
9bf237d3-27f8-47d3-aea4-f295163354a5	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1472	9998431816	Mohammed	Bell	2008-02-04	M	100 Derby Way	AW1 6UQ	\N
2f20cf4c-c7bd-4ea6-9f8c-ec847f789c98	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000336	9998431816	Mohammed	Bell	2008-02-04	M	100 Derby Way	AW1 6UQ	\N
a4bb19e3-ee6c-4fd1-9176-6fa2e25fffd6	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1474	9998511003	Olivia	Bell	2013-12-05	F	100 Derby Way	AW1 6UQ	\N
ac87c569-757e-412b-b2a2-fbbb22df9d4c	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	P353400018006	9998511003	Olivia	Bell	2013-12-05	F	100 Derby Way	AW1 6UQ	P81001
212095da-1dcc-4d23-a56b-ac40f7f2c271	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000337	9998511003	Olivia	Bell	2013-12-05	F	100 Derby Way	AW1 6UQ	\N
fa1c2520-8a8f-4699-9025-5995c292213e	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1475	9998590191	Poppy	Morgan	1954-09-28	F	24 Holly Road	AW1 5WZ	\N
41766868-93a2-4a27-bf59-342ff949f544	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000338	9998590191	Poppy	Morgan	1954-09-28	F	24 Holly Road	AW1 5WZ	\N
e2b1710a-a489-477b-9635-c86664021ac2	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1476	9998669383	Sebastian	Morgan	1948-12-09	M	24 Holly Road	AW1 5WZ	\N
72b6a083-baba-492c-b075-62a45a30c6bc	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000339	\N	Sebastian	Morgan	1948-12-09	M	24 Holly Road	AW1 5WZ	\N
22b250c1-11c7-41e7-9226-30be1bed32df	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1313	9998748577	Jennifer	Martin	1973-06-01	F	61 Green Drive	AW2 8BT	\N
a0afb484-f6e8-4e7d-86ef-5b08024754ab	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000340	9998748577	Jennifer	Martin	1973-06-01	F	61 Green Drive	AW2 8BT	\N
3ae4e33a-7de8-4f77-b83f-6447a9f09498	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000341	9998827760	Patricia	Roberts	1993-11-16	F	46 Laurel Lane	AW2 1QD	\N
e914f19b-f2b8-4c16-b0ce-d69778e10b86	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1314	9998906954	Daniel	Roberts	1988-08-19	M	46 Laurel Lane	AW2 1QD	\N
455c3879-86eb-4150-ae52-7ff233a5854e	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1317	9998986141	Sienna	Roberts	2020-06-29	F	46 Laurel Lane	AW2 1QD	\N
f7576486-c6b0-4adb-9381-344a2697cdf7	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	L353200124003	9998986141	Sienna	Roberts	2020-06-29	F	46 Laurel Lane	AW2 1QD	P81002
53c06c64-4597-457e-ad59-1a9ee3a4c441	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000342	\N	Sienna	Roberts	2020-06-29	F	46 Laurel Lane	AW2 1QD	\N
7f08061c-8eb9-4220-ab1b-ecbc48ab996c	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1320	9999065333	Poppy	Roberts	2013-12-19	F	46 Laurel Lane	AW2 1QD	\N
f25bca9f-85db-4aa6-babc-c6804c813530	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	R353400118002	\N	Poppy	Roberts	2013-12-19	F	46 Laurel Lane	AW2 1QD	P81002
eaa819a3-450d-4adb-a6a0-f38704337704	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000343	\N	Poppy	Roberts	2013-12-19	F	46 Laurel Lane	AW2 1QD	\N
45876161-9f03-4aae-8fc2-7d5287cb0a10	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1269	9999144527	Muhammad	Phillips	1981-12-09	M	36 Station Crescent	AW2 6SJ	\N
79bcd19c-1427-4cc4-8033-4ea16153395a	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000344	\N	Muhammad	Phillips	1981-12-09	M	68 Holly Drive	AW3 4DX	\N
360b50f4-1952-409f-bee0-8a90e0117d90	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1271	9999223710	Laura	Phillips	1983-01-23	F	68 Holly Drive	AW3 4DX	\N
05f228e8-56e2-4bb8-9bc1-1424c17690fd	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000345	9999223710	Laura	Phillips	1983-01-23	F	68 Holly Drive	AW3 4DX	\N
95e1281f-0620-4002-bbc9-77f62432e14b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000346	\N	Grace	Phillips	2007-09-15	F	68 Holly Drive	AW3 4DX	\N
fca0f267-6dc1-47ad-a810-129ca6fb8989	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1273	9999382096	Ella	Phillips	2013-06-28	F	68 Holly Drive	AW3 4DX	\N
f10a60bf-e3f5-44d5-8e41-0760d199f839	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	L353400017003	\N	Ella	Phillips	2013-06-28	F	68 Holly Drive	AW3 4DX	P81003
8b73cb82-7e06-4802-9f2f-0939ccf698d3	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000347	\N	Ella	Phillips	2013-06-28	F	68 Holly Drive	AW3 4DX	\N
17e75eb7-be4d-4836-b18c-84682d8ec944	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1275	9999540473	Sarah	Phillips	2014-09-04	F	68 Holly Drive	AW3 4DX	\N
632499c6-4465-4b4c-ac29-f7c45aa7b595	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	A353200219002	9999540473	Sarah	Philips	2014-09-04	F	68 Holly Drive	AW3 4DX	P81003
fbdc205d-e72d-4512-af15-5cafced60a72	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000348	9999540473	Sarah	Phillips	2014-09-04	F	68 Holly Drive	AW3 4DX	\N
10b5898a-6f8c-45de-b1b5-4d90ce93b0c2	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1278	9999619665	Paul	Powell	2016-03-17	M	68 Holly Drive	AW3 4DX	\N
9bccf412-235c-44a1-ac49-660dbc41d5fc	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	B353200220003	9999619665	Paul	Powell	2016-03-17	M	68 Holly Drive	AW3 4DX	P81003
fab106d1-b920-4b0e-820f-af6fbc57d243	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000349	\N	Paul	Powell	2016-03-17	M	68 Holly Drive	AW3 4DX	\N
3c975b49-fba0-47bc-982b-74c5c83a28de	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1322	9999698859	Oluwaseun	Rahman	1995-05-11	F	Flat 10, 71 Green Drive	AW2 8BT	\N
ddb61844-1141-4827-8854-ac785c1856ea	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1324	9999778046	Mason	Rahman	1992-11-29	M	Flat 10, 71 Green Drive	AW2 8BT	\N
87d0315d-ee5f-49e7-bb72-7c58aa3cf4dd	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000350	9999778046	Mason	Rahman	1992-11-29	M	Flat 10, 71 Green Drive	AW2 8BT	\N
57c9a9a6-f9a3-414d-b104-09288fcc8b24	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1326	9999936423	Elsie	Rahman	1969-07-30	F	Flat 10, 71 Green Drive	AW2 8BT	\N
87697466-d07e-453e-91cb-9211227aa66e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000351	9999936423	Elsie	Rahman	1969-07-30	F	Flat 10, 71 Green Drive	AW2 8BT	\N
5f0f25ad-0ba5-484b-b72b-5fa565580381	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1329	9990015619	Evie	Rahman	2022-02-15	F	Flat 10, 71 Green Drive	AW2 8BT	\N
d93ddf9d-62a6-4397-95a8-7f65fe5518fd	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000352	\N	Evie	Rahman	2022-02-15	F	Flat 10, 71 Green Drive	AW2 8BT	\N
58e0ddd3-45d1-4dc2-898c-e2b682578db4	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1332	9990094802	Theodore	Rahman	2017-01-30	M	Flat 10, 71 Green Drive	AW2 8BT	\N
015ac4a5-6058-4f86-af38-5dc854ddeaa3	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	T353200121004	9990094802	Theodore	Rahman	2017-01-30	M	Flat 10, 71 Green Drive	AW2 8BT	P81002
498c915b-daca-4486-b417-c6c669f8f80c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000353	9990094802	Theodore	Rahman	2017-01-30	M	96 Ridgeway Crescent	AW1 3GZ	\N
2bb49164-fbd0-4f96-b770-3716377f11f3	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1333	9990173990	Leo	Rahman	2015-12-09	M	Flat 10, 71 Green Drive	AW2 8BT	\N
251085f1-b286-420a-b0ca-e288ca91d95c	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	P353200120001	9990173990	Leo	Rahman	2015-12-09	M	Flat 10, 71 Green Drive	AW2 8BT	P81002
294edb34-9a9f-47ab-bdc8-79967d3b7420	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000354	\N	Leo	Rahman	2015-12-09	M	Flat 10, 71 Green Drive	AW2 8BT	\N
d7aeead1-bb00-4af2-8879-37f4b7534e67	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1335	9990253188	Mason	Rahman	2024-03-10	M	Flat 10, 71 Green Drive	AW2 8BT	\N
7d2e84b3-3f35-4941-9150-69377b8b14a8	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000355	9990253188	Mason	Rahman	2024-03-10	M	Flat 10, 71 Green Drive	AW2 8BT	\N
2c2a746c-e99a-4c8b-97e0-b033db955d2c	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1479	9990332371	Jennifer	Webb	1986-08-23	F	25 Ridgeway Crescent	AW1 3GW	\N
f9ca5362-f51d-4100-b21b-438d7c9c9463	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1482	9990411565	Arlo	Webb	1990-03-05	M	25 Ridgeway Crescent	AW1 3GW	\N
683be28b-c6ed-47ea-ab14-c56dbd601c93	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000356	\N	Arlo	Webb	1990-03-05	M	25 Ridgeway Crescent	AW1 3GW	\N
608f69d5-4738-49a7-910f-14c3a917d637	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1484	9990490759	Piotr	Webb	2007-10-07	M	25 Ridgeway Crescent	AW1 3GW	\N
44b645ed-1903-4556-93ae-70601d36edf3	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000357	9990490759	Piotr	Webb	2007-10-07	M	25 Ridgeway Crescent	AW1 3GW	\N
82412e91-31ab-49fd-b593-f0e7ee39dc57	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1486	9990569940	Jude	Mensah	2014-04-25	M	25 Ridgeway Crescent	AW1 3GW	\N
ca55b474-8ccc-4fd8-96d5-375ca1d5bf8e	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	D353400018007	9990569940	Jude	Mensah	2014-04-25	M	25 Ridgeway Crescent	AW1 3GW	P81001
32743051-ec55-4ccf-8143-71ff6583e670	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000358	\N	Jude	Mensah	2014-04-25	M	25 Ridgeway Crescent	AW1 3GW	\N
46d92649-e87f-410b-8767-ae90c282922c	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1487	9990649138	Rory	Webb	2010-09-21	M	25 Ridgeway Crescent	AW1 3GW	\N
38095904-dcb0-44d4-a342-0a04e06d5e50	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	T353400015005	9990649138	Rory	Webbe	2010-09-21	M	25 Ridgeway Crescent	AW1 3GW	P81001
29383c67-73e2-418e-834f-db91d930ded9	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000359	9990649138	Rory	Webb	2010-09-21	M	25 Ridgeway Crescent	AW1 3GW	\N
db446423-4618-481a-9e50-770cc3ac4b79	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1336	9990728321	Rosie	O'Brien	1973-09-09	F	Flat 2, 48 Station Crescent	AW2 6SL	\N
886178e7-b35b-4d30-908c-3de41a751da4	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000360	\N	Rosie	O'Brien	1973-09-09	F	69 Coronation Street	AW3 9YA	\N
6e4ed86c-6c35-4824-b274-b286210fb791	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1339	9990807515	Michael	O'Brien	1974-01-15	M	Flat 2, 48 Station Crescent	AW2 6SL	\N
3a27fd28-5c92-4b33-a4d7-46d7b7b4bb1c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000361	\N	Michael	O'Brien	1974-01-15	M	Flat 2, 48 Station Crescent	AW2 6SL	\N
ae9b4ebc-208e-4ebd-b846-b4ca8f8701c3	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1340	9990886709	Matilda	Kowalski	1950-07-22	F	35 Rowan Crescent	AW2 4EY	\N
40121cc2-6ca8-48c9-87a4-7f38f6d9c819	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1343	9990965897	David	Kowalski	1952-10-21	M	35 Rowan Crescent	AW2 4EY	\N
c740800b-1fcc-4e53-b193-eb2c0833e39f	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1488	9991045082	Elsie	Kowallski	1996-04-04	F	Flat 2, 18 Derby Way	AW1 6UH	\N
cf0572f7-d16e-470b-bf51-c2acb804e162	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1490	9991124276	Omar	Kowalski	1993-03-19	M	Flat 2, 18 Derby Way	AW1 6UH	\N
da84e9c6-8a1c-42f6-a790-2af56fba6349	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1493	9991282653	Mia	Murphy	1999-08-13	F	38 Heath Road	AW1 7JD	\N
cde716d3-53b6-48ff-b53b-d1a0e6fe7345	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1496	9991361847	David	Murphy	2002-03-24	M	38 Heath Road	AW1 7JD	\N
ab691620-c3aa-4958-9a4d-0212a853606b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000362	\N	David	Murphy	2002-03-24	M	38 Heath Road	AW1 7JD	\N
f5420828-726c-4ba3-a51c-30016a4e07be	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1499	9991441034	Deborah	Murphy	1968-12-28	F	38 Heath Road	AW1 7JD	\N
9816df4b-18f1-41c2-9312-6072ee9ee28f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000363	\N	Deborah	Murphy	1968-12-28	F	38 Heath Road	AW1 7JD	\N
8d6784d5-43ee-451e-b9c8-17bf53805cba	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1502	9991520228	Jack	Murphy	2025-02-21	M	38 Heath Road	AW1 7JD	\N
0a5c40d2-62ea-4516-86cc-2d700365fb81	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000364	\N	Jack	Murphy	2025-02-21	M	38 Heath Road	AW1 7JD	\N
f5603f70-3acb-46f8-8ba0-e487a04fc37e	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1503	9991678603	Jennifer	Murphy	2024-11-17	F	38 Heath Road	AW1 7JD	\N
e282c139-fdc4-470d-b4dd-a3d600d43553	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000365	\N	Jennifer	Murphy	2024-11-17	F	23 Hill Grove	AW1 4EQ	\N
670834ae-9593-4a0d-800e-88cc78fca7ae	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1345	9991757791	Ella	Martin	1988-10-03	F	69 Rowan Crescent	AW2 4FA	\N
0c2d8f13-d336-4720-a627-9bc81689c01a	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000366	9991757791	Ella	Martin	1988-10-03	F	69 Rowan Crescent	AW2 4FA	\N
63142313-15af-47db-b7dc-94b61259ec16	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1348	9991836985	Christopher	Martin	1992-06-28	M	69 Rowan Crescent	AW2 4FA	\N
f24c75be-4f93-491f-ba90-ccadf9f38ef8	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000367	\N	Christopher	Martin	1992-06-28	M	69 Rowan Crescent	AW2 4FA	\N
3d2c4f96-9f4b-4bf6-a79e-c11fc19db9e8	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1350	9991916172	Elsie	Anderson	1977-06-25	F	99 Holly Drive	AW3 4DY	\N
5b0f44f9-0416-4b97-871b-eabb305dda36	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1351	9991995366	Charlie	Anderson	2008-05-31	M	85 Station Crescent	AW2 6SP	\N
731a01d6-c9d8-4c76-92ef-bcdf20e806b7	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000368	\N	Charlie	Anderson	2008-05-31	M	85 Station Crescent	AW2 6SP	\N
5d4c6259-64c7-4245-9935-4eb1a5eace94	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1353	9992074558	Matthew	Anderson	2007-12-05	M	85 Station Crescent	AW2 6SP	\N
a237baff-0626-4df0-aef9-4bbcbbd5f6c0	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000369	\N	Matthew	Anderson	2007-12-05	M	85 Station Crescent	AW2 6SP	\N
9b519192-7e3b-46dd-84db-3cd659f1a0b8	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1356	9992153741	Elijah	Wood	1997-09-28	M	24 Rowan Crescent	AW2 4EY	\N
57ef5e7e-a1f2-41b7-b242-c26564527a1d	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1357	9992232935	Katherine	Wood	1998-03-05	F	24 Rowan Crescent	AW2 4EY	\N
9c301b3b-63a6-4fa7-879c-b44205a30ba9	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1360	9992312122	Oscar	Wood	2020-12-23	M	24 Rowan Crescent	AW2 4EY	\N
f33f9f3d-81de-417a-86d1-7fad0a4a6b09	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	X353200125003	\N	Oscar	Wood	2020-12-23	M	24 Rowan Crescent	AW2 4EY	P81002
a0506fa7-af22-4005-9a62-b4994e623094	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000370	\N	Oscar	Wood	2020-12-23	M	24 Rowan Crescent	AW2 4EY	\N
90ce4453-d5bd-4e37-a97f-e8ce83a40b2e	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1362	9992391316	Rosie	Wood	2025-02-19	F	24 Rowan Crescent	AW2 4EY	\N
8e9caee6-7986-4df8-ad61-cb5c0bed5a9e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000371	9992391316	Rosie	Wood	2025-02-19	F	24 Rowan Crescent	AW2 4EY	\N
5be1658f-e83a-4f66-9731-1ff45e99eada	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1281	9992549696	Ravi	Scott	1989-11-20	M	20 Holly Drive	AW3 4DU	\N
31e4097d-276f-4078-943d-0ca404ce3a4c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000372	\N	Ravi	Scott	1989-11-20	M	77 Park Road	AW3 5BT	\N
b5710ed2-3b58-4569-b51b-7c0e61bb46d9	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1283	9992708077	Oluwaseun	Scott	1992-12-11	F	20 Holly Drive	AW3 4DU	\N
7b6e686e-dae1-4619-960d-e2ebc636fb9a	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1285	9992787260	Matilda	Scott	2019-06-02	F	20 Holly Drive	AW3 4DU	\N
5bfb2516-144c-4577-850a-0dc23c92b24d	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	J353200223003	9992787260	Matilda	Scott	2019-06-02	F	20 Holly Drive	AW3 4DU	P81003
c2ac0625-044d-4b77-9cf1-dd8b8fabffe7	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000373	9992787260	Matilda	Scott	2019-06-02	F	20 Holly Drive	AW3 4DU	\N
030aef93-aa60-4b5a-8702-b6ada4eaff9c	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1287	9992866454	Emily	Scott	2017-03-10	F	20 Holly Drive	AW3 4DU	\N
7cd3dc25-8a92-421b-b50b-96c987315993	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	M353200221003	9992866454	Emily	Scott	2017-03-10	F	20 Holly Drive	AW3 4DU	P81003
cb2ecfc1-1f8e-4fa5-9a3e-24c0f08478bb	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000374	9992866454	Emily	Scott	2017-10-03	F	20 Holly Drive	AW3 4DU	\N
c0cbffc8-4123-4dfb-9fe3-ac6cb51c3506	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1290	9992945648	Victoria	Bell	1993-05-03	F	74 Hollins Terrace	AW3 3ZT	\N
dbd47d5c-9e4e-4b13-9b28-d3d35e0ac4b4	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000375	\N	Victoria	Bell	1993-05-03	F	74 Hollins Terrace	AW3 3ZT	\N
17a519b3-a2af-4a82-a7ce-b050df36572e	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1293	9993104027	Charlie	Bell	1990-10-10	M	74 Hollins Terrace	AW3 3ZT	\N
6602f097-fcc1-43d6-9e45-c69a1a1a2ac9	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1296	9993183210	Jude	Bell	2020-05-10	M	74 Hollins Terrace	AW3 3ZT	\N
e66c14dc-1114-44f1-a007-1ca695450a98	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	V353200224003	\N	Jude	Bell	2020-05-10	M	74 Hollins Terrace	AW3 3ZT	P81003
75c01ed2-ed4b-48bc-88b9-12ba433c7913	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000376	\N	Jude	Bell	2020-05-10	M	74 Hollins Terrace	AW3 3ZT	\N
118b0fed-0f7c-4f29-9dde-d6ed8a0a5e05	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1298	9993262404	Lily	Bell	2014-03-08	F	74 Hollins Terrace	AW3 3ZT	\N
38389a55-e035-4487-b769-e12b2c810201	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	T353400018008	9993262404	Lily	Bell	2014-03-08	F	74 Hollins Terrace	AW3 3ZT	P81003
d0501a00-e6cf-40f4-ab47-a7932cc19bf5	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000377	\N	Lily	Bell	2014-03-08	F	74 Hollins Terrace	AW3 3ZT	\N
9e4a7156-98a9-4b07-a72b-3ff3763ee18e	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1299	9993341592	Jennifer	Bell	2012-10-18	F	74 Hollins Terrace	AW3 3ZT	\N
d0d8a9e0-d090-4a19-8954-b403b8d27452	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	A353400017004	9993341592	Jennifer	Bell	2012-10-18	F	74 Hollins Terrace	AW3 3ZT	P81003
1de7d992-7e0f-4e00-b163-d94ac962f49b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000378	\N	Jennifer	Bell	2012-10-18	F	74 Hollins Terrace	AW3 3ZT	\N
cd005591-4cae-466c-ae22-80a452f5c5c9	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1301	9993420786	Robert	Bell	2025-05-20	M	74 Hollins Terrace	AW3 3ZT	\N
73402e0c-f5c4-4169-a1f6-ae15edd2561b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000379	\N	Robert	Bell	2025-05-20	M	74 Hollins Terrace	AW3 3ZT	\N
08d3f04b-97ad-4d32-b409-f5146629988c	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1504	9993499978	Michael	Cox	1998-07-11	M	102 Orchard Drive	AW1 8TQ	\N
f7e46067-01d6-45e7-b547-ce9c5d1e6ac3	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1507	9993579165	Olivia	Cox	1999-11-09	F	53 Ridgeway Crescent	AW1 3GX	\N
9671318b-ecac-4b80-862c-be5d57a4f2da	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1509	9993658359	Millie	Cox	2019-10-11	F	53 Ridgeway Crescent	AW1 3GX	\N
433ee22a-c44d-4d23-8747-629ea1389900	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	F353200024005	9993658359	Millie	Cox	2019-10-11	F	53 Ridgeway Crescent	AW1 3GX	P81001
cdfee609-19a2-4336-9b23-b6a297afd852	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000380	\N	Millie	Cox	2019-10-11	F	53 Ridgeway Crescent	AW1 3GX	\N
fced3320-b721-440c-b4f5-2f698339176e	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1510	9993737542	Noah	Cox	2024-05-13	M	53 Ridgeway Crescent	AW1 3GX	\N
ae136580-0cc2-4680-93fb-37b5b63194b5	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000381	\N	Noah	Cox	2024-05-13	M	53 Ridgeway Crescent	AW1 3GX	\N
a61590a4-4e7e-4f50-ba60-803283bc7b70	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1513	9993816736	Reuben	Cox	2025-05-17	M	71 Coronation Street	AW3 9YA	\N
6f491679-2537-496e-b53b-04ca25aa6187	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000382	9993816736	Reuben	Cox	2025-05-17	M	53 Ridgeway Crescent	AW1 3GX	\N
70ffcb81-79d7-4599-a83b-1ad169c8c52c	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1302	9993975117	Arlo	Murphy	1990-06-10	M	13 Park Road	AW3 5BQ	\N
8f317e7f-3e9a-45e9-bdd0-3a59b6ccde69	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000383	\N	Arlo	Murphy	1990-06-10	M	60 Hollins Terrace	AW3 3ZT	\N
d2c53336-1c14-487b-bf96-196a98e7ad1f	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1365	9994054309	Tommy	Hll	1972-09-29	M	19 Railway Drive	AW2 3LE	\N
5f0e846c-17e6-4249-8022-46a6480d58be	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1367	9994133497	Willow	Cooper	1980-01-28	F	33 Princess Terrace	AW2 7DG	\N
49ec0e0a-c6bc-4450-a8a7-61ddad09485a	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1368	9994212680	Yusuf	Cooper	1979-10-25	M	33 Princess Terrace	AW2 7DG	\N
de1fba3f-afe3-4b0d-8eff-feb2a7189b6a	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1515	9994291874	Millie	Evans	1998-11-15	F	Flat 1, 120 Hill Grove	AW1 4EW	\N
2133379a-e608-44a6-b40d-05cbb77c0a0c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000384	\N	Millie	Evans	1998-11-15	F	Flat 1, 120 Hill Grove	AW1 4EW	\N
24986c47-a45e-4d3d-8f01-0168ce593415	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1518	9994371061	Oscar	Evans	2025-05-11	M	Flat 1, 120 Hill Grove	AW1 4EW	\N
b2d43861-dd51-49e7-8621-3f535ee8e655	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000385	\N	Oscar	Evnas	2025-05-11	M	Flat 1, 120 Hill Grove	AW1 4EW	\N
0c0d715a-05f9-4986-86ad-c8ac2e2090bb	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1520	9994450255	Joshua	Evans	2025-05-15	M	Flat 1, 120 Hill Grove	AW1 4EW	\N
10df0474-def2-43bc-aa3f-6a8cfbff5748	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000386	9994450255	Joshua	Evasn	2025-05-15	M	Flat 1, 120 Hill Grove	AW1 4EW	\N
890df119-4589-4263-bbad-683bd19a6c7e	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1522	9994529447	Amelia	Evans	2019-09-21	F	83 Station Crescent	AW2 6SP	\N
d409784e-0a18-4c02-9a88-c3c5eb8bc330	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	V353200024006	9994529447	Amelia	Evans	2019-09-21	F	Flat 1, 120 Hill Grove	AW1 4EW	P81001
48c236e0-16a6-485f-8ecb-303383a777bf	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000387	9994529447	Amelia	Evans	2019-09-21	F	Flat 1, 120 Hill Grove	AW1 4EW	\N
7d03c565-c947-45ce-a8b7-a3512f61ea17	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1371	9994608630	Rosie	Ahmed	1944-03-03	F	36 Laurel Lane	AW2 1QB	\N
e4204fe6-b920-4819-83b1-83825757f84b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000388	9994608630	Rosie	Ahmed	1944-03-03	F	36 Laurel Lane	AW2 1QB	\N
33d56ea6-6a07-449e-bd61-400628058ba8	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1372	9994687824	Teddy	Ahmed	1947-03-29	M	36 Laurel Lane	AW2 1QB	\N
e9c7f220-19c8-4a2f-a8b2-1989b87dc5b2	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1524	9994767011	Daisy	Patul	1984-11-08	F	33 Ridgeway Crescent	AW1 3GW	\N
a54b5c77-56a8-44c5-aebb-6fa4865173f9	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1525	9994846205	Sarah	Patel	2018-06-03	F	33 Ridgeway Crescent	AW1 3GW	\N
c4af7880-d2bc-4aaa-afcd-3afc2d299abd	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	C353200022001	\N	Sarah	Patel	2018-06-03	F	33 Ridgeway Crescent	AW1 3GW	P81001
132021aa-ecd6-4cf7-9276-404f9dedcc08	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000389	\N	Sarah	Patel	2018-06-03	F	33 Ridgeway Crescent	AW1 3GW	\N
12384c65-b0c5-48fa-a1d7-319575a33f80	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1528	9994925393	Laura	Patel	2010-09-10	F	33 Ridgeway Crescent	AW1 3GW	\N
07f157ca-2dad-41d9-bb1d-3aa7ba73b9c3	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	G353400015006	9994925393	Laura	Patel	2010-09-10	F	33 Ridgeway Crescent	AW1 3GW	P81001
adf7a6fc-bdb6-4d94-aedc-272894ddbece	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000390	9994925393	Laura	Patel	2010-09-10	F	33 Ridgeway Crescent	AW1 3GW	\N
83d902f2-ac78-4f72-8ffb-f95a461b7c26	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1530	9995004585	Anthony	Patel	2010-09-10	M	33 Ridgeway Crescent	AW1 3GW	\N
7eaa6c37-6f25-4bf2-b74c-fa246f5c72c9	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	W353400015007	9995004585	Anthony	Patel	2010-09-10	M	33 Ridgeway Crescent	AW1 3GW	\N
27f6d691-2d8a-4a46-87ab-71b58876b64e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000391	9995004585	Anthony	Patel	2010-09-10	M	89 Park Road	AW3 5BU	\N
28d87a6b-9ea4-4951-82eb-e815f5ff8d23	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1533	9995083779	Aisha	Patel	2016-12-19	F	33 Ridgeway Crescent	AW1 3GW	\N
1e97a268-a115-4efd-8c58-abd0fb51b4ff	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	V353200021003	9995083779	Aisha	Patel	2016-12-19	F	33 Ridgeway Crescent	AW1 3GW	P81001
5e15cb3a-09e4-4357-a2e5-2e23d1b6cf44	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000392	\N	Aisha	Patel	2016-12-19	F	33 Ridgeway Crescent	AW1 3GW	\N
3be7d503-c5a0-414e-a08d-56b33d2a9ba2	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1536	9995162962	Chiamaka	Patel	2010-10-20	F	33 Ridgeway Crescent	AW1 3GW	\N
0cb7b467-aef9-4e34-992c-9114c0d518ea	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	K353400015008	9995162962	Chiamaka	Patel	2010-10-20	F	33 Ridgeway Crescent	AW1 3GW	P81001
a2614851-f94b-4c5f-8288-b5afc77f97c3	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000393	\N	Chiamaka	Patel	2010-10-20	F	33 Ridgeway Crescent	AW1 3GW	\N
e25effaa-c369-4650-af45-3d81222ba9bb	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1373	9995321343	Grace	Hussain	1953-06-19	F	114 Green Drive	AW2 8BW	\N
82d41bde-c2dd-494d-8c8a-83be5625b81f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000394	9995321343	Grace	Hussain	1953-06-19	F	114 Green Drive	AW2 8BW	\N
68d7e0d9-7f1d-491f-adf0-7b500e6282e9	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1303	9995400537	Fatima	Begum	1986-07-31	F	78 Canal Close	AW3 3GB	\N
5a1e5d36-98fe-424a-98cf-48e21924de0c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000395	\N	Fatima	Begum	1986-07-31	F	78 Canal Close	AW3 3GB	\N
67bc243c-5ffb-46f8-854a-753df47e4c45	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000396	9995479729	Piotr	Richardson	1982-06-22	M	24 Heath Road	AW1 7JD	\N
c564a49d-f5a9-4832-aa67-61491904250a	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1539	9995558912	Joseph	Wilkinson	2008-05-21	M	52 Derby Way	AW1 6UL	\N
980932af-0bf9-4b4a-aa55-47bf91c808be	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000397	9995558912	Joseph	Wilkinson	2008-05-21	M	52 Derby Way	AW1 6UL	\N
e60940b1-6dc4-4804-9d4e-8b93e1e774b3	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1541	9995717298	Poppy	Murphy	1967-08-09	F	40 Hill Grove	AW1 4ER	\N
aed93785-5f2e-4c19-9d43-65d9a50ae0d4	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000398	9995717298	Poppy	Murphy	1967-08-09	F	40 Hill Grove	AW1 4ER	\N
3d05f85d-ff5b-4457-9562-c31223a110f2	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1304	9995796481	Florence	Morris	1956-08-21	F	29 Hollins Terrace	AW3 3ZR	\N
86f8d07e-e5af-43bb-9f11-2ac1a52a6ff0	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1376	9995875675	Rosie	Fletcher	1998-12-04	F	84 Princess Terrace	AW2 7DL	\N
67621e91-2a10-4e3f-99e6-3056966f7ccb	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1305	9995954869	Ava	Harris	1938-10-27	F	63 Holly Drive	AW3 4DX	\N
52bfeba6-70a7-41ae-8e50-81510ac15516	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1544	9996034054	Edward	Cooper	1995-03-23	M	66 Orchard Drive	AW1 8TN	\N
09e4c1bf-3b38-4490-86e9-04287059b4f7	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000399	\N	Edward	Cooper	1995-03-23	M	66 Orchard Drive	AW1 8TN	\N
b0180277-7da7-4cf9-8d41-fc44221a457e	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1545	9996113248	Sofia	Cooper	1992-10-12	F	52 Coronation Street	AW3 9XZ	\N
741bd8aa-1ff6-4f62-b134-89ac12aae608	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000400	\N	Sofia	Cooper	1992-10-12	F	66 Orchard Drive	AW1 8TN	\N
18677fc7-6b6d-4003-9cf6-ee4eac62f87b	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1546	9996192431	Joshua	Cooper	2023-09-25	M	66 Orchard Drive	AW1 8TN	\N
7721286b-b0b2-49bb-b2cb-9173956ef685	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000401	9996192431	Joshua	Cooper	2023-09-25	M	66 Orchard Drive	AW1 8TN	\N
5e0e1b8e-8757-4e18-aa5d-63b59e890741	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1307	9996271625	Benjamin	Martin	1990-02-20	M	52 Park Road	AW3 5BS	\N
3496a179-b649-49ef-9042-d842d4db7e14	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1309	9996350819	Joanne	Martin	1993-05-08	F	52 Park Road	AW3 5BS	\N
014e3662-f0ad-47f9-9668-a2545d9a6dff	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000402	\N	Joanne	Martin	1993-05-08	F	52 Park Road	AW3 5BS	\N
db0f64f6-157d-429b-8bb3-843176a7602c	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1310	9996430006	Chiamaka	Martin	2011-04-14	F	52 Park Road	AW3 5BS	\N
b0a0962f-7d24-4c0d-9c54-1f6d404b5a58	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	Z353400015009	9996430006	Chiamaka	Martin	2011-04-14	F	52 Park Road	AW3 5BS	P81003
ea9a3dea-94b4-4284-a23a-3cd0dfa3e1df	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000403	9996430006	Chiamaka	Martin	2011-04-14	F	52 Park Road	AW3 5BS	\N
51fc0f11-3cdf-48be-8aa6-6c0c876a4473	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1313	9996509192	Harry	Simpson	2014-02-20	M	52 Park Road	AW3 5BS	\N
295e1263-551d-401f-a6e2-35bad9fa5684	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	G353400018009	9996509192	Harry	Simpson	2014-02-20	M	52 Park Road	AW3 5BS	P81003
40ac3aec-fa52-4328-acdc-efba76771254	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000404	9996509192	Harry	Simpson	2014-02-20	M	52 Park Road	AW3 5BS	\N
a34384e0-e198-41f1-9f1b-639f5a18ecc0	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1315	9996588386	Amina	Martin	2010-10-30	F	52 Park Road	AW3 5BS	\N
2205e2f1-dff6-4db4-a761-ab34bd60f356	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	Y353400115003	\N	Amina	Martin	2010-10-30	F	52 Park Road	AW3 5BS	P81003
46e76cc3-ed68-4e80-b389-60c5e801e9fc	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000405	9996588386	Amina	Martin	2010-10-30	F	52 Park Road	AW3 5BS	\N
6ba59f05-b875-433a-ae6b-c2307477cf4e	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1318	9996746763	Chloé	Anderson	1987-02-09	F	110 Holly Drive	AW3 4DZ	\N
9b7013f7-8ef8-4213-ac19-f91efd58abf8	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1320	9996825957	Ibrahim	Anderson	2014-11-06	M	110 Holly Drive	AW3 4DZ	\N
6f9eef42-5fe8-4338-865b-fbbdead57126	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	P353200219003	9996825957	Ibrahim	Anderson	2014-11-06	M	110 Holly Drive	AW3 4DZ	P81003
3fb46eae-de5a-468a-ba5b-b8f27d16e02c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000406	\N	Ibrahim	Anderson	2014-11-06	M	110 Holly Drive	AW3 4DZ	\N
badc0085-8d13-4b30-a049-ba4627107a8c	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1321	9996905144	Piotr	Wilson	2010-10-05	M	110 Holly Drive	AW3 4DZ	\N
3d5a9b1d-d4a5-4724-9fef-e13dad782e5d	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	M353400115004	9996905144	Piotr	Wilson	2010-10-05	M	110 Holly Drive	AW3 4DZ	P81003
41f7d648-d17d-4d54-8f43-8ab9f8c3a8ef	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000407	\N	Piotr	Wilson	2010-10-05	M	110 Holly Drive	AW3 4DZ	\N
b1f02075-898d-4cdb-a483-447119e65d3a	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1324	9996984338	Paul	Anderson	2007-10-15	M	110 Holly Drive	AW3 4DZ	\N
1866b5b4-a37d-4d10-b8ee-e9bf49891606	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000408	\N	Paul	Anderson	2007-10-15	M	110 Holly Drive	AW3 4DZ	\N
f1d60af3-dcc6-471e-93bc-8e549eaec0bc	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1378	9997142713	Elsie	Palmer	1996-05-01	F	29 Rowan Crescent	AW2 4EY	\N
88a434a3-ba19-4ad4-89f5-a18a609c2e3b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000409	9997142713	Elsie	Palmer	1996-05-01	F	29 Rowan Crescent	AW2 4EY	\N
6fdd453a-ee3e-4dfb-8eeb-8be34b6f1fd2	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1379	9997221907	Ivy	O'Brien	1949-11-12	F	33 Green Drive	AW2 8BR	\N
9183700f-90e1-457d-a97c-03c136114342	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1381	9997301099	Leo	O'Brien	1944-06-24	M	33 Green Drive	AW2 8BR	\N
c06b347b-4bba-45f2-9e11-53d82435e6b2	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1548	9997380282	Reuben	Allen	1985-01-06	M	93 Heath Road	AW1 7JG	\N
4ff38b31-c04d-45d3-8d28-8b6a2d64d505	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000410	9997380282	Reuben	Allen	1985-01-06	M	93 Heath Road	AW1 7JG	\N
74ef634c-8895-4e54-9350-dbcc75138081	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1549	9997459474	Katherine	Allen	1985-04-14	F	93 Heath Road	AW1 7JG	\N
120e333a-dcff-4289-a842-d4250ea7399b	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1551	9997538668	Ravi	Allen	2015-10-16	M	93 Heath Road	AW1 7JG	\N
2ac1e916-d8be-4182-9518-bc7d9a309abb	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	D353200120002	\N	Ravi	Allen	2015-10-16	M	93 Heath Road	AW1 7JG	P81001
eebc05a0-ae64-4443-b53f-280f6e3eda7e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000411	\N	Ravi	Allen	2015-10-16	M	77 Hollins Terrace	AW3 3ZT	\N
cd67b79a-93f5-4023-b403-cb2e1e890d36	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1552	9997617851	Sophia	Allen	2015-05-16	F	93 Heath Road	AW1 7JG	\N
77e570de-2c7b-428c-83c5-bb9e588b36e5	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	H353200019002	9997617851	Sophia	Allen	2015-05-16	F	93 Heath Road	AW1 7JG	P81001
6bc4d16f-6410-4887-aae9-07e8802841be	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000412	\N	Sophia	Allen	2015-05-16	F	93 Heath Road	AW1 7JG	\N
b14b4849-0a2c-41bf-a307-cc54e6b6d2c8	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1327	9997697049	Archie	Morgan	1987-08-03	M	44 Canal Close	AW3 3GA	\N
9ea65196-3df3-4552-b92a-6d890087543e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000413	9997697049	Archie	Morgan	1987-08-03	M	81 Derby Way	AW1 6UP	\N
28a50d58-78a8-44f5-8c92-e49b8b619111	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1328	9997776232	Isabelle	Morgan	1983-06-23	F	44 Canal Close	AW3 3GA	\N
2e0d3a5b-c830-4272-a08f-f789f9366492	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000414	9997776232	Isabelle	Morgsn	1983-06-23	F	44 Canal Close	AW3 3GA	\N
26ee86d6-c6bc-4108-9c5d-cd348dba097f	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1331	9997855426	Rosie	Murgan	2012-04-13	F	44 Canal Close	AW3 3GA	\N
6a759689-1361-4c86-b893-599ab38bc2e3	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	B353400116006	9997855426	Rosie	Morgan	2012-04-13	F	44 Canal Close	AW3 3GA	P81003
7aad8c32-38cc-4e61-bf35-498a7ca7fdcd	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000415	9997855426	Rosie	Morgan	2012-04-13	F	44 Canal Close	AW3 3GA	\N
c867f461-7f31-4d55-adfc-e163d0ba2cc6	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1383	9998013801	Arlo	Watson	1978-04-01	M	21 Jubilee Terrace	AW2 8TQ	\N
9ec99889-e4b8-4d40-8b2c-fada0957a4ea	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1384	9998172187	Emilia	Nguyen	1958-01-14	F	116 Rowan Crescent	AW2 4FD	\N
7b18dea5-2b8f-4629-9e78-c2a7da689b89	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1386	9998251370	Alfie	Nguyen	1957-08-31	M	116 Rowan Crescent	AW2 4FD	\N
dd21b018-f1bf-4a78-8212-72b97b0c172f	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1553	9998330564	Niamh	Harris	1975-05-01	F	9 Derby Way	AW1 6UH	\N
42482475-5d60-42e1-94e3-e5b264428b90	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1554	9998409756	Arthur	Harris	1972-05-14	M	9 Derby Way	AW1 6UH	\N
74499d1f-7647-433e-a4fa-45e11a082333	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000416	\N	Arthur	Harris	1972-05-14	M	9 Derby Way	AW1 6UH	\N
d75d5cc1-af1c-4576-87b2-43c1d1954a2d	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1332	9998568137	Charlie	Carter	2002-09-22	M	105 Holly Drive	AW3 4DZ	\N
74f0c45d-663d-46bf-9d8c-fd7ba99a6ae0	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1387	9998647320	Sophie	Richardson	1943-02-27	F	44 Princess Terrace	AW2 7DH	\N
16255cce-1d2e-4d30-b5c6-178f6840cbcc	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1556	9998726514	Victoria	Ahmed	1986-09-12	F	7 Holly Road	AW1 5WY	\N
e034eba7-a78f-4629-bd9a-832146b419fb	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1558	9998805708	Charlie	Ahmed	1986-12-04	M	7 Holly Road	AW1 5WY	\N
507a5b36-f486-496d-abe4-19e0be0c3afa	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1559	9998884896	Joanne	Harris	2001-01-30	F	110 Heath Road	AW1 7JH	\N
6fc89785-d248-4c64-948b-78159cac5925	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1560	9998964083	Daniel	Harris	2004-03-26	M	110 Heath Road	AW1 7JH	\N
c7bbc5be-260b-4410-bfc2-751703108693	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1561	9999043275	Seán	O'Connor	2024-09-25	M	110 Heath Road	AW1 7JH	\N
a23107ed-a454-4277-a482-5d569269c104	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000417	9999043275	Seán	O'Connor	2024-09-25	M	110 Heath Road	AW1 7JH	\N
e19b90ae-6567-4333-9033-3b54bc91b498	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1562	9999122469	Ella	Roberts	2025-03-07	F	110 Heath Road	AW1 7JH	\N
3170fb62-aa3e-426d-bedc-d9b4a48983cf	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000418	\N	Ella	Roberts	2025-03-07	F	94 Hollins Terrace	AW3 3ZU	\N
99ae5ae5-d184-4d58-9fdd-61c6b46e974c	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1388	9999201652	Oliver	Ahmed	2001-02-03	M	51 Laurel Lane	AW2 1QD	\N
b341bcba-9da3-4b6b-a7b8-90fdd1c1c4aa	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000419	\N	Oliver	Ahmed	2001-02-03	M	51 Laurel Lane	AW2 1QD	\N
e25ad916-1d53-4590-a3d3-82f316cee7fc	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1565	9999280846	Sarah	Palmer	1946-08-11	F	54 Spring Drive	AW1 9DH	\N
3a66ebe9-23ca-4ae0-b2eb-cfffcf003a7b	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1567	9999360033	Benjamin	Williams	1982-03-03	M	Flat 9, 85 Station Crescent	AW2 6SP	\N
d41da164-d654-4b16-a035-e853120b93d6	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000420	\N	Benjamin	Williams	1982-03-03	M	Flat 9, 85 Station Crescent	AW2 6SP	\N
44e36177-6f53-4777-97fa-742e9c2d49e9	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1569	9999439225	Freya	Williams	1976-02-19	F	Flat 9, 85 Station Crescent	AW2 6SP	\N
f9766262-e9b1-498e-a450-8eb3aed06717	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1570	9999518419	Benjamin	Williams	2008-03-21	M	Flat 9, 85 Station Crescent	AW2 6SP	\N
8deaf68e-2098-4ec3-88cd-02003682bde5	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000421	9999518419	Benjamin	Williams	2008-03-21	M	16 Coronation Street	AW3 9XX	\N
af94f6b6-627c-408a-a770-cfb8cf94d3f1	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1572	9999597602	Isabelle	Williams	2011-09-22	F	Flat 9, 85 Station Crescent	AW2 6SP	\N
84d87df2-0af9-477a-a6d3-18d180b0dd49	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	Q353400116007	\N	Isabelle	Williams	2011-09-22	F	Flat 9, 85 Station Crescent	AW2 6SP	P81001
a3fd4f38-c5fe-40f9-a0eb-a3c48fa3a66f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000422	9999597602	Isabelle	Williams	2011-09-22	F	64 Hollins Terrace	AW3 3ZT	\N
ea27ac8c-044e-4115-8d61-748eb271b693	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1575	9999676790	Sophie	Matthews	2005-08-21	F	47 Heath Road	AW1 7JE	\N
dfbba33f-1c53-4307-ab5c-2bcc446568af	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1577	9999755984	Nicholas	Matthews	2002-03-20	M	47 Heath Road	AW1 7JE	\N
7a823dc7-c411-4665-a22f-d101eb0272d9	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000423	9999755984	Nicholas	Matthews	2002-03-20	M	47 Heath Road	AW1 7JE	\N
9b2a637d-5d0d-4cd9-ba52-f14030271ed5	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1580	9999835171	Max	Roogers	1988-06-05	M	30 Derby Way	AW1 6UJ	\N
928431ec-c956-4ebb-bbda-5971c9c55ca6	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000424	9999835171	Max	Rogers	1988-06-05	M	30 Derby Way	AW1 6UJ	\N
73c6bff6-7a87-4a94-9c32-e03a5ca01140	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1582	9999914365	Mia	Rogers	1987-02-26	F	30 Derby Way	AW1 6UJ	\N
be88c558-67c0-4593-a1a2-a8a415f7bb14	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1583	9999993559	Amelia	Rogers	2017-03-06	F	30 Derby Way	AW1 6UJ	\N
5bc07ba7-00aa-4565-81f8-b44b1850b456	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	G353200121005	\N	Amelia	Rogers	2017-03-06	F	30 Derby Way	AW1 6UJ	P81001
b1fa101b-2fb7-4a9c-a85a-992307e0d01c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000425	9999993559	Amelia	Rogers	2017-03-06	F	106 Canal Close	AW3 3GE	\N
c61ffae2-f4b9-4f13-8157-87173b489818	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1584	9990072744	Poppy	Rogers	2011-10-05	F	30 Derby Way	AW1 6UJ	\N
02f2c480-9d66-40b4-b1c2-729e9bd60f40	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	T353400016006	\N	Poppy	Rogers	2011-10-05	F	30 Derby Way	AW1 6UJ	P81001
dc5c4ce4-181a-4ac7-bae6-84327663873f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000426	\N	Poppy	Rogers	2011-10-05	F	44 Well Street	AW3 2QW	\N
71274aa4-948f-4d0c-9b9b-3ebb48a7cb85	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1586	9990151938	Arlo	Rogers	2011-12-24	M	30 Derby Way	AW1 6UJ	\N
bba80aa3-3a5e-4658-b241-c50a6ce7fd7c	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	G353400016007	9990151938	Arlo	Rogers	2011-12-24	M	30 Derby Way	AW1 6UJ	P81001
068589a6-c3d7-4357-84b7-09ece03fd116	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000427	9990151938	Arlo	Rogers	2011-12-24	M	30 Derby Way	AW1 6UJ	\N
1eb67271-72b8-4815-a67a-088b8ffd43cb	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1589	9990231125	Teddy	Rogers	2020-04-16	M	30 Derby Way	AW1 6UJ	\N
ad7f85a7-203e-4a92-a2a5-da3f97e0a1f1	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	J353200024007	9990231125	Teddy	Rogers	2020-04-16	M	30 Derby Way	AW1 6UJ	P81001
8de2a5a8-de5c-4c87-aed4-96def262eb52	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000428	9990231125	Teddy	Rogers	2020-04-16	M	30 Derby Way	AW1 6UJ	\N
ade7a27c-0c51-47e8-9e1c-708859b080a7	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000429	\N	Maryam	Smith	1957-12-03	F	112 Canal Close	AW3 3GE	\N
c7fee480-3860-486b-bfc9-efb24ffa5bf4	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1335	9990389500	Isaac	Smith	1957-08-30	M	1 Ridgeway Crescent	AW1 3GU	\N
f3e748d3-37d1-4448-8932-dd2b5905b0e1	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000430	9990389500	Isaac	Smith	1957-08-30	M	112 Canal Close	AW3 3GE	\N
1db80a42-70f1-4e20-b0ed-a9a5f3386abf	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1390	9990468699	Matilda	Lloyd Webber	1981-12-02	F	97 Laurel Lane	AW2 1QF	\N
11eacbe2-8c9a-4010-8921-6b0a3f6291a0	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000431	9990468699	Matilda	Lloyd Webber	1981-12-02	F	97 Laurel Lane	AW2 1QF	\N
405eb8d7-96ae-499f-ad4d-0ca440dc154a	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1391	9990547882	Luca	Lloyd Webber	1981-09-06	M	97 Laurel Lane	AW2 1QF	\N
f6ee7c32-2d0e-403b-ac83-e0568ece858e	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1392	9990706263	Luca	Lloyd Webber	2016-01-20	M	97 Laurel Lane	AW2 1QF	\N
0319b46b-ca65-44a0-ae60-26d6f62960b3	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	T353200120003	9990706263	Luca	Lloyd Webber	2016-01-20	M	97 Laurel Lane	AW2 1QF	P81002
1135f443-c1ca-4abc-8c5e-eec2f33481c8	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000432	\N	Luca	Lloyd Webber	2016-01-20	M	97 Laurel Lane	AW2 1QF	\N
ea0caccf-2fea-4aaa-bbd2-2eb503b8d03e	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1394	9990785457	Sarah	Butler	1962-11-11	F	110 Jubilee Terrace	AW2 8TU	\N
5f91df6c-1381-4fcf-a7d7-35c86a899ae8	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000433	9990785457	Sarah	Butler	1962-11-11	F	110 Jubilee Terrace	AW2 8TU	\N
834e4b06-c94b-4e07-abc5-b68fd5e83710	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1396	9990864640	Paul	Butler	1959-03-12	M	110 Jubilee Terrace	AW2 8TU	\N
9d2c2e56-0996-4ae9-9328-a0d0c53bb1af	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1337	9990943834	Matilda	King	1990-04-13	F	78 Holly Drive	AW3 4DX	\N
375b86b5-13bb-44e1-96c8-4dbd6bf1945d	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000434	9990943834	Matilda	King	1990-04-13	F	78 Holly Drive	AW3 4DX	\N
e557121e-d640-4a10-9089-92e8824a5fc5	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1338	9991102213	Teddy	King	2016-03-18	M	78 Holly Drive	AW3 4DX	\N
464904bc-c9b9-4e17-a1bb-55174e0270ce	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	G353200120004	\N	Teddy	King	2016-03-18	M	78 Holly Drive	AW3 4DX	P81003
4a9024f1-17bd-47fa-9147-d608a2eabf18	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000435	9991102213	Teddy	King	2016-03-18	M	78 Holly Drive	AW3 4DX	\N
15816972-9fd7-4bc2-ab13-48a05cf10d76	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1397	9991181407	Sofia	White	1996-02-03	F	92 Rowan Crescent	AW2 4FB	\N
ca1aa13c-aee4-469d-97da-ef48406a7e32	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1398	9991260595	Luca	White	1991-07-16	M	92 Rowan Crescent	AW2 4FB	\N
4efee0bb-8918-4582-ab73-2a21ed2e9576	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1401	9991339787	Reuben	Griffiths	2004-08-26	M	31 Railway Drive	AW2 3LF	\N
ef8931f5-4420-467c-9723-cc87b84076d6	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000436	9991339787	Reuben	Griffiths	2004-08-26	M	31 Railway Drive	AW2 3LF	\N
c8a66252-363c-4777-b351-af555e5258b5	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1592	9991418970	Sebastian	Kaur	1984-07-10	M	59 Hill Grove	AW1 4ER	\N
6712ccc0-6862-4331-bd5b-442bb0acab47	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000437	\N	Sebastian	Kaur	1984-07-10	M	59 Hill Grove	AW1 4ER	\N
fb25ff41-c074-4c37-8b8a-cbb2731fe7fc	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1594	9991498168	Sophia	Kaur	1980-04-27	F	59 Hill Grove	AW1 4ER	\N
0d3719cb-4e55-4d86-86dd-22cd57ec6e4b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000438	\N	Sophia	Kaur	1980-04-27	F	59 Hill Grove	AW1 4ER	\N
3e66a6ab-510c-480a-995d-ae313ab2e7dc	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1596	9991577351	Oluwaseun	Kaur	1962-02-05	F	59 Hill Grove	AW1 4ER	\N
70b182a0-2493-43ce-af70-4662f8adcabf	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1599	9991656545	Michael	Kaur	2008-04-11	M	59 Hill Grove	AW1 4ER	\N
5c51f439-6f83-4830-b804-ca892555f3a8	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000439	\N	Michael	Kaur	2008-04-11	M	59 Hill Grove	AW1 4ER	\N
18feb72f-8cae-4273-a547-2852491a651f	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1403	\N	Laura	Nowak	2001-09-23	F	99 Railway Drive	AW2 3LJ	\N
b14b4bb7-f050-46a1-b9f5-02fd002d2871	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1404	9991814922	Samantha	Nowak	2024-12-01	F	99 Railway Drive	AW2 3LJ	\N
3f704048-5cbf-44a3-b970-35a7f411c96c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000440	\N	Samantha	Norak	2024-12-01	F	99 Railway Drive	AW2 3LJ	\N
f9f900d4-d691-4481-802c-078f65335be6	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1405	9991973303	Anthony	Nowak	2025-02-26	M	99 Railway Drive	AW2 3LJ	\N
144bf9d4-420f-42a2-aa44-ffe7723d3602	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000441	\N	Anthony	Nowak	2025-02-26	M	99 Railway Drive	AW2 3LJ	\N
414c5f73-fc07-40d3-8945-e78a525c5031	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1406	9992131683	Alice	Adams	1981-05-06	F	63 Rowan Crescent	AW2 4FA	\N
e0b29353-4003-4efb-b289-f7da72ce7c03	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000442	9992131683	Alice	Adams	1981-05-06	F	110 Jubilee Terrace	AW2 8TU	\N
049d9b94-d6f5-41ea-b172-7d9707cb5154	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1408	9992210877	Leo	Adams	1978-08-02	M	63 Rowan Crescent	AW2 4FA	\N
c0c6e603-c4a6-4704-a4d8-9adca4f03366	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000443	\N	Leo	Adams	1978-08-02	M	63 Rowan Crescent	AW2 4FA	\N
cf1db248-fa3b-45e5-9f29-80bfb9744f58	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1411	9992290064	Lucas	Adams	2008-04-15	M	63 Rowan Crescent	AW2 4FA	\N
b0b341ef-d2b9-4e13-8ee9-4e9687a31e1c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000444	9992290064	Lucas	Adams	2008-04-15	M	63 Rowan Crescent	AW2 4FA	\N
ce090759-921d-4d85-8261-21e60be3e6c3	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1414	9992369256	Ava	Adams	2009-06-06	F	63 Rowan Crescent	AW2 4FA	\N
7f935b92-0f52-464f-8858-4f9423f1e5d3	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000445	9992369256	Ava	Adams	2009-06-06	F	63 Rowan Crescent	AW2 4FA	\N
08c4f5e9-af18-47c2-8f39-5eee0c628fa9	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000446	9992527633	Alice	Murphy	1978-06-05	F	Flat 8, 1 Derby Way	AW1 6UH	\N
299e48e1-8e98-4985-b640-2eaf60d4fe06	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1602	9992606827	William	Murphy	1976-03-21	M	21 Laurel Lane	AW2 1QB	\N
f7e59d7b-8d16-46fd-8e1a-a73e3c68536e	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1605	9992686014	Alice	Murphy	2008-11-24	F	113 Orchard Drive	AW1 8TQ	\N
33db3dcd-145a-4136-9f52-5eec9135ffb6	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000447	9992686014	Alice	Murphy	2008-11-24	F	Flat 8, 1 Derby Way	AW1 6UH	\N
143e4565-a9c5-4d2c-b7e4-59246bb411bb	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1606	9992765208	Rachel	Murphy	2007-11-14	F	Flat 8, 1 Derby Way	AW1 6UH	\N
d4012d9f-9c09-41f0-abf4-70b3d9107062	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000448	9992765208	Rachel	Murphy	2007-11-14	F	Flat 8, 1 Derby Way	AW1 6UH	\N
aee32614-8970-4e3a-8184-1ab074ac0d23	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1609	9992844396	Poppy	Murphy	2009-07-20	F	Flat 8, 1 Derby Way	AW1 6UH	\N
5a077848-2b4a-471e-badd-6a7ea5569ee1	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000449	9992844396	Poppy	Murphy	2009-07-20	F	Flat 8, 1 Derby Way	AW1 6UH	\N
25234a48-53ab-45a0-bf66-1f1bd34a636f	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1341	9993002771	Archie	Anderson	1990-04-30	M	51 Well Street	AW3 2QW	\N
bec4770e-1f08-4a40-bef1-880b7483f9d9	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000450	9993002771	Archie	Andersn	1990-04-30	M	51 Well Street	AW3 2QW	\N
87a7bfa1-5ebb-4fdf-ac98-9444d01c96c2	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1344	9993081965	Samantha	Anderson	1989-05-05	F	51 Well Street	AW3 2QW	\N
96fa2c2a-e39f-4cf4-ba01-74bd47655f93	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000451	\N	Samantha	Anderson	1989-05-05	F	51 Well Street	AW3 2QW	\N
78d9de83-b83c-42b7-9e58-e91571f8016d	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1347	9993161152	Richard	Anderson	1960-01-28	M	51 Well Street	AW3 2QW	\N
5161423a-10f6-499a-8682-0f76e0c11683	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000452	\N	Richard	Anderson	1960-01-28	M	51 Well Street	AW3 2QW	\N
dd5e81f7-6264-4e10-bb01-26483d26d413	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1349	9993240346	Teddy	Anderson	2012-09-12	M	51 Well Street	AW3 2QW	\N
42656043-2cab-42a1-a2d6-f8c95cff1d89	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	P353400017005	\N	Teddy	Anderson	2012-09-12	M	51 Well Street	AW3 2QW	P81003
9da5b1e8-07f6-43e0-ac79-446cbeafa334	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000453	\N	Teddy	Anderson	2012-09-12	M	51 Well Street	AW3 2QW	\N
33e78b06-830a-4380-bb8b-dc37f65d6afd	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1350	9993319538	Emily	Anderssn	2012-03-13	F	51 Well Street	AW3 2QW	\N
358b55e5-a039-48f0-8abf-3df6ed6976e9	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	E353400116008	9993319538	Emily	Anderson	2012-03-13	F	30 Spring Drive	AW1 9DG	P81003
4edbc9e8-4353-428c-bd13-473f7bd2cb0c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000454	9993319538	Emily	Anderson	2012-03-13	F	51 Well Street	AW3 2QW	\N
0bf466a0-ce96-4da5-b9fc-255e463f8120	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1351	9993398721	Laura	Anderson	2019-06-07	F	51 Well Street	AW3 2QW	\N
85c82a75-9c77-47f7-b09e-bf0e720b4e47	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	Y353200223004	\N	Laura	Anderson	2019-06-07	F	51 Well Street	AW3 2QW	P81003
e5cdf848-c7e2-471e-8486-100f8f97a93c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000455	9993398721	Laura	Anderson	2019-06-07	F	51 Well Street	AW3 2QW	\N
59929ba5-638f-412f-b117-be4e58112fb6	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1352	9993477915	Siobhan	Anderson	2013-03-23	F	51 Well Street	AW3 2QW	\N
679bae34-6a67-4461-8389-90a2983f0f43	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	V353400117003	\N	Siobhan	Anderson	2013-03-23	F	51 Well Street	AW3 2QW	P81003
150da4d8-65c2-4217-bfc9-fd8b9a179a6e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000456	9993477915	Siobhan	Anderson	2013-03-23	F	51 Well Street	AW3 2QW	\N
221126aa-f96a-4d95-892c-689a5a086da9	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1611	9993557102	Ibrahim	Harrison	1987-05-09	M	10 Holly Road	AW1 5WY	\N
e4266389-ea36-4b3f-baf9-ffe94229ee4f	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1614	9993636290	Isabella	Harrison	1985-10-29	F	10 Holly Road	AW1 5WY	\N
86dbab19-ff15-492b-9820-4c6a22841288	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000457	\N	Isabella	Harrison	1985-10-29	F	10 Holly Road	AW1 5WY	\N
69e603df-f055-43cd-a64c-cca1f123e5e8	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1616	9993715484	Isabella	Harrison	2013-03-12	F	10 Holly Road	AW1 5WY	\N
eaed0189-3d77-46fa-bcf4-1bc68caf6a4c	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	J353400117004	\N	Isabella	Harrison	2013-03-12	F	10 Holly Road	AW1 5WY	P81001
0ec7276f-26e6-4815-b89b-878bd0ad3a89	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000458	9993715484	Isabella	Harrison	2013-03-12	F	10 Holly Road	AW1 5WY	\N
e66e7046-8bda-4358-88e9-73014fecd11c	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	W353400016008	\N	Noah	Harrison	2011-09-29	M	10 Holly Road	AW1 5WY	P81001
cbe924df-ade9-4c23-a6af-9b45f1cdbcf4	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000459	9993794678	Noah	Harrison	2011-09-29	M	10 Holly Road	AW1 5WY	\N
963a6ee1-f5d5-4030-9e2d-36ad7eeca881	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1417	9993873861	Maya	Roberts	1976-01-30	F	25 Laurel Lane	AW2 1QB	\N
990c580d-2b02-455a-84ac-0c201986d6f9	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1418	9993953059	Christopher	Roberts	1974-04-28	M	25 Laurel Lane	AW2 1QB	\N
343393e0-353e-414d-99ee-0289bf9c22d4	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1420	9994032240	Emilia	Palmer	1940-09-14	F	44 Park Road	AW3 5BS	\N
d637ca6a-e60e-48cd-93ec-d0b5da915d9c	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1617	9994111434	Agnieszka	Young	1987-09-17	F	82 Ridgeway Crescent	AW1 3GZ	\N
8d672a13-880a-4896-8ad8-2018e8a72815	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1619	9994190628	Mohammed	Young	1984-09-16	M	82 Ridgeway Crescent	AW1 3GZ	\N
4ca348db-7988-4b63-b01e-7adbbeebbbbb	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000460	9994190628	Mohammed	Young	1984-09-16	M	82 Ridgeway Crescent	AW1 3GZ	\N
b45a516b-f54b-4433-9872-7f8e93b69385	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1620	9994349007	Charlotte	Young	1963-10-04	F	82 Ridgeway Crescent	AW1 3GZ	\N
af365b0c-3a01-4580-913f-631688461952	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1621	9994428195	Isla	Young	2016-02-24	F	82 Ridgeway Crescent	AW1 3GZ	\N
6dd970aa-6b92-4151-a4bb-44e52195977d	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	M353200020005	9994428195	Isla	Young	2016-02-24	F	82 Ridgeway Crescent	AW1 3GZ	P81001
0a314f10-226e-42ae-9b6d-7ecda0c527cf	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000461	9994428195	Isla	Young	2016-02-24	F	82 Ridgeway Crescent	AW1 3GZ	\N
120a6770-cd2e-4a81-b371-ba924d97555b	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1624	9994507389	James	Young	2008-07-07	M	82 Ridgeway Crescent	AW1 3GZ	\N
c94ba226-2a25-43f0-8008-1c7c6c86ae12	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000462	\N	James	Young	2008-07-07	M	82 Ridgeway Crescent	AW1 3GZ	\N
797b83a6-a1b6-4efd-bd03-f1f14906b88b	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1422	9994586572	Ibrahim	Butler	1998-10-16	M	48 Hill Grove	AW1 4ER	\N
5195bfb6-2064-4787-91a6-dd2b3dd4b5f2	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000463	9994586572	Ibrahim	Butler	1998-10-16	M	48 Hill Grove	AW1 4ER	\N
b40b5b9b-f2db-4613-9ba7-15ef422db988	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1423	9994665766	Rosie	Butler	1995-09-07	F	48 Hill Grove	AW1 4ER	\N
6f7651d5-6b44-45fe-afcf-8c4086288ba8	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1424	\N	Harry	Butler	2025-04-12	M	48 Hill Grove	AW1 4ER	\N
e7c6a53d-8101-4ae4-8f2f-c3f107666ba2	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000464	\N	Harry	Butler	2025-04-12	M	48 Hill Grove	AW1 4ER	\N
5f5731ba-fd03-4081-a7de-d31ffd569dfe	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1425	9994903330	Olivia	Butler	2025-07-12	F	48 Hill Grove	AW1 4ER	\N
07676126-a50e-496c-8cc0-f71188ba502d	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000465	9994903330	Olivia	Butler	2025-07-12	F	48 Hill Grove	AW1 4ER	\N
81bf7b03-e404-484a-a27c-b602a2b0ae79	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1428	9994982524	Mason	Butler	2025-01-17	M	48 Hill Grove	AW1 4ER	\N
6c6c57c0-2378-4065-870a-45c7254e85cb	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000466	9994982524	Mason	Butler	2025-01-17	M	48 Hill Grove	AW1 4ER	\N
37150946-59fe-4668-80fd-b1809acdeea5	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1431	9995061716	Rosie	Butler	2024-12-27	F	48 Hill Grove	AW1 4ER	\N
2e598317-dd42-48bf-96a7-6cd89094964a	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000467	\N	Rosie	Butler	2024-12-27	F	7 Spring Drive	AW1 9DF	\N
92ccc2a6-6e4a-4ba7-9f6b-5a1ccd3edadb	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1432	9995220091	William	Green	1997-01-22	M	96 Jubilee Terrace	AW2 8TT	\N
cfa61d39-324e-4e8a-acfa-c30c01ec2567	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1433	9995299283	Sam	Green	1997-05-13	F	96 Jubilee Terrace	AW2 8TT	\N
8f6efe6e-e051-4ce4-a7fd-a946750b084f	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1436	9995378477	Victoria	Johnson	2017-01-05	F	96 Jubilee Terrace	AW2 8TT	\N
2b6a4ee4-a464-4a33-be46-70fa9e0834dd	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	J353200021004	9995378477	Victoria	Johnson	2017-01-05	F	96 Jubilee Terrace	AW2 8TT	P81002
342f8848-af3b-45a6-bf32-386befbd7c7c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000468	\N	Victoria	Johnson	2017-01-05	F	96 Jubilee Terrace	AW2 8TT	\N
cad776f6-f740-47a3-8e69-eab94b7f5f1b	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1437	9995457660	Isaac	Green	2021-07-17	M	96 Jubilee Terrace	AW2 8TT	\N
448746ba-767b-41a8-9085-82ba8730a397	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	F353200025006	\N	Isaac	Green	2021-07-17	M	96 Jubilee Terrace	AW2 8TT	P81002
e2b9430c-1ec9-4a1a-98d3-f3a0f80b593e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000469	9995457660	Isaac	Green	2021-07-17	M	96 Jubilee Terrace	AW2 8TT	\N
72335eb0-5e27-4828-91b3-fce3ef6705b7	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1625	9995536854	Isabelle	Morgan	1996-12-06	F	Flat 9, 86 Orchard Drive	AW1 8TP	\N
59fe5bb7-fcbf-4a03-a6aa-ade1570cd7c4	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000470	\N	Isabelle	Morgan	1996-12-06	F	Flat 9, 86 Orchard Drive	AW1 8TP	\N
3f4575a6-3cd9-4c7f-8d13-9b99eb040fb4	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1626	\N	Isaac	Morgan	1991-08-04	M	Flat 9, 86 Orchard Drive	AW1 8TP	\N
9d9b9d36-2fc6-4367-aa2c-089ed9ef7c7b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000471	9995616041	Isaac	Morgan	1991-08-04	M	Flat 9, 86 Orchard Drive	AW1 8TP	\N
644435a9-3155-46be-96e3-00da824f5f72	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1627	9995695235	Sebastian	Morgan	2024-11-14	M	Flat 9, 86 Orchard Drive	AW1 8TP	\N
67301194-6a4e-494c-910c-da6ccfdd586f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000472	9995695235	Sebastian	Morgan	2024-11-14	M	Flat 9, 86 Orchard Drive	AW1 8TP	\N
6aa6f9d3-4c03-4c02-aca8-c5d5f27e5ccc	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1629	9995774429	Elsie	Davies	2021-10-04	F	Flat 9, 86 Orchard Drive	AW1 8TP	\N
a58ea359-5ed8-4b9b-854f-59e46e9e2f56	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000473	9995774429	Elsie	Davies	2021-10-04	F	Flat 9, 86 Orchard Drive	AW1 8TP	\N
84792cf8-c06d-41df-9db5-6bdfd6dba7e1	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1438	9995853612	Oscar	Anderson	1991-01-01	M	31 Laurel Lane	AW2 1QB	\N
fa1468f4-795c-4ab9-8e19-37faef01c956	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1441	\N	Deborah	Anderson	1988-10-21	F	31 Laurel Lane	AW2 1QB	\N
f6b7de92-a011-4262-a876-c9a56715999e	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1443	9996011992	Mohammed	Anderson	2012-08-27	M	31 Laurel Lane	AW2 1QB	\N
0b6f88a9-9565-411d-8f0d-00b70baaa5b8	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	U353400116009	9996011992	Mohammed	Anderson	2012-08-27	M	31 Laurel Lane	AW2 1QB	P81002
da975562-e383-49ab-9590-dd3003f5d2b2	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000474	\N	Mohammed	Anderson	2012-08-27	M	31 Laurel Lane	AW2 1QB	\N
519e2f83-003a-48d9-a424-eec629063cb7	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1446	9996170373	Anthony	Anderson	2015-11-09	M	31 Laurel Lane	AW2 1QB	\N
fd96b786-fcc7-44cc-bdb5-cc97a8075e96	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	W353200120005	\N	Anthony	Anderson	2015-11-09	M	31 Laurel Lane	AW2 1QB	P81002
e8ed5594-9b69-4bab-9961-d51af2e4cf43	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000475	9996170373	Anthony	Anderson	2015-11-09	M	31 Laurel Lane	AW2 1QB	\N
177f0882-c1ac-484a-864e-dd17e4827f6d	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1632	9996249565	Elizabeth	Ward	1984-06-04	F	19 Holly Road	AW1 5WY	\N
4c3e45bf-8162-4bab-80b1-160c3450b8f5	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1634	9996328759	Elizabeth	Fletcher	1993-12-07	F	36 Holly Road	AW1 5WZ	\N
700c4f83-a137-434f-bb68-0d034c4836bb	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1635	9996407942	Anthony	Fletcher	2020-11-04	M	36 Holly Road	AW1 5WZ	\N
c21f1326-82cf-4747-83ae-e13ef1452d82	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	V353200025007	9996407942	Anthony	Fletcher	2020-11-04	M	36 Holly Road	AW1 5WZ	P81001
9f284c8b-6fe5-43ee-8dc2-bed70050f814	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000476	9996407942	Anthony	Fletcher	2020-11-04	M	36 Holly Road	AW1 5WZ	\N
2c4c1772-3721-4caa-bd92-365ddb6e556f	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1638	9996566323	Millie	Fletcher	2025-08-16	F	36 Holly Road	AW1 5WZ	\N
99666d97-f5b6-47df-87c2-0d6e51dc18ba	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000477	\N	Millie	Fletcher	2025-08-16	F	36 Holly Road	AW1 5WZ	\N
95d6d352-b65d-4643-a05b-e0bed7694656	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1640	9996645517	Jack	Holmes	1975-10-12	M	29 Heath Road	AW1 7JD	\N
8c012821-fb6a-48fe-94f9-01487e359657	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1354	9996724700	Rebecca	Edwards	1971-03-29	F	80 Holly Drive	AW3 4DY	\N
fad0e87c-3a3e-465d-bf5d-6c6124269fd7	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1356	9996803899	Arlo	Edwards	1969-06-01	M	80 Holly Drive	AW3 4DY	\N
8fa497a2-a9cc-4326-9867-b872e6948458	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000478	9996803899	Arlo	Edwards	1969-06-01	M	80 Holly Drive	AW3 4DY	\N
4125eea8-8379-4087-a2fc-8c9d945a941e	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1447	9996883086	Christopher	Davies	1994-12-17	M	70 Green Drive	AW2 8BT	\N
69d887e8-4040-4d8d-a858-e2db6197b682	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	C353200119001	9997041461	Ravi	Daiies	2015-03-11	M	70 Green Drive	AW2 8BT	P81002
45b0c1b1-3672-470c-be1d-e80d5a934369	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000479	\N	Ravi	Davies	2015-03-11	M	70 Green Drive	AW2 8BT	\N
bf92d54a-94d0-4ee1-b10e-503f65376b7b	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1448	9997120655	Kwame	Davies	2015-03-11	M	70 Green Drive	AW2 8BT	\N
4c8a6781-4583-4a63-a645-34881f232cde	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	R353200119002	\N	Kwame	Davies	2015-03-11	M	70 Green Drive	AW2 8BT	P81002
49fb9af7-a2da-4e89-a238-467a4977cfad	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000480	\N	Kwame	Davies	2015-03-11	M	70 Green Drive	AW2 8BT	\N
e89d7fc6-1593-4727-9def-bd48cfc62541	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1451	\N	Thomas	Davies	2018-09-22	M	70 Green Drive	AW2 8BT	\N
7da7bbd2-af03-481e-a7f6-2cfce32ac78a	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	L353200123002	9997199847	Thomas	Davies	2018-09-22	M	70 Green Drive	AW2 8BT	\N
cae22b7e-75b5-470e-b0cb-d6815abd1d52	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000481	\N	Thomas	Davies	2018-09-22	M	70 Green Drive	AW2 8BT	\N
5ea5abcd-ef96-4578-94de-b94ca6a376e3	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1358	9997279034	Poppy	Hussain	1992-07-06	F	51 Hollins Terrace	AW3 3ZS	\N
a05d7efa-ad1b-4bff-9279-6f7fbb4bef5b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000482	9997279034	Poppy	Hussain	1992-07-06	F	51 Hollins Terrace	AW3 3ZS	\N
7e1ba350-b333-4807-9646-e102c770a5c1	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1359	9997358228	Samuel	Hussain	1987-11-14	M	51 Hollins Terrace	AW3 3ZS	\N
4c536d43-02c5-43c2-bad6-4e40320d7dcf	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000483	\N	Jessica	Watson	2002-01-27	F	97 Ridgeway Crescent	AW1 3GZ	\N
0703f333-f479-4cbc-b63a-c3a25ae951ba	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1643	9997516605	Muhammad	Watson	1999-09-17	M	97 Ridgeway Crescent	AW1 3GZ	\N
8e080a61-620f-4352-9e3d-9e6643178af2	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1361	9997595793	Isabelle	Bennett	1935-02-23	F	44 Coronation Street	AW3 9XZ	\N
73ccef41-da8b-4f6f-9b6e-dc09424f0d67	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1645	9997674987	Ella	Lloyd Webber	1986-02-20	F	27 Hill Grove	AW1 4EQ	\N
c4d2aa2c-c0ba-454a-aaa4-17afb4c469fd	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1648	9997754174	Kwame	Lloyd Webber	1990-03-09	M	27 Hill Grove	AW1 4EQ	\N
4ed0bb7e-811b-427b-b5fb-b6fb8b95e3bf	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1650	9997833368	Abigail	Alen	2010-05-29	F	27 Hill Grove	AW1 4EQ	\N
31f7ebf7-8026-4b6f-8196-230e14030e19	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	W353400014006	\N	Abigail	Allen	2010-05-29	F	27 Hill Grove	AW1 4EQ	P81001
18ac07bb-f297-451b-8f9b-253079c0f023	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000484	9997833368	Abigail	Allen	2010-05-29	F	27 Hill Grove	AW1 4EQ	\N
4d0be835-7aee-4208-aa4f-2d0f66aaea50	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1652	9997912551	Sofia	Price	1991-09-18	F	78 Spring Drive	AW1 9DJ	\N
561b2535-d03d-4f18-acd1-c44cf180cff9	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1653	9997991745	Andrew	Price	1988-07-31	M	78 Spring Drive	AW1 9DJ	\N
e884dea5-d7d0-45aa-aac9-885c93e4e8d0	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000485	9997991745	Andrew	Price	1988-07-31	M	78 Spring Drive	AW1 9DJ	\N
4a2407b5-ee63-41b1-b98e-da49e919e1b8	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1654	9998070937	Muhammad	Price	2014-03-16	M	78 Spring Drive	AW1 9DJ	\N
d31cb44f-5fb0-4315-8397-25399988ac8d	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	T353400018010	9998070937	Muhammad	Price	2014-03-16	M	78 Spring Drive	AW1 9DJ	\N
4cdf7eb5-1ba7-43ef-8af7-ece8bf2d9591	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000486	\N	Muhammad	Price	2014-03-16	M	78 Spring Drive	AW1 9DJ	\N
8d79fa7d-91aa-4c9b-bd8a-ec8f954c4739	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1656	9998150124	Matilda	Price	2014-01-09	F	78 Spring Drive	AW1 9DJ	\N
ba7db74b-0de3-4023-8e43-d272fba732f8	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	G353400018011	9998150124	Matilda	Price	2014-01-09	F	78 Spring Drive	AW1 9DJ	P81001
25193e81-12cb-4621-bf09-e5f7949c1acd	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000487	9998150124	Matilda	Priice	2014-01-09	F	78 Spring Drive	AW1 9DJ	\N
23c5b268-b96c-46b7-8fbc-13429acc551a	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1452	9998229316	Jude	Bell	1974-12-23	M	36 Rowan Crescent	AW2 4EY	\N
9f42449a-145f-47e2-b83f-514862f78d0b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000488	9998229316	Jude	Bell	1974-12-23	M	36 Rowan Crescent	AW2 4EY	\N
a76e805b-6252-408f-824d-83ad95c4f226	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1453	9998387698	Mia	Bell	1979-03-30	F	36 Rowan Crescent	AW2 4EY	\N
fb3ce53c-b7f9-4b54-a050-5ca7f2232ae0	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1456	9998466881	Priya	Bell	2007-11-01	F	36 Rowan Crescent	AW2 4EY	\N
a4709548-e266-4537-9ced-948a27a41a92	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000489	9998466881	Priya	Bell	2007-11-01	F	36 Rowan Crescent	AW2 4EY	\N
4679735b-0393-4b6d-98a3-2a4d728c600e	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1458	9998546079	Sofia	Bell	2007-10-31	F	36 Rowan Crescent	AW2 4EY	\N
e7c0eee0-c5b3-4c72-84bb-2aed1dde19ef	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000490	9998546079	Sofia	Bell	2007-10-31	F	36 Rowan Crescent	AW2 4EY	\N
26c923e0-ae5d-463b-b56c-8f5f7f4deb5c	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1460	9998625262	Jude	Bell	2008-03-08	M	36 Rowan Crescent	AW2 4EY	\N
b7f61acd-0ede-484f-bb11-ad969fe46848	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000491	9998625262	Jude	Bell	2008-03-08	M	36 Rowan Crescent	AW2 4EY	\N
4c3cd921-9dd7-4414-a65f-0e26454b84d7	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1462	9998704456	Joanne	Belle	2007-09-10	F	36 Rowan Crescent	AW2 4EY	\N
24c2352a-d797-43f4-89ea-b32a4ffb8116	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000492	9998704456	Joanne	Bell	2007-09-10	F	36 Rowan Crescent	AW2 4EY	\N
51451044-e5a1-4aaf-9711-f4fd6123f6da	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1464	9998862833	Nicholas	Green	2005-11-08	M	84 Laurel Lane	AW2 1QF	\N
908b14ee-fc66-43ed-80f2-9c0d2217b409	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1658	9998942020	Siobhan	Young	1987-10-18	F	91 Ridgeway Crescent	AW1 3GZ	\N
5dc11d87-5485-4e73-8925-8fbc308c576b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000493	\N	Siobhan	Young	1987-10-18	F	91 Ridgeway Crescent	AW1 3GZ	\N
2c7651b2-a5b1-4117-a8bc-cc12d197fb97	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1660	9999021212	Joshua	Young	1989-06-21	M	91 Ridgeway Crescent	AW1 3GZ	\N
5aaa6ee9-a6bc-4ca9-947b-30bbbafe9a56	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000494	9999100406	Arlo	Smith-Jones	2001-08-30	M	Flat 6, 54 Coronation Street	AW3 9XZ	\N
c5bb46ec-5e2f-4a03-a800-cf110d6db6b7	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1363	9999179592	Siobhan	Smith-Jones	1994-10-28	F	Flat 6, 54 Coronation Street	AW3 9XZ	\N
95caa18c-aa93-4ebc-8ce6-9bd7562f3c4f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000495	\N	Siobhan	Smith-Jones	1994-10-28	F	Flat 6, 54 Coronation Street	AW3 9XZ	\N
9a6ffff6-79be-412c-9413-1ace511b09ef	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000496	\N	Paul	Smith-Jones	2025-03-01	M	Flat 6, 54 Coronation Street	AW3 9XZ	\N
49878a8f-42d9-4710-b10a-519ef17dab82	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1364	9999417167	Ella	Smith-Jones	2024-10-16	F	Flat 6, 54 Coronation Street	AW3 9XZ	\N
19b9fdfb-4e5e-437d-8cdf-d4b4c923be6b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000497	9999417167	Ella	Smith-Jones	2024-10-16	F	Flat 6, 54 Coronation Street	AW3 9XZ	\N
5f52eb19-3ca2-452d-b6e7-27080835a554	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1367	9999496350	Omar	Price	2025-01-06	M	Flat 6, 54 Coronation Street	AW3 9XZ	\N
39ee1492-6cc6-4976-a0d2-93fbdcba99c3	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000498	\N	Omar	Price	2025-01-06	M	Flat 6, 54 Coronation Street	AW3 9XZ	\N
ce737f50-25da-485d-9f93-917824becbca	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1370	9999575544	Rosie	Smith-Jones	2024-12-16	F	Flat 6, 54 Coronation Street	AW3 9XZ	\N
fc478ebd-3637-41f1-b04b-5807367569ea	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000499	\N	Rosie	Smith-Jones	2024-12-16	F	Flat 6, 54 Coronation Street	AW3 9XZ	\N
bf842834-688e-41b7-be15-52acc239a783	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1663	9999654738	Harry	Okafor	1981-07-02	M	Flat 9, 36 Orchard Drive	AW1 8TJ	\N
b3e1ad1c-1d92-4c84-90a8-3895a7b0ebc0	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000500	\N	Harry	Okafor	1981-07-02	M	Flat 9, 36 Orchard Drive	AW1 8TJ	\N
8382dbfc-8a5a-4a8b-b729-ea383f72e41a	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1664	9999733921	Emilia	Okafoor	1975-02-04	F	Flat 9, 36 Orchard Drive	AW1 8TJ	\N
54f7de7d-a34e-497a-90c6-c7efbbf8a85a	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000501	9999733921	Emilia	Okafor	1975-02-04	F	Flat 9, 36 Orchard Drive	AW1 8TJ	\N
3e282e4b-9c93-41dc-bb5b-a3a3626513bd	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1667	9999813119	Ruby	Okafor	2008-04-04	F	Flat 9, 36 Orchard Drive	AW1 8TJ	\N
061eac91-558f-418f-8d7c-35499d02d491	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000502	\N	Ruby	Okafor	2008-04-04	F	Flat 9, 36 Orchard Drive	AW1 8TJ	\N
7ceb39f9-41d0-43a9-ae7a-ef147ae982de	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1465	9999892302	Yusuf	Ellis	1985-08-10	M	12 Railway Drive	AW2 3LE	\N
9a33b01f-0d63-4279-b4e7-af0255648b1f	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1466	9999971490	Joseph	Ellis	2013-10-25	M	12 Railway Drive	AW2 3LE	\N
31e95b11-11ec-4e7e-be66-d780b42fd245	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	F353400118003	\N	Joseph	Ellis	2013-10-25	M	12 Railway Drive	AW2 3LE	P81002
7d731152-f5cf-4eed-bcf2-c16bb0911204	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000503	9999971490	Joe	Ellis	2013-10-25	M	12 Railway Drive	AW2 3LE	\N
d37f19c7-55ea-4259-bbf2-9fc03f45ee2b	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1469	9990050686	Poppy	Ellis	2009-07-26	F	12 Railway Drive	AW2 3LE	\N
272cbcf4-2b9e-4082-baf1-762c12c650ce	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000504	9990050686	Poppy	Ellis	2009-07-26	F	12 Railway Drive	AW2 3LE	\N
1b7b05df-ae5d-4c3b-ad47-32b3dc4a91ef	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1471	9990129878	Jennifer	Webb	2007-10-01	F	12 Railway Drive	AW2 3LE	\N
53b08761-0ff4-47c8-951d-6ffd46b6d77a	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000505	\N	Jennifer	Webb	2007-10-01	F	12 Railway Drive	AW2 3LE	\N
3aa95755-b736-41b1-9c0f-2a0163f3ab2d	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1371	9990209065	Matilda	Clark	1977-01-29	F	112 Well Street	AW3 2QZ	\N
d8a22ea3-b4fb-4c85-91c2-208900e70637	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1373	9990288259	James	Clrk	1979-05-05	M	112 Well Street	AW3 2QZ	\N
6a555dba-5c60-4ec7-8e67-05bf933dfa99	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1374	9990367442	Matilda	Clark	2008-04-26	F	112 Well Street	AW3 2QZ	\N
cf9d48f8-7f57-4abb-9445-51551981ee1b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000506	9990367442	Matilda	Clark	2008-04-26	F	112 Well Street	AW3 2QZ	\N
5538d38e-ba27-4de2-949c-34e178be712e	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1375	9990446636	Rachel	Clark	2008-08-08	F	112 Well Street	AW3 2QZ	\N
0af5155f-89fc-4ffd-8cad-88e27bf9dc8c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000507	\N	Rachel	Clark	2008-08-08	F	112 Well Street	AW3 2QZ	\N
4ea65312-7cdf-421f-82c5-740fce21813f	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1377	9990605017	Phoebe	Clark	2011-07-23	F	112 Well Street	AW3 2QZ	\N
ae1ce225-8d28-40d6-8a62-44be4ab55a36	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	B353400115005	\N	Phoebe	Clark	2011-07-23	F	112 Well Street	AW3 2QZ	P81003
f0b7551a-3ee0-436c-b525-f64cbd354a06	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000508	9990605017	Phoebe	Clark	2011-07-23	F	112 Well Street	AW3 2QZ	\N
05a91d56-7881-4ef3-9463-30e1c1d8ee59	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1472	\N	Sophie	Lloyd Webber	1971-03-26	F	60 Green Drive	AW2 8BT	\N
55501156-4c8f-492f-9c5d-d1535a19db51	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000509	\N	Sophie	Lloyd Webber	1971-03-26	F	60 Green Drive	AW2 8BT	\N
d64cc5e7-1746-4353-9e79-84b759d9ac2f	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1473	9990763399	Oliver	Lloyd Webber	1974-05-21	M	60 Green Drive	AW2 8BT	\N
cd25562a-1ff9-4db5-8cd6-34bd03e4b900	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1475	9990842582	Elsie	Lee	1951-11-21	F	79 Princess Terrace	AW2 7DJ	\N
6d0577a6-a7a7-45eb-b39c-3c4338cde02a	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1477	9990921776	George	Lee	1948-01-06	M	79 Princess Terrace	AW2 7DJ	\N
86e7a166-58ec-4296-ba1f-dfe4b8b87f74	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000510	\N	George	Lee	1948-06-01	M	79 Princess Terrace	AW2 7DJ	\N
ae00797a-12f0-484d-a810-ff92df8ce091	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1380	9991000968	Alice	Lewis	2007-07-31	F	89 Park Road	AW3 5BU	\N
039ee8b8-1bad-4c7f-baf5-d78878e23100	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1382	9991080155	Noah	Lewis	2001-09-20	M	89 Park Road	AW3 5BU	\N
ec930052-2fd6-4e35-880f-1e060b9562ce	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000511	9991080155	Noah	Lewis	2001-09-20	M	89 Park Road	AW3 5BU	\N
aafc8baa-5c9b-4ebe-937e-d1f835d1bb4b	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1668	9991159347	Roman	Bailey	2001-10-16	M	42 Ridgeway Crescent	AW1 3GX	\N
cae3da14-b48f-4b6c-86fa-cf7445a6db53	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000512	\N	Roman	Bailey	2001-10-16	M	42 Ridgeway Crescent	AW1 3GX	\N
9329420d-4d6b-445e-b295-a1e3fc213a57	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1670	9991238530	Isabella	Bailey	1997-10-28	F	42 Ridgeway Crescent	AW1 3GX	\N
c5cee7a7-3c73-4f1b-af64-bb8ce5e49779	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000513	\N	Isabella	Bailey	1997-10-28	F	42 Ridgeway Crescent	AW1 3GX	\N
f0695ca2-a8ad-4ce0-8dfd-87ec9fad94c0	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1671	9991317724	Oluwaseun	Bailey	2022-09-05	F	42 Ridgeway Crescent	AW1 3GX	\N
94353ee2-d06d-4c80-a96b-d1fc02923ac1	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000514	9991317724	Oluwaseun	Bailey	2022-09-05	F	42 Ridgeway Crescent	AW1 3GX	\N
3f702a77-c378-4712-bdff-c91ea369d94d	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1384	9991396918	Olivia	Hunt	1951-02-01	F	26 Hollins Terrace	AW3 3ZR	\N
db48e7d4-18d0-420f-bc3a-dc104ac30629	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000515	9991396918	Olivia	Hunt	1951-02-01	F	26 Hollins Terrace	AW3 3ZR	\N
59b96d4f-632b-42a0-8d93-ad93c8c9873c	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1387	9991555293	William	Parker	1961-09-10	M	106 Hollins Terrace	AW3 3ZW	\N
1146d18d-c7ae-4bd1-a0e4-af6e3c2d58f8	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1388	9991634487	Poppy	Lewis	1981-03-02	F	74 Holly Drive	AW3 4DX	\N
7ba93bf3-8663-4243-aca4-175025a5a8a0	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000516	\N	Poppy	Lewis	1981-03-02	F	74 Holly Drive	AW3 4DX	\N
9ef44d4f-0fa4-4814-a2a0-d72f5478f948	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1672	9991713670	Elsie	Mills	1959-01-28	F	56 Orchard Drive	AW1 8TL	\N
1931859e-0339-4b72-b7b9-525441ddcc83	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1480	9991792864	Laura	Adeyemi	1987-01-05	F	118 Princess Terrace	AW2 7DN	\N
c4e5499e-24fb-43ff-8ace-10b69a0103cb	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1483	9991872051	Ravi	Kelly	1998-04-20	M	47 Station Crescent	AW2 6SL	\N
ddec5546-9bb9-42c4-b646-fdd0174a3ee7	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1484	9991951245	Alice	Barker	2024-11-14	F	47 Station Crescent	AW2 6SL	\N
5ade7013-5b43-4afa-8e51-1886c6fe92ca	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000517	\N	Alice	Barker	2024-11-14	F	47 Station Crescent	AW2 6SL	\N
226d2570-8930-4fcf-8c0c-cfcdc634aeb4	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1487	9992030437	Piotr	Kelly	2025-02-18	M	47 Station Crescent	AW2 6SL	\N
9d32e778-33de-4454-857b-122247885c67	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000518	9992030437	Piotr	Kelly	2025-02-18	M	49 Rowan Crescent	AW2 4EZ	\N
f5d15ee9-e5f9-465c-8332-5b4207b67423	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1489	9992109629	Andrew	Kelly	2020-02-15	M	47 Station Crescent	AW2 6SL	\N
f36d2a96-8583-4372-90c1-7c1bb52d6fc9	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	A353200124004	\N	Andrew	Kelly	2020-02-15	M	47 Station Crescent	AW2 6SL	P81002
d2529d5b-b540-4352-a3a3-da4770d8b86b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000519	\N	Andrew	Kelly	2020-02-15	M	47 Station Crescent	AW2 6SL	\N
2bc8a0f2-6bc7-401f-be32-3b9b861d632c	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1390	9992188812	Charlie	Lee	1982-06-12	M	59 Park Road	AW3 5BS	\N
145be44b-2101-4eef-bff1-f80176438cb1	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000520	\N	Charlie	Lee	1982-06-12	M	59 Park Road	AW3 5BS	\N
b40701ec-9d7c-4e09-a3ef-43d1b38ac32a	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1391	9992347198	Freya	Lee	1983-06-28	F	54 Holly Drive	AW3 4DW	\N
439dcb4f-bc39-488e-b575-c1fc45607b17	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1392	9992426381	Theo	Lee	2008-09-29	M	59 Park Road	AW3 5BS	\N
99ff6c57-fed4-4c49-9869-a5aed298e241	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000521	9992426381	Theo	Lee	2008-09-29	M	59 Park Road	AW3 5BS	\N
4ab7c991-6a1f-4ddd-990e-d2d814c54580	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1393	9992505575	Nicholas	Lee	2008-02-11	M	59 Park Road	AW3 5BS	\N
4390f93c-4c09-44b7-bf71-d1976495bc6c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000522	9992505575	Nicholas	Lee	2008-02-11	M	53 Holly Road	AW1 5XA	\N
acb14b54-3f21-4fbc-be4d-8cdf3f605a33	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1396	9992584769	Leo	Holmes	2007-05-15	M	19 Coronation Street	AW3 9XX	\N
0ee70f59-310d-4ac7-afd7-684ab73f744c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000523	\N	Leo	Holmes	2007-05-15	M	19 Coronation Street	AW3 9XX	\N
90fe9b5d-22af-4eaa-89fb-8c3c12b06390	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1397	9992663952	Emily	Mensah	1980-01-08	F	47 Laurel Lane	AW2 1QD	\N
ed203404-b559-46d6-95d4-36fdc91ede8b	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1398	9992822333	Albie	Mensah	1976-05-03	M	78 Canal Close	AW3 3GB	\N
b5747f41-e31f-43ba-ae6c-2e750edb4638	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000524	9992822333	Albie	Mensah	1976-05-03	M	78 Canal Close	AW3 3GB	\N
19588f14-8c19-40cf-baaa-ffd34366253a	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1400	9992901527	Abigail	Mensah	1953-07-26	F	78 Canal Close	AW3 3GB	\N
d2e6f265-0ac7-465d-8c28-829fec6cf9b5	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1401	9992980710	Bill	Mensah	2008-06-13	M	78 Canal Close	AW3 3GB	\N
037fb52a-519c-47b7-b23b-87c5b168e49d	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000525	\N	William	Mensah	2008-06-13	M	78 Canal Close	AW3 3GB	\N
5bf66c7a-69b1-4079-998b-9de03f4960f8	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1402	9993059900	Noah	Mensah	2009-11-21	M	78 Canal Close	AW3 3GB	\N
37cd04a1-f4ab-4f8d-8b15-526b37304d13	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	K353400014007	9993059900	Noah	Mensah	2009-11-21	M	78 Canal Close	AW3 3GB	P81003
dc2bbb4e-78c8-4a84-84f6-0108418bf63f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000526	9993059900	Noah	Mensah	2009-11-21	M	78 Canal Close	AW3 3GB	\N
4c1e89a7-a90f-4225-9894-36ade4b22bc2	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1404	9993139092	Joseph	Fernández	1977-10-31	M	28 Well Street	AW3 2QU	\N
8b03a303-55f8-4d60-9b9c-92564b1869a6	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1405	9993218286	Teddy	Fernández	2007-11-29	M	28 Well Street	AW3 2QU	\N
e4c0377a-3074-4ccb-8d63-2bad89b3ca16	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000527	9993218286	Teddy	Fernández	2007-11-29	M	28 Well Street	AW3 2QU	\N
ed493d31-aacb-4334-b5de-d081538c0f27	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1407	9993455857	Oscar	Anderson	1955-07-13	M	118 Hollins Terrace	AW3 3ZW	\N
235de4e9-34c9-487d-a79e-2bffe91593ca	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1674	9993535044	Patricia	Turer	1971-11-02	F	27 Spring Drive	AW1 9DG	\N
1d74c752-8689-4f59-abfd-577d146d2d33	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000528	\N	Patricia	Turner	1971-11-02	F	27 Spring Drive	AW1 9DG	\N
cc6a1386-ef4e-4772-9597-2c69a675ed03	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1677	9993614238	Richard	Turner	1974-11-15	M	27 Spring Drive	AW1 9DG	\N
0a6503a8-3d29-478c-b650-7bb321f1a845	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000529	\N	Richard	Turner	1974-11-15	M	27 Spring Drive	AW1 9DG	\N
187ef916-2854-413b-b4c0-94dc145148bb	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1680	9993693421	Archie	Knight	1997-04-07	M	59 Heath Road	AW1 7JE	\N
6ff30e02-5790-4752-8e50-a5b0dbe9289e	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1408	9993772615	Ivy	Campbell	1959-07-11	F	120 Railway Drive	AW2 3LN	\N
1aabf76d-de3f-480d-8351-52ad88b19402	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000530	\N	Ivy	Campbell	1959-07-11	F	66 Holly Drive	AW3 4DX	\N
7fdfa554-5c72-4fea-9ac6-f2afc11da4d0	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000531	\N	Theo	Campbell	1953-01-10	M	66 Holly Drive	AW3 4DX	\N
7bb5ebce-dea4-4050-8528-2e4e9ae59629	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1683	9993930997	Susan	Anderson	1976-12-30	F	46 Spring Drive	AW1 9DH	\N
7f83fcc0-547e-4c33-a529-851e92aaa13a	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000532	9993930997	Susan	Anderson	1976-12-30	F	97 Heath Road	AW1 7JG	\N
49ba866f-d190-4a79-8a78-1b287cac129f	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1685	9994010182	Daniel	Anderson	1971-07-19	M	46 Spring Drive	AW1 9DH	\N
726a36f0-0e26-4d9f-aed8-fa7deb5921d7	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000533	9994010182	Dan	Anderson	1971-07-19	M	46 Spring Drive	AW1 9DH	\N
448117b0-c49f-4fdf-ad2b-4070e2ba8843	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1688	9994089374	Kwame	Hill	2005-06-01	M	Flat 8, 62 Orchard Drive	AW1 8TN	\N
b69492e0-af27-4f17-9850-a9e6068e994b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000534	\N	Kwame	Hill	2005-06-01	M	Flat 8, 62 Orchard Drive	AW1 8TN	\N
1e579c0f-edb0-4080-9d1f-f07845ecb09f	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1492	\N	Isabella	Barker	1946-05-18	F	101 Station Crescent	AW2 6SQ	\N
635a5237-ef45-46da-b42a-2a8af30fd9fa	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000535	\N	Isabella	Barker	1946-05-18	F	101 Station Crescent	AW2 6SQ	\N
bcdb9cf6-df22-4735-9624-05b0e5e7eac5	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1689	9994326945	Freddie	Evans	2000-09-06	M	Flat 6, 39 Derby Way	AW1 6UJ	\N
cc24163b-1bea-48f0-935b-9441810c683b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000536	9994326945	Freddie	Evans	2000-09-06	M	Flat 6, 39 Derby Way	AW1 6UJ	\N
41f83fc8-c556-41ff-937c-c61c3366bff1	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1692	9994406132	Oluwaseun	Evans	1971-04-23	F	Flat 6, 39 Derby Way	AW1 6UJ	\N
3640688c-dca4-434e-812b-c5a91854386f	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1694	9994485326	Theo	Evans	2024-10-14	M	Flat 6, 39 Derby Way	AW1 6UJ	\N
2616b28c-7c06-437a-8ecf-85224d9ee4b4	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000537	9994485326	Theo	Evans	2024-10-14	M	Flat 6, 39 Derby Way	AW1 6UJ	\N
35bf1534-e9b8-461a-bf56-6b2b85e40b15	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1696	9994643703	Evelyn	Evans	2025-08-21	F	Flat 6, 39 Derby Way	AW1 6UJ	\N
1ba913af-9b38-4fbe-af0a-dc9127506cc6	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000538	9994643703	Evelyn	Evans	2025-08-21	F	Flat 6, 39 Derby Way	AW1 6UJ	\N
ea7b1ff3-91d1-44e9-9ead-a834ecac764d	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1697	9994722891	Freya	Evans	2024-11-11	F	Flat 6, 39 Derby Way	AW1 6UJ	\N
a3c54d31-d971-4d56-826c-7e1cba09ee86	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000539	\N	Freya	Evans	2024-11-11	F	Flat 6, 39 Derby Way	AW1 6UJ	\N
df9b6be3-fddc-4dfe-808c-0da636c73370	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1699	9994802089	Agnieszka	Phillips	1983-05-04	F	93 Holly Road	AW1 5XD	\N
fc537a83-ac53-4de7-b617-d779a8fb2bc2	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1702	9994881272	Agnieszka	Phillips	2008-03-29	F	Flat 9, 57 Heath Road	AW1 7JE	\N
be60eb4a-851b-4481-9c53-57879e79b201	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000540	\N	Agnieszka	Phillips	2008-03-29	F	Flat 9, 57 Heath Road	AW1 7JE	\N
b6f03547-c9a2-4f2c-a808-d0c3b9d46a85	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1703	9994960466	Ava	Phillips	2010-05-15	F	Flat 9, 57 Heath Road	AW1 7JE	\N
208800ad-1d16-49e9-a561-c87b875b5151	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	Z353400014008	\N	Ava	Phillips	2010-05-15	F	Flat 9, 57 Heath Road	AW1 7JE	P81001
9a622264-ad9d-494e-a6fa-d006f04b7ca3	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000541	9994960466	Ava	Phillips	2010-05-15	F	Flat 9, 57 Heath Road	AW1 7JE	\N
da3fb73c-9857-4ce8-ad76-8248c692f2ca	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1705	9995039656	Michael	Phillips	2016-02-20	M	Flat 9, 57 Heath Road	AW1 7JE	\N
5be3f74c-6c9a-4507-89bc-fbaaf8b77119	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	B353200020006	9995039656	Michael	Phillips	2016-02-20	M	Flat 9, 57 Heath Road	AW1 7JE	P81001
1201922f-b528-436f-95c2-55b4b096e476	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000542	9995039656	Michael	Phillips	2016-02-20	M	Flat 9, 57 Heath Road	AW1 7JE	\N
0919e1c0-53a2-4334-9a57-55d6a3c5ff4b	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1494	9995198037	Arlo	Anderson	1979-10-14	M	67 Rowan Crescent	AW2 4FA	\N
1e1bbbef-224e-45c0-8485-0ff6903ac159	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1497	9995277220	Fatima	Anderson	1981-10-20	F	67 Rowan Crescent	AW2 4FA	\N
f4bda4a3-7a35-42a9-b2c6-e600f7110e0d	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1500	9995356414	Michael	Anderson	2008-08-20	M	67 Rowan Crescent	AW2 4FA	\N
e08471b9-1885-4a50-80f2-0ef864efdc50	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000543	\N	Michael	Anderson	2008-08-20	M	67 Rowan Crescent	AW2 4FA	\N
7e120b53-5c51-47cf-bd11-bc066bd16dbf	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000544	9995435608	David	Russell	2000-09-28	M	32 Holly Drive	AW3 4DU	\N
46174424-66a0-4b7a-b62a-8fce7924ff91	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1409	9995673177	Anthony	Palmer	1991-01-19	M	23 Railway Drive	AW2 3LF	\N
3a7fe47e-9045-41a1-825f-e8e9a666403a	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1707	9995752360	Oliver	Collins	1954-04-22	M	68 Spring Drive	AW1 9DJ	\N
f93e9926-61e9-4d2c-8aef-6aa3927e49fe	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1710	9995831554	Phoebe	Rogers	1961-04-01	F	Flat 12, 28 Holly Road	AW1 5WZ	\N
fc4bb375-f44c-4ccd-b3af-7615c00a949d	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1501	9995910748	Edward	Thompson	1984-09-28	M	90 Laurel Lane	AW2 1QF	\N
55a1e005-3cc4-43bf-8fe9-5261e4c46f93	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1503	9996069125	Fatima	Thompson	1980-02-26	F	90 Laurel Lane	AW2 1QF	\N
30af2dd9-6e9a-48cf-9bb2-85b12b3dee40	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1504	9996148319	Roman	Thompson	2017-12-19	M	90 Laurel Lane	AW2 1QF	\N
9c735da0-3efc-4af6-98a8-7c7f4bfd3a9a	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	P353200122003	9996148319	Roman	Thompson	2017-12-19	M	90 Laurel Lane	AW2 1QF	P81002
066793f2-567d-4e81-80bc-40c66b81a83a	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000545	\N	Roman	Thompson	2017-12-19	M	90 Laurel Lane	AW2 1QF	\N
a36875e2-efe5-4534-871a-8f9e6e516f0d	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1507	9996227502	Ruby	Thompson	2008-03-11	F	90 Laurel Lane	AW2 1QF	\N
e164033b-7233-42a8-942e-8a18fbbeeaaf	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000546	9996227502	Ruby	Thompson	2008-03-11	F	90 Laurel Lane	AW2 1QF	\N
5e64531f-c3f4-440d-8334-18c4d7f81873	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1508	9996306690	Sebastian	Thompson	2015-12-27	M	90 Laurel Lane	AW2 1QF	\N
755a62d2-9a0b-4d77-a701-32a56970e5cb	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	K353200120006	\N	Sebastian	Thompson	2015-12-27	M	90 Laurel Lane	AW2 1QF	P81002
267215b5-b3f8-4531-a1fa-337ee84e26ac	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000547	9996306690	Sebastian	Thompson	2015-12-27	M	90 Laurel Lane	AW2 1QF	\N
294a9766-4430-45dc-9d0d-5438b8c6746c	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1510	9996385884	Isabelle	Thompson	2008-10-25	F	90 Laurel Lane	AW2 1QF	\N
00e6cc16-b8f4-41c8-9b37-c2b313448d51	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000548	9996385884	Isabelle	Thompson	2008-10-25	F	90 Laurel Lane	AW2 1QF	\N
775f9650-df92-407b-b288-4021ff206d0c	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1712	9996465071	George	Bailey	1970-10-30	M	55 Heath Road	AW1 7JE	\N
76a6a474-85a6-4192-9399-6521ae0dfdbc	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000549	9996465071	George	Bailey	1970-10-30	M	55 Heath Road	AW1 7JE	\N
d27fe7df-9f59-439b-86a5-ccc4d5a40528	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1715	9996544265	Rosie	Stevens	1988-07-04	F	17 Heath Road	AW1 7JB	\N
d1b91a94-6e7c-45b6-9c12-fced3077a238	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000550	9996544265	Rosie	Stevens	1988-07-04	F	17 Heath Road	AW1 7JB	\N
e4a9ca8e-da23-4c4e-aed6-ad8aee1722c9	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1717	9996623459	Charlie	Stevens	1982-08-29	M	17 Heath Road	AW1 7JB	\N
1f0a2da9-97a0-4b73-b22b-1dbbe891baf4	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1718	9996702642	Charlie	Stevens	2010-08-07	M	17 Heath Road	AW1 7JB	\N
a9fc8407-b642-471f-8e83-bda3b256ee44	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	N353400014009	9996702642	Charlie	Stvens	2010-08-07	M	17 Heath Road	AW1 7JB	P81001
7fa0218f-ae39-4d52-9e89-f10ea71e6ab8	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000551	9996702642	Charlie	Stevens	2010-08-07	M	14 Hollins Terrace	AW3 3ZQ	\N
977b5345-6ba9-41fc-906e-c1d81b46536f	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1721	9996781836	Thomas	Hussain	2004-09-18	M	Flat 4, 62 Holly Road	AW1 5XB	\N
b2373dc2-a322-41e5-9f8a-e012e883656c	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1722	9996861023	Rachel	Wilkinson	1973-02-14	F	22 Heath Road	AW1 7JD	\N
7490a9d0-199c-497b-bedb-9aa91e84faed	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000552	9996861023	Rachel	Wilkinson	1973-02-14	F	22 Heath Road	AW1 7JD	\N
82dfcfcc-c80f-48d9-acff-e4838a2e0cf6	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1724	9996940217	Mohammed	Wilkinson	1966-09-25	M	22 Heath Road	AW1 7JD	\N
c9ac210e-3cd0-4821-a042-58587311c95a	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000553	\N	Mohammed	Wilkinson	1966-09-25	M	22 Heath Road	AW1 7JD	\N
617e3e47-fb34-4285-81f4-ecd1d3928886	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1725	9997019407	Tommy	Allen	1977-01-08	M	39 Hill Grove	AW1 4EQ	\N
f925d99c-d23a-4a23-b82f-fc3e55eed1e2	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000554	9997019407	Tommy	Allen	1977-01-08	M	84 Derby Way	AW1 6UP	\N
c2131b14-b6d9-4334-9e00-89f6a3961cfd	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1410	9997098595	Isabelle	Russell	1984-05-28	F	1 Canal Close	AW3 3FY	\N
d0d9dc39-b7e5-4773-bba1-d3b19fceb101	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000555	9997098595	Isabelle	Russell	1984-05-28	F	1 Canal Close	AW3 3FY	\N
2f1a271c-6f4a-49ac-b191-9b2313f57ec5	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1511	9997177789	Samantha	Baker	1957-02-15	F	111 Railway Drive	AW2 3LL	\N
64448fae-3740-4a51-b4bf-3ca42c3ded01	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1514	9997256972	Daisy	Bell	1990-08-11	F	Flat 7, 69 Princess Terrace	AW2 7DJ	\N
79058f0f-3490-4342-8bdc-036c9b4b6736	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1516	9997415353	Arlo	Bell	1988-09-25	M	Flat 7, 69 Princess Terrace	AW2 7DJ	\N
5907a29a-fefc-453a-bcca-ed33e4cb873e	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1519	9997494547	Patricia	Bell	2021-11-17	F	Flat 7, 69 Princess Terrace	AW2 7DJ	\N
a3aed78e-ffe6-4ee7-8ff4-685bd3ec37d1	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000556	\N	Patricia	Bell	2021-11-17	F	Flat 7, 69 Princess Terrace	AW2 7DJ	\N
722ece1b-863a-47d8-861b-875a489b6536	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1522	9997573730	Chidi	Bell	2021-11-13	M	Flat 7, 69 Princess Terrace	AW2 7DJ	\N
286167a0-7484-4c9c-a8aa-dd1148731718	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000557	9997573730	Chidi	Bell	2021-11-13	M	Flat 7, 69 Princess Terrace	AW2 7DJ	\N
1e0763f8-5f11-4ee4-a2d6-867d34bbe73a	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1525	9997652924	Yusuf	Hunt	2002-06-28	M	105 Station Crescent	AW2 6SQ	\N
a61b6754-d10c-46d1-bc38-86d4f8fbdc45	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1526	9997732111	Harry	Hunt	2024-12-27	M	105 Station Crescent	AW2 6SQ	\N
3d23ff6c-591c-4d33-9a86-a40426997a0e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000558	\N	Harry	Hunt	2024-12-27	M	105 Station Crescent	AW2 6SQ	\N
d0f7bca2-b818-4b9c-ba04-adc989b9d44a	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1528	9997811305	Nicholas	Hunt	2025-01-08	M	105 Station Crescent	AW2 6SQ	\N
f55bf2ff-3d14-441d-8cc5-1d67f048b77e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000559	\N	Nicholas	Hunt	2025-01-08	M	105 Station Crescent	AW2 6SQ	\N
3c9d3cf1-f99c-4809-9442-48880f8a14bd	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1529	9997890493	Niamh	Hunt	2022-06-14	F	105 Station Crescent	AW2 6SQ	\N
bcc22c94-fe26-42ce-b6f5-caa81110dda2	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000560	\N	Niamh	Hunt	2022-06-14	F	105 Station Crescent	AW2 6SQ	\N
12e8f619-58da-4347-a9cb-69327c826326	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1413	9997969685	Finley	Kaur	1992-04-21	M	8 Canal Close	AW3 3FY	\N
25849eb0-def9-427c-b1b5-51c35082ad6f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000561	\N	Finley	Kaur	1992-04-21	M	8 Canal Close	AW3 3FY	\N
ca00eebc-e887-490a-b6bd-32d22c9c3cbe	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1415	9998048877	Evelyn	Kaur	1987-07-23	F	8 Canal Close	AW3 3FY	\N
354cd81a-867e-4f80-97ad-a651c9ef5ac2	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1416	9998128064	Isabelle	Kaur	2014-09-21	F	98 Princess Terrace	AW2 7DL	\N
f6981366-626b-4821-865f-70835955a961	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	D353200219004	\N	Isabelle	Kaur	2014-09-21	F	8 Canal Close	AW3 3FY	\N
c649ed72-28ba-420e-82f3-8ff05f805e89	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000562	9998128064	Isabelle	Kaur	2014-09-21	F	8 Canal Close	AW3 3FY	\N
55e9f18c-b066-48b0-abe5-017223766277	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1417	9998207258	Oliver	Kaur	2013-01-01	M	8 Canal Close	AW3 3FY	\N
419963f2-8552-4bb6-b155-02949fc8a6ac	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	Y353400117005	9998207258	Oliver	Kaur	2013-01-01	M	8 Canal Close	AW3 3FY	P81003
fb018063-15d2-414f-8a6e-0d2070e86228	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000563	9998207258	Oliver	Kaur	2013-01-01	M	8 Canal Close	AW3 3FY	\N
c6932a68-9151-4dbe-9d4e-520f27922067	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1420	9998286441	Ava	Kaur	2014-03-04	F	8 Canal Close	AW3 3FY	\N
9c9d5f64-5d34-4722-b44e-0933d6786f90	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	W353400018012	9998286441	Ava	Kaur	2014-03-04	F	8 Canal Close	AW3 3FY	P81003
beee1bfe-965e-4fe1-b8ce-b47db5848f86	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000564	9998286441	Ava	Kaur	2014-03-04	F	8 Canal Close	AW3 3FY	\N
8351bebe-cc9e-4a41-9cc5-4f8c40ed4208	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1422	9998365635	Maryam	Akhtar	1991-08-29	F	17 Canal Close	AW3 3FY	\N
1660d9f0-5755-4aa5-9034-bab331dd2ae1	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1424	9998444829	Stephen	Akhtar	2017-05-16	M	17 Canal Close	AW3 3FY	\N
521fedc1-1dc7-4eeb-80c4-b6ebb707fb80	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	B353200221004	9998444829	Stephen	Akhtar	2017-05-16	M	17 Canal Close	AW3 3FY	P81003
b3cbfc49-02c7-4f66-aa4b-5e0ee270211d	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000565	9998444829	Stephen	Akhtar	2017-05-16	M	17 Canal Close	AW3 3FY	\N
57c3818f-0d9a-411b-9879-5de7d7500a28	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1427	9998524016	Maryam	Akhtar	2022-11-20	F	17 Canal Close	AW3 3FY	\N
4a1d9df9-e633-4cbf-9f56-a3ca9e0ba221	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000566	\N	Maryam	Akhtar	2022-11-20	F	17 Canal Close	AW3 3FY	\N
22246e1f-bb57-4f7b-ad70-a580a7d78bc3	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1429	9998682398	Finley	Akhtar	2022-11-20	M	17 Canal Close	AW3 3FY	\N
2e75e914-ae72-4f71-8dca-dccbe9cb2550	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000567	9998682398	Finley	Akhtar	2022-11-20	M	17 Canal Close	AW3 3FY	\N
c2eb50d7-777d-4a3a-a8d2-5858530e291c	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1531	9998761581	Charlotte	Rogers	1958-05-14	F	40 Princess Terrace	AW2 7DH	\N
b3e771a9-c1ec-40c7-a547-6d91393e0e23	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1534	9998840775	Ravi	Rogers	1958-12-05	M	40 Princess Terrace	AW2 7DH	\N
cd3b45e9-153b-4825-a2d1-b705931a35a9	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000568	9998840775	Ravi	Rogers	1958-12-05	M	40 Princess Terrace	AW2 7DH	\N
be987d01-09ea-4fd4-878a-9873dfcb17aa	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1431	9998919967	Chiamaka	Chapman	1942-03-25	F	35 Well Street	AW3 2QU	\N
356c73a9-4088-4554-a77a-2d5c7042855e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000569	9998919967	Chiamaka	Chapman	1942-03-25	F	35 Well Street	AW3 2QU	\N
0e7fcbb8-4d08-4a85-ae2b-17225d62d2bb	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000570	9998999154	Elijah	Chapman	1937-03-30	M	35 Well Street	AW3 2QU	\N
0641ff72-f062-4761-a805-06982a791310	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1535	9999078346	Hannah	Gray	1966-12-05	F	115 Station Crescent	AW2 6SQ	\N
df178ead-b598-40f7-945f-bfeeca1bcdc8	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1537	9999236723	Edward	Gray	1962-03-18	M	115 Station Crescent	AW2 6SQ	\N
a834bffc-83ce-4439-a082-a43561bd13fc	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1728	9999315917	Yusuf	Edwards	2005-10-03	M	119 Hollins Terrace	AW3 3ZW	\N
4d3618e9-2bcf-4115-9824-0db2a12b4d77	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1433	9999395104	Stephen	Müller	1984-01-15	M	66 Canal Close	AW3 3GB	\N
ad0a39b5-6d21-4057-a342-bcf04a512a22	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000571	9999395104	Stephen	Müller	1984-01-15	M	66 Canal Close	AW3 3GB	\N
f61b7e6a-9c91-4bc8-b124-7a637a17d2d5	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1731	9999474292	Theodore	Wright	1980-02-22	M	6 Holly Road	AW1 5WY	\N
5af26871-34f0-4c45-a57d-e67ffc3ee55d	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1734	9999553486	Andrew	Wright	2008-04-15	M	6 Holly Road	AW1 5WY	\N
e935a837-f26c-4541-a52e-dd6ae6c1b1d9	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000572	9999553486	Andrew	Wright	2008-04-15	M	6 Holly Road	AW1 5WY	\N
82ad531c-545e-4fea-8077-5c51b884572b	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1736	9999711863	Matthew	Wright	2008-08-17	M	6 Holly Road	AW1 5WY	\N
30e17a88-ce71-4c27-9603-f0e729995a67	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000573	9999711863	Matthew	Wright	2008-08-17	M	6 Holly Road	AW1 5WY	\N
de360a04-a678-4570-ac8a-eb1f75b109e4	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1737	9999791050	Aisha	Wright	2007-09-05	F	6 Holly Road	AW1 5WY	\N
4d374a67-dd5d-49bf-9d8c-3712660ade68	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000574	9999791050	Aisha	Wright	2007-09-05	F	6 Holly Road	AW1 5WY	\N
f1476d01-e132-4bae-9994-1640dff38d83	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1738	9999870244	Mia	Hill	1940-10-29	F	6 Ridgeway Crescent	AW1 3GU	\N
de82efd6-1cde-4d34-a94f-2cc740f7abe7	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000575	9999870244	Mia	Hill	1940-10-29	F	102 Ridgeway Crescent	AW1 3HA	\N
a8ce069e-29c9-4983-8266-82396978f0a2	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1434	9999949436	Maya	Foster	1959-11-16	F	Flat 10, 103 Park Road	AW3 5BW	\N
939ac5c8-6b2e-4698-bd2d-6d6cf597e01d	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1539	9990028621	Jude	Carter	2001-10-25	M	74 Princess Terrace	AW2 7DJ	\N
dea3fedf-ee88-4a1c-81b3-15466dadbced	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000576	\N	Jude	Carer	2001-10-25	M	74 Princess Terrace	AW2 7DJ	\N
8dec80f3-a006-4ff3-a11b-ef7393424a88	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1542	9990107815	Aisha	Carter	2000-06-02	F	74 Princess Terrace	AW2 7DJ	\N
2e797cff-a16a-4aa9-a65b-662b0a773ace	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000577	9990107815	Aisha	Carter	2000-06-02	F	74 Princess Terrace	AW2 7DJ	\N
c95bd5e1-8c34-4720-8f88-71684ec099d6	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1545	9990187002	Edward	Carter	1970-04-03	M	74 Princess Terrace	AW2 7DJ	\N
be784d48-f98f-46c5-a3f7-27acfb653548	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1546	9990266190	Maya	Carter	2025-08-21	F	74 Princess Terrace	AW2 7DJ	\N
c6adf923-9287-40a5-9aa5-15d296008d72	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000578	\N	Maya	Carter	2025-08-21	F	74 Princess Terrace	AW2 7DJ	\N
6e0d1b8a-7bba-4014-adcd-aec8a0d535be	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1435	9990345384	Oscar	Davies	1964-07-07	M	82 Coronation Street	AW3 9YB	\N
94aca702-6188-4aa2-9bcf-b1e9b6b79569	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000579	9990345384	Oscar	Davies	1964-07-07	M	82 Coronation Street	AW3 9YB	\N
9011b461-83e8-4d1b-aa2c-d6e9a7339a49	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1739	9990424578	Seán	Watson	1977-11-04	M	50 Hill Grove	AW1 4ER	\N
86645238-90e1-4692-ad04-966c4641a274	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1549	9990503761	Rachel	Ward	1942-11-15	F	43 Green Drive	AW2 8BS	\N
5c18e10f-247c-4da1-9da3-bcd341930fca	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1552	9990582955	Oscar	Ward	1946-01-25	M	43 Green Drive	AW2 8BS	\N
0ceb1c9f-1b58-453d-8b18-60e34780baee	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000580	\N	Oscar	Ward	1946-01-25	M	93 Canal Close	AW3 3GD	\N
892a8f86-7b7c-426a-ab9e-1f49c2eb1ca0	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1553	9990662142	Albie	Kaur	2002-07-25	M	101 Princess Terrace	AW2 7DN	\N
b4a09001-af68-4756-a90f-e6c11defddf2	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1437	\N	Millie	Adeyemi	1995-07-29	F	38 Canal Close	AW3 3FZ	\N
86dc96e6-4aaf-4e4d-9a27-83dae723e7be	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000581	9990741336	Millie	Adeyemi	1995-07-29	F	38 Canal Close	AW3 3FZ	\N
9d20b323-c959-4e91-a074-cdcb07298805	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1438	9990899711	Isaac	Adeyemi	1994-11-07	M	38 Canal Close	AW3 3FZ	\N
1d1ac32b-12f1-4219-bf82-ded40fca5dc0	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000582	9990899711	Isaac	Adeyemi	1994-11-07	M	38 Canal Close	AW3 3FZ	\N
3b5e1766-340a-468e-99d1-85465eee5087	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1555	9990978905	Katherine	Brown-Williams	1983-01-28	F	19 Rowan Crescent	AW2 4EX	\N
ef4cd3d7-0426-490d-81c0-c72fa008ef77	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000583	\N	Katherine	Brown-Williams	1983-01-28	F	19 Rowan Crescent	AW2 4EX	\N
a3bb3382-7e29-40d1-b340-798900c807a3	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1557	9991058095	Finley	Brown-Williams	1985-08-17	M	19 Rowan Crescent	AW2 4EX	\N
352b3934-f299-4597-82ef-1b142ba7c4aa	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1559	9991137289	Sienna	Smith	1978-04-04	F	93 Jubilee Terrace	AW2 8TT	\N
47c93478-1aba-45cf-815f-b187dedeef1b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000584	\N	Sienna	Smith	1978-04-04	F	93 Jubilee Terrace	AW2 8TT	\N
5d4f589a-20e0-4df8-9005-67808d4b4e5a	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1439	9991216472	Susan	Wood	1980-01-23	F	84 Ridgeway Crescent	AW1 3GZ	\N
d3870a90-fbeb-4d44-aa5f-988ed676b3a2	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000585	\N	Susan	Wood	1980-01-23	F	84 Ridgeway Crescent	AW1 3GZ	\N
089601f4-2476-49fa-8a04-c12798e86abb	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1441	9991295666	Roman	Wood	1982-06-27	M	84 Ridgeway Crescent	AW1 3GZ	\N
216f9b5e-7c08-4235-8c3e-f0e70f519c93	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000586	9991295666	Roman	Wood	1982-06-27	M	84 Ridgeway Crescent	AW1 3GZ	\N
5e177bf8-5f8f-4703-ae49-6fd4874eb95c	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1444	9991454047	Emilia	Wood	2008-03-26	F	84 Ridgeway Crescent	AW1 3GZ	\N
61c9188d-59f0-440e-be94-81e33bd8f4d7	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000587	\N	Emilia	Wod	2008-03-26	F	84 Ridgeway Crescent	AW1 3GZ	\N
646c86e5-45ce-436e-9e3f-d890cf28aefd	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1561	9991533230	Florence	Ellis	1994-11-04	F	71 Station Crescent	AW2 6SN	\N
7d1bb20a-d34e-4c02-adaa-dab858f44bb6	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1562	9991612424	Yusuf	Ellis	1991-09-15	M	71 Station Crescent	AW2 6SN	\N
51899e6d-dbe8-41d3-8734-57a59bff8c87	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000588	9991612424	Yusuf	Ellis	1991-09-15	M	71 Station Crescent	AW2 6SN	\N
03534d40-02e6-48b7-8f59-3a7e7f7d5d37	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1563	9991691618	Emilia	Ellis	2014-10-16	F	71 Station Crescent	AW2 6SN	\N
635ef335-fb77-4083-b043-3e0ecbc3015f	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	F353200119003	\N	Emilia	Ellis	2014-10-16	F	71 Station Crescent	AW2 6SN	P81002
1821b253-4762-48a0-9ef9-bff5d1a6b9ed	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000589	\N	Emilia	Ellis	2014-10-16	F	71 Station Crescent	AW2 6SN	\N
e9415723-6395-4ecc-8e59-a2c58c92536c	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1566	9991770801	Robert	Ellis	2025-07-17	M	71 Station Crescent	AW2 6SN	\N
da5b955e-bd16-4959-839d-59dd90640a7b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000590	\N	Robert	Ellis	2025-07-17	M	120 Ridgeway Crescent	AW1 3HB	\N
1ac3cd8d-580b-4483-a9ea-f34fb3ac3894	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1447	9991849998	Seán	Robinson	1991-01-11	M	48 Coronation Street	AW3 9XZ	\N
991786df-60c5-4a53-895d-412db84d5c5c	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1448	9991929185	Zainab	Robinson	1993-12-30	F	48 Coronation Street	AW3 9XZ	\N
2148c400-c83e-44bb-9620-c49a2c79cc3f	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1449	9992008377	Abigail	Robinson	2010-09-13	F	48 Coronation Street	AW3 9XZ	\N
3453b07b-6a21-48f6-94be-16cfb23ba327	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	Q353400115006	9992008377	Abigail	Robinson	2010-09-13	F	10 Holly Road	AW1 5WY	P81003
c0fe8e41-5130-4fc5-b6a6-2dbe5c0f2027	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000591	9992008377	Abigail	Robiinson	2010-09-13	F	48 Coronation Street	AW3 9XZ	\N
ba63356e-b3c8-4a50-9f27-b4d9febb7e47	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1450	9992087560	Poppy	Robinson	2022-10-18	F	48 Coronation Street	AW3 9XZ	\N
a3f06bde-bb58-4af7-97d9-04e04d67f864	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000592	\N	Poppy	Robinson	2022-10-18	F	48 Coronation Street	AW3 9XZ	\N
44295efe-a4d9-47de-b147-65c2b36ae21c	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1741	9992166754	Mason	Cook	1989-05-04	M	93 Spring Drive	AW1 9DL	\N
d6057cfc-21a0-4767-a57e-220efca82c52	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1744	9992245948	Phoebe	Cook	1990-01-29	F	93 Spring Drive	AW1 9DL	\N
534f04bd-4972-4a0c-8194-928f79f5d2dc	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1745	\N	Laura	Cook	2011-12-05	F	93 Spring Drive	AW1 9DL	\N
bdeb72ec-6d90-4e94-b8d5-444a895d84a1	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	K353400016009	\N	Laura	Cook	2011-12-05	F	93 Spring Drive	AW1 9DL	P81001
d7ebb5be-0c68-4731-a385-e79ede7c1d34	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000593	9992325135	Laura	Cook	2011-12-05	F	93 Spring Drive	AW1 9DL	\N
e0fe8c51-6d34-4353-bc2d-a04930ea7f35	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1746	9992404329	Luca	Cook	2021-09-16	M	93 Spring Drive	AW1 9DL	\N
ddcff57d-bb08-466e-87d6-1cc94271fa3e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000594	9992404329	Luca	Cooke	2021-09-16	M	93 Spring Drive	AW1 9DL	\N
1fc3312c-c936-41a1-a3be-031e9038509d	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1747	\N	Daniel	Carter	2023-01-22	M	93 Spring Drive	AW1 9DL	\N
5e4f5652-7235-461f-bb92-c661e5b8c01b	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000595	\N	Daniel	Carter	2023-01-22	M	93 Spring Drive	AW1 9DL	\N
2a832105-d9b0-4b1c-9efd-122d844a3033	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1748	9992562706	Daisy	Caeter	1941-01-24	F	Flat 6, 106 Ridgeway Crescent	AW1 3HA	\N
053437a4-fd17-418d-89f4-f10673a65a18	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000596	9992562706	Daisy	Carter	1941-01-24	F	Flat 6, 106 Ridgeway Crescent	AW1 3HA	\N
65c438be-a811-4481-9ffd-3f7f73520a9f	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1750	9992641894	Andrew	Carter	1940-10-26	M	Flat 6, 106 Ridgeway Crescent	AW1 3HA	\N
bc5099f3-a229-4fc6-aeaa-7d94b9df1539	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1752	9992721081	Amelia	Thommas	1987-09-15	F	57 Derby Way	AW1 6UL	\N
95cf4944-9605-425d-a494-677431a4a0ca	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000597	9992721081	Millie	Thomas	1987-09-15	F	57 Derby Way	AW1 6UL	\N
16a708d3-b70f-492b-b1f4-b5b20d3e9bb6	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000598	9992800275	Oscar	Thomas	1982-05-16	M	57 Derby Way	AW1 6UL	\N
b25a1602-895b-4684-893c-9bd950eb235b	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1755	9992879467	Sophia	Young	2001-06-28	F	36 Ridgeway Crescent	AW1 3GW	\N
b98fb16f-69d5-48b6-ae41-1caa01d36d47	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1758	9992958650	Leo	Young	1995-04-24	M	36 Ridgeway Crescent	AW1 3GW	\N
c4f99115-d078-45b6-bd71-bc55c368f41d	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000599	9992958650	Leo	Young	1995-04-24	M	36 Ridgeway Crescent	AW1 3GW	\N
dfc04981-d4f0-480c-96b2-04c9c2b3fb11	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1759	9993037842	Ava	Young	2021-03-09	F	36 Ridgeway Crescent	AW1 3GW	\N
211cc973-a645-42d0-a005-20aae087b565	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	J353200025008	9993037842	Ava	Young	2021-03-09	F	36 Ridgeway Crescent	AW1 3GW	P81001
1c58e28c-6642-4427-96be-865e00aca9d5	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000600	\N	Ava	Young	2021-03-09	F	36 Ridgeway Crescent	AW1 3GW	\N
02113b61-ce5f-4061-a5fd-18c1b53d61ff	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1568	9993196223	Maya	Brown	1984-08-15	F	37 Princess Terrace	AW2 7DG	\N
5175c2a6-695b-420a-9d24-8a9c1f42748d	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000601	9993196223	Maya	Brown	1984-08-15	F	37 Princess Terrace	AW2 7DG	\N
0d256cd6-4c57-4af2-b2e1-f4d780ac63d8	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1569	9993275417	Ibrahim	Brown	1978-07-20	M	15 Spring Drive	AW1 9DF	\N
a4e6a506-3376-4eba-8b8a-2a911fe4b664	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000602	9993275417	Ibrahim	Brown	1978-07-20	M	37 Princess Terrace	AW2 7DG	\N
c6c9e168-43e7-495d-bec1-56c77ff4fad4	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1570	9993354600	Jacob	Brown	2012-03-29	M	37 Princess Terrace	AW2 7DG	\N
7ff1aadd-3dd4-4859-beda-4198a2e2248d	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	E353400116010	9993354600	Jacob	Brown	2012-03-29	M	37 Princess Terrace	AW2 7DG	P81002
f097a367-76a0-4041-8c80-b48bf805c28e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000603	9993354600	Jacob	Brown	2012-03-29	M	37 Princess Terrace	AW2 7DG	\N
420ebec8-306b-4fbb-9f10-32f157954d13	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1571	9993433799	Lucas	Brown	2017-06-11	M	37 Princess Terrace	AW2 7DG	\N
be04f983-dfd9-4994-a7c8-fce8b2c8b7b3	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	W353200121006	9993433799	Lucas	Brown	2017-06-11	M	37 Princess Terrace	AW2 7DG	P81002
c8d1d531-ba87-4997-841d-1ac182c2c1d9	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000604	9993433799	Lucas	Brown	2017-06-11	M	37 Princess Terrace	AW2 7DG	\N
37dff7f6-2c7b-42a4-80db-5cc3346b0422	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1572	9993512982	Siobhan	Brown	2011-11-12	F	37 Princess Terrace	AW2 7DG	\N
0b8d8981-1618-4435-9a80-8a5762cd9569	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	W353400016010	\N	Siobhan	Brown	2011-11-12	F	37 Princess Terrace	AW2 7DG	P81002
d0d02a3d-2bb3-4a06-9e6e-61f1fdc8da9c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000605	9993512982	Siobhan	Brown	2011-11-12	F	37 Princess Terrace	AW2 7DG	\N
ad63a86f-391f-4a0d-b093-a3093b1240d2	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1574	9993671363	Olivia	Brown	2008-01-12	F	37 Princess Terrace	AW2 7DG	\N
714f3790-fc2b-4cf3-ae34-62889ac161e2	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000606	\N	Olivia	Brown	2008-01-12	F	37 Princess Terrace	AW2 7DG	\N
ff9e942d-40f2-4a65-b84d-ab6234795661	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1761	9993750557	Stephen	Chapman	2006-03-06	M	80 Orchard Drive	AW1 8TP	\N
617ca38e-8cfe-4a93-9444-1207a25b7433	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000607	\N	Stephen	Chapman	2006-03-06	M	80 Orchard Drive	AW1 8TP	\N
642c060a-d4be-4b08-a06c-0241075987a6	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1451	9993829749	Michael	Baker	1992-12-29	M	8 Holly Drive	AW3 4DT	\N
92d045d9-1957-40c9-93bb-3ee998412c08	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1454	9993908932	Rachel	Buker	1996-07-22	F	8 Holly Drive	AW3 4DT	\N
6c36a671-ea93-4a7e-acd1-28d09a0a5eb5	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1457	9994067311	Henry	Baker	2015-02-20	M	8 Holly Drive	AW3 4DT	\N
eb5c33fe-db0d-45e9-8bc2-b72fbe417ead	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	T353200219005	9994067311	Henry	Baker	2015-02-20	M	8 Holly Drive	AW3 4DT	P81003
fecc1fb2-e961-45d8-852d-547e7677f535	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000608	9994067311	Henry	Baker	2015-02-20	M	8 Holly Drive	AW3 4DT	\N
d6384308-a727-41b7-b67d-1a92b20f052d	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1458	9994146505	Richard	Baker	2017-04-13	M	8 Holly Drive	AW3 4DT	\N
286dc61e-e10a-4652-81a6-8cabba3950bd	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	Q353200221005	9994146505	Rich	Baker	2017-04-13	M	8 Holly Drive	AW3 4DT	P81003
5fc78ff2-61fc-46a3-93f4-580562f10959	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000609	9994146505	Richard	Baker	2017-04-13	M	8 Holly Drive	AW3 4DT	\N
8c59f2f8-1ef0-4910-82fa-f221ec07c4d6	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1762	9994225693	Priya	Stevens	1998-05-16	F	108 Park Road	AW3 5BW	\N
08c04f9d-5a54-476f-a161-17ecfd7ccae3	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000610	9994225693	Priya	Stevens	1998-05-16	F	7 Orchard Drive	AW1 8TH	\N
7bceabb7-c1cb-4d0a-b02a-3fa7e32a2955	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1765	9994304887	Harry	Stevens	1992-05-31	M	7 Orchard Drive	AW1 8TH	\N
ba1ce0ab-1124-4d03-a7f9-b32854dd3a07	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1460	9994384074	Lucas	Ali	1944-03-10	M	71 Holly Drive	AW3 4DX	\N
cd3e6c9c-b62d-4189-8a3a-3918287c2ca7	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1768	9994463268	Richard	Lloyd Webber	1972-03-30	M	56 Ridgeway Crescent	AW1 3GX	\N
0395ec7b-6b3d-47bd-b697-fab6f1342079	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1576	9994542451	Sienna	Mitchell	1977-09-03	F	95 Station Crescent	AW2 6SP	\N
374c6e9e-9970-4bd4-9a4b-07bcb9e5150d	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1579	9994621645	Mohammed	Mitchell	1974-03-19	M	95 Station Crescent	AW2 6SP	\N
5628a5d6-66ef-4153-9e73-6fc37eb7c2da	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1769	9994700839	Rebecca	Green	1963-04-23	F	70 Orchard Drive	AW1 8TN	\N
96d6e81e-79c0-4fe4-87dd-6c419bf662dc	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1771	9994780026	Samuel	Green	1956-10-30	M	70 Orchard Drive	AW1 8TN	\N
0d8de418-5518-4277-9578-1962b117654e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000611	9994780026	Samuel	Green	1956-10-30	M	70 Orchard Drive	AW1 8TN	\N
d0362fc9-ba9f-435b-b44e-a5bed97e59e0	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1773	9994938401	Samantha	Kelly	2002-12-17	F	37 Ridgeway Crescent	AW1 3GW	\N
4ccbe63c-2d9b-49cc-820b-499645ed618e	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1775	9995017598	Arlo	Kelly	2000-01-28	M	88 Spring Drive	AW1 9DL	\N
a5c9801f-0237-4257-bd93-d809d7278ff5	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1778	9995096781	Ella	Roberts	1965-08-27	F	Flat 8, 57 Derby Way	AW1 6UL	\N
8db426e3-36f9-4214-a5d4-e9931b64a319	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000612	9995096781	Ella	Roberts	1965-08-27	F	Flat 8, 57 Derby Way	AW1 6UL	\N
eb0b5aa2-2d63-4e70-b781-2c495b8a8c2a	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1581	9995175975	Patricia	Graham	2004-09-25	F	29 Green Drive	AW2 8BR	\N
5a5adf57-b762-4c69-89c8-6e275843193c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000613	9995175975	Patricia	Graham	2004-09-25	F	29 Green Drive	AW2 8BR	\N
afa6109d-a65c-4de8-8c50-66a2e9544093	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1582	9995255162	Evelyn	Simpson	1989-04-26	F	118 Station Crescent	AW2 6SQ	\N
7d3026e3-4d81-4d0d-b9b2-b11c4ea9ca50	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1585	9995334356	Laura	Simpson	2012-12-01	F	118 Station Crescent	AW2 6SQ	\N
b29c2b0b-a03c-42f7-ae3e-79cc30362129	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	M353400117006	\N	Laura	Simpson	2012-12-01	F	118 Station Crescent	AW2 6SQ	P81002
c45cc049-ffdd-4f5b-9530-e37aafd24961	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000614	\N	Laura	Simpson	2012-12-01	F	118 Station Crescent	AW2 6SQ	\N
f4f3cd53-b9ec-4f07-b534-07cd4f30dc70	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1588	9995492733	Rachel	White	2011-02-04	F	118 Station Crescent	AW2 6SQ	\N
8aefcbdb-24aa-42ab-a033-a90fa182ffd9	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	E353400115007	\N	Rachel	White	2011-02-04	F	118 Station Crescent	AW2 6SQ	P81002
e908b9ee-e2dd-47fd-a805-6a77d155274f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000615	9995492733	Rachel	White	2011-02-04	F	118 Station Crescent	AW2 6SQ	\N
23dbe1bb-654f-494f-b772-ff88072ed972	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1589	9995571927	Leo	Parker	1998-05-26	M	33 Rowan Crescent	AW2 4EY	\N
9a523bfc-98e8-4f08-a0c4-65258489ecb0	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000616	\N	Leo	Parker	1998-05-26	M	33 Rowan Crescent	AW2 4EY	\N
317ec552-71a4-4d14-814c-464e7fe16102	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1591	9995651114	Samantha	Baker	1981-08-01	F	118 Railway Drive	AW2 3LL	\N
d65adbf2-32f5-4846-a3d8-2771d7d152a5	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000617	9995651114	Samantha	Baker	1981-08-01	F	118 Railway Drive	AW2 3LL	\N
1cba7fa8-ddcb-4f7f-ac2b-7177679aee56	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1592	9995730308	Nicholas	Cooper	1988-04-05	M	91 Hollins Terrace	AW3 3ZU	\N
b8199db8-9289-470a-82f9-a315eb3db362	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000618	9995730308	Nicholas	Cuoper	1988-04-05	M	91 Hollins Terrace	AW3 3ZU	\N
7ed2a461-d697-4163-af82-aac6aeb64619	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1595	9995809494	Agnieszka	Cooper	1983-10-04	F	91 Hollins Terrace	AW3 3ZU	\N
4a8ac4aa-aa76-42b8-86c0-eb221a6b66d6	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1596	9995888688	Deborah	Cooper	1959-10-28	F	91 Hollins Terrace	AW3 3ZU	\N
7b883f90-c1a4-49e6-84a1-45870356f5c0	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000619	\N	Deborah	Cooper	1959-10-28	F	91 Hollins Terrace	AW3 3ZU	\N
bf59b919-42d1-4ed3-931b-0564147b18de	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1599	9995967871	Joshua	Cooper	2020-01-09	M	91 Hollins Terrace	AW3 3ZU	\N
aed88903-de68-42ac-b6fe-180b4b362f7a	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	J353200224004	9995967871	Joshua	Cooper	2020-01-09	M	91 Hollins Terrace	AW3 3ZU	P81002
43cb52de-152f-40b8-ac5f-ad0f8a006889	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000620	\N	Joshua	Cooter	2020-01-09	M	91 Hollins Terrace	AW3 3ZU	\N
2cd8a887-3eb4-4a66-b241-e64e596747b1	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1600	9996047067	Elsie	Cooper	2017-08-18	F	91 Hollins Terrace	AW3 3ZU	\N
bfe29bd8-35f5-4ad4-8073-490b5b1a73b1	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	Y353200021005	9996047067	Elsie	Cooper	2017-08-18	F	91 Hollins Terrace	AW3 3ZU	P81002
6d33acbf-7544-4dff-a826-e901041f8d47	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000621	9996047067	Elsie	Cooper	2017-08-18	F	91 Hollins Terrace	AW3 3ZU	\N
bbb45374-7f7f-4ec1-add1-71d6be32ccee	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1602	9996126250	Jennifer	Griffiths	1968-07-16	F	27 Railway Drive	AW2 3LF	\N
42aa8100-a8b5-4f4e-9d7c-0a11f3485463	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000622	\N	Jennifer	Griffiths	1968-07-16	F	27 Railway Drive	AW2 3LF	\N
108e5e40-185d-4af2-8b11-ab0345ad0c71	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1604	9996205444	Rory	Griffiths	1971-09-08	M	27 Railway Drive	AW2 3LF	\N
67b74dc1-3a29-41fb-9609-b9da26f4fdc9	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000623	9996205444	Rory	Griffiths	1971-09-08	M	27 Railway Drive	AW2 3LF	\N
2b7b57bb-3b8a-4039-adb2-c73cdac4806f	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1461	9996284638	Ruby	Chowdhury	1995-05-19	F	Flat 9, 7 Hollins Terrace	AW3 3ZQ	\N
04b51207-c085-4921-94a9-a9855f69b3f3	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1463	9996363821	Theodore	Chowdhury	1988-10-14	M	Flat 9, 7 Hollins Terrace	AW3 3ZQ	\N
875cbc13-f9fa-4e69-a444-152be8d9765b	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1606	9996443019	Theodore	Mitchell	1988-01-19	M	33 Holly Drive	AW3 4DU	\N
a0413d40-eea8-4e24-a39c-d70d01bb4ed0	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000624	9996443019	Theodore	Mitchell	1988-01-19	M	70 Rowan Crescent	AW2 4FA	\N
b7991954-4c49-4293-9bd9-088947a3cc03	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1609	9996522202	Poppy	Mitchell	1991-02-24	F	70 Rowan Crescent	AW2 4FA	\N
7cc61451-c406-4d0d-bef2-c047e826a6cb	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000625	\N	Poppy	Mitchell	1991-02-24	F	70 Rowan Crescent	AW2 4FA	\N
33e4ad4a-6733-4e0a-b9dd-97bd8e399546	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1610	9996601390	Charlotte	Mitchell	2012-04-13	F	70 Rowan Crescent	AW2 4FA	\N
afca7192-456d-4301-a97f-afc54bcc8175	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	U353400116011	\N	Charlotte	Mitchell	2012-04-13	F	70 Rowan Crescent	AW2 4FA	P81002
4e6bd50b-a9f3-4ed1-95b1-4507c285327f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000626	\N	Charlotte	Mitchell	2012-04-13	F	70 Rowan Crescent	AW2 4FA	\N
b4bfbdb3-5d59-49dd-856d-df244bb4a6d9	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1779	\N	Maya	Davis	1990-08-31	F	Flat 3, 78 Holly Road	AW1 5XB	\N
d2fa0ae9-86cf-4353-a346-42c20f214390	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1780	9996759776	Henry	Davis	1987-04-01	M	Flat 3, 78 Holly Road	AW1 5XB	\N
5a8ee80f-46f4-4fd0-8668-1681640c240b	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1781	9996918157	Yusuf	Davis	1963-03-11	M	Flat 3, 78 Holly Road	AW1 5XB	\N
ab4c810f-1241-4cfd-b59c-b7041e63094c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000627	9996918157	Yusuf	Davis	1963-03-11	M	Flat 3, 78 Holly Road	AW1 5XB	\N
8d5c4e24-293e-4845-9bae-812391ae5704	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1784	9996997340	Teddy	Davis	2009-11-08	M	Flat 3, 78 Holly Road	AW1 5XB	\N
3e1c71b1-ad6d-4314-b79a-956051252138	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	Z353400014010	9996997340	Teddy	Davis	2009-11-08	M	Flat 3, 78 Holly Road	AW1 5XB	P81001
cabee2a5-af80-4d40-a7e7-e053038ecb9d	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000628	\N	Teddy	Davis	2009-11-08	M	Flat 3, 78 Holly Road	AW1 5XB	\N
90c9b417-0b8e-44a0-bc17-4f88634d6aac	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1786	9997076532	Rebecca	Davis	2024-04-10	F	Flat 3, 78 Holly Road	AW1 5XB	\N
a5576cf7-7e43-40fc-8803-fafea5bd41c4	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000629	\N	Rebecca	Davis	2024-04-10	F	Flat 3, 78 Holly Road	AW1 5XB	\N
60362a85-6294-4844-bf91-a777686770dd	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1788	9997155726	Jacob	Davis	2016-02-20	M	Flat 3, 78 Holly Road	AW1 5XB	\N
b6ea1352-17cd-4242-9b49-7b6887ba507c	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	Q353200020007	9997155726	Jacob	Davis	2016-02-20	M	Flat 3, 78 Holly Road	AW1 5XB	P81001
8b9154d3-de09-46e6-873b-448e85511899	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000630	\N	Jacob	Davis	2016-02-20	M	102 Railway Drive	AW2 3LL	\N
9845161a-3f14-4181-b122-503c380be7da	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1611	9997314107	Laura	Mitchell	1950-11-03	F	84 Station Crescent	AW2 6SP	\N
a7e149c3-2ddc-411b-acae-f26411d5891e	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000631	\N	Laura	Mitchell	1950-11-03	F	84 Station Crescent	AW2 6SP	\N
659e33ab-0d5a-4e5c-91ee-c6f620540c1c	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1614	9997393295	Richard	Mitchell	1951-05-31	M	84 Station Crescent	AW2 6SP	\N
7cb8bc12-c512-42b5-83a4-86714bcc8402	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1464	9997472489	Evie	Hill	1997-08-16	F	111 Orchard Drive	AW1 8TQ	\N
820e967f-2c3d-4482-84d0-ba3464509d9c	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000632	\N	Evie	Hill	1997-08-16	F	111 Orchard Drive	AW1 8TQ	\N
f7cb1f85-ec59-434d-91cf-43b18b01267a	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1465	9997551672	Chidi	Hill	1997-03-20	M	111 Orchard Drive	AW1 8TQ	\N
2d1e6e01-21cd-4292-80b0-180849dd2db4	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000633	\N	Chidi	Hill	1997-03-20	M	111 Orchard Drive	AW1 8TQ	\N
1e06b676-a4c5-4fcc-b776-7d4716c25faa	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1467	9997630866	Lily	Davies	1990-01-11	F	11 Park Road	AW3 5BQ	\N
24bd24d5-ce43-4d1c-b6a0-725bacb5cda3	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1470	9997710053	Isaac	Davies	1985-04-27	M	11 Park Road	AW3 5BQ	\N
dd912f1a-876a-47d8-a4cc-ba4bf53e9501	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1471	9997789245	Arthur	Davies	2014-06-16	M	11 Park Road	AW3 5BQ	\N
ebd4fc7d-7d6b-4cfa-8dd2-ba25eead2e2e	2db9e99f-a866-42f2-b0bd-72e4792a0958	schoolRoll	V353400118004	9997789245	Arthur	Davies	2014-06-16	M	11 Park Road	AW3 5BQ	P81003
a531e250-1b54-40d7-901e-e585353b84ad	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000634	9997789245	Arthur	Davies	2014-06-16	M	11 Park Road	AW3 5BQ	\N
da68bdb6-5766-42b4-b7da-b681a0de3b72	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1472	9997868439	Rachel	Davies	2024-01-18	F	11 Park Road	AW3 5BQ	\N
71be9c9e-e47b-4e99-a964-2111739e6380	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000635	\N	Rachel	Davies	2024-01-18	F	11 Park Road	AW3 5BQ	\N
f387c54a-c8aa-425b-a013-3b943c9f64d4	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1475	9997947622	Lucas	Davies	2017-11-11	M	11 Park Road	AW3 5BQ	\N
018b0bd8-d53a-4e05-ab39-5749be2d5c2f	f026e0e2-115e-453e-a487-971324e5741d	schoolRoll	Y353200222003	\N	Lucas	Davies	2017-11-11	M	11 Park Road	AW3 5BQ	P81003
9c0a5355-bb3b-4eac-a7af-821563eabffd	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000636	9997947622	Lucas	Davies	2017-11-11	M	11 Park Road	AW3 5BQ	\N
aaa12fac-abf6-40fd-b77a-19d077a065e5	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1477	9998026814	Samuel	Davies	2022-09-02	M	11 Park Road	AW3 5BQ	\N
93dd222a-9f6f-442b-b9e5-278689b401bb	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000637	9998026814	Samuel	Davies	2022-09-02	M	11 Park Road	AW3 5BQ	\N
b28d0117-7ca7-42a5-a6f6-e4d978f45df8	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1480	9998106001	Niamh	Parker	1980-10-14	F	19 Park Road	AW3 5BQ	\N
41d3bbe3-f734-4be6-bb2d-844fe0f4c3ca	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1617	9998264383	Aisha	Matthews	1984-02-13	F	55 Laurel Lane	AW2 1QD	\N
cd23e614-39db-4b43-89f6-69605480d68f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000638	9998264383	Aisha	Matthews	1984-02-13	F	55 Laurel Lane	AW2 1QD	\N
1e3d7db8-92f3-47f5-82f2-0c05b37081f4	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1619	9998343577	Theo	Matthews	1986-11-05	M	55 Laurel Lane	AW2 1QD	\N
d9c9be2a-6b83-463e-ae39-e8a5266a73d5	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	gpRegistration	1483	9998422760	Lucas	Knight	1940-12-03	M	71 Park Road	AW3 5BT	\N
ab5d222e-2917-4d19-b322-f31ebd13420f	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1791	9998501954	Sebastian	Phillips	1965-08-04	M	30 Ridgeway Crescent	AW1 3GW	\N
045a9e16-f1ff-4b85-aaa5-6b1247cd36c8	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1794	9998581141	Amina	Edwards	1995-04-15	F	32 Rowan Crescent	AW2 4EY	\N
16fccb77-41e7-4109-96a5-193ce2926bd3	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000639	\N	Amina	Edwards	1995-04-15	F	32 Rowan Crescent	AW2 4EY	\N
597f9f18-d6a3-4fa1-9cbc-f5dc1cdacdf8	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1795	9998660335	Isla	Edwards	2021-05-27	F	32 Rowan Crescent	AW2 4EY	\N
7973df17-2f2d-4767-94b0-c5b8851b62b0	d7338698-1ca8-4502-b036-3cd00570aff7	schoolRoll	L353200125004	9998660335	Isla	Edwards	2021-05-27	F	32 Rowan Crescent	AW2 4EY	P81001
2f0e979c-f5ed-4817-ab7a-fab6c7d2289f	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000640	9998660335	Isla	Edwards	2021-05-27	F	113 Laurel Lane	AW2 1QG	\N
b7c9381b-3014-4cbc-8b52-ca6de0b55c6e	e0ce86ea-0f3d-4657-8389-60b9be9d4212	gpRegistration	1622	9998739527	Arlo	Stevens	1940-10-28	M	6 Princess Terrace	AW2 7DF	\N
755a3388-0ced-4cf2-b679-34648cdcd50f	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1796	9998818710	Olivia	Thomas	1991-04-17	F	72 Derby Way	AW1 6UN	\N
fca41a0a-2b4e-4d10-b64c-f23af0c96173	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000641	\N	Olivia	Thomas	1991-04-17	F	60 Orchard Drive	AW1 8TN	\N
bc09ba9b-d152-4bef-b97c-338720518adc	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1797	9998897904	Piotr	Thomas	1993-03-23	M	60 Orchard Drive	AW1 8TN	\N
dc9c41b0-de20-4b35-baf3-e8927f9b90ec	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000642	9998897904	Piotr	Thomas	1993-03-23	M	60 Orchard Drive	AW1 8TN	\N
763d04e8-cd98-4329-a841-d989b33ed0a7	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1799	9998977096	Finley	Jones	2012-01-02	M	60 Orchard Drive	AW1 8TN	\N
e7062e86-f101-41f7-9a82-4c675a8642fd	06d0f5de-e856-4632-adb7-ae6cc4271615	schoolRoll	K353400016011	9998977096	Finley	Jones	2012-01-02	M	60 Orchard Drive	AW1 8TN	\N
b2d75fd4-ae8c-40b3-a67e-6c28de62a9fa	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000643	\N	Finley	Jones	2012-01-02	M	60 Orchard Drive	AW1 8TN	\N
1b4f6b6f-7887-4a9d-85a5-271802d71acb	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1801	9999056288	Roman	Thomas	2016-01-01	M	60 Orchard Drive	AW1 8TN	\N
06f91b2f-b4ca-4934-bef0-af48ab4cbdf6	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	E353200020008	9999056288	Roman	Thomas	2016-01-01	M	60 Orchard Drive	AW1 8TN	\N
7ab4514a-91d6-47ef-9584-f34cea6383c9	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000644	\N	Roman	Thomas	2016-01-01	M	60 Orchard Drive	AW1 8TN	\N
4f0843b0-acba-4316-89cc-0ff9a9dd3cfa	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gpRegistration	1804	9999135471	Susan	Wright	1954-12-23	F	83 Spring Drive	AW1 9DL	\N
f7c09d33-7ad2-4869-b7c8-b682c04294a3	abe3b8f4-aba6-40c7-94e4-977533e28015	councilIndex	AW0000645	\N	Susan	Wright	1954-12-23	F	31 Ridgeway Crescent	AW1 3GW	\N
45999ece-f1ff-4415-973c-37a794434433	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	R353400100000	\N	Amelia	Adeyemi	2016-06-07	F	94 Mill Lane	AW1 1AA	P81001
92dadf2d-bf9e-4a68-ace7-68f1000b5b0f	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	F353400100001	\N	Isla	Moore	2017-07-01	F	146 Mill Lane	AW1 1AA	P81001
72734f48-53e1-47b2-a14b-32495c1ddda8	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	V353400100002	\N	Alice	Hunt	2015-09-11	F	76 Mill Lane	AW1 1AA	P81001
a5c19039-1689-4ef1-a6de-b366d87b0067	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	J353400100003	\N	Alfie	Butler	2018-07-14	M	197 Mill Lane	AW1 1AA	P81001
310bfba4-c099-4a19-af61-85c050584e40	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	Y353400100004	\N	Deborah	Green	2010-01-16	F	140 Mill Lane	AW1 1AA	P81001
39d8233e-cc53-4bd0-9efd-d06d1f2cc6c4	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	M353400100005	\N	Ella	Parker	2011-04-17	F	84 Mill Lane	AW1 1AA	P81001
75b8563a-6a0a-4dfc-b4d1-09286d6cc5d8	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	B353400100006	\N	Luca	Barnes	2014-11-22	M	196 Mill Lane	AW1 1AA	P81001
fecbadc5-eb9f-4f56-84b6-2a79fde0a338	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	Q353400100007	\N	Aisha	Hussain	2019-10-13	F	81 Mill Lane	AW1 1AA	P81001
9799a885-d508-4b9e-ad47-cda27c5ca276	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	E353400100008	\N	Alfie	Butler	2014-07-15	M	131 Mill Lane	AW1 1AA	P81001
7f4a8bba-d5ff-4add-82cb-546e62d3f870	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	U353400100009	\N	Isabella	Wood	2014-10-02	F	190 Mill Lane	AW1 1AA	P81001
cdb24349-73c9-42f7-9c3c-e5d737e06de4	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	E353400100010	\N	Deborah	Nowak	2018-06-23	F	161 Mill Lane	AW1 1AA	P81001
319e11be-240f-4b20-9986-ba3bc579dbcd	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	U353400100011	\N	Sebastian	Singh	2015-01-17	M	54 Mill Lane	AW1 1AA	P81001
60eadd63-85a0-46c0-a6ef-9e0cd40a949f	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	H353400100012	\N	Finley	Richardson	2016-10-26	M	147 Mill Lane	AW1 1AA	P81001
f31fb4c1-a6c7-468a-9246-beb6d4caf8a4	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	X353400100013	\N	Theo	O'Brien	2010-01-14	M	164 Mill Lane	AW1 1AA	P81001
5c63c96a-eeed-4d52-8356-353c777e267e	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	L353400100014	\N	Harry	MacLeod	2013-12-14	M	76 Mill Lane	AW1 1AA	P81001
d5c70acb-c2db-4227-a8f4-6f1f097b6c51	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	A353400100015	\N	Margaret	Morgan	2011-08-09	F	139 Mill Lane	AW1 1AA	P81001
39ca9edf-de3b-4f3a-bc27-37d7f223811b	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	P353400100016	\N	Stephen	Morgan	2019-02-03	M	183 Mill Lane	AW1 1AA	P81001
9ca333ce-0d94-4d6f-8a2d-1022a73b4e90	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	D353400100017	\N	Benjamin	Williams	2017-04-15	M	55 Mill Lane	AW1 1AA	P81001
4f03aa1f-7a43-4bab-a025-33f02e6e0ba0	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	T353400100018	\N	Kwame	Kaur	2014-10-09	M	55 Mill Lane	AW1 1AA	P81001
055c900b-92b7-418f-97bc-94524d489ccd	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	G353400100019	\N	Abigail	Graham	2013-01-02	F	89 Mill Lane	AW1 1AA	P81001
f4e146d6-a5e7-4d22-ad84-481542f460b9	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	T353400100020	\N	Ruby	Brown	2010-03-05	F	59 Mill Lane	AW1 1AA	P81001
d6733b51-42b6-4b8a-8dad-3352cdd52175	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	G353400100021	\N	Muhammad	Turner	2020-03-12	M	129 Mill Lane	AW1 1AA	P81001
a09f9caa-12cd-47ec-a1c7-3dec75cb9733	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	W353400100022	\N	Patricia	Price	2013-06-07	F	122 Mill Lane	AW1 1AA	P81001
77563c03-e96c-4e45-9f58-9a53dc312cf5	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	K353400100023	\N	Matthew	Wilson	2015-12-28	M	141 Mill Lane	AW1 1AA	P81001
77fdea51-830e-4970-a28d-1e01216190ba	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	Z353400100024	\N	Katherine	Cook	2011-07-04	F	112 Mill Lane	AW1 1AA	P81001
c130cd8d-308c-40e0-84f1-33f312067db2	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	N353400100025	\N	Lily	Allen	2013-04-10	F	175 Mill Lane	AW1 1AA	P81001
9c97641a-1d2b-46b7-9753-69da08a7b870	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	C353400100026	\N	Willow	Jackson	2014-01-19	F	191 Mill Lane	AW1 1AA	P81001
4aa5784e-e8dd-45eb-9bec-d06d5cd0d2d9	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	R353400100027	\N	Margaret	Shaw	2016-11-14	F	200 Mill Lane	AW1 1AA	P81001
f7359c50-1059-4998-9dff-fc3231b862f1	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	F353400100028	\N	Katherine	Mills	2017-01-16	F	42 Mill Lane	AW1 1AA	P81001
4c13f2b2-832a-41d7-9836-8e5f6c38adff	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	V353400100029	\N	Alexander	Davis	2012-10-15	M	128 Mill Lane	AW1 1AA	P81001
fd2c8acb-19f7-4d9f-9f37-41bbed8db114	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	F353400100030	\N	Alfie	Marshall	2017-11-06	M	63 Mill Lane	AW1 1AA	P81001
8f45d1b9-4da6-495a-a484-6b2f7322c139	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	V353400100031	\N	Max	Harvey	2015-04-05	M	65 Mill Lane	AW1 1AA	P81001
a9c257bb-5a0f-418d-9f32-7573b9e423a3	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	J353400100032	\N	Jennifer	Cooper	2016-11-18	F	105 Mill Lane	AW1 1AA	P81001
cfbfb086-e761-42ec-9e69-87e2ca2fc3ba	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	Y353400100033	\N	Charlotte	Bennett	2018-11-03	F	157 Mill Lane	AW1 1AA	P81001
f52dd54c-da49-4756-977e-0d80f8baae02	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	M353400100034	\N	Seán	Matthews	2018-03-19	M	37 Mill Lane	AW1 1AA	P81001
8ebf5ae8-b50c-4e79-8ccb-c4d8196e2ab3	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	B353400100035	\N	Edward	Brown	2016-03-21	M	151 Mill Lane	AW1 1AA	P81001
731b602e-642d-4b24-9434-b2417f1cd7f1	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	Q353400100036	\N	Sarah	Fernández	2011-06-17	F	33 Mill Lane	AW1 1AA	P81001
6f733562-3022-4b43-ba53-058194f94396	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	E353400100037	\N	James	Allen	2018-01-08	M	114 Mill Lane	AW1 1AA	P81001
e84fc27e-2c6e-44ea-85df-b1fa4cf5b70d	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	U353400100038	\N	Henry	James	2010-12-21	M	121 Mill Lane	AW1 1AA	P81001
7e872abc-eac4-42b6-bafd-fea550752168	000d4da2-4db9-4ecf-8437-b556d7c765bb	schoolRoll	H353400100039	\N	Oscar	Allen	2013-06-18	M	195 Mill Lane	AW1 1AA	P81001
\.


--
-- Data for Name: safeguarding_contacts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.safeguarding_contacts (id, organisation_id, role, name, job_title, secure_email, direct_phone) FROM stdin;
868ae7ef-9ce9-4aa6-98be-366572b13e1a	000d4da2-4db9-4ecf-8437-b556d7c765bb	lead	Seán Palmer	Designated safeguarding lead	sen.palmer@ashworth.example	0161 496 0596
014bc16d-9207-4ddc-b2d8-e6390de474bc	000d4da2-4db9-4ecf-8437-b556d7c765bb	deputy	Joseph Roberts	Deputy designated safeguarding lead	joseph.roberts@ashworth.example	0161 496 0093
3f663aca-8007-4476-b944-5a6f951728d9	d7338698-1ca8-4502-b036-3cd00570aff7	lead	Charlotte Knight	Designated safeguarding lead	charlotte.knight@ashworth.example	0161 496 0386
ef6e6612-e505-4436-b0e5-520c9f4e39b6	d7338698-1ca8-4502-b036-3cd00570aff7	deputy	Christopher Morgan	Deputy designated safeguarding lead	christopher.morgan@ashworth.example	0161 496 0149
5031c68b-f02f-4970-a5f8-543d2c2cc8a8	f026e0e2-115e-453e-a487-971324e5741d	lead	Harry Fernández	Designated safeguarding lead	harry.fernndez@ashworth.example	0161 496 0093
92569f0a-f769-4fa4-8869-6ec3f87169fd	f026e0e2-115e-453e-a487-971324e5741d	deputy	Emilia Anderson	Deputy designated safeguarding lead	emilia.anderson@ashworth.example	0161 496 0395
4bbd4dd5-04e1-4145-a9c0-46eaecaab2ab	06d0f5de-e856-4632-adb7-ae6cc4271615	lead	Ella Cox	Designated safeguarding lead	ella.cox@ashworth.example	0161 496 0738
8cdd9616-c766-494d-a244-5b261acc2232	06d0f5de-e856-4632-adb7-ae6cc4271615	deputy	Leo Shaw	Deputy designated safeguarding lead	leo.shaw@ashworth.example	0161 496 0586
21256a76-4289-45e2-87fc-d38cb52c7731	2db9e99f-a866-42f2-b0bd-72e4792a0958	lead	Alfie Harvey	Designated safeguarding lead	alfie.harvey@ashworth.example	0161 496 0883
8a7f2021-2b15-4857-8000-f6404bebb7a3	2db9e99f-a866-42f2-b0bd-72e4792a0958	deputy	Chloé Hughes	Deputy designated safeguarding lead	chlo.hughes@ashworth.example	0161 496 0296
87d22b7f-2153-4e4f-bab9-13379518c96d	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	lead	Olivia Clarke	Safeguarding lead GP	olivia.clarke@nhs.example	0161 496 0423
de091527-a8db-4244-a727-607e62b3a1e3	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	deputy	Zainab Lewis	Deputy safeguarding lead (practice nurse)	zainab.lewis@nhs.example	0161 496 0024
3b3d2f36-3fac-4256-ad3e-159d193d730c	e0ce86ea-0f3d-4657-8389-60b9be9d4212	lead	Noah Walker	Safeguarding lead GP	noah.walker@nhs.example	0161 496 0830
b40845fb-bccc-46bb-80c4-d6fefac2a64a	e0ce86ea-0f3d-4657-8389-60b9be9d4212	deputy	Hannah Butler	Deputy safeguarding lead (practice nurse)	hannah.butler@nhs.example	0161 496 0917
5c2912fa-2a44-41de-bbfa-ce9a1344d903	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	lead	Arlo Barnes	Safeguarding lead GP	arlo.barnes@nhs.example	0161 496 0410
58211a93-f755-4d77-b579-1ba78fd6c1fe	2e50fcbd-b9cb-475e-ad2d-81096a2d8e87	deputy	Sophie Thomas	Deputy safeguarding lead (practice nurse)	sophie.thomas@nhs.example	0161 496 0427
6cb89933-2675-4e00-b580-35ed0ce7d7b4	8296a254-7a99-4f71-950d-89c661b6f301	lead	Joshua Fernández	Centre manager and safeguarding lead	joshua.fernndez@ashworth.example	0161 496 0031
a8c71c22-e198-4e4d-8a2c-17872fd317a9	8296a254-7a99-4f71-950d-89c661b6f301	deputy	Sophia Phillips	Deputy centre manager	sophia.phillips@ashworth.example	0161 496 0827
d638ad98-bf06-4ed3-90b4-6d8fe4932336	2fc95064-bb66-430a-b390-a810babd14f1	lead	Sienna Jones	Centre manager and safeguarding lead	sienna.jones@ashworth.example	0161 496 0052
02e7a192-447c-4918-b363-7bf22382039d	2fc95064-bb66-430a-b390-a810babd14f1	deputy	Sebastian Nguyen	Deputy centre manager	sebastian.nguyen@ashworth.example	0161 496 0629
725ad7fc-282e-4681-b6b5-ed02107454aa	abe3b8f4-aba6-40c7-94e4-977533e28015	lead	William Morgan	Team manager (safeguarding lead)	william.morgan@ashworth.example	0161 496 0249
06251da5-b5b2-4d08-bbc9-d42dae37f604	abe3b8f4-aba6-40c7-94e4-977533e28015	deputy	Roman Bell	Deputy team manager	roman.bell@ashworth.example	0161 496 0544
dfe09739-1268-46cc-ace6-0da41b047992	e4a77c61-d0c6-484f-af03-9ac5bd84fcab	lead	Luca Ward	Team manager (safeguarding lead)	luca.ward@ashworth.example	0161 496 0826
9361b112-243d-42d7-8413-19eaada2a38b	e4a77c61-d0c6-484f-af03-9ac5bd84fcab	deputy	Andrew Turner	Deputy team manager	andrew.turner@ashworth.example	0161 496 0737
42725215-75d3-4d9b-925f-8f861ab2c095	1ed98239-40ca-40eb-bea9-928967ebec51	lead	Harper Hussain	Team manager (safeguarding lead)	harper.hussain@ashworth.example	0161 496 0309
17c7fa34-2fc3-46f9-be72-2c6c0b2089cd	1ed98239-40ca-40eb-bea9-928967ebec51	deputy	Olivia Brown	Deputy team manager	olivia.brown@ashworth.example	0161 496 0781
35d0d6dd-ea35-4a15-9930-d6d1b2614ce6	7512d519-5cca-4a9c-a6e4-b58d81cf7d64	lead	Zainab Griffiths	Team manager (safeguarding lead)	zainab.griffiths@ashworth.example	0161 496 0769
3ae4b0ef-fed0-4788-989e-5004faa3fc6e	7512d519-5cca-4a9c-a6e4-b58d81cf7d64	deputy	Deborah Bell	Deputy team manager	deborah.bell@ashworth.example	0161 496 0141
27f7de3b-6102-47fd-b76a-baebfcd2f05f	4b010e93-dc1c-4455-a700-37dff8c587d5	lead	Muhammad Moore	Named nurse for safeguarding children	muhammad.moore@nhs.example	0161 496 0485
0290baa9-6f63-47db-9344-8ad6e7426e91	4b010e93-dc1c-4455-a700-37dff8c587d5	deputy	Jude Allen	Named midwife / deputy named nurse	jude.allen@nhs.example	0161 496 0517
db80a5bf-bf75-44e8-a5a1-c19a2ac0c213	f0301e60-06fa-4b41-b9cd-397703f6f03f	lead	Joshua Foster	Named nurse for safeguarding children	joshua.foster@nhs.example	0161 496 0346
55c37eff-e34b-49ae-8466-05c8fd0094b1	f0301e60-06fa-4b41-b9cd-397703f6f03f	deputy	Leo Barnes	Named midwife / deputy named nurse	leo.barnes@nhs.example	0161 496 0827
ba8e20b4-14b2-494b-86a9-1043fde9110f	c0cf78fb-ed50-4c71-a8a1-7a500d839d0f	lead	Henry Davies	Named nurse for safeguarding children	henry.davies@nhs.example	0161 496 0787
db0d0d81-d52c-46ad-a283-3dc9101a83b4	c0cf78fb-ed50-4c71-a8a1-7a500d839d0f	deputy	Alice O'Brien	Named midwife / deputy named nurse	alice.obrien@nhs.example	0161 496 0744
6fe24a7a-95be-4294-9b58-6410d0da8d44	cf54f7c2-817d-4b26-92a0-915e4c727066	lead	Harry Parker	Designated safeguarding lead	harry.parker@ashworth.example	0161 496 0116
38d533b5-676e-414f-b277-9e1d84dc97cb	cf54f7c2-817d-4b26-92a0-915e4c727066	deputy	Ivy MacLeod	Deputy designated safeguarding lead	ivy.macleod@ashworth.example	0161 496 0824
\.


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sessions (id, token_hash, user_id, csrf_token, second_factor_pending, created_at, last_seen_at) FROM stdin;
\.


--
-- Data for Name: sharing_decisions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sharing_decisions (id, organisation_id, made_by, recipient, purpose, person_record_id, agreement_id, facts, outcome, path, obligations, justification, made_at) FROM stdin;
\.


--
-- Data for Name: synthetic_truth; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.synthetic_truth (record_id, person_key, household_key, household_kind, faults) FROM stdin;
65f53fc0-ef3d-49c7-94b1-6b71a16c82b6	1	1	family	
34220854-82c6-4e6e-8c6d-daed661a61df	2	1	family	
76327e09-61c2-4976-8ddc-f44b90ef1d8e	2	1	family	missingNHSNumber:nhs_number=9991313761
1b01616c-b2f6-4f90-9e02-c41ef766f46e	3	2	family	
af6c066f-ee65-4c9b-86f5-0d192f0beae5	4	2	family	
d04139e7-e293-4702-bed8-f3ce39b90bb3	4	2	family	
e2f7a3a7-6adf-4eb9-a4dc-0e5cac7768f0	5	2	family	
62ec5d4c-161b-4421-8e27-606238f232e5	5	2	family	
c74d35cd-4ebd-42a3-bfaa-5678112086dc	5	2	family	missingNHSNumber:nhs_number=9991551336
7760003b-54a6-45ae-a2b9-3765ac22b99e	6	2	family	
de2062ae-421d-4016-8efc-dc55dc6a3664	6	2	family	missingNHSNumber:nhs_number=9991709711
1d16d281-151b-4279-881c-fd4d5371f2f0	7	3	family	
44542f6e-047c-48bf-8e94-74f4e3f00cb1	8	3	family	
28bc67b4-21e7-4bec-ae83-33a31c2b6a49	8	3	family	missingNHSNumber:nhs_number=9991868097
21351107-ecc0-4b52-87cb-8cdcca38ab43	9	4	family	
81b55549-abd9-42f3-b8a9-71c9f84a0ec4	10	4	family	
4752eefe-66a4-4f01-880b-4d1cafa5054e	10	4	family	missingNHSNumber:nhs_number=9992026472
4a8a4b60-d81a-4efe-8262-e767e2779df1	11	4	family	
95bb94c9-75fc-48dc-9e83-42dfdbd4759e	12	4	family	
6b07a03a-f5b4-4aac-9ffe-1332299ba64a	12	4	family	
d809bead-536c-4b62-ac6e-f5ecb0166377	13	5	family	typo:family_name=Green
6d3fa0e8-16ad-481d-8543-c6cce1aef2fc	14	5	family	
51a6c3cf-82f3-4b55-b1b6-dea277f9dff0	15	5	family	
c8ec2f68-3944-4280-ab44-6c1194bd35e0	15	5	family	movedHouse:address=8 Station Crescent, AW2 6SH
cf752299-2b4a-4794-b48f-c23dc933323d	15	5	family	missingNHSNumber:nhs_number=9992501618
be19b9d9-7ad4-439c-8e38-552393274f5a	16	5	family	
3cab2682-74af-4b7e-a7af-248bd10674b1	16	5	family	missingNHSNumber:nhs_number=9992580801
2f41c4e1-ccda-46c1-9d0e-e9ebb59f8304	17	6	family	movedHouse:address=102 Station Crescent, AW2 6SQ
247436e7-826f-4593-af82-09f0f0c39cfc	17	6	family	
a4b5fe31-5196-4e62-a5bc-2fd0007f614f	18	6	family	
3f0c7f31-9903-4952-b1dc-c7cac1cea0da	18	6	family	missingNHSNumber:nhs_number=9992739185
2a538397-b943-4b6e-8361-9571c0ae1d48	19	7	family	
4b9b643c-0837-4573-b565-96cf3ed871e3	19	7	family	typo:family_name=Begum|movedHouse:address=6 Derby Way, AW1 6UH|missingNHSNumber:nhs_number=9992818379
30b38a8f-2689-49b2-97d8-f3dee1f29f71	20	7	family	
9bf3c572-f058-4189-9f73-7d1f09226224	21	8	family	
23d9b9e8-8b06-441e-822f-c1ec03f77405	21	8	family	missingNHSNumber:nhs_number=9992976756
422ad308-c431-4bcd-a78c-77ae4c5742fd	22	8	family	
30b0cc52-b547-47b1-9ceb-7d8c4e46c071	22	8	family	missingNHSNumber:nhs_number=9993055948
10257dd6-7264-41b8-917b-20694d11a8f4	23	8	family	
9263e119-144f-43ad-945c-2deeebd4666a	23	8	family	missingNHSNumber:nhs_number=9993135135
65c3fef6-e7a4-4b84-b6c0-c3666a326af3	24	8	family	movedHouse:address=101 Jubilee Terrace, AW2 8TU
7a9daa7e-9ec8-41b6-ae6d-a9bd0d88b5d1	24	8	family	missingNHSNumber:nhs_number=9993214329
6f9ffdee-0a99-49de-ad62-7f292b20f70a	24	8	family	missingNHSNumber:nhs_number=9993214329
68c10961-4281-4b54-9b9e-f70a1d10efcb	25	8	family	
2d137e81-d500-4389-b3ec-911926cfab2c	25	8	family	
023a7662-1594-4845-bb1a-3439217be66f	25	8	family	typo:family_name=Harvey|missingNHSNumber:nhs_number=9993293512
326a11d6-061b-4eb3-80e1-f003c5844124	26	9	family	
48387ee0-7e4f-4b19-aee3-e3e3834dbfa1	26	9	family	
eff1a277-0f75-4f0b-8ec9-79cc6553a593	27	9	family	
84b60dda-b53a-4bbb-8359-8c8d7d80233f	28	9	family	movedHouse:address=47 Heath Road, AW1 7JE
b1ffd2e9-c75a-4e13-9257-9289aca16884	28	9	family	missingNHSNumber:nhs_number=9993531081
9f1363a5-1981-43c5-9626-46d4828d60db	29	9	family	
51b64a02-c7d2-4e0c-a7eb-33f6c9c1802e	29	9	family	missingNHSNumber:nhs_number=9993610275
00e31ca6-1459-4c68-b705-9b94f081ddc8	30	10	family	
5c93261a-bd19-46ee-8463-d2c31b811c5d	31	10	family	
d94509a0-7fd8-447a-a4cc-a88c42536f33	31	10	family	missingNHSNumber:nhs_number=9993768650
2cfa545c-615e-41c2-996c-a227317fcc50	32	10	family	
f8706486-c9c8-4c36-ba1c-ce9b5566227e	33	10	family	
9fa16b48-931e-473d-89dd-1360399c17d7	33	10	family	
34fd9f16-6cd2-46f3-b2c4-9e5060b09366	34	10	family	
f9894f48-a7d0-4bc4-a7e2-27015541ab7c	34	10	family	missingNHSNumber:nhs_number=9994006223
2371af4f-4330-46b5-8b90-6ad35010f969	35	11	family	
5360985a-fe67-4c56-b048-e826736aabcb	36	12	family	
083b49ae-3c0a-40d5-bc4b-de7daf384f42	37	12	family	
d0f0eacf-61fd-4b4e-8d7d-3f6efbea8f2e	38	12	family	
334ac985-6d9d-4608-a89a-97c77fab6705	38	12	family	typo:family_name=Akhtar|missingNHSNumber:nhs_number=9994322982
08a3deb5-bf7a-419f-ae9f-4765f2594236	38	12	family	
2bd3d101-440c-401f-b3e1-77853debeb57	39	12	family	
11dfd388-0e94-4c15-9693-5930aac74254	39	12	family	
4d16eaf9-618a-473a-94ac-fc17c54bfd76	39	12	family	missingNHSNumber:nhs_number=9994481363
8fa144e4-62be-4458-aa13-12a29aa9a207	40	13	family	
a7d82204-71d9-4f65-af5d-9a6f4cfb8cc5	40	13	family	missingNHSNumber:nhs_number=9994560557
5cef7934-2e8e-4d6c-a11e-a95799cb6ab2	41	13	family	
81e706c7-3c24-408b-bbaa-876e6d027ae8	41	13	family	missingNHSNumber:nhs_number=9994639749
dda6a8ce-0ba2-483a-bab2-e598d2caccec	42	14	family	
4412a9f0-f556-4878-95d8-be6a303d49d2	43	14	family	
bbc4077c-98a1-47fa-9e02-75af01426afd	43	14	family	
87d70a4c-c91e-4cda-8cb8-ec2410d53594	44	14	family	
823f129a-2f37-47f5-8838-3a4854ef82f9	44	14	family	
41d99569-83b1-45ae-86bb-f5898056b378	45	14	family	missingNHSNumber:nhs_number=9995035693
a27745de-fce5-43fd-9175-91d3c9e76fb7	45	14	family	
c66cbd32-f46b-4e36-94cc-2ccfbb0424af	46	14	family	
23153798-fd17-4b91-b00a-1fd9bb7eec83	46	14	family	missingNHSNumber:nhs_number=9995114887
c176c9c4-0372-446b-b486-c0250878920f	47	15	family	
59589ea7-0994-433a-b039-99e6f4e7d938	48	15	family	
97b0a4d8-fee3-4f93-a73c-8ca0d853c7a6	49	15	family	
a78d086f-c954-4af8-833c-019388b15191	49	15	family	
a720eee2-ff70-49de-b54c-0b972ee4aff6	50	16	family	
506bb7fb-3deb-4f07-9bd8-53d385c530b0	51	16	family	
80fba647-d8f3-45b6-a362-9b3fb9ab80c8	52	17	family	
3cdc5d54-71a1-450f-ba76-0db7e0c559ae	53	18	family	
3ec68e2b-7735-405a-a292-c55a487814e2	53	18	family	
b30940f2-22bc-4765-82c3-49c7e7b5e4a8	54	19	family	
7974cb77-4015-45a9-9ebf-8ae84e405ed7	54	19	family	missingNHSNumber:nhs_number=9995748401
42879ab5-1fb0-437d-8350-ac992c461240	55	19	family	
98ae0600-e921-4b25-91bd-670bbe653458	55	19	family	
82ced579-6775-4b4c-b3e2-250c248c2d5d	56	19	family	
c46a9d9d-8b1f-4eca-bb91-607174271ce5	56	19	family	missingNHSNumber:nhs_number=9995985977
97b6bbfa-a9f5-4c0e-b783-e9014e8f3ee9	57	20	family	
9a0fe070-a950-497f-aa3a-7fee65bc7c06	58	20	family	movedHouse:address=Flat 3, 64 Well Street, AW3 2QX
0085884d-a5d4-412c-839d-11569eadd8ee	58	20	family	missingNHSNumber:nhs_number=9996144356
fe96dc4d-1eea-4cdf-9cdd-803461d7340c	59	20	family	
9cb9582e-3d13-438b-9115-1a81f920d3a4	59	20	family	missingNHSNumber:nhs_number=9996302733
f20c3f31-f90b-4edf-88a7-823bea5e83c7	60	20	family	
0210176e-d4f1-444e-9cb6-096be0c16281	60	20	family	
06adbcd2-beb3-4cb8-aa31-017dde48c726	60	20	family	
be0e6d89-4ade-413f-9e72-0c145b25617b	61	20	family	
72921fcd-22a6-4128-9f9c-bd917c5e27b6	61	20	family	
c1f96768-6ea8-4904-9e0f-a8d0f4381c60	61	20	family	
3293a038-f506-46c2-9758-fe163e544bde	62	21	family	
15f9990b-dc0a-4cf2-8946-c2cb4c99534f	62	21	family	
ab2b50cb-15ef-4070-974b-6f8315304550	63	22	family	
3ae41bcf-0d44-41ea-bf8c-1e4ce647398a	64	22	family	
99f142e3-0459-4ab0-9285-7622cab741ef	65	23	family	movedHouse:address=67 Holly Drive, AW3 4DX
b2fce6c8-c31c-46ba-a019-aeefb000bc0b	66	23	family	
ad51822d-fea9-4961-be0e-f495c7250cda	67	23	family	
68595cbc-6ee7-4a6e-88cf-fdadbf69478d	67	23	family	
4360ea98-0679-44c6-8c62-cc157eaef374	68	24	family	movedHouse:address=9 Ridgeway Crescent, AW1 3GU
185aa99a-ef01-4f49-abd0-6bf5fde82424	69	24	family	
0703b8c2-c282-436c-ad8b-50ddab3e2ce7	69	24	family	missingNHSNumber:nhs_number=9997094638
cc988307-cdf9-4eff-9455-6e252004a9e5	70	24	family	
9a3fe1ee-3214-4645-bf12-b6fd6c665b18	70	24	family	
3ed4d522-ece5-4d69-b6fe-e547fd3774a0	71	24	family	movedHouse:address=9 Ridgeway Crescent, AW1 3GU
48b94c03-0b3e-45c6-a9b3-069e85131e9f	71	24	family	missingNHSNumber:nhs_number=9997253019
c5d81302-2698-4dd8-b506-816f50518a06	71	24	family	missingNHSNumber:nhs_number=9997253019
766a388b-b667-4c6e-b76e-ea47e794b3bf	72	24	family	
3aa2c021-f6bd-4570-9267-55c8d40f2610	72	24	family	
36296afc-30ed-45de-bd81-eabbcbfa8ef2	73	24	family	
85c4673d-3141-4a43-9e63-f0639ab319dc	73	24	family	missingNHSNumber:nhs_number=9997411390
f6ac3982-26d3-4d84-9d15-04d29bd7366a	74	25	family	
56e11ed8-9657-4131-a720-64fce6f9c3a8	74	25	family	missingNHSNumber:nhs_number=9997490584
d6571cd6-d291-4071-8b02-efb07e6ed3d6	75	26	family	missingNHSNumber:nhs_number=9997569776
bfa5e0d7-c2bd-4bc5-8409-f2d3e62ccf45	76	26	family	
6807fc19-394a-4191-8939-21e3f4592ceb	76	26	family	
bdb3d93b-e010-47ef-b1d1-0b0969f17dc7	77	27	family	
bc6024fb-b8fe-4602-9a39-7a4e081cb392	77	27	family	missingNHSNumber:nhs_number=9997807340
bba763f7-02d8-4d28-aeed-b26cbc13efc0	78	27	family	
fb4d96d8-be6e-417d-8896-547def2aa151	79	27	family	
4d16270c-6b88-4276-94bb-bb78bada52ad	80	27	family	
01d0e8ba-cf75-4242-b6d0-8a03e8de66f5	80	27	family	nickname:given_name=Victoria|missingNHSNumber:nhs_number=9998124107
e929c180-7877-480d-92f4-29ad8329e11b	81	27	family	
6b171d76-b32e-48c6-9cca-524682cb5390	81	27	family	missingNHSNumber:nhs_number=9998203295
65d1cae4-af36-48f3-8e8d-97d1aba8fb13	82	28	family	
a697fed4-ddff-45b5-8e62-1538f094f95c	83	29	family	
99287ef1-38a1-4a78-87bd-f2b3d2cf15ea	84	30	family	
50427cc6-9f95-4b95-9b22-77f94729b243	84	30	family	
93a879ef-ef9e-4704-82cf-5e374303d73f	85	31	family	
434a5490-2cd9-46c4-b02a-4a3b8b090f1f	86	31	family	movedHouse:address=34 Derby Way, AW1 6UJ
ea2e92c6-63dd-41c1-ab6b-525fffef93ef	86	31	family	
56843f7a-2002-4eba-8279-55df6fd12825	87	32	family	
cb4b4f8e-f189-4377-bd89-32c97ac71c3e	87	32	family	
6c08347e-c95e-440f-980d-93d4bf8b52f1	88	32	family	
fe0ba875-f1a6-4c9b-9ec1-730c2ecb0e17	88	32	family	missingNHSNumber:nhs_number=9998757622
58ac32ec-3668-4025-910f-68cf083cc834	89	32	family	
b3dbbca0-dfb1-4777-b01f-16057254f1c7	89	32	family	swappedDayMonth:date_of_birth=1967-02-07|missingNHSNumber:nhs_number=9998836816
500ac492-edfc-4e6f-8ab4-19928d46a71d	90	32	family	
25603b0b-b722-4677-83c1-8b49c9f8a463	90	32	family	typo:family_name=Chowdhury
c16b9545-bb66-4620-8ae2-2f2006fef44c	90	32	family	missingNHSNumber:nhs_number=9998916003
f84ce131-b4d8-4105-abe8-42f49dbab4d9	91	33	family	
8afa8f09-d847-4e7f-b9af-78faf7b05398	92	34	family	typo:family_name=Graham
42dfe7eb-1387-4fac-8db4-c40ec8c58552	92	34	family	
7868a94b-106d-4c17-900a-5d0a8d736f3e	93	34	family	
6b822a3f-9bbc-4e12-9131-c2f79a2b80f9	94	35	family	
7c7350fc-9262-41ef-995a-3e61f47c0b7d	95	35	family	
6bd99c0e-5511-4a61-88f4-349ce026b7c8	95	35	family	movedHouse:address=74 Railway Drive, AW2 3LH|missingNHSNumber:nhs_number=9999311954
bfec68f7-d501-4240-b0d0-94960981fca9	96	35	family	
8abac451-4b63-4c21-be3f-4a7bb3b61b5e	96	35	family	
b2ab9d6a-48b9-47fe-b0bc-8531dcead8a9	97	35	family	missingNHSNumber:nhs_number=9999470335
4c876ca4-4e6f-4549-838c-bc10b7353f75	98	36	family	
29fc40cd-dc7e-4258-b653-3bc893ba0d55	99	36	family	
87b8f4f2-b4a0-4232-b85a-5f4f85db42b3	100	37	family	
bce9a669-33a0-4d14-b1bc-9e63c954c566	100	37	family	
52cee6b2-f042-4aae-8290-19cd1b47fef0	101	38	family	
2ed59276-c53e-4f2a-be14-eee047c8b702	102	39	family	nickname:given_name=Nicholas
287bdd81-e07b-454f-9570-f085f068e9ed	102	39	family	missingNHSNumber:nhs_number=9999945473
195d0ac8-511d-4cf4-ab8b-e7f9e4ddc56e	103	40	family	
439fc5e2-16ad-42f2-a69d-885a76d78ed6	104	40	family	
840cee57-e41c-4eba-8f38-75786fea7bf3	105	41	family	
26da0d8a-2882-4420-b611-ba71881ce91e	106	42	family	
5002647c-fa7f-423e-af78-20986165ff08	107	42	family	
c5350883-4e94-44bd-8654-2a41f9461842	108	43	family	
f829dcae-e76b-4537-8675-064636f0444a	108	43	family	movedHouse:address=98 Station Crescent, AW2 6SP|missingNHSNumber:nhs_number=9990499802
916ff116-7541-48b7-ba7e-71138db2c04a	109	44	family	
7e16ee3c-9e7b-40a5-ae8f-96910e25b538	110	44	family	typo:family_name=Lewis
500bc185-5d6e-4dce-801f-85518b9b8fbb	110	44	family	
f2a365b6-74ed-4587-84b5-8ed456605b66	111	45	family	
69d85d83-95f9-4f27-aa2d-70d170013df8	111	45	family	
d7146cc4-7054-4a98-9567-51ba9365c56c	112	46	family	
3fefdb7a-61cb-4b7d-9f10-a91884b4632b	113	46	family	
c70b96a1-5721-42bb-8e89-5458d8f21f4f	114	46	family	missingNHSNumber:nhs_number=9990974942
e5d1b35e-c341-4d3f-a86f-08ed57f6782e	114	46	family	missingNHSNumber:nhs_number=9990974942
9c55b4d0-d462-4060-af5f-2024ab936b77	115	46	family	
50fee102-ac62-43b3-8e8c-078914e02750	115	46	family	missingNHSNumber:nhs_number=9991054138
3a912e73-eabd-4494-adde-2484a2d983a9	115	46	family	
cfcfeb25-21fe-41ec-9be1-bfda2d8fd1b3	116	47	family	
90bf5bc7-b0cd-426d-89a9-bf262d7b76e2	117	47	family	
723c4e02-04fc-4bfe-a4da-2793ffef27f1	117	47	family	missingNHSNumber:nhs_number=9991212515
60ca77fc-112a-49d2-977b-3e559d94c8cb	118	48	family	
634eb6b0-6b48-41a3-b123-d76d9ce95760	119	49	family	typo:family_name=Wilson
2dedfd43-6a30-4b59-af6b-e2c613b347f0	119	49	family	missingNHSNumber:nhs_number=9991370897
7aa58b60-35cf-43ef-bf64-a87020e5b515	120	50	childrensHome	
3c6803d1-7112-45e3-a1d3-ac1bcaa0263c	120	50	childrensHome	missingNHSNumber:nhs_number=9991450084
9896e6c0-9a51-431a-bec8-bbab9fdd1981	120	50	childrensHome	
e187a295-9c02-43da-a671-2ea09329fe4a	121	50	childrensHome	
056fe91b-c3c6-4339-897a-5c8378be44d8	121	50	childrensHome	
64cb94ac-287c-4cc4-aef8-d4139336895c	121	50	childrensHome	missingNHSNumber:nhs_number=9991529276
87cc709a-1a88-43dd-b6e1-c463c8734351	122	50	childrensHome	
5e0b84f6-ff76-4abd-bddc-0a627e939f2b	122	50	childrensHome	
e4ce45ee-d6f4-4c6d-b236-0fa6c0ace97c	122	50	childrensHome	missingNHSNumber:nhs_number=9991687653
70179063-0247-450f-a004-01c53229e3c0	123	50	childrensHome	
d03f6ea7-76a3-40f8-9476-1e2dc9a998ca	123	50	childrensHome	missingNHSNumber:nhs_number=9991766847
cb845303-777c-4715-bb5e-48958057903a	123	50	childrensHome	
b7917662-cbd2-4411-b117-ea3a5ff04157	124	50	childrensHome	
727dd02b-4477-49cf-a966-96b18be96e55	124	50	childrensHome	
81876819-74f5-4a94-913b-e08b1be3144f	124	50	childrensHome	movedHouse:address=20 Orchard Drive, AW1 8TJ
cb8274a6-13a8-4553-86ad-5b196851cbe1	125	50	childrensHome	
3466985a-d44a-442e-b2f3-37501e91ccb2	125	50	childrensHome	
a197c6b8-2830-4e9d-a22e-cdd0b4ad06dc	126	51	family	
c57bb148-c31b-473b-b073-d11cbb703dc0	127	51	family	
938fe08a-3c39-44bb-86f3-cd71c72dac85	128	51	family	
30debbc7-2794-4503-a1dd-ad74dfc064a6	128	51	family	missingNHSNumber:nhs_number=9992241985
4f621908-9cf8-470e-9ae0-47f2bf2e03b4	129	51	family	
be32c42e-00fb-4e78-bf72-734b50a435da	129	51	family	
5d93a733-35c8-4fa5-8b93-9cb92a803099	130	52	family	
7bb49b49-3836-47f5-aa29-75dae7e23172	130	52	family	missingNHSNumber:nhs_number=9992400366
a7cf6e0b-017c-4f5c-8354-f1eaba2c316b	131	52	family	
92189b6e-bc39-4559-a721-078594fc29db	132	53	family	
0ac036ac-57d4-48a3-9f99-3c31625f2d73	133	54	family	
4019057e-a561-4556-9f02-0ee607fc378b	134	54	family	
4bc80ebc-c6f6-4f00-b019-8ab3822885a5	135	54	family	
f89cdcb2-0495-4489-b65c-ba1093017430	135	54	family	missingNHSNumber:nhs_number=9992796316
52d69dd0-f973-46e4-8727-ae598128edde	135	54	family	
2fa9cc6d-b560-43ea-87cd-36801d09b6a7	136	54	family	missingNHSNumber:nhs_number=9992954698
c6883056-62f0-4cae-8959-8b1e51b595ac	136	54	family	
c605d557-1cca-42f8-9dff-e2c208725d1a	137	55	family	
88839c10-f8dd-48e4-b944-c0a5dd14456a	138	56	family	movedHouse:address=57 Coronation Street, AW3 9XZ
0175a67c-2a5c-46b7-8653-ec09bb3e0545	139	56	family	
9c8ada0c-48ed-4e38-ac17-7736f04c1559	140	56	family	
11a0c6c6-2b90-4da5-bd14-8878a99ff2a1	140	56	family	
1965db5a-da13-4b9d-9311-b424e1e5b6e2	141	56	family	
8355bcd4-4368-4ab1-a45e-3d284f321ce7	141	56	family	missingNHSNumber:nhs_number=9993509027
ab4365df-6551-4660-9d37-14d7b27cfdb7	141	56	family	typo:family_name=Brown
61461c1d-e1cf-4ac2-8706-fef29d3a0388	142	57	family	movedHouse:address=117 Heath Road, AW1 7JH
6ae698fd-780f-46a4-a45f-ee2a0352e892	143	58	family	movedHouse:address=30 Green Drive, AW2 8BR
921ff549-e6ec-4b07-a977-cd9e103d9f44	143	58	family	movedHouse:address=30 Green Drive, AW2 8BR|missingNHSNumber:nhs_number=9993667404
29aa0d17-e99b-413b-a3ec-2c1612f4d083	144	58	family	movedHouse:address=30 Green Drive, AW2 8BR
51b19bd1-d73e-466c-8b10-02cc3e19c7aa	145	58	family	
c8d8bb7e-9779-42d5-a8c1-b263059357bb	145	58	family	
d49ee400-0b2f-4c03-af55-28f431b28f08	145	58	family	
fce1952f-c18a-42e8-be13-264f90dc80fc	146	58	family	
7ca43f6e-c24f-44ee-b3b2-41d321ea2f84	146	58	family	missingNHSNumber:nhs_number=9993984167
a668b777-f6a5-418c-ab23-43d6f750cf66	146	58	family	typo:family_name=Cox
8700780c-c79c-4953-9d4c-01c869d345ed	147	59	family	
2014cb43-fda3-4268-9c3f-a431e464116d	148	59	family	nickname:given_name=Katherine
a84fb302-a0e2-4f46-bcaf-538afa24f0af	149	59	family	
8029f908-4a7f-4d32-b3ea-63a602d4eaa1	149	59	family	missingNHSNumber:nhs_number=9994221736
69099fdf-9594-4559-bad5-a7f089a0e81c	150	59	family	
2e0aa1d3-6048-4564-b158-46d3c74d272c	150	59	family	missingNHSNumber:nhs_number=9994380117
a0109095-d52c-4125-86e1-8203ab2cd493	150	59	family	
8ee1ab4b-0aaa-47d6-acd6-a92a58a413b7	151	60	family	
8bd201d2-5874-42f4-9515-ae2772b7e6ac	152	61	family	
02bb7ab7-8f1c-478b-add9-dc9c2afd6725	153	61	family	
84019376-1904-452d-8ffe-0694ae3a56fe	153	61	family	missingNHSNumber:nhs_number=9994617680
85fb6e5e-54f9-4624-b927-56176e7e8b7a	154	61	family	
b27c8037-e1f1-45f8-b5f4-f1a22f55f6b2	155	61	family	
4eed892d-3c34-4182-a2ec-a68072b9fdbd	155	61	family	
2a0fa8b6-ef4e-4210-8a46-384aee20f9cd	156	61	family	nickname:given_name=Elizabeth
601a96ec-9b5c-48ca-8894-5e8675a73acb	156	61	family	
ca59132f-4cc5-4d4c-8781-ec6dc9aeb729	156	61	family	
c8899b80-5c7f-4fb7-b931-ec897058be56	157	61	family	
778e7418-a8ff-48c0-872f-f7382d8bef2b	157	61	family	missingNHSNumber:nhs_number=9994934449
bf517f71-d3cc-4248-a2a2-f80d82a42827	157	61	family	missingNHSNumber:nhs_number=9994934449
31873943-0638-4e6c-b0be-aa1f6657347e	158	62	family	
89afbd54-9ee0-4633-84ba-9927f19e5552	159	62	family	
6255c9f8-86e2-4d46-974a-54cab91057df	160	62	family	
88ac18ea-b8f0-47da-a430-44f007896801	160	62	family	
84390415-bb9f-40b2-ac60-ca094e98922d	160	62	family	missingNHSNumber:nhs_number=9995172011
49d69535-1c70-4c8b-a2b9-5f503eaf8ef9	161	62	family	
f39185a2-dbde-463d-a429-e0fea1e5fef4	161	62	family	
95360405-dc44-4415-86e6-61457d8e8ebb	161	62	family	typo:family_name=Cox
28476477-9b67-4859-9cef-327835697bac	162	63	family	
0b5e8a06-79f1-44fa-842d-e15d14bb7d41	162	63	family	missingNHSNumber:nhs_number=9995330393
0be150ac-b47b-45c3-8e70-14d1d55ee112	163	64	family	
b869baed-b745-4d7d-b3f8-cb261a181d14	164	64	family	typo:family_name=Johnson
6e49276e-3012-4d10-9a7c-467dc5be8312	165	65	family	missingNHSNumber:nhs_number=9995567962
bd28f1cb-3215-4a5a-af02-501b2577e8cd	165	65	family	
a50b203d-e70c-496a-b31f-a0c962ebb4c6	166	65	family	
0d4d998a-ab39-463b-aff3-23ec9fc8b7a3	166	65	family	
5f576fc0-dc48-4f31-8e62-8bb84efc07a8	167	65	family	
2ce63c75-5f4a-41dc-a580-a8c2b6a6765b	167	65	family	missingNHSNumber:nhs_number=9995805537
eb583e94-1391-42cb-9702-e2c2d39b148c	167	65	family	
0848b1c7-6223-455f-8df0-67b6f5b47daa	168	65	family	
982219c0-a63a-4955-923c-aceb966da9a2	168	65	family	
ff85f213-127b-41a6-8059-171e3c871250	168	65	family	
6a26da0c-a603-4143-9f5c-ccab5d6f15ba	169	65	family	
d98d40db-81b9-4241-a679-fb89b18f696c	169	65	family	
7e0b8a43-c6b5-4a0a-8db9-25ce94182d65	169	65	family	movedHouse:address=32 Hill Grove, AW1 4EQ
b6a7130b-3c64-4391-b3e0-0feefee7d69f	170	65	family	
550b0acd-cfcf-4ea0-8ec2-97bd7e27ac0f	170	65	family	
c2ff7057-05e7-41aa-8cab-ddc61907f3b0	170	65	family	
18fb6604-8b72-44f7-9cdf-7ac3a5af83bf	171	66	family	
aa915abf-50a2-4689-942b-48ed457b044b	172	66	family	
b3f1e4ab-cf52-4cfa-9b19-fe560058e718	172	66	family	missingNHSNumber:nhs_number=9996280675
a447c5f4-b6c0-4b08-a247-d2e12d20e58a	173	66	family	
405ec4bd-1aff-4be1-9aab-ad2dfe515a62	173	66	family	missingNHSNumber:nhs_number=9996359867
7856afd7-31df-4ba4-8dcf-c4966c69147b	174	67	family	
a2ee635f-01d3-40da-bfa1-c60c1186c5f5	175	67	family	
cd5b90ca-af99-4442-a68b-ff5b5044f2fc	176	67	family	
fd3ac7db-13f2-43a7-b542-cbf82fe04991	176	67	family	
9f10c187-1637-49b1-a59e-cbdadb426db9	176	67	family	
d8248061-5ee1-4f05-8b6f-57a1388e8e66	177	68	family	
5c234ae5-0823-4968-83b2-f1c33c694f35	177	68	family	
b66dc473-cd85-4a1e-af35-ba3b9304bdc0	178	68	family	
7c95bf88-f705-4f2a-bcce-ddb9bf29de24	178	68	family	missingNHSNumber:nhs_number=9996755819
36b0f44c-1d92-4fd3-8c66-832565389cec	179	68	family	
bf119f26-410e-4f50-9a0e-59408d584b94	179	68	family	
6ba4da41-f675-496e-8400-9a6fe435a654	180	68	family	
5ff9fa86-470d-404c-aa82-ccd81cddfc58	180	68	family	typo:family_name=Fernández|missingNHSNumber:nhs_number=9996914194
79c916a6-2031-4a37-bdbf-85229fa53720	181	68	family	
5867c89f-7c3a-45b9-a33d-30ea704ab58a	181	68	family	missingNHSNumber:nhs_number=9996993388
7eeab7cc-78de-41b9-b40f-6f5b3406a447	182	69	family	
bab92b17-652a-403d-b994-3541a7ec11cb	183	69	family	
80850110-4ba8-4796-ab6e-fac698833cfb	184	70	family	
2f20dcda-63c0-4611-95a7-3036b293dda5	185	70	family	
c799117d-0408-4ad0-aae6-ca01e6c8b15e	185	70	family	
5cde8d10-02e2-4500-baf1-3527fd16e36d	185	70	family	
540656a6-4936-4202-baa6-5ce3eea0bffd	186	70	family	
0c1aa74a-02e0-4918-8a9b-c52ec676348a	186	70	family	missingNHSNumber:nhs_number=9997547713
6239501e-a852-4b6e-86a8-488cd5ae8504	186	70	family	missingNHSNumber:nhs_number=9997547713
5e75d1d8-4384-4dee-9b4b-243a6ba61100	187	70	family	
f90cd43e-e08d-43ff-bb71-4a0331b66cb4	187	70	family	
69d9cf6c-b997-413f-95e1-f498e5746cb4	187	70	family	missingNHSNumber:nhs_number=9997626907
1de91920-10a1-434d-88b5-d13f08afff52	188	70	family	
387df7f6-0348-4d12-988e-2e2d51560afc	188	70	family	
453c1a33-868c-4f6a-8a7c-444eb35eba6c	189	71	family	
342cad4c-c1b4-45d4-821a-7fd14193d726	189	71	family	
11d3754f-1e15-44cb-9190-b9701ee4221e	190	72	family	typo:family_name=Kowalski
febc9ef5-4c1f-4600-9c59-9194d63f8a89	190	72	family	
2e0fa87d-e098-47d7-a19b-5d1250144404	191	73	family	
f93c9a6b-6333-4adb-b0e4-6888597a04fd	191	73	family	
eb27ecb0-a476-45a0-b927-9bb9a0576265	192	73	family	
28ab3d05-6d71-4c54-8f47-36ef1dd244ba	193	73	family	
eeee8d63-edc4-43b0-8d38-7ca6901d3577	193	73	family	
1210dc39-f51b-4554-bdf0-278466cc7ef1	193	73	family	typo:family_name=Adams
b89c2e56-d7d2-4619-a14b-7396e405ef32	194	74	family	
59520bcb-93d6-4cf5-9149-7788799182df	195	74	family	
85a7c1ee-f527-4d4c-9865-81169b32717a	195	74	family	
d279469b-1989-42dd-b634-769eb9428efb	196	74	family	
e83537d5-0e4c-4d84-b5f6-56f440428d8d	196	74	family	missingNHSNumber:nhs_number=9998418801
8fe342d3-86e9-4004-8c73-29dc05a4bf41	197	75	family	
1cbf614e-5f75-4e74-9a97-40f471b61db2	198	75	family	
04223912-bac7-44e1-b8a4-108d770cdc6a	199	76	family	
14439b36-6e32-49b4-8e00-7a94c912304c	199	76	family	
ab5cd2be-d8a7-4709-a284-f71bb55a18a6	200	77	family	movedHouse:address=49 Orchard Drive, AW1 8TL
6c2d4bf0-7fb0-4619-8fec-5432f70e73f9	200	77	family	movedHouse:address=49 Orchard Drive, AW1 8TL
5985ab25-abec-4195-a5d3-97dbcaa5def2	201	78	family	
36c9ab79-eec1-42fb-ac6a-df473b845b0e	202	78	family	
3d44595a-0b25-4415-a94e-b07d1a49081b	203	78	family	
3fe78ac9-a179-47d3-a6d2-531609f96e4e	203	78	family	missingNHSNumber:nhs_number=9999052320
5c779f4d-a733-43d9-96f8-180683718f40	204	78	family	
56ad6c00-5048-4d37-b6af-6792db073640	204	78	family	
c868a7b8-f457-4945-8f3b-305a22af5405	205	79	family	
f93dbfd0-ee82-4a9d-b986-79bf8185f301	206	80	family	
2d0a913e-cc3c-43fd-9ece-64855bc40325	207	81	family	
797c5476-63e2-4697-ba54-aea5979cd764	207	81	family	missingNHSNumber:nhs_number=9999369081
c55c83a6-454a-4cb1-b898-06a5223726da	208	81	family	
bc4559a7-fa03-4a1e-a85d-2599c4f87279	209	81	family	
1063ba13-5055-4ba1-a70c-b95c17ba38f7	209	81	family	
977330ae-2254-4a3c-a061-a3622b0c12a5	210	81	family	
582d4b15-e4f4-4652-a0e9-8d29a198b99e	210	81	family	
93372675-478b-4118-93d3-422a3c991db8	211	81	family	
bc357b6b-670a-4b6f-b40e-7cf28a5c57ff	211	81	family	missingNHSNumber:nhs_number=9999685846
43554f9b-0304-47e3-8a09-61a1bb5e8490	212	82	family	
36f38014-53b4-4c20-a8e6-16716f310fca	212	82	family	
327e2225-9705-4184-894a-9419f7665a6d	213	83	family	
f66b7768-caeb-4fc1-9669-b1b011f9350b	214	83	family	
d332d74e-82cd-4434-849a-3fa6cfbdf17e	214	83	family	
b31f2fd3-37cf-4a96-8ead-5be617fd7adc	215	84	family	typo:family_name=Wright
afb08451-65af-42b9-96d6-7a7a800144ef	216	84	family	
bc6526f4-521c-46b5-b92f-f808196545b1	217	85	family	
a394b3e0-087d-4ac9-bc06-a1dda3718863	217	85	family	
686d5d99-2b21-467e-8a20-3d878d8c75c8	218	85	family	
d94bb7bd-366f-4492-9a80-e0b335ae67d3	218	85	family	missingNHSNumber:nhs_number=9990240175
521ee507-3f7b-4c33-a83b-780631f6e9aa	219	85	family	
00901cdf-5116-4d47-a66c-82889e6a6c97	219	85	family	
0041bdb0-96af-4255-ba08-4d815f37828c	220	85	family	
e6f9d0e0-8462-4fc6-9a72-097dcd6df42e	220	85	family	
9fa28c09-21b7-458b-8feb-c1d3ab0e96e3	220	85	family	missingNHSNumber:nhs_number=9990398550
77b99547-12c1-41a9-9fe5-a8109dc9df89	221	86	family	
217b029d-0843-45de-88b5-9d6c83dad1f4	222	87	family	
3a8c3fb6-be82-4cff-a331-211ddbec6bfc	223	87	family	
01f49a21-01a8-4f28-8e84-4d6cd6120708	223	87	family	
faf3af54-84fa-4f1b-8c32-66cffba161fb	224	87	family	missingNHSNumber:nhs_number=9990715319
641a40b4-bbc7-4d5e-b9a4-a7714a45b460	224	87	family	
f429ff2e-781a-4f9f-a6d9-1425e8745b5e	225	88	family	
f2f5d7a4-0c23-4bd5-b2b9-6d27d582fa13	225	88	family	
f31996c3-b44b-49f5-8a16-a971c45d486a	226	88	family	
dab3c8a6-e234-4545-95f7-3de3a3898cd5	226	88	family	missingNHSNumber:nhs_number=9990873690
287f1d67-6c00-497c-baf9-6dbe24b371c8	227	88	family	
455d4848-3fa0-4e6c-9a14-ef442ca6ca25	227	88	family	missingNHSNumber:nhs_number=9990952884
cb1bcfa3-dc6b-4b5a-9cc0-5b82adcf0784	227	88	family	
6d543a23-ae70-47ba-9afb-3189a99fa0e1	228	88	family	
a6a7ee9e-a577-40c1-93c3-dbac02d47464	228	88	family	missingNHSNumber:nhs_number=9991111263
4f922bce-d557-4dcf-baa0-075bba391b93	229	88	family	
4262e300-880a-411d-82a8-1321f68cd315	229	88	family	
e67ce3d7-e36d-4b00-815b-88bc8d7c2348	229	88	family	missingNHSNumber:nhs_number=9991190457
874f35a3-c5ef-4950-9934-b60a77d9f341	230	89	family	
9016cde4-1063-4fd7-a7f1-169655025efb	230	89	family	missingNHSNumber:nhs_number=9991269649
3d2e26ee-f093-4f5c-9e37-f187e6c5fac5	231	89	family	typo:family_name=Simpson
8028c4e1-5e83-4fe7-a945-60ce6ce9fe1c	231	89	family	nickname:given_name=Matilda|missingNHSNumber:nhs_number=9991348832
53cc98d2-73ee-47f1-bbd1-94d9ad6104cc	232	89	family	
72023073-aa07-4e69-8c5d-2d8fe5294c94	232	89	family	typo:family_name=Simpson|missingNHSNumber:nhs_number=9991507213
07c66502-21d4-49d0-8048-58e3e7f73df8	233	90	family	
4f50928b-7616-4ba2-b0b1-042a02414bb1	233	90	family	missingNHSNumber:nhs_number=9991586407
ebd66b7f-9cbe-4f20-965d-d25af1acb8dc	234	90	family	
c72ebfb8-8577-45f7-8257-b7ce27eb5750	234	90	family	
ec1df051-f2dd-439a-a67b-8c83a422aaeb	235	90	family	
15bc33cc-3f79-445a-a2f0-054c57dfb8ae	235	90	family	
b1d8abb1-4a0d-4e5d-99db-4a03867deb1d	236	91	family	
ad6dab78-8d8d-4ee5-a49f-fb4380c87166	237	91	family	
1bb95dbf-0e67-4e76-a329-c5d0652b2e19	238	92	family	
66c2b844-719c-491f-be55-03cb3e012fb7	238	92	family	
3f2b5fe9-25f3-4f70-912e-ca3fce8f47fd	239	92	family	
5127c9f3-1ec3-4842-aa4b-64d800fda0c1	240	92	family	
14039396-cdd2-4314-b91c-d2e09e30ddc6	240	92	family	missingNHSNumber:nhs_number=9992219920
0312a59e-f70d-45a1-ac4d-dec4c84113b7	241	92	family	
703fda17-ccef-4373-a424-0cc23b1a7ec0	241	92	family	typo:family_name=Allen
8da2f5d1-fc8b-4935-8fb9-cffc0a77ce5a	242	92	family	
61d7df19-1485-4249-b895-f8e0287b103f	242	92	family	missingNHSNumber:nhs_number=9992378301
b530279c-4492-4a8f-b9d4-8afbd4ec832f	243	92	family	
441c8500-6eea-45b6-9777-9538a9de156d	243	92	family	
d6a41fda-4792-4fd6-b72f-aabb38908e18	243	92	family	missingNHSNumber:nhs_number=9992536683
325b6d86-d264-466d-b55e-665ebb3a8ea4	244	93	family	
630d69f9-5474-4083-9216-62d02c420fb1	244	93	family	missingNHSNumber:nhs_number=9992615877
97f503d7-ce07-46ff-b045-97d2ee0cce17	245	94	family	
54819699-35c4-41e9-9e85-56ac7a61f740	245	94	family	
8fd5f085-593e-44ee-94a5-46989dcdd994	246	94	family	
6e3f168c-0acb-457b-abb0-5653070fd236	247	95	family	
c47eab0c-a879-41bc-9559-7161ee72ceb3	248	95	family	
0facc81f-c297-4ab2-b3c7-ae89bd661710	249	95	family	
4e2a7701-5b55-4995-8498-3519e916aeac	249	95	family	
d2ce56cf-1cb4-4f69-9071-2880ab4365d6	249	95	family	
fa8c0f77-ae09-4d5e-adb2-080461d54521	250	95	family	
68b4608a-af1f-494e-9d22-8402c6ec264b	250	95	family	
bfe018a7-2eb6-49bc-916f-ec0642c5d323	250	95	family	
4a9ee282-578d-46d5-bf71-fa02d13913b1	251	96	family	
301dfb02-da68-4818-9b31-08d361d73f15	252	96	family	
50a42af9-e9ec-4cac-9848-0f3fe5c23d71	253	96	family	
9218d22e-77c2-4cac-85ed-0ed918d7d5c5	253	96	family	missingNHSNumber:nhs_number=9993328588
aed52e05-8b7f-497c-88e7-5d10890c814a	253	96	family	
ea6d0a61-db22-439d-ad16-a4189fd3ddf4	254	97	family	movedHouse:address=108 Rowan Crescent, AW2 4FD
5ab22474-2040-4aca-9a9d-80ab294649d6	255	98	family	
30892374-8012-48e8-b805-33a46ed11607	256	98	family	
43009cfc-84fc-4902-bbfa-f161abc5dde4	257	98	family	
0eed929e-c95b-4d5d-bda9-bca8e3122ff0	257	98	family	missingNHSNumber:nhs_number=9993645346
fbfdada5-dff9-4761-9c16-93ef5d183e6f	257	98	family	movedHouse:address=Flat 8, 74 Canal Close, AW3 3GB|missingNHSNumber:nhs_number=9993645346
956d0d29-fcf5-4bad-87c6-4604fe9d488e	258	98	family	
b4328a22-f32c-4e84-88cb-1c09db6e8574	258	98	family	missingNHSNumber:nhs_number=9993803723
287bfb94-2345-4059-a45e-1ee4b33eda33	258	98	family	
7f61ea80-d8fb-4343-9f2b-88ea3a0b5ee4	259	98	family	
7d03625b-6df3-4ca1-ba0d-c30ab5bff793	259	98	family	missingNHSNumber:nhs_number=9993882917
03e1c4bb-1998-4359-9597-abd2171851c0	259	98	family	
ac2b00f4-4094-4739-9f6b-3be7cd05a6ef	260	98	family	typo:family_name=Young
f366d2f0-3702-49d2-8e95-04a90bd336a2	260	98	family	missingNHSNumber:nhs_number=9993962104
17f70a9a-346b-493d-b600-d45e8cdd4fd5	261	99	family	movedHouse:address=15 Park Road, AW3 5BQ
48c9e2bc-1023-48e0-b9e7-b3bd1cd04d6a	261	99	family	missingNHSNumber:nhs_number=9994041290
88bb343f-f379-4a7b-94f2-61be224c268a	262	99	family	
8f7103a5-89af-46c7-9dbc-3e659e95b3d1	262	99	family	nickname:given_name=Robert|movedHouse:address=15 Park Road, AW3 5BQ|missingNHSNumber:nhs_number=9994120484
136df122-6810-47d8-8ec8-148184c863cd	263	100	family	
8de7b0a4-1841-476f-ab00-ac15f3e06a26	264	100	family	
59d4f05b-bbf0-42ae-87ab-8e5f1d5c7c62	265	101	family	
0e3002dd-46f0-4b30-9640-8079c1d0151d	265	101	family	missingNHSNumber:nhs_number=9994437240
0e9c0364-172f-49d3-a1b6-8a935bfa7bdd	266	101	family	
6717a681-852b-4a3b-93f0-e86de50b5d29	266	101	family	
951669e2-6098-405f-a8c6-251b2cab9371	267	102	family	
49f72c5b-3ad7-4b93-ae65-76ce1b0b6841	268	102	family	
4afdc27c-c75c-46c0-b3fc-e033c2d052c3	269	102	family	
86d1986c-f5b5-469b-873b-889f180882cb	269	102	family	
63181211-51fd-4717-ad9f-5124408a89a4	269	102	family	
2eddd6d8-85d0-4b77-b452-8fc619e978bb	270	102	family	
69ba573b-8359-48be-b6db-58b405218d01	270	102	family	
504a4aaf-b887-49ca-8a16-5e53d9a7894f	270	102	family	missingNHSNumber:nhs_number=9994833197
d3ac4589-905f-4c35-81ac-8429062bbb0c	271	102	family	
c9502c15-d025-4352-8d29-1b5faf8c6a18	271	102	family	
e9ba53e7-1d4c-478a-bbcd-6f30ac2055f5	271	102	family	
869cd907-12ee-4337-909b-9e9fb686b555	272	102	family	
f6cc36b8-ec17-4921-b68b-c4ae7c355405	272	102	family	
24db6572-7875-481d-b549-01e99c3a6b38	272	102	family	missingNHSNumber:nhs_number=9994991574
5fdafee4-d22d-4b48-8a77-dc3daace3574	273	103	family	
37954930-976a-4760-a8a3-95bcc7ccb6ab	274	103	family	
7c04f8de-8d60-41f3-ab46-da02ae06ad5f	274	103	family	missingNHSNumber:nhs_number=9995149958
e2844974-7a7f-49a8-af1b-72aabe6e662d	275	103	family	
ef6bd558-810c-4253-9761-fefcd8f0a519	275	103	family	missingNHSNumber:nhs_number=9995229145
4717b7e9-ee87-4c63-8dfe-76c67ebc39ad	275	103	family	missingNHSNumber:nhs_number=9995229145
46bbacf7-1bb0-4112-a168-53623fd56b12	276	103	family	
7b9d21b4-a35a-4b91-b4d3-6d723673967f	276	103	family	missingNHSNumber:nhs_number=9995308339
fef66ffc-5d50-4016-b98b-b920c586967a	277	104	family	
c71ab7f4-77e8-44f0-95fe-3930eda455a2	277	104	family	
c12e5489-ef9d-401c-87be-f6e71233ed31	278	104	family	
577c0057-21cd-4504-9a15-21d5cb95dc23	279	105	family	
16fdc688-ef57-477f-9589-1c700b05db7f	280	106	family	
c67c5ea4-d8f7-404b-9227-480dea2e3c29	281	106	family	
2efd08b5-b857-45b7-88ec-a63c619f29d5	281	106	family	missingNHSNumber:nhs_number=9995783479
90f11f10-df60-4e39-b15a-61636b01cdca	282	106	family	
f8f32d87-0639-450a-baee-159dbc9e4448	282	106	family	movedHouse:address=118 Heath Road, AW1 7JH
7951d095-c3e2-461d-b0c6-2908e2e6ae3c	283	106	family	
70257439-982a-4e03-a8bc-fedd6311bed8	283	106	family	missingNHSNumber:nhs_number=9995941856
612f20b2-7fb1-4509-8f4d-a7ff96444bcd	284	106	family	
6c3d5840-eab8-4d57-95c6-4c98155a6059	284	106	family	
5aa00256-64f3-42f5-ac89-56e14efb7a46	285	106	family	
8746f715-0ea9-4848-a9cc-4b57db5a6d56	285	106	family	missingNHSNumber:nhs_number=9996100235
08132e36-4b77-4cb3-8b76-7ad42c960cae	286	107	family	movedHouse:address=34 Well Street, AW3 2QU
2e4ea74a-b7aa-4534-9c6c-b21b757b0593	286	107	family	
5a4e9947-7ed9-48a3-998b-a68932ac8c84	287	107	family	
e56b0756-2481-471e-9141-df50b0bf56ad	288	108	family	
1ee66beb-37fe-4e57-9bbb-8005f2910a72	289	108	family	
43929dce-ee99-4f9a-aeff-4ad6c5a2d027	290	108	family	
76b45448-527e-4dc8-a897-c8ec1566cba3	290	108	family	typo:family_name=Ahmed
e60af778-d9b1-4dd0-b655-e2f7004f670d	291	108	family	
d96eaf8b-4307-444d-b9be-46c8d2658dfb	291	108	family	missingNHSNumber:nhs_number=9996654567
bf1f148b-b79b-438d-9f05-69310e6ea93e	292	109	family	
2c3df075-b605-4a4b-bad8-fb1e6de93467	293	109	family	
4ce7ad6c-dc2b-43fe-90e4-871a9a186c0d	293	109	family	missingNHSNumber:nhs_number=9996812944
ee14dd10-f218-4cf8-bc91-bb32f768fccd	293	109	family	
aa66d506-3772-4cbd-be02-6e5e0400fa5a	294	109	family	
a1461f1d-d9f8-49f2-bf42-308b0963c497	294	109	family	missingNHSNumber:nhs_number=9996892131
54347ad3-a03b-43d9-90da-e433220a736f	294	109	family	
96c11f19-f7df-40fe-926b-5ce4d82c8204	295	110	family	
4a1134f5-13a1-4e52-b70e-0458fd384d7b	295	110	family	missingNHSNumber:nhs_number=9996971325
36c5d975-040f-4d90-85ec-a6e1e316da14	296	110	family	
e41739ee-96d5-4574-8446-0e708f541d59	297	110	family	
8aea68b2-487c-4dfc-8d7b-52065d6ff0ed	297	110	family	missingNHSNumber:nhs_number=9997129709
c3263a56-4b7f-4410-8a86-e9367911ddfe	298	110	family	
25203626-2ff6-437a-99c7-8344acef95ce	298	110	family	
5efd3ddd-3f44-4f0e-b1b1-3cb4fd0283b1	299	110	family	
8c4b5a6a-060b-40da-94d5-0e725581a124	299	110	family	missingNHSNumber:nhs_number=9997288084
7433cf9b-cb12-404f-a915-9643928de6dd	300	110	family	
d0e26fb5-a493-4869-b736-302486b01a80	300	110	family	missingNHSNumber:nhs_number=9997367278
c7809006-6cf4-442b-a8b5-4212b6f61317	301	111	family	
206ca1b8-14c8-4c28-ad65-f91241cbeb29	302	111	family	
33fbdfb9-4c1e-4530-b155-9841c9516741	303	112	family	
4479bafe-13ce-41d9-8b80-2d483a6b8e28	303	112	family	nickname:given_name=Jessica|missingNHSNumber:nhs_number=9997604849
228cf54d-9250-4d24-980c-58cdf501c433	304	112	family	
34737fb6-0cce-4475-85b7-335c65e08de4	305	113	family	
10c5f311-c144-4421-b7f1-61ccbbcf821d	306	114	family	
47136069-f0c5-4b0a-b422-d3733a454fc6	306	114	family	missingNHSNumber:nhs_number=9997921607
100a83ce-0486-4edb-bf12-67599826ba1f	307	114	family	missingNHSNumber:nhs_number=9998000793
be080020-517f-4e22-be1e-1411ca4ff709	308	114	family	
3c98f3a5-aa64-436a-946f-f2b13a55f653	308	114	family	
96ce13fc-d0af-46b7-8315-bf3e5b974574	309	114	family	
3b3e7054-d6c6-477a-9dfd-376de935acc2	309	114	family	
e827579a-bb07-4637-be9e-fc116fd6877a	309	114	family	missingNHSNumber:nhs_number=9998159172
a953693f-5104-447b-929d-ab97326039b3	310	114	family	
b4cfe2e8-ba58-4c97-8982-32c213c9e932	310	114	family	
2a8eee8e-c453-4315-afa1-a0f5164c41fc	311	115	family	movedHouse:address=Flat 1, 2 Orchard Drive, AW1 8TH
5c81d658-55f8-4378-8e56-428b10e13f2f	312	115	family	
340a32a2-85de-4f98-8b1a-7229d0adef1f	313	116	family	
7f23b538-9621-4ac2-a270-a0dc93f4b395	313	116	family	missingNHSNumber:nhs_number=9998555124
bab47666-3751-4480-b017-b86f27c3af6d	314	116	family	
4ff6f363-cdd1-4f50-aef3-84898fcab2e2	315	116	family	
961014f2-511c-426c-9be7-20f0a41702db	315	116	family	missingNHSNumber:nhs_number=9998713501
3d3bba7f-ae39-432a-aced-1118cb5efdbd	316	116	family	missingNHSNumber:nhs_number=9998871883
fcbd7fa2-b7f9-46f9-b3f8-75303abb2be7	316	116	family	
6a8bd2d8-e8fd-4012-a6e7-9d5a7905e16b	317	116	family	
2732170c-9fd6-474a-8d0e-a04120401a01	317	116	family	missingNHSNumber:nhs_number=9998951070
1eb8f648-37a4-4ed3-90aa-ac94e1dc9a11	317	116	family	missingNHSNumber:nhs_number=9998951070
c68ae009-1244-44d2-b503-71c27864c8aa	318	117	family	
c2743a43-43a1-45e2-aa59-3eced6410391	319	118	family	
be4efa53-b24e-4f94-b6d3-112a8c3de260	320	119	family	
a5b3a0c6-0a91-4389-9784-f74de92faf0d	321	119	family	
2fdb558e-03e6-440f-8dc9-603f0ca43771	322	119	family	
0797545c-0b74-469c-9dec-edabfaa4134b	322	119	family	typo:family_name=Graham
e5acc0c8-58e4-42db-8d68-17a48aa7df0c	322	119	family	
f190dbc1-f82e-4112-a64e-a8d0371b9dc3	323	119	family	
fb355154-a195-4323-b460-81c30b98a49e	323	119	family	missingNHSNumber:nhs_number=9999426212
4a6702c6-5c35-4643-98a1-c95f59538233	324	120	family	
3b3cd3e3-ef70-44d3-9024-26f95302eb8a	325	121	family	
b97455b7-d4df-4d8a-b365-00aa3d2cd96b	325	121	family	swappedDayMonth:date_of_birth=1986-04-07
4fcdab24-7c82-48ff-9546-0380677cd593	326	121	family	missingNHSNumber:nhs_number=9999663788
668cfb35-ff4b-4bcd-a031-91a8530ebc71	326	121	family	missingNHSNumber:nhs_number=9999663788
308fc6d6-00a9-4a52-b0e1-8f49d90c8321	327	121	family	
178781d4-d911-4a28-ba22-d7b2b14edcfc	327	121	family	
ed5fa853-4640-4d83-8840-4a44cf8491e5	327	121	family	missingNHSNumber:nhs_number=9999742971
5abd7506-d668-409b-9385-95ae11d0dac9	328	122	family	
949091fe-0411-4ce7-8a01-209da464a708	329	123	family	
98bf6037-58c7-4d79-8f59-eead2aaf0dae	330	123	family	
c8d7f2b4-2c48-48a9-8d85-064e3f3ca090	330	123	family	
5bae731c-210c-4a81-ad38-13f7ca2c5eb4	331	124	family	
8737c4f5-d5fd-4cec-aecb-00e4b8a3e528	331	124	family	
c16d3b4a-b5b7-4223-8ea7-2c77ee48bcbd	332	124	family	
8948292c-889f-43ef-a8fb-81575a4f1fab	333	125	family	
82fbd6f7-d80d-45d6-b51b-70eaf81a39da	334	125	family	
4acd75ff-8f25-4c4c-b12d-5696484dfcb2	335	126	family	
ecf99ca1-ec6c-41bf-b632-930424368ed0	335	126	family	movedHouse:address=16 Holly Drive, AW3 4DT|missingNHSNumber:nhs_number=9990455686
be6b7085-aabb-4b28-a055-43728d28e802	336	127	family	
d4063b28-9ac0-4d6a-a6ed-699280e157f7	337	127	family	
51d1586d-f031-434c-887f-ab178418b2bf	337	127	family	missingNHSNumber:nhs_number=9990693250
2456077a-3dc5-43b2-bb08-68a4bf16c29d	338	128	family	
c070edc8-a291-4790-a446-3713c0e8a26e	338	128	family	
be06b8c8-84a0-41c8-bc12-ec8f7b305442	339	128	family	
738be93f-bb75-4926-be4c-a736d8c7f470	339	128	family	missingNHSNumber:nhs_number=9990851638
488816fa-27ab-424b-97ff-4057a0bee1ab	340	128	family	
269df6f2-ea78-42e6-ba4c-db3d57cd530b	340	128	family	missingNHSNumber:nhs_number=9990930821
abf3bf43-2161-41af-8448-285f470a3f0e	341	129	family	
d55e836a-ebe7-4868-bf77-0128cf8b0d5b	343	129	family	
222f7f8e-7712-4ff3-89c3-a3abf3c6bc29	343	129	family	
b671c91b-917b-41bb-bf10-06fe9f05de4e	344	130	family	
c80383e3-748a-467f-83c4-c9f2c3f8f679	345	130	family	
325a8bc5-3e60-49f6-b058-2aeafe99e12d	346	130	family	
6c63c5e7-a3a4-467f-b3f5-0f7675010408	346	130	family	missingNHSNumber:nhs_number=9991405968
95d037ab-ca14-4e60-b31f-f4f3dcbdfa80	347	131	family	
5d8ed4df-2af1-4702-bf6d-8a60c573f09a	347	131	family	
c2bcd4d0-dfe2-42fb-8ee1-6d423fec85be	348	131	family	
57f60bc9-d559-4923-a8d0-aca2bdd82eea	349	132	family	
c0df8e3f-1573-4b95-bb03-5836fe4fcfc8	349	132	family	
d22921be-0d54-40a3-a326-6a5c937ea2e5	350	132	family	typo:family_name=Brown
d881c3f5-efef-4408-a77a-c2c98d7827a4	351	132	family	
3e20ab46-f21d-4e8a-9365-b08d375d4ce6	351	132	family	
510c7d4e-2a4a-40ed-a64f-5befc4d4336c	352	132	family	
abeac8db-a740-494a-940e-11b91689a46f	352	132	family	
3c82c759-79aa-4311-814c-b1d088eb6b72	353	132	family	
c3f7147c-79dd-42bc-aefe-b9a71b968207	353	132	family	
e9b80119-1100-492e-8cc0-adaf3fc0090c	354	133	family	
c38ebeae-0d9b-4486-8357-9be65f1b0c0b	355	133	family	
dbfdacb9-6594-42b6-a177-a020c8d3770d	355	133	family	movedHouse:address=Flat 2, 99 Holly Drive, AW3 4DY|missingNHSNumber:nhs_number=9992197862
4a1de6e1-a158-4165-99c2-20536a43a74c	356	133	family	
4d24b2e7-b67e-4609-b83b-9c50f75e3ec6	356	133	family	
d52af914-d5fa-4b39-bdaa-53c2b9c1f322	357	133	family	
d2172cca-57e0-4a46-8606-3b8be5fa1722	357	133	family	
2a1972a7-c732-48fe-984f-a08cd360a5fc	357	133	family	
0460d79a-4614-4962-88b6-1fee2b61be82	358	134	family	
a55addc2-9777-4e05-b7a6-e060d1f3faf8	359	134	family	
97e5c11f-1f8c-4868-9b24-11e80e5af9cd	359	134	family	
7b94362b-2008-4145-baca-8bea718f35d5	359	134	family	missingNHSNumber:nhs_number=9992593814
fcc62fe6-d879-4a1c-a9f2-596cdc2938da	360	134	family	movedHouse:address=107 Station Crescent, AW2 6SQ
1df9dc0f-c75f-4183-adca-3e7b3fe42c9c	360	134	family	swappedDayMonth:date_of_birth=2012-05-02|missingNHSNumber:nhs_number=9992673001
05f3e2d4-3bd9-4f7b-b935-95ae6fef67e9	360	134	family	movedHouse:address=107 Station Crescent, AW2 6SQ|missingNHSNumber:nhs_number=9992673001
8177bc8c-0929-4451-affd-f6133ece109c	361	134	family	
df300a06-93dd-42b9-bdb8-e00e6793d33b	361	134	family	
7bac8597-f97f-4151-8b98-120e3dba39cc	362	134	family	
9c122695-67d6-4a77-b4fc-ee33bb49ef1d	362	134	family	
45df1fc9-a666-4ed7-b59c-6e1e11b88e14	362	134	family	
a1c35807-877d-44e9-9af4-bf204e70d083	363	135	family	
b1242872-da45-4a05-9327-ae134ec7bbee	364	135	family	
277cb0b3-7fcf-4d88-be95-30069e6827b2	364	135	family	
2eb40ca4-6427-4982-931e-b98614b64194	365	136	family	
be26b751-db52-41d7-b308-fe67a6a1feac	365	136	family	
f229f50c-ddd8-4d0a-b10b-5c1841a10e1e	366	136	family	typo:family_name=Mason
aaf46a7d-3bbd-4b4f-8e5e-746184ae7017	367	137	family	
0d7ee667-439f-499c-874c-ebd72b5869ef	367	137	family	
fed40142-4e2b-4e74-a28e-baa91bad3426	368	137	family	
b8d21d4b-f148-4c19-ba64-fc21d45bba1f	368	137	family	
1668b2f1-fb24-49fc-a959-0e274ce9b7fd	369	137	family	
b6aa4894-00ca-4ed0-9a80-9ad5e1c07baf	369	137	family	
af90693d-249c-4014-be6e-be180d05d7b2	369	137	family	missingNHSNumber:nhs_number=9993464902
c68bac34-815a-43ce-bec3-c11bf1796343	370	138	family	
08c55547-44c4-4279-bc3a-3c8ed574f61f	371	138	family	
7e70c8cf-52fb-4040-90cd-ab658792f1a4	372	138	family	
01f5814c-b333-4bae-83fa-39eb9bdc0663	372	138	family	missingNHSNumber:nhs_number=9993702471
c5444c29-0ff2-4e56-8b8c-592d792ab2aa	373	139	family	
47ee701f-9554-4fb6-9087-b48191489c7e	374	140	family	
c4e0b0b9-73d1-4df8-ae98-113dcecd7aef	375	140	family	
5074a765-a546-4f55-9258-642ae4cc7632	375	140	family	
8c7476d4-c841-4240-b22c-671b30f1dc97	376	141	family	
69e31c9d-e1a3-4926-9580-949179f670a1	376	141	family	
dbdaa58d-98d9-4fa6-ac32-e5e3024bab74	377	141	family	
d7ca2d9d-9a42-42b2-b015-ecca8d572fb7	377	141	family	missingNHSNumber:nhs_number=9994177613
22c5235e-b3ca-40a7-92d4-8527846bf3b3	378	142	family	
be043fc2-d5b8-40df-a682-5f734caf478e	378	142	family	missingNHSNumber:nhs_number=9994256807
db7356cc-fb05-41ff-9ac0-ebc854a0ac77	379	142	family	
3a5d234e-ed1e-4ae5-a467-f7366a6d00ed	380	143	family	
5b34faea-9ba9-40f3-8b24-4532189be505	381	144	family	
ac0d9476-d2a7-4dbe-832c-f61caa7be8b1	382	144	family	
26a7faa4-af20-487d-977f-7cbaece0959f	382	144	family	
d2cebab9-1f2d-40d6-a893-d5f4c708305d	383	145	family	missingNHSNumber:nhs_number=9994731947
1db1e061-202e-4846-96c9-6632eb761f91	383	145	family	missingNHSNumber:nhs_number=9994731947
a3dbe526-606e-4af8-87ea-d6b8d1bd09b2	384	146	family	
dca04ab4-ad0a-4f28-b0a4-4f2c4cac680c	385	147	hostel	typo:family_name=Harris
cfb62ca6-9355-4ed8-b76d-2a8f4b00b7a1	386	147	hostel	
085f2bb1-3f01-4301-846c-11c0131c41dd	386	147	hostel	missingNHSNumber:nhs_number=9995048701
5dc716b9-f5f4-41b7-a96b-0900125088a7	387	147	hostel	
419f1d1a-7c72-41c3-b582-86abf9a31472	387	147	hostel	
6a42e0ed-f4e7-4638-9d32-a5c84c3ff7dc	388	147	hostel	
f54855fe-6d68-4a98-b9f0-ddb8182aa7e2	388	147	hostel	
afdea7a2-d70c-4fe3-b788-5466fd854a2b	389	147	hostel	
8593868c-9c77-4c56-993f-88cdd97dad5e	389	147	hostel	
7e25b61e-d1a1-482d-9568-3a3cf5824f00	390	147	hostel	
0ba6001f-03db-4583-a48c-4e56168035ba	390	147	hostel	missingNHSNumber:nhs_number=9995444658
806698db-8424-490d-89a8-666a3b133d95	391	147	hostel	
3559f8ce-91af-48cd-b9fe-a65c2ffb49dd	391	147	hostel	
8c3c6165-3d03-488f-a6ca-f56c3ef7dc22	392	147	hostel	
2eaf13d3-06f0-4292-8750-75940343e414	392	147	hostel	
e95c794b-2473-4553-b054-c495c1d7a574	393	147	hostel	
0718fe3d-f937-4876-a1a2-351256f7e0b5	393	147	hostel	
1da7125e-8347-4eaa-a47e-d6047b26df3e	394	147	hostel	
32def112-f520-478d-a12f-3b9b4952dff7	394	147	hostel	
ab9b6374-bacf-41fd-ab95-c36024a0b9d3	395	147	hostel	
440848f9-2828-4d64-8f80-cac70971e7df	395	147	hostel	missingNHSNumber:nhs_number=9995919796
be1236f3-1853-4e50-94a5-d824f3244281	396	148	family	
82cf1150-af05-444d-aaa9-4bed3cc11216	397	149	family	
9eca831f-3a18-4b3c-83b8-ef5ce2b3d95b	398	149	family	
f40e6220-aa76-44ff-8c77-512a89b6728c	399	150	family	
c75839ac-a8ff-426d-99e1-f9f30e66f1c1	399	150	family	movedHouse:address=90 Hill Grove, AW1 4ET
c693a9fb-a8f0-42a5-9cc0-e790738f2e97	400	151	family	swappedDayMonth:date_of_birth=1998-01-06
cef7a843-fe1e-4833-80fa-00baca05fd08	401	151	family	
bef4e4fe-1a70-47a2-b6dc-2b9a90e53921	402	151	family	
2bdb804c-4530-4958-b9c6-ad81635a4127	402	151	family	
d56bb618-5187-4e37-9d81-5a8d36cf4212	403	151	family	
b1c81172-5aa7-4667-aa84-aef063bb2a21	403	151	family	missingNHSNumber:nhs_number=9996711692
b117283e-140e-448e-84b4-8054c1f9b0d9	404	151	family	
83c8a61b-f0e4-438b-b599-9b41bc2a3aaf	404	151	family	
2b406d5f-0fd3-403a-a549-c8312d6d86f5	405	151	family	
8c0ef15d-95b2-46a5-92df-e41bebc63bd5	405	151	family	missingNHSNumber:nhs_number=9996870073
e2968495-7025-4134-9e37-20163c4d9dd6	406	152	family	
0b5467df-39ae-4230-a2d8-7b88c63563b6	406	152	family	
29da848b-8b94-4dea-9f28-876932040b7e	407	152	family	
aa73825a-ecfe-43a4-959e-0acb6ca07a88	408	153	family	
84530280-4ca0-406b-9d12-ad4cce272011	408	153	family	movedHouse:address=115 Railway Drive, AW2 3LL
e9a5fad1-4567-4966-b23c-fd09dd18c4fb	409	154	family	
e32b1016-2c09-4b3e-a3f2-bdb0b4799511	409	154	family	missingNHSNumber:nhs_number=9997186834
c51ef8be-d4ed-4d3c-87dc-87a5621aeb0f	410	155	family	
2b31dc82-1427-42c2-bc0d-73afece058cd	411	155	family	
cde65956-e03b-4cf5-babb-b4fb795250b1	412	155	family	missingNHSNumber:nhs_number=9997424409
4e865642-b22e-480b-a79f-1d8b8f5ef0c3	412	155	family	
b573264f-1b62-49e5-be22-193d9d835500	412	155	family	
a5be642e-ebc1-4cc6-95a4-cb0842c41137	413	155	family	
55b8b1ed-20e2-4352-a9e7-aa05860e4f9f	413	155	family	
3c17f034-cf10-4b04-a5e3-c30d8ee5e057	414	156	family	
b829af43-87e0-4a73-aea9-d4ec29d9b0fd	414	156	family	missingNHSNumber:nhs_number=9997582780
31e7e13c-634e-45e9-a1f8-817e488e7616	415	156	family	
6b5471c3-f6c5-45ca-88c6-06cbf3ff1fa3	416	156	family	
ff1e57be-30a5-489f-91d0-507226254a5e	416	156	family	
8966d259-1c6f-4606-8880-d69f222538de	416	156	family	missingNHSNumber:nhs_number=9997741161
9c1e1e5a-019a-436e-9a1e-a4a8b8038c42	417	156	family	
88d545e8-c178-4a1f-82d7-e9e813c7e070	417	156	family	missingNHSNumber:nhs_number=9997820355
312379f4-175d-4668-bbb4-8d843f567809	417	156	family	missingNHSNumber:nhs_number=9997820355
5f8ff9d3-660e-4e7d-87a8-6354a3b39fa0	418	157	family	
54bebfdc-8d92-479d-a2d3-cb835a28965c	419	157	family	
e576e6b2-b640-4b0b-b4bd-fc20a79b6824	420	157	family	
9a611566-ccdb-47c3-95ff-2caaf99107f3	420	157	family	missingNHSNumber:nhs_number=9998057922
a1a5e69a-3736-4648-89f3-726746e8c322	420	157	family	
fa3553e2-0044-4acb-bd5a-ef986754a25f	421	157	family	
816b328d-3564-499c-a72a-61d2f7f65183	421	157	family	
1d2ae3ea-f4c5-47a3-886a-a342eb93a472	421	157	family	missingNHSNumber:nhs_number=9998216303
566eb994-87a2-4e97-8099-2be85af679bf	422	157	family	missingNHSNumber:nhs_number=9998295491
ce36f139-75af-486d-87e1-ab7df33d46c8	422	157	family	missingNHSNumber:nhs_number=9998295491
2d4ffc22-1490-4ebd-a7c5-3d744988509c	423	158	family	
6d209d80-dd5b-49b2-a172-87d77fd212d8	423	158	family	missingNHSNumber:nhs_number=9998374685
e678a5b6-a446-41ad-9c5d-7f70c0233217	424	158	family	
3f618341-ffb1-4105-b4e6-51f3e170c7f7	424	158	family	
dac6d9bd-479d-4bb5-bd86-7012ae2c9541	425	159	family	
49fb9aa2-4cf1-4c04-8220-ab36a7114159	426	160	family	
d468310a-6d1c-4c3e-b200-61063b3024f5	427	160	family	
88a92bad-0816-4f5d-8e38-925211c345f1	427	160	family	missingNHSNumber:nhs_number=9998770637
80e79a2a-5899-4904-bc06-c3e95c5311b3	428	160	family	
e2f6ed74-6649-4735-a7b8-21e2a57bfc32	428	160	family	
5572a8f0-cf38-4e46-9902-be8dbc0001b0	429	161	family	
b038868d-a096-4667-bc0f-56da05da72dc	429	161	family	missingNHSNumber:nhs_number=9998929016
685bafb7-203e-40e2-83dc-bdbb0a539b5e	430	161	family	
3ba97aa5-0729-4d51-9a47-89edf657e58f	430	161	family	missingNHSNumber:nhs_number=9999008208
1e4a3a50-61f3-49ee-ae2e-27d8d197ca63	431	162	family	movedHouse:address=Flat 3, 59 Hill Grove, AW1 4ER
53bba481-7824-4b45-881a-fb092f85b76f	432	162	family	
8904cf33-eb08-4dd1-aa60-0ef7baf68abd	433	163	family	movedHouse:address=118 Orchard Drive, AW1 8TQ
9782dbf0-85f4-43a4-88cc-77c211fb166f	433	163	family	missingNHSNumber:nhs_number=9999324967
787c8afd-d4f4-4c30-9645-86236046c368	434	163	family	
1189e1a5-0be9-4586-afcc-95c0f59a82d1	434	163	family	missingNHSNumber:nhs_number=9999404154
d0d7d91c-4efc-4bd6-b35b-12b4c887e0f3	435	164	family	
2d8314cd-31d6-4481-83e2-14b5af05896e	436	165	family	
1ff48795-1add-4fe8-9be9-87a053ff1814	437	166	family	
ecac95c2-0551-4199-a4f8-b3976040d6af	438	166	family	
309565d6-792b-4d76-9019-8a4b97d21668	439	167	family	
946f2538-8011-448d-89fb-b68ae4cceb8d	440	167	family	
bc7d1a45-f3f6-43a1-a00e-1557e365b749	440	167	family	
6c6f14d2-bff1-430f-8f16-4ec06d5cbc62	441	168	family	
9ece3b3f-35a9-4bf9-8c08-85c0f0feb950	442	168	family	
6ad88667-13ac-4ece-9768-0ffb934e89a6	443	169	family	
767d51a1-84ac-40cc-961f-fdf27910ebec	443	169	family	missingNHSNumber:nhs_number=9990116865
3c30705b-5401-4c71-bfe7-0559862b9f5c	444	169	family	
9837ea03-642d-40f6-90f9-5ea3b80a3937	444	169	family	
e79df678-a82c-440b-a8bd-af8a92c4736b	445	169	family	
37ccb907-bd32-46e3-ae89-ce133c9a985f	445	169	family	missingNHSNumber:nhs_number=9990275246
fe23e055-028f-4def-893e-63c8c9bda435	446	169	family	typo:family_name=Okafor
37ee8f09-5d7e-4ac5-8cfb-a859b0427721	446	169	family	missingNHSNumber:nhs_number=9990433623
182cfb94-bd53-4559-8d85-a1ff6ce57c9c	447	169	family	
dd75a41f-7482-40f0-b2db-d2374204695e	447	169	family	missingNHSNumber:nhs_number=9990512817
9f37db11-f760-49fa-9c56-aea37bbde07c	448	169	family	
7dbe8998-b269-4fea-89b6-36611aaf5f16	448	169	family	
fd5a6210-6e08-4517-8f92-c8e572be5589	449	169	family	missingNHSNumber:nhs_number=9990671192
0209154a-e799-47fe-aae8-c9ed832dd30e	449	169	family	
493c3b3c-4fc8-47eb-9b70-a58c9306bc50	449	169	family	
0fe6d2a7-1b0c-457f-8145-2a9bc3be4ee7	450	170	family	
da4434e1-47cc-4b2a-b7f4-cd3b3d48d621	450	170	family	
fe4424cd-c20a-47a5-8852-dd4f73531ceb	451	170	family	nickname:given_name=William
b0a4cdaa-b1fa-4221-bfc4-3f3288bb54a4	451	170	family	
68346a30-42e5-4338-b53e-b01e61db5167	452	170	family	
49890b9c-64a9-428c-b4e4-765136ebc04c	452	170	family	missingNHSNumber:nhs_number=9990908761
4f317258-ff5d-401a-bc88-8020a40443c4	453	171	family	
7d57047c-3532-4d64-9a35-c177db7f2e49	454	171	family	
e41f285e-ee29-4ac0-a8e6-78f90bbb105c	455	171	family	
5598f69d-7238-4f76-9c3f-f337d96b4830	455	171	family	missingNHSNumber:nhs_number=9991146334
c42f4991-da14-41f4-861a-f105799fb490	455	171	family	missingNHSNumber:nhs_number=9991146334
47c5c9f7-64c7-4d7c-b6e6-8278e9555f92	456	171	family	typo:family_name=Mensah
057fad40-a367-42b5-b230-5dbb0c4a37ca	456	171	family	
afe8dee4-eeeb-40a2-9499-242014766c19	457	172	family	
5f6a6556-0e31-43a2-a187-cf12ed4b1734	457	172	family	missingNHSNumber:nhs_number=9991304711
a0d78923-375e-4ac3-be60-fab56713b538	458	173	family	movedHouse:address=84 Holly Road, AW1 5XD
582d09c4-0d55-4069-a2a9-ec74908ddf82	459	174	family	
0f1c8fca-8107-450b-ad56-794515ac6236	460	174	family	
99bc6c08-98ff-4235-aea1-978fd19fd865	460	174	family	
849801ac-2fbd-4230-8757-256d01d2b140	460	174	family	
0431c9a9-7a47-48ec-9734-3c77e66154c0	461	174	family	
580ba0f2-c795-4beb-9ed2-fab1d75c4abd	461	174	family	
066722c9-4568-421f-80aa-524e278458f5	461	174	family	
9aa23bc5-e6c9-4398-85f0-c2390da78369	462	175	family	
71475474-4dfd-4588-a6ce-4b3b0a33f8ed	462	175	family	
88b833a5-012c-45c1-836d-8ef54c0afdb4	463	176	family	
17e591af-9496-41c9-bb2d-da2b0a9d110d	464	176	family	
237d1f01-a380-4b2d-b1e3-25aaa376fa41	465	177	family	
9df856d2-0776-402b-a3db-128a87238f6f	465	177	family	
84a7eae2-febc-45e1-b1f8-843877094f22	466	177	family	
87c0b057-2f0a-422d-a3af-6b38d70f2505	466	177	family	
75546c0b-b88b-4458-bf66-7e9d53aefadc	467	177	family	
ade07e4f-b660-4fb1-94a9-7144a67d27ba	468	177	family	
db107012-b462-4778-9536-34f93438f8fe	468	177	family	
40c7022e-ea42-4730-9a2c-7a152f9a607c	468	177	family	missingNHSNumber:nhs_number=9992334185
603d1d07-5844-4b02-b60b-a5e4f0b6198c	469	177	family	
55f01515-07c3-4af6-8b85-fb25dde79b7d	469	177	family	missingNHSNumber:nhs_number=9992413379
8abdf39b-3713-4761-b4b9-7047c49555ba	469	177	family	missingNHSNumber:nhs_number=9992413379
83db3153-2fae-44cc-95ea-6c6a7224c035	470	178	family	
6b29072c-d166-43a5-9eef-522d8c480a05	471	178	family	movedHouse:address=Flat 3, 74 Rowan Crescent, AW2 4FA
b4c24715-e92e-4273-87ff-dbfbaed883f6	471	178	family	missingNHSNumber:nhs_number=9992571756
3b0efe0f-274f-4a01-b3a9-aaffa8a7870c	472	178	family	
ef8dc120-f4ad-458f-b23c-f170d62b544b	472	178	family	typo:family_name=Kaur
c0bc7b59-4675-433a-8b45-c1c9763c573f	472	178	family	nickname:given_name=Jessica|movedHouse:address=Flat 3, 74 Rowan Crescent, AW2 4FA|missingNHSNumber:nhs_number=9992730137
181c09f7-6058-42e0-a519-be9c50488f48	473	178	family	
93c12068-f265-4c20-840c-bb90a5b5b996	473	178	family	
a8c2fe5b-0d62-48f0-af88-43a22294b735	474	178	family	
daf08fc4-fd6c-426a-8f3a-af4a52398b34	474	178	family	missingNHSNumber:nhs_number=9992888512
a0ed24c0-c68e-423b-be8c-52a6733a6b72	475	179	family	
e7073ed8-59d9-4ed4-be61-d722ea79b242	476	179	family	
05d509c1-9c99-4775-9ffd-24a1cc32a949	476	179	family	
bd0c31f2-f1b0-497f-b110-5badc08ab794	477	180	family	
8a758af9-7171-4ea3-a9fb-7f85456c7453	478	181	family	typo:family_name=Fernández|movedHouse:address=90 Ridgeway Crescent, AW1 3GZ
dced357f-6aba-4d49-95e6-8ef5e4d93e79	479	182	family	
5e2a5a57-087c-4886-bd8d-6c10d5e8f1d4	479	182	family	missingNHSNumber:nhs_number=9993363650
d35fa3aa-1bff-4957-88a1-1a577b649e01	480	182	family	
5a0b3cfd-e557-4659-8aee-192264087128	480	182	family	
a8a5b201-6079-4fab-ba35-cdd1d9edd6db	481	182	family	
88239337-1bbb-4d0b-84a7-0f7b55a48199	481	182	family	missingNHSNumber:nhs_number=9993522031
63fe0a2e-ae8b-40d4-9565-b8a2effd7fb5	481	182	family	missingNHSNumber:nhs_number=9993522031
ba842ff0-117b-4edd-99f0-3d6bade43410	482	183	family	
26c35689-120a-406e-94b8-497615b4c2aa	482	183	family	
d9bb3a5c-bffc-4173-be88-94d2c12aae9d	483	183	family	
a099f3c3-c904-42d9-abf3-1a3b8c223559	483	183	family	nickname:given_name=Andrew
2053427e-9e8d-4ef9-8217-36d43c6c171c	484	184	family	typo:family_name=O'Connor
cefaa344-7c04-494b-8503-07b560eaa87f	484	184	family	missingNHSNumber:nhs_number=9993759600
0f82c446-74e1-46b8-a8e8-628bffd2d83a	485	184	family	
e726d636-f9ee-4812-bab5-f67ed8ba362e	485	184	family	typo:family_name=O'Connor
05efa140-f324-475f-a560-780785806ce2	486	184	family	
9a64af61-174a-4b3b-8483-8da6cac7dacc	486	184	family	missingNHSNumber:nhs_number=9993917982
74c48dea-37b2-40bb-81bc-92a2e1c4901a	487	185	family	
100df65a-0fbf-4034-8f88-352e9c6afb7c	487	185	family	movedHouse:address=42 Station Crescent, AW2 6SL
99cc1fe0-c288-46b9-b4f7-e0911eb84a6e	488	185	family	
4a7fb6ce-8932-4c73-a1aa-4479da8ac8bf	489	185	family	
6a0f9275-e75a-47ed-a4ea-d3369f510d67	489	185	family	
1eb6debb-de29-45e2-8951-c3fb098d37c9	490	186	family	
f2d3535b-6095-4ea1-8c03-4ed20395f562	491	186	family	
037b766d-958d-49a3-8239-6ecb9a0baa69	492	187	family	missingNHSNumber:nhs_number=9994551507
9fbccf66-1ece-4db6-b4a0-c157ac7d7b57	492	187	family	
10b2b159-5104-43ac-b4c5-fd737173f28b	493	187	family	
b075efd7-8142-427a-b996-3b714ea58db6	493	187	family	
f8303b3c-e9e7-4bb0-a850-8134dc23708f	494	187	family	
8a691ef8-fda7-4476-a581-f74174e3af74	494	187	family	
5d6e0213-95a6-4561-9469-e2bcdfa7a054	495	187	family	
fc2999b7-84c3-4dbe-8064-67d6aa212a49	495	187	family	missingNHSNumber:nhs_number=9994789074
da08594f-54a0-42b1-87f5-5911ef60f7b1	496	188	family	movedHouse:address=36 Station Crescent, AW2 6SJ
fae4401e-b996-41fe-b8a3-7b8421196dc3	497	189	family	
48915829-861e-49f0-81ab-7fa2e7b58883	498	190	family	
c3d8f1b7-0fcc-412c-a2e1-215265883a05	499	190	family	
d12c6e30-6c6e-4ea9-9b2d-e8f098f31188	500	190	family	
c4a06419-e747-4fce-830f-f3ccd53aeb7a	500	190	family	missingNHSNumber:nhs_number=9995185024
82f2c660-3cf1-4b77-be70-7e28ca09837a	501	190	family	
946a0997-32d6-49fb-8cf1-d6fd077d85c6	501	190	family	
1a120630-5bc8-42aa-b0c1-297f346368e1	502	191	family	
8e2168ad-d194-4d41-a2ed-6e6cd8cf580c	502	191	family	
e648d71e-8f3c-4d6f-8964-f5e359cd11da	503	191	family	
1399c22d-c7b2-4ff1-bf36-2edc3b64e9aa	503	191	family	missingNHSNumber:nhs_number=9995501783
2d1d95b7-fbca-4339-9141-375031d2be0f	504	192	family	
ca83e055-223e-4e7d-8fe9-0e31f58e962b	505	192	family	
2218d6c6-dbda-4c6d-9132-e3469d5873e7	506	193	family	
e9e277a6-67b1-43cc-bc12-b2452bf2ce91	507	193	family	
bf5af87b-8d20-4a0e-a7f4-97e5ac442816	507	193	family	
b69a2cf1-e841-45ef-8936-c09ed5d278a7	508	194	family	
4a15ab5e-e61d-45ae-b573-54938baadd36	509	194	family	
501d96d2-81e2-4e4b-bc3f-a6ceeb804af8	510	194	family	
b240e3b0-53ae-466f-af42-dc1a8986093f	510	194	family	
e301a18e-2c1e-4454-b38e-71161d34400c	511	194	family	
31c4797e-e614-41fa-9d48-dc96c29a2b83	511	194	family	
9d37dde7-0c0f-4a46-91fe-b88fb3d95548	511	194	family	typo:family_name=Dixon
1438843c-d24d-41c9-9065-3bc0e10820d2	512	194	family	
ea58dae5-511a-49a8-89a7-95faa0c16ea1	512	194	family	
81fa5a4c-7120-4c62-8157-b259bdec7d82	512	194	family	
0fd36549-67d9-4534-adff-7842efcdeb1d	513	194	family	
c0da7bf8-6a1c-4c12-bcbf-4cd479ddca61	513	194	family	movedHouse:address=6 Hill Grove, AW1 4EP|missingNHSNumber:nhs_number=9996372871
c4602aba-830b-4671-904b-e535f878c001	514	195	family	
35550fcd-7b22-4a12-87f8-640545cf51b4	515	195	family	
b3a3aecf-141b-455a-89fa-a7d53006f21f	516	196	family	
fbd36dc6-82fa-4d08-b8c0-c7ac876c4360	517	196	family	
984ee01e-2a70-45b3-8b51-cf9f542a01d9	517	196	family	
feabdcba-aa56-45aa-add1-ea6eff20d371	518	196	family	
aed93785-5f2e-4c19-9d43-65d9a50ae0d4	619	229	family	
23a89a4b-b904-4024-adf5-1e3bc5acc8e1	518	196	family	missingNHSNumber:nhs_number=9996768821
4ab55854-9646-41fa-8e2b-a659ffc708e6	518	196	family	missingNHSNumber:nhs_number=9996768821
401902ac-95c5-4c52-99c6-cd0069152c39	519	196	family	
48abe609-24d2-4455-b3bf-6beaeceb0467	519	196	family	
ef34d3db-32ad-450d-be0e-baa1d7fb769a	520	197	family	
1fea51ac-39ab-40f2-b063-4b6071eb317b	520	197	family	missingNHSNumber:nhs_number=9996927202
d6ede869-370f-4e93-81d1-0818ab80ea05	521	197	family	
f4fc709b-67c3-4bad-8531-138457bc2351	521	197	family	typo:family_name=Mitchell|missingNHSNumber:nhs_number=9997006399
cd78dba2-1d7a-41ee-8059-c02e141c0b53	522	198	family	
0f6c61ad-8f74-4846-a47f-bbe15f14a552	523	198	family	
d300beb1-ed4e-45be-b688-84c61c4a6a2b	524	198	family	
48d48cc3-910c-432e-98fa-51a094a2c7f3	524	198	family	nickname:given_name=Sophia
7746f61b-a9af-4c00-b45f-72564535d479	524	198	family	missingNHSNumber:nhs_number=9997323157
1764d466-b91c-45db-9d7b-2ae7de67435a	525	198	family	
eb5611ba-3a82-488c-8cf7-306a74ab952d	525	198	family	missingNHSNumber:nhs_number=9997402340
5cedac98-1809-4434-ad5e-097d04dec54e	526	198	family	
ade5a25e-6cb3-45b8-b162-fbb0b3a0da95	526	198	family	missingNHSNumber:nhs_number=9997481534
f7ddf9cc-04c1-45d4-a4e8-e9ee53a242f7	527	199	family	
6251dbbb-9aa1-4fe3-93e9-f19f9f35ff0c	528	200	family	
d37e81fc-89a6-41ee-b7d0-5d54b6ed99a0	529	201	family	
b3d073c3-67db-41ff-a7e6-b351781e47b6	530	201	family	
97365bd2-8ef5-4d1f-94be-0a3e7943146f	530	201	family	
b678d433-598b-4dea-a263-218daace4ded	531	201	family	
1f4db0a5-9327-4ed4-bcac-aca1abc25921	531	201	family	
bd0b2dd0-2ebe-45d7-ab0b-6eec09ab6bc6	532	202	family	movedHouse:address=17 Laurel Lane, AW2 1QA
94c610cb-4be7-4bf2-be66-4d36e60421ad	532	202	family	
575e3652-dbde-4daf-b5c1-98e374fedabf	533	202	family	movedHouse:address=17 Laurel Lane, AW2 1QA
4a3467a4-3c98-4cd1-83e5-b03cd4b7ee74	534	203	family	
5c79880f-0984-4bd2-b00f-8cf53229c17d	534	203	family	
3cbaa31f-bd28-49ab-b143-873645c42a4d	535	203	family	
c4040e70-9aaf-426e-af8a-12a93ab051d4	536	203	family	
9bf237d3-27f8-47d3-aea4-f295163354a5	537	203	family	
2f20cf4c-c7bd-4ea6-9f8c-ec847f789c98	537	203	family	
a4bb19e3-ee6c-4fd1-9176-6fa2e25fffd6	538	203	family	
ac87c569-757e-412b-b2a2-fbbb22df9d4c	538	203	family	
212095da-1dcc-4d23-a56b-ac40f7f2c271	538	203	family	
fa1c2520-8a8f-4699-9025-5995c292213e	539	204	family	
41766868-93a2-4a27-bf59-342ff949f544	539	204	family	
e2b1710a-a489-477b-9635-c86664021ac2	540	204	family	
72b6a083-baba-492c-b075-62a45a30c6bc	540	204	family	missingNHSNumber:nhs_number=9998669383
22b250c1-11c7-41e7-9226-30be1bed32df	541	205	family	
a0afb484-f6e8-4e7d-86ef-5b08024754ab	541	205	family	
3ae4e33a-7de8-4f77-b83f-6447a9f09498	542	206	family	
e914f19b-f2b8-4c16-b0ce-d69778e10b86	543	206	family	
455c3879-86eb-4150-ae52-7ff233a5854e	544	206	family	
f7576486-c6b0-4adb-9381-344a2697cdf7	544	206	family	
53c06c64-4597-457e-ad59-1a9ee3a4c441	544	206	family	missingNHSNumber:nhs_number=9998986141
7f08061c-8eb9-4220-ab1b-ecbc48ab996c	545	206	family	
f25bca9f-85db-4aa6-babc-c6804c813530	545	206	family	missingNHSNumber:nhs_number=9999065333
eaa819a3-450d-4adb-a6a0-f38704337704	545	206	family	missingNHSNumber:nhs_number=9999065333
45876161-9f03-4aae-8fc2-7d5287cb0a10	546	207	family	movedHouse:address=68 Holly Drive, AW3 4DX
79bcd19c-1427-4cc4-8033-4ea16153395a	546	207	family	missingNHSNumber:nhs_number=9999144527
360b50f4-1952-409f-bee0-8a90e0117d90	547	207	family	
05f228e8-56e2-4bb8-9bc1-1424c17690fd	547	207	family	
95e1281f-0620-4002-bbc9-77f62432e14b	548	207	family	missingNHSNumber:nhs_number=9999302904
fca0f267-6dc1-47ad-a810-129ca6fb8989	549	207	family	
f10a60bf-e3f5-44d5-8e41-0760d199f839	549	207	family	missingNHSNumber:nhs_number=9999382096
8b73cb82-7e06-4802-9f2f-0939ccf698d3	549	207	family	missingNHSNumber:nhs_number=9999382096
17e75eb7-be4d-4836-b18c-84682d8ec944	550	207	family	
632499c6-4465-4b4c-ac29-f7c45aa7b595	550	207	family	typo:family_name=Phillips
fbdc205d-e72d-4512-af15-5cafced60a72	550	207	family	
10b5898a-6f8c-45de-b1b5-4d90ce93b0c2	551	207	family	
9bccf412-235c-44a1-ac49-660dbc41d5fc	551	207	family	
fab106d1-b920-4b0e-820f-af6fbc57d243	551	207	family	missingNHSNumber:nhs_number=9999619665
3c975b49-fba0-47bc-982b-74c5c83a28de	552	208	family	
ddb61844-1141-4827-8854-ac785c1856ea	553	208	family	
87d0315d-ee5f-49e7-bb72-7c58aa3cf4dd	553	208	family	
57c9a9a6-f9a3-414d-b104-09288fcc8b24	554	208	family	
87697466-d07e-453e-91cb-9211227aa66e	554	208	family	
5f0f25ad-0ba5-484b-b72b-5fa565580381	555	208	family	
d93ddf9d-62a6-4397-95a8-7f65fe5518fd	555	208	family	missingNHSNumber:nhs_number=9990015619
58e0ddd3-45d1-4dc2-898c-e2b682578db4	556	208	family	
015ac4a5-6058-4f86-af38-5dc854ddeaa3	556	208	family	
498c915b-daca-4486-b417-c6c669f8f80c	556	208	family	movedHouse:address=Flat 10, 71 Green Drive, AW2 8BT
2bb49164-fbd0-4f96-b770-3716377f11f3	557	208	family	
251085f1-b286-420a-b0ca-e288ca91d95c	557	208	family	
294edb34-9a9f-47ab-bdc8-79967d3b7420	557	208	family	missingNHSNumber:nhs_number=9990173990
d7aeead1-bb00-4af2-8879-37f4b7534e67	558	208	family	
7d2e84b3-3f35-4941-9150-69377b8b14a8	558	208	family	
2c2a746c-e99a-4c8b-97e0-b033db955d2c	559	209	family	
f9ca5362-f51d-4100-b21b-438d7c9c9463	560	209	family	
683be28b-c6ed-47ea-ab14-c56dbd601c93	560	209	family	missingNHSNumber:nhs_number=9990411565
608f69d5-4738-49a7-910f-14c3a917d637	561	209	family	
44b645ed-1903-4556-93ae-70601d36edf3	561	209	family	
82412e91-31ab-49fd-b593-f0e7ee39dc57	562	209	family	
ca55b474-8ccc-4fd8-96d5-375ca1d5bf8e	562	209	family	
32743051-ec55-4ccf-8143-71ff6583e670	562	209	family	missingNHSNumber:nhs_number=9990569940
46d92649-e87f-410b-8767-ae90c282922c	563	209	family	
38095904-dcb0-44d4-a342-0a04e06d5e50	563	209	family	typo:family_name=Webb
29383c67-73e2-418e-834f-db91d930ded9	563	209	family	
db446423-4618-481a-9e50-770cc3ac4b79	564	210	family	
886178e7-b35b-4d30-908c-3de41a751da4	564	210	family	movedHouse:address=Flat 2, 48 Station Crescent, AW2 6SL|missingNHSNumber:nhs_number=9990728321
6e4ed86c-6c35-4824-b274-b286210fb791	565	210	family	
3a27fd28-5c92-4b33-a4d7-46d7b7b4bb1c	565	210	family	missingNHSNumber:nhs_number=9990807515
ae9b4ebc-208e-4ebd-b846-b4ca8f8701c3	566	211	family	
40121cc2-6ca8-48c9-87a4-7f38f6d9c819	567	211	family	
c740800b-1fcc-4e53-b193-eb2c0833e39f	568	212	family	typo:family_name=Kowalski
cf0572f7-d16e-470b-bf51-c2acb804e162	569	212	family	
da84e9c6-8a1c-42f6-a790-2af56fba6349	570	213	family	
cde716d3-53b6-48ff-b53b-d1a0e6fe7345	571	213	family	
3d05f85d-ff5b-4457-9562-c31223a110f2	620	230	family	
ab691620-c3aa-4958-9a4d-0212a853606b	571	213	family	missingNHSNumber:nhs_number=9991361847
f5420828-726c-4ba3-a51c-30016a4e07be	572	213	family	
9816df4b-18f1-41c2-9312-6072ee9ee28f	572	213	family	missingNHSNumber:nhs_number=9991441034
8d6784d5-43ee-451e-b9c8-17bf53805cba	573	213	family	
0a5c40d2-62ea-4516-86cc-2d700365fb81	573	213	family	missingNHSNumber:nhs_number=9991520228
f5603f70-3acb-46f8-8ba0-e487a04fc37e	574	213	family	
e282c139-fdc4-470d-b4dd-a3d600d43553	574	213	family	movedHouse:address=38 Heath Road, AW1 7JD|missingNHSNumber:nhs_number=9991678603
670834ae-9593-4a0d-800e-88cc78fca7ae	575	214	family	
0c2d8f13-d336-4720-a627-9bc81689c01a	575	214	family	
63142313-15af-47db-b7dc-94b61259ec16	576	214	family	
f24c75be-4f93-491f-ba90-ccadf9f38ef8	576	214	family	missingNHSNumber:nhs_number=9991836985
3d2c4f96-9f4b-4bf6-a79e-c11fc19db9e8	577	215	family	movedHouse:address=85 Station Crescent, AW2 6SP
5b0f44f9-0416-4b97-871b-eabb305dda36	578	215	family	
731a01d6-c9d8-4c76-92ef-bcdf20e806b7	578	215	family	missingNHSNumber:nhs_number=9991995366
5d4c6259-64c7-4245-9935-4eb1a5eace94	579	215	family	
a237baff-0626-4df0-aef9-4bbcbbd5f6c0	579	215	family	missingNHSNumber:nhs_number=9992074558
9b519192-7e3b-46dd-84db-3cd659f1a0b8	580	216	family	
57ef5e7e-a1f2-41b7-b242-c26564527a1d	581	216	family	
9c301b3b-63a6-4fa7-879c-b44205a30ba9	582	216	family	
f33f9f3d-81de-417a-86d1-7fad0a4a6b09	582	216	family	missingNHSNumber:nhs_number=9992312122
a0506fa7-af22-4005-9a62-b4994e623094	582	216	family	missingNHSNumber:nhs_number=9992312122
90ce4453-d5bd-4e37-a97f-e8ce83a40b2e	583	216	family	
8e9caee6-7986-4df8-ad61-cb5c0bed5a9e	583	216	family	
5be1658f-e83a-4f66-9731-1ff45e99eada	584	217	family	
31e4097d-276f-4078-943d-0ca404ce3a4c	584	217	family	movedHouse:address=20 Holly Drive, AW3 4DU|missingNHSNumber:nhs_number=9992549696
b5710ed2-3b58-4569-b51b-7c0e61bb46d9	585	217	family	
7b6e686e-dae1-4619-960d-e2ebc636fb9a	586	217	family	
5bfb2516-144c-4577-850a-0dc23c92b24d	586	217	family	
c2ac0625-044d-4b77-9cf1-dd8b8fabffe7	586	217	family	
030aef93-aa60-4b5a-8702-b6ada4eaff9c	587	217	family	
7cd3dc25-8a92-421b-b50b-96c987315993	587	217	family	
cb2ecfc1-1f8e-4fa5-9a3e-24c0f08478bb	587	217	family	swappedDayMonth:date_of_birth=2017-03-10
c0cbffc8-4123-4dfb-9fe3-ac6cb51c3506	588	218	family	
dbd47d5c-9e4e-4b13-9b28-d3d35e0ac4b4	588	218	family	missingNHSNumber:nhs_number=9992945648
17a519b3-a2af-4a82-a7ce-b050df36572e	589	218	family	
6602f097-fcc1-43d6-9e45-c69a1a1a2ac9	590	218	family	
e66c14dc-1114-44f1-a007-1ca695450a98	590	218	family	missingNHSNumber:nhs_number=9993183210
75c01ed2-ed4b-48bc-88b9-12ba433c7913	590	218	family	missingNHSNumber:nhs_number=9993183210
118b0fed-0f7c-4f29-9dde-d6ed8a0a5e05	591	218	family	
38389a55-e035-4487-b769-e12b2c810201	591	218	family	
d0501a00-e6cf-40f4-ab47-a7932cc19bf5	591	218	family	missingNHSNumber:nhs_number=9993262404
9e4a7156-98a9-4b07-a72b-3ff3763ee18e	592	218	family	
d0d8a9e0-d090-4a19-8954-b403b8d27452	592	218	family	
1de7d992-7e0f-4e00-b163-d94ac962f49b	592	218	family	missingNHSNumber:nhs_number=9993341592
cd005591-4cae-466c-ae22-80a452f5c5c9	593	218	family	
73402e0c-f5c4-4169-a1f6-ae15edd2561b	593	218	family	missingNHSNumber:nhs_number=9993420786
08d3f04b-97ad-4d32-b409-f5146629988c	594	219	family	movedHouse:address=53 Ridgeway Crescent, AW1 3GX
f7e46067-01d6-45e7-b547-ce9c5d1e6ac3	595	219	family	
9671318b-ecac-4b80-862c-be5d57a4f2da	596	219	family	
433ee22a-c44d-4d23-8747-629ea1389900	596	219	family	
cdfee609-19a2-4336-9b23-b6a297afd852	596	219	family	missingNHSNumber:nhs_number=9993658359
fced3320-b721-440c-b4f5-2f698339176e	597	219	family	
ae136580-0cc2-4680-93fb-37b5b63194b5	597	219	family	missingNHSNumber:nhs_number=9993737542
a61590a4-4e7e-4f50-ba60-803283bc7b70	598	219	family	movedHouse:address=53 Ridgeway Crescent, AW1 3GX
6f491679-2537-496e-b53b-04ca25aa6187	598	219	family	
70ffcb81-79d7-4599-a83b-1ad169c8c52c	599	220	family	
8f317e7f-3e9a-45e9-bdd0-3a59b6ccde69	599	220	family	movedHouse:address=13 Park Road, AW3 5BQ|missingNHSNumber:nhs_number=9993975117
d2c53336-1c14-487b-bf96-196a98e7ad1f	600	221	family	typo:family_name=Hill
5f0e846c-17e6-4249-8022-46a6480d58be	601	222	family	
49ec0e0a-c6bc-4450-a8a7-61ddad09485a	602	222	family	
de1fba3f-afe3-4b0d-8eff-feb2a7189b6a	603	223	family	
2133379a-e608-44a6-b40d-05cbb77c0a0c	603	223	family	missingNHSNumber:nhs_number=9994291874
24986c47-a45e-4d3d-8f01-0168ce593415	604	223	family	
b2d43861-dd51-49e7-8621-3f535ee8e655	604	223	family	typo:family_name=Evans|missingNHSNumber:nhs_number=9994371061
0c0d715a-05f9-4986-86ad-c8ac2e2090bb	605	223	family	
10df0474-def2-43bc-aa3f-6a8cfbff5748	605	223	family	typo:family_name=Evans
890df119-4589-4263-bbad-683bd19a6c7e	606	223	family	movedHouse:address=Flat 1, 120 Hill Grove, AW1 4EW
d409784e-0a18-4c02-9a88-c3c5eb8bc330	606	223	family	
48c236e0-16a6-485f-8ecb-303383a777bf	606	223	family	
7d03c565-c947-45ce-a8b7-a3512f61ea17	607	224	family	
e4204fe6-b920-4819-83b1-83825757f84b	607	224	family	
33d56ea6-6a07-449e-bd61-400628058ba8	608	224	family	
e9c7f220-19c8-4a2f-a8b2-1989b87dc5b2	609	225	family	typo:family_name=Patel
a54b5c77-56a8-44c5-aebb-6fa4865173f9	610	225	family	
c4af7880-d2bc-4aaa-afcd-3afc2d299abd	610	225	family	missingNHSNumber:nhs_number=9994846205
132021aa-ecd6-4cf7-9276-404f9dedcc08	610	225	family	missingNHSNumber:nhs_number=9994846205
12384c65-b0c5-48fa-a1d7-319575a33f80	611	225	family	
07f157ca-2dad-41d9-bb1d-3aa7ba73b9c3	611	225	family	
adf7a6fc-bdb6-4d94-aedc-272894ddbece	611	225	family	
83d902f2-ac78-4f72-8ffb-f95a461b7c26	612	225	family	
7eaa6c37-6f25-4bf2-b74c-fa246f5c72c9	612	225	family	
27f6d691-2d8a-4a46-87ab-71b58876b64e	612	225	family	movedHouse:address=33 Ridgeway Crescent, AW1 3GW
28d87a6b-9ea4-4951-82eb-e815f5ff8d23	613	225	family	
1e97a268-a115-4efd-8c58-abd0fb51b4ff	613	225	family	
5e15cb3a-09e4-4357-a2e5-2e23d1b6cf44	613	225	family	missingNHSNumber:nhs_number=9995083779
3be7d503-c5a0-414e-a08d-56b33d2a9ba2	614	225	family	
0cb7b467-aef9-4e34-992c-9114c0d518ea	614	225	family	
a2614851-f94b-4c5f-8288-b5afc77f97c3	614	225	family	missingNHSNumber:nhs_number=9995162962
e25effaa-c369-4650-af45-3d81222ba9bb	615	226	family	
82d41bde-c2dd-494d-8c8a-83be5625b81f	615	226	family	
68d7e0d9-7f1d-491f-adf0-7b500e6282e9	616	227	family	
5a1e5d36-98fe-424a-98cf-48e21924de0c	616	227	family	missingNHSNumber:nhs_number=9995400537
67bc243c-5ffb-46f8-854a-753df47e4c45	617	228	family	movedHouse:address=52 Derby Way, AW1 6UL
c564a49d-f5a9-4832-aa67-61491904250a	618	228	family	
980932af-0bf9-4b4a-aa55-47bf91c808be	618	228	family	
e60940b1-6dc4-4804-9d4e-8b93e1e774b3	619	229	family	
86f8d07e-e5af-43bb-9f11-2ac1a52a6ff0	621	231	family	movedHouse:address=61 Jubilee Terrace, AW2 8TS
67621e91-2a10-4e3f-99e6-3056966f7ccb	622	232	family	
52bfeba6-70a7-41ae-8e50-81510ac15516	623	233	family	
09e4c1bf-3b38-4490-86e9-04287059b4f7	623	233	family	missingNHSNumber:nhs_number=9996034054
b0180277-7da7-4cf9-8d41-fc44221a457e	624	233	family	movedHouse:address=66 Orchard Drive, AW1 8TN
741bd8aa-1ff6-4f62-b134-89ac12aae608	624	233	family	missingNHSNumber:nhs_number=9996113248
18677fc7-6b6d-4003-9cf6-ee4eac62f87b	625	233	family	
7721286b-b0b2-49bb-b2cb-9173956ef685	625	233	family	
5e0e1b8e-8757-4e18-aa5d-63b59e890741	626	234	family	
3496a179-b649-49ef-9042-d842d4db7e14	627	234	family	
014e3662-f0ad-47f9-9668-a2545d9a6dff	627	234	family	missingNHSNumber:nhs_number=9996350819
db0f64f6-157d-429b-8bb3-843176a7602c	628	234	family	
b0a0962f-7d24-4c0d-9c54-1f6d404b5a58	628	234	family	
ea9a3dea-94b4-4284-a23a-3cd0dfa3e1df	628	234	family	
51fc0f11-3cdf-48be-8aa6-6c0c876a4473	629	234	family	
295e1263-551d-401f-a6e2-35bad9fa5684	629	234	family	
40ac3aec-fa52-4328-acdc-efba76771254	629	234	family	
a34384e0-e198-41f1-9f1b-639f5a18ecc0	630	234	family	
2205e2f1-dff6-4db4-a761-ab34bd60f356	630	234	family	missingNHSNumber:nhs_number=9996588386
46e76cc3-ed68-4e80-b389-60c5e801e9fc	630	234	family	
6ba59f05-b875-433a-ae6b-c2307477cf4e	631	235	family	
9b7013f7-8ef8-4213-ac19-f91efd58abf8	632	235	family	
6f9eef42-5fe8-4338-865b-fbbdead57126	632	235	family	
3fb46eae-de5a-468a-ba5b-b8f27d16e02c	632	235	family	missingNHSNumber:nhs_number=9996825957
badc0085-8d13-4b30-a049-ba4627107a8c	633	235	family	
3d5a9b1d-d4a5-4724-9fef-e13dad782e5d	633	235	family	
41f7d648-d17d-4d54-8f43-8ab9f8c3a8ef	633	235	family	missingNHSNumber:nhs_number=9996905144
b1f02075-898d-4cdb-a483-447119e65d3a	634	235	family	
1866b5b4-a37d-4d10-b8ee-e9bf49891606	634	235	family	missingNHSNumber:nhs_number=9996984338
f1d60af3-dcc6-471e-93bc-8e549eaec0bc	635	236	family	
88a434a3-ba19-4ad4-89f5-a18a609c2e3b	635	236	family	
6fdd453a-ee3e-4dfb-8eeb-8be34b6f1fd2	636	237	family	
9183700f-90e1-457d-a97c-03c136114342	637	237	family	
c06b347b-4bba-45f2-9e11-53d82435e6b2	638	238	family	
4ff38b31-c04d-45d3-8d28-8b6a2d64d505	638	238	family	
74ef634c-8895-4e54-9350-dbcc75138081	639	238	family	
120e333a-dcff-4289-a842-d4250ea7399b	640	238	family	
2ac1e916-d8be-4182-9518-bc7d9a309abb	640	238	family	missingNHSNumber:nhs_number=9997538668
eebc05a0-ae64-4443-b53f-280f6e3eda7e	640	238	family	movedHouse:address=93 Heath Road, AW1 7JG|missingNHSNumber:nhs_number=9997538668
cd67b79a-93f5-4023-b403-cb2e1e890d36	641	238	family	
77e570de-2c7b-428c-83c5-bb9e588b36e5	641	238	family	
6bc4d16f-6410-4887-aae9-07e8802841be	641	238	family	missingNHSNumber:nhs_number=9997617851
b14b4849-0a2c-41bf-a307-cc54e6b6d2c8	642	239	family	
9ea65196-3df3-4552-b92a-6d890087543e	642	239	family	movedHouse:address=44 Canal Close, AW3 3GA
28a50d58-78a8-44f5-8c92-e49b8b619111	643	239	family	
2e0d3a5b-c830-4272-a08f-f789f9366492	643	239	family	typo:family_name=Morgan
26ee86d6-c6bc-4108-9c5d-cd348dba097f	644	239	family	typo:family_name=Morgan
6a759689-1361-4c86-b893-599ab38bc2e3	644	239	family	
7aad8c32-38cc-4e61-bf35-498a7ca7fdcd	644	239	family	
c867f461-7f31-4d55-adfc-e163d0ba2cc6	645	240	family	
9ec99889-e4b8-4d40-8b2c-fada0957a4ea	646	241	family	
7b18dea5-2b8f-4629-9e78-c2a7da689b89	647	241	family	
dd21b018-f1bf-4a78-8212-72b97b0c172f	648	242	family	
42482475-5d60-42e1-94e3-e5b264428b90	649	242	family	
74499d1f-7647-433e-a4fa-45e11a082333	649	242	family	missingNHSNumber:nhs_number=9998409756
d75d5cc1-af1c-4576-87b2-43c1d1954a2d	650	243	family	
74f0c45d-663d-46bf-9d8c-fd7ba99a6ae0	651	244	family	
16255cce-1d2e-4d30-b5c6-178f6840cbcc	652	245	family	
e034eba7-a78f-4629-bd9a-832146b419fb	653	245	family	
507a5b36-f486-496d-abe4-19e0be0c3afa	654	246	family	
6fc89785-d248-4c64-948b-78159cac5925	655	246	family	
c7bbc5be-260b-4410-bfc2-751703108693	656	246	family	
a23107ed-a454-4277-a482-5d569269c104	656	246	family	
e19b90ae-6567-4333-9033-3b54bc91b498	657	246	family	
3170fb62-aa3e-426d-bedc-d9b4a48983cf	657	246	family	movedHouse:address=110 Heath Road, AW1 7JH|missingNHSNumber:nhs_number=9999122469
99ae5ae5-d184-4d58-9fdd-61c6b46e974c	658	247	family	
b341bcba-9da3-4b6b-a7b8-90fdd1c1c4aa	658	247	family	missingNHSNumber:nhs_number=9999201652
e25ad916-1d53-4590-a3d3-82f316cee7fc	659	248	family	
3a66ebe9-23ca-4ae0-b2eb-cfffcf003a7b	660	249	family	
d41da164-d654-4b16-a035-e853120b93d6	660	249	family	missingNHSNumber:nhs_number=9999360033
44e36177-6f53-4777-97fa-742e9c2d49e9	661	249	family	
f9766262-e9b1-498e-a450-8eb3aed06717	662	249	family	
8deaf68e-2098-4ec3-88cd-02003682bde5	662	249	family	movedHouse:address=Flat 9, 85 Station Crescent, AW2 6SP
af94f6b6-627c-408a-a770-cfb8cf94d3f1	663	249	family	
84d87df2-0af9-477a-a6d3-18d180b0dd49	663	249	family	missingNHSNumber:nhs_number=9999597602
a3fd4f38-c5fe-40f9-a0eb-a3c48fa3a66f	663	249	family	movedHouse:address=Flat 9, 85 Station Crescent, AW2 6SP
ea27ac8c-044e-4115-8d61-748eb271b693	664	250	family	
dfbba33f-1c53-4307-ab5c-2bcc446568af	665	250	family	
7a823dc7-c411-4665-a22f-d101eb0272d9	665	250	family	
9b2a637d-5d0d-4cd9-ba52-f14030271ed5	666	251	family	typo:family_name=Rogers
928431ec-c956-4ebb-bbda-5971c9c55ca6	666	251	family	
73c6bff6-7a87-4a94-9c32-e03a5ca01140	667	251	family	
be88c558-67c0-4593-a1a2-a8a415f7bb14	668	251	family	
5bc07ba7-00aa-4565-81f8-b44b1850b456	668	251	family	missingNHSNumber:nhs_number=9999993559
b1fa101b-2fb7-4a9c-a85a-992307e0d01c	668	251	family	movedHouse:address=30 Derby Way, AW1 6UJ
c61ffae2-f4b9-4f13-8157-87173b489818	669	251	family	
02f2c480-9d66-40b4-b1c2-729e9bd60f40	669	251	family	missingNHSNumber:nhs_number=9990072744
dc5c4ce4-181a-4ac7-bae6-84327663873f	669	251	family	movedHouse:address=30 Derby Way, AW1 6UJ|missingNHSNumber:nhs_number=9990072744
71274aa4-948f-4d0c-9b9b-3ebb48a7cb85	670	251	family	
bba80aa3-3a5e-4658-b241-c50a6ce7fd7c	670	251	family	
068589a6-c3d7-4357-84b7-09ece03fd116	670	251	family	
1eb67271-72b8-4815-a67a-088b8ffd43cb	671	251	family	
ad7f85a7-203e-4a92-a2a5-da3f97e0a1f1	671	251	family	
8de2a5a8-de5c-4c87-aed4-96def262eb52	671	251	family	
ade7a27c-0c51-47e8-9e1c-708859b080a7	672	252	family	missingNHSNumber:nhs_number=9990310319
c7fee480-3860-486b-bfc9-efb24ffa5bf4	673	252	family	movedHouse:address=112 Canal Close, AW3 3GE
f3e748d3-37d1-4448-8932-dd2b5905b0e1	673	252	family	
1db80a42-70f1-4e20-b0ed-a9a5f3386abf	674	253	family	
11eacbe2-8c9a-4010-8921-6b0a3f6291a0	674	253	family	
405eb8d7-96ae-499f-ad4d-0ca440dc154a	675	253	family	
f6ee7c32-2d0e-403b-ac83-e0568ece858e	676	253	family	
0319b46b-ca65-44a0-ae60-26d6f62960b3	676	253	family	
1135f443-c1ca-4abc-8c5e-eec2f33481c8	676	253	family	missingNHSNumber:nhs_number=9990706263
ea0caccf-2fea-4aaa-bbd2-2eb503b8d03e	677	254	family	
5f91df6c-1381-4fcf-a7d7-35c86a899ae8	677	254	family	
834e4b06-c94b-4e07-abc5-b68fd5e83710	678	254	family	
9d2c2e56-0996-4ae9-9328-a0d0c53bb1af	679	255	family	
375b86b5-13bb-44e1-96c8-4dbd6bf1945d	679	255	family	
e557121e-d640-4a10-9089-92e8824a5fc5	680	255	family	
464904bc-c9b9-4e17-a1bb-55174e0270ce	680	255	family	missingNHSNumber:nhs_number=9991102213
4a9024f1-17bd-47fa-9147-d608a2eabf18	680	255	family	
15816972-9fd7-4bc2-ab13-48a05cf10d76	681	256	family	
ca1aa13c-aee4-469d-97da-ef48406a7e32	682	256	family	
4efee0bb-8918-4582-ab73-2a21ed2e9576	683	257	family	
ef8931f5-4420-467c-9723-cc87b84076d6	683	257	family	
c8a66252-363c-4777-b351-af555e5258b5	684	258	family	
6712ccc0-6862-4331-bd5b-442bb0acab47	684	258	family	missingNHSNumber:nhs_number=9991418970
fb25ff41-c074-4c37-8b8a-cbb2731fe7fc	685	258	family	
0d3719cb-4e55-4d86-86dd-22cd57ec6e4b	685	258	family	missingNHSNumber:nhs_number=9991498168
3e66a6ab-510c-480a-995d-ae313ab2e7dc	686	258	family	
70b182a0-2493-43ce-af70-4662f8adcabf	687	258	family	
5c51f439-6f83-4830-b804-ca892555f3a8	687	258	family	missingNHSNumber:nhs_number=9991656545
18feb72f-8cae-4273-a547-2852491a651f	688	259	family	missingNHSNumber:nhs_number=9991735739
b14b4bb7-f050-46a1-b9f5-02fd002d2871	689	259	family	
3f704048-5cbf-44a3-b970-35a7f411c96c	689	259	family	typo:family_name=Nowak|missingNHSNumber:nhs_number=9991814922
f9f900d4-d691-4481-802c-078f65335be6	690	259	family	
144bf9d4-420f-42a2-aa44-ffe7723d3602	690	259	family	missingNHSNumber:nhs_number=9991973303
414c5f73-fc07-40d3-8945-e78a525c5031	691	260	family	
e0b29353-4003-4efb-b289-f7da72ce7c03	691	260	family	movedHouse:address=63 Rowan Crescent, AW2 4FA
049d9b94-d6f5-41ea-b172-7d9707cb5154	692	260	family	
c0c6e603-c4a6-4704-a4d8-9adca4f03366	692	260	family	missingNHSNumber:nhs_number=9992210877
cf1db248-fa3b-45e5-9f29-80bfb9744f58	693	260	family	
b0b341ef-d2b9-4e13-8ee9-4e9687a31e1c	693	260	family	
ce090759-921d-4d85-8261-21e60be3e6c3	694	260	family	
7f935b92-0f52-464f-8858-4f9423f1e5d3	694	260	family	
08c4f5e9-af18-47c2-8f39-5eee0c628fa9	695	261	family	
299e48e1-8e98-4985-b640-2eaf60d4fe06	696	261	family	movedHouse:address=Flat 8, 1 Derby Way, AW1 6UH
f7e59d7b-8d16-46fd-8e1a-a73e3c68536e	697	261	family	movedHouse:address=Flat 8, 1 Derby Way, AW1 6UH
33db3dcd-145a-4136-9f52-5eec9135ffb6	697	261	family	
143e4565-a9c5-4d2c-b7e4-59246bb411bb	698	261	family	
d4012d9f-9c09-41f0-abf4-70b3d9107062	698	261	family	
aee32614-8970-4e3a-8184-1ab074ac0d23	699	261	family	
5a077848-2b4a-471e-badd-6a7ea5569ee1	699	261	family	
25234a48-53ab-45a0-bf66-1f1bd34a636f	700	262	family	
bec4770e-1f08-4a40-bef1-880b7483f9d9	700	262	family	typo:family_name=Anderson
87a7bfa1-5ebb-4fdf-ac98-9444d01c96c2	701	262	family	
96fa2c2a-e39f-4cf4-ba01-74bd47655f93	701	262	family	missingNHSNumber:nhs_number=9993081965
78d9de83-b83c-42b7-9e58-e91571f8016d	702	262	family	
5161423a-10f6-499a-8682-0f76e0c11683	702	262	family	missingNHSNumber:nhs_number=9993161152
dd5e81f7-6264-4e10-bb01-26483d26d413	703	262	family	
42656043-2cab-42a1-a2d6-f8c95cff1d89	703	262	family	missingNHSNumber:nhs_number=9993240346
9da5b1e8-07f6-43e0-ac79-446cbeafa334	703	262	family	missingNHSNumber:nhs_number=9993240346
33e78b06-830a-4380-bb8b-dc37f65d6afd	704	262	family	typo:family_name=Anderson
358b55e5-a039-48f0-8abf-3df6ed6976e9	704	262	family	movedHouse:address=51 Well Street, AW3 2QW
4edbc9e8-4353-428c-bd13-473f7bd2cb0c	704	262	family	
0bf466a0-ce96-4da5-b9fc-255e463f8120	705	262	family	
85c82a75-9c77-47f7-b09e-bf0e720b4e47	705	262	family	missingNHSNumber:nhs_number=9993398721
e5cdf848-c7e2-471e-8486-100f8f97a93c	705	262	family	
59929ba5-638f-412f-b117-be4e58112fb6	706	262	family	
679bae34-6a67-4461-8389-90a2983f0f43	706	262	family	missingNHSNumber:nhs_number=9993477915
150da4d8-65c2-4217-bfc9-fd8b9a179a6e	706	262	family	
221126aa-f96a-4d95-892c-689a5a086da9	707	263	family	
e4266389-ea36-4b3f-baf9-ffe94229ee4f	708	263	family	
86dbab19-ff15-492b-9820-4c6a22841288	708	263	family	missingNHSNumber:nhs_number=9993636290
69e603df-f055-43cd-a64c-cca1f123e5e8	709	263	family	
eaed0189-3d77-46fa-bcf4-1bc68caf6a4c	709	263	family	missingNHSNumber:nhs_number=9993715484
0ec7276f-26e6-4815-b89b-878bd0ad3a89	709	263	family	
e66e7046-8bda-4358-88e9-73014fecd11c	710	263	family	missingNHSNumber:nhs_number=9993794678
cbe924df-ade9-4c23-a6af-9b45f1cdbcf4	710	263	family	
963a6ee1-f5d5-4030-9e2d-36ad7eeca881	711	264	family	
990c580d-2b02-455a-84ac-0c201986d6f9	712	264	family	
343393e0-353e-414d-99ee-0289bf9c22d4	713	265	family	
d637ca6a-e60e-48cd-93ec-d0b5da915d9c	714	266	family	
8d672a13-880a-4896-8ad8-2018e8a72815	715	266	family	
4ca348db-7988-4b63-b01e-7adbbeebbbbb	715	266	family	
b45a516b-f54b-4433-9872-7f8e93b69385	716	266	family	
af365b0c-3a01-4580-913f-631688461952	717	266	family	
6dd970aa-6b92-4151-a4bb-44e52195977d	717	266	family	
0a314f10-226e-42ae-9b6d-7ecda0c527cf	717	266	family	
120a6770-cd2e-4a81-b371-ba924d97555b	718	266	family	
c94ba226-2a25-43f0-8008-1c7c6c86ae12	718	266	family	missingNHSNumber:nhs_number=9994507389
797b83a6-a1b6-4efd-bd03-f1f14906b88b	719	267	family	
5195bfb6-2064-4787-91a6-dd2b3dd4b5f2	719	267	family	
b40b5b9b-f2db-4613-9ba7-15ef422db988	720	267	family	
6f7651d5-6b44-45fe-afcf-8c4086288ba8	721	267	family	missingNHSNumber:nhs_number=9994824147
e7c6a53d-8101-4ae4-8f2f-c3f107666ba2	721	267	family	missingNHSNumber:nhs_number=9994824147
5f5731ba-fd03-4081-a7de-d31ffd569dfe	722	267	family	
07676126-a50e-496c-8cc0-f71188ba502d	722	267	family	
81bf7b03-e404-484a-a27c-b602a2b0ae79	723	267	family	
6c6c57c0-2378-4065-870a-45c7254e85cb	723	267	family	
37150946-59fe-4668-80fd-b1809acdeea5	724	267	family	
2e598317-dd42-48bf-96a7-6cd89094964a	724	267	family	movedHouse:address=48 Hill Grove, AW1 4ER|missingNHSNumber:nhs_number=9995061716
92ccc2a6-6e4a-4ba7-9f6b-5a1ccd3edadb	725	268	family	
cfa61d39-324e-4e8a-acfa-c30c01ec2567	726	268	family	nickname:given_name=Samantha
8f6efe6e-e051-4ce4-a7fd-a946750b084f	727	268	family	
2b6a4ee4-a464-4a33-be46-70fa9e0834dd	727	268	family	
342f8848-af3b-45a6-bf32-386befbd7c7c	727	268	family	missingNHSNumber:nhs_number=9995378477
cad776f6-f740-47a3-8e69-eab94b7f5f1b	728	268	family	
448746ba-767b-41a8-9085-82ba8730a397	728	268	family	missingNHSNumber:nhs_number=9995457660
e2b9430c-1ec9-4a1a-98d3-f3a0f80b593e	728	268	family	
72335eb0-5e27-4828-91b3-fce3ef6705b7	729	269	family	
59fe5bb7-fcbf-4a03-a6aa-ade1570cd7c4	729	269	family	missingNHSNumber:nhs_number=9995536854
3f4575a6-3cd9-4c7f-8d13-9b99eb040fb4	730	269	family	missingNHSNumber:nhs_number=9995616041
9d9b9d36-2fc6-4367-aa2c-089ed9ef7c7b	730	269	family	
644435a9-3155-46be-96e3-00da824f5f72	731	269	family	
67301194-6a4e-494c-910c-da6ccfdd586f	731	269	family	
6aa6f9d3-4c03-4c02-aca8-c5d5f27e5ccc	732	269	family	
a58ea359-5ed8-4b9b-854f-59e46e9e2f56	732	269	family	
84792cf8-c06d-41df-9db5-6bdfd6dba7e1	733	270	family	
fa1468f4-795c-4ab9-8e19-37faef01c956	734	270	family	missingNHSNumber:nhs_number=9995932806
f6b7de92-a011-4262-a876-c9a56715999e	735	270	family	
0b6f88a9-9565-411d-8f0d-00b70baaa5b8	735	270	family	
da975562-e383-49ab-9590-dd3003f5d2b2	735	270	family	missingNHSNumber:nhs_number=9996011992
519e2f83-003a-48d9-a424-eec629063cb7	736	270	family	
fd96b786-fcc7-44cc-bdb5-cc97a8075e96	736	270	family	missingNHSNumber:nhs_number=9996170373
e8ed5594-9b69-4bab-9961-d51af2e4cf43	736	270	family	
177f0882-c1ac-484a-864e-dd17e4827f6d	737	271	family	
4c3e45bf-8162-4bab-80b1-160c3450b8f5	738	272	family	
700c4f83-a137-434f-bb68-0d034c4836bb	739	272	family	
c21f1326-82cf-4747-83ae-e13ef1452d82	739	272	family	
9f284c8b-6fe5-43ee-8dc2-bed70050f814	739	272	family	
2c4c1772-3721-4caa-bd92-365ddb6e556f	740	272	family	
99666d97-f5b6-47df-87c2-0d6e51dc18ba	740	272	family	missingNHSNumber:nhs_number=9996566323
95d6d352-b65d-4643-a05b-e0bed7694656	741	273	family	movedHouse:address=Flat 12, 75 Ridgeway Crescent, AW1 3GY
8c012821-fb6a-48fe-94f9-01487e359657	742	274	family	
fad0e87c-3a3e-465d-bf5d-6c6124269fd7	743	274	family	
8fa497a2-a9cc-4326-9867-b872e6948458	743	274	family	
4125eea8-8379-4087-a2fc-8c9d945a941e	744	275	family	
69d887e8-4040-4d8d-a858-e2db6197b682	745	275	family	typo:family_name=Davies
45b0c1b1-3672-470c-be1d-e80d5a934369	745	275	family	missingNHSNumber:nhs_number=9997041461
bf92d54a-94d0-4ee1-b10e-503f65376b7b	746	275	family	
4c8a6781-4583-4a63-a645-34881f232cde	746	275	family	missingNHSNumber:nhs_number=9997120655
49fb9af7-a2da-4e89-a238-467a4977cfad	746	275	family	missingNHSNumber:nhs_number=9997120655
e89d7fc6-1593-4727-9def-bd48cfc62541	747	275	family	missingNHSNumber:nhs_number=9997199847
7da7bbd2-af03-481e-a7f6-2cfce32ac78a	747	275	family	
cae22b7e-75b5-470e-b0cb-d6815abd1d52	747	275	family	missingNHSNumber:nhs_number=9997199847
5ea5abcd-ef96-4578-94de-b94ca6a376e3	748	276	family	
a05d7efa-ad1b-4bff-9279-6f7fbb4bef5b	748	276	family	
7e1ba350-b333-4807-9646-e102c770a5c1	749	276	family	
4c536d43-02c5-43c2-bad6-4e40320d7dcf	750	277	family	missingNHSNumber:nhs_number=9997437411
0703f333-f479-4cbc-b63a-c3a25ae951ba	751	277	family	
8e080a61-620f-4352-9e3d-9e6643178af2	752	278	family	
73ccef41-da8b-4f6f-9b6e-dc09424f0d67	753	279	family	
c4d2aa2c-c0ba-454a-aaa4-17afb4c469fd	754	279	family	
4ed0bb7e-811b-427b-b5fb-b6fb8b95e3bf	755	279	family	typo:family_name=Allen
31f7ebf7-8026-4b6f-8196-230e14030e19	755	279	family	missingNHSNumber:nhs_number=9997833368
18ac07bb-f297-451b-8f9b-253079c0f023	755	279	family	
4d0be835-7aee-4208-aa4f-2d0f66aaea50	756	280	family	
561b2535-d03d-4f18-acd1-c44cf180cff9	757	280	family	
e884dea5-d7d0-45aa-aac9-885c93e4e8d0	757	280	family	
4a2407b5-ee63-41b1-b98e-da49e919e1b8	758	280	family	
d31cb44f-5fb0-4315-8397-25399988ac8d	758	280	family	
4cdf7eb5-1ba7-43ef-8af7-ece8bf2d9591	758	280	family	missingNHSNumber:nhs_number=9998070937
8d79fa7d-91aa-4c9b-bd8a-ec8f954c4739	759	280	family	
ba7db74b-0de3-4023-8e43-d272fba732f8	759	280	family	
25193e81-12cb-4621-bf09-e5f7949c1acd	759	280	family	typo:family_name=Price
23c5b268-b96c-46b7-8fbc-13429acc551a	760	281	family	
9f42449a-145f-47e2-b83f-514862f78d0b	760	281	family	
a76e805b-6252-408f-824d-83ad95c4f226	761	281	family	
fb3ce53c-b7f9-4b54-a050-5ca7f2232ae0	762	281	family	
a4709548-e266-4537-9ced-948a27a41a92	762	281	family	
4679735b-0393-4b6d-98a3-2a4d728c600e	763	281	family	
e7c0eee0-c5b3-4c72-84bb-2aed1dde19ef	763	281	family	
26c923e0-ae5d-463b-b56c-8f5f7f4deb5c	764	281	family	
b7f61acd-0ede-484f-bb11-ad969fe46848	764	281	family	
4c3cd921-9dd7-4414-a65f-0e26454b84d7	765	281	family	typo:family_name=Bell
24c2352a-d797-43f4-89ea-b32a4ffb8116	765	281	family	
51451044-e5a1-4aaf-9711-f4fd6123f6da	766	282	family	
908b14ee-fc66-43ed-80f2-9c0d2217b409	767	283	family	
5dc11d87-5485-4e73-8925-8fbc308c576b	767	283	family	missingNHSNumber:nhs_number=9998942020
2c7651b2-a5b1-4117-a8bc-cc12d197fb97	768	283	family	
5aaa6ee9-a6bc-4ca9-947b-30bbbafe9a56	769	284	family	
c5bb46ec-5e2f-4a03-a800-cf110d6db6b7	770	284	family	
95caa18c-aa93-4ebc-8ce6-9bd7562f3c4f	770	284	family	missingNHSNumber:nhs_number=9999179592
9a6ffff6-79be-412c-9413-1ace511b09ef	771	284	family	missingNHSNumber:nhs_number=9999258786
49878a8f-42d9-4710-b10a-519ef17dab82	772	284	family	
19b9fdfb-4e5e-437d-8cdf-d4b4c923be6b	772	284	family	
5f52eb19-3ca2-452d-b6e7-27080835a554	773	284	family	
39ee1492-6cc6-4976-a0d2-93fbdcba99c3	773	284	family	missingNHSNumber:nhs_number=9999496350
ce737f50-25da-485d-9f93-917824becbca	774	284	family	
fc478ebd-3637-41f1-b04b-5807367569ea	774	284	family	missingNHSNumber:nhs_number=9999575544
bf842834-688e-41b7-be15-52acc239a783	775	285	family	
b3e1ad1c-1d92-4c84-90a8-3895a7b0ebc0	775	285	family	missingNHSNumber:nhs_number=9999654738
8382dbfc-8a5a-4a8b-b729-ea383f72e41a	776	285	family	typo:family_name=Okafor
54f7de7d-a34e-497a-90c6-c7efbbf8a85a	776	285	family	
3e282e4b-9c93-41dc-bb5b-a3a3626513bd	777	285	family	
061eac91-558f-418f-8d7c-35499d02d491	777	285	family	missingNHSNumber:nhs_number=9999813119
7ceb39f9-41d0-43a9-ae7a-ef147ae982de	778	286	family	
9a33b01f-0d63-4279-b4e7-af0255648b1f	779	286	family	
31e95b11-11ec-4e7e-be66-d780b42fd245	779	286	family	missingNHSNumber:nhs_number=9999971490
7d731152-f5cf-4eed-bcf2-c16bb0911204	779	286	family	nickname:given_name=Joseph
d37f19c7-55ea-4259-bbf2-9fc03f45ee2b	780	286	family	
272cbcf4-2b9e-4082-baf1-762c12c650ce	780	286	family	
1b7b05df-ae5d-4c3b-ad47-32b3dc4a91ef	781	286	family	
53b08761-0ff4-47c8-951d-6ffd46b6d77a	781	286	family	missingNHSNumber:nhs_number=9990129878
3aa95755-b736-41b1-9c0f-2a0163f3ab2d	782	287	family	
d8a22ea3-b4fb-4c85-91c2-208900e70637	783	287	family	typo:family_name=Clark
6a555dba-5c60-4ec7-8e67-05bf933dfa99	784	287	family	
cf9d48f8-7f57-4abb-9445-51551981ee1b	784	287	family	
5538d38e-ba27-4de2-949c-34e178be712e	785	287	family	
0af5155f-89fc-4ffd-8cad-88e27bf9dc8c	785	287	family	missingNHSNumber:nhs_number=9990446636
4ea65312-7cdf-421f-82c5-740fce21813f	786	287	family	
ae1ce225-8d28-40d6-8a62-44be4ab55a36	786	287	family	missingNHSNumber:nhs_number=9990605017
f0b7551a-3ee0-436c-b525-f64cbd354a06	786	287	family	
05a91d56-7881-4ef3-9463-30e1c1d8ee59	787	288	family	missingNHSNumber:nhs_number=9990684200
55501156-4c8f-492f-9c5d-d1535a19db51	787	288	family	missingNHSNumber:nhs_number=9990684200
d64cc5e7-1746-4353-9e79-84b759d9ac2f	788	288	family	
cd25562a-1ff9-4db5-8cd6-34bd03e4b900	789	289	family	
6d0577a6-a7a7-45eb-b39c-3c4338cde02a	790	289	family	
86e7a166-58ec-4296-ba1f-dfe4b8b87f74	790	289	family	swappedDayMonth:date_of_birth=1948-01-06|missingNHSNumber:nhs_number=9990921776
ae00797a-12f0-484d-a810-ff92df8ce091	791	290	family	
039ee8b8-1bad-4c7f-baf5-d78878e23100	792	290	family	
ec930052-2fd6-4e35-880f-1e060b9562ce	792	290	family	
aafc8baa-5c9b-4ebe-937e-d1f835d1bb4b	793	291	family	
cae3da14-b48f-4b6c-86fa-cf7445a6db53	793	291	family	missingNHSNumber:nhs_number=9991159347
9329420d-4d6b-445e-b295-a1e3fc213a57	794	291	family	
c5cee7a7-3c73-4f1b-af64-bb8ce5e49779	794	291	family	missingNHSNumber:nhs_number=9991238530
f0695ca2-a8ad-4ce0-8dfd-87ec9fad94c0	795	291	family	
94353ee2-d06d-4c80-a96b-d1fc02923ac1	795	291	family	
3f702a77-c378-4712-bdff-c91ea369d94d	796	292	family	
db48e7d4-18d0-420f-bc3a-dc104ac30629	796	292	family	
59b96d4f-632b-42a0-8d93-ad93c8c9873c	798	293	family	
1146d18d-c7ae-4bd1-a0e4-af6e3c2d58f8	799	294	family	
7ba93bf3-8663-4243-aca4-175025a5a8a0	799	294	family	missingNHSNumber:nhs_number=9991634487
9ef44d4f-0fa4-4814-a2a0-d72f5478f948	800	295	family	
1931859e-0339-4b72-b7b9-525441ddcc83	801	296	family	
c4e5499e-24fb-43ff-8ace-10b69a0103cb	802	297	family	
ddec5546-9bb9-42c4-b646-fdd0174a3ee7	803	297	family	
5ade7013-5b43-4afa-8e51-1886c6fe92ca	803	297	family	missingNHSNumber:nhs_number=9991951245
226d2570-8930-4fcf-8c0c-cfcdc634aeb4	804	297	family	
9d32e778-33de-4454-857b-122247885c67	804	297	family	movedHouse:address=47 Station Crescent, AW2 6SL
f5d15ee9-e5f9-465c-8332-5b4207b67423	805	297	family	
f36d2a96-8583-4372-90c1-7c1bb52d6fc9	805	297	family	missingNHSNumber:nhs_number=9992109629
d2529d5b-b540-4352-a3a3-da4770d8b86b	805	297	family	missingNHSNumber:nhs_number=9992109629
2bc8a0f2-6bc7-401f-be32-3b9b861d632c	806	298	family	
145be44b-2101-4eef-bff1-f80176438cb1	806	298	family	missingNHSNumber:nhs_number=9992188812
b40701ec-9d7c-4e09-a3ef-43d1b38ac32a	807	298	family	movedHouse:address=59 Park Road, AW3 5BS
439dcb4f-bc39-488e-b575-c1fc45607b17	808	298	family	
99ff6c57-fed4-4c49-9869-a5aed298e241	808	298	family	
4ab7c991-6a1f-4ddd-990e-d2d814c54580	809	298	family	
4390f93c-4c09-44b7-bf71-d1976495bc6c	809	298	family	movedHouse:address=59 Park Road, AW3 5BS
acb14b54-3f21-4fbc-be4d-8cdf3f605a33	810	299	family	
0ee70f59-310d-4ac7-afd7-684ab73f744c	810	299	family	missingNHSNumber:nhs_number=9992584769
90fe9b5d-22af-4eaa-89fb-8c3c12b06390	811	300	family	movedHouse:address=78 Canal Close, AW3 3GB
ed203404-b559-46d6-95d4-36fdc91ede8b	812	300	family	
b5747f41-e31f-43ba-ae6c-2e750edb4638	812	300	family	
19588f14-8c19-40cf-baaa-ffd34366253a	813	300	family	
d2e6f265-0ac7-465d-8c28-829fec6cf9b5	814	300	family	nickname:given_name=William
037fb52a-519c-47b7-b23b-87c5b168e49d	814	300	family	missingNHSNumber:nhs_number=9992980710
5bf66c7a-69b1-4079-998b-9de03f4960f8	815	300	family	
37cd04a1-f4ab-4f8d-8b15-526b37304d13	815	300	family	
dc2bbb4e-78c8-4a84-84f6-0108418bf63f	815	300	family	
4c1e89a7-a90f-4225-9894-36ade4b22bc2	816	301	family	
8b03a303-55f8-4d60-9b9c-92564b1869a6	817	301	family	
e4c0377a-3074-4ccb-8d63-2bad89b3ca16	817	301	family	
ed493d31-aacb-4334-b5de-d081538c0f27	819	302	family	
235de4e9-34c9-487d-a79e-2bffe91593ca	820	303	family	typo:family_name=Turner
1d74c752-8689-4f59-abfd-577d146d2d33	820	303	family	missingNHSNumber:nhs_number=9993535044
cc6a1386-ef4e-4772-9597-2c69a675ed03	821	303	family	
0a6503a8-3d29-478c-b650-7bb321f1a845	821	303	family	missingNHSNumber:nhs_number=9993614238
187ef916-2854-413b-b4c0-94dc145148bb	822	304	family	swappedDayMonth:date_of_birth=1997-07-04
6ff30e02-5790-4752-8e50-a5b0dbe9289e	823	305	family	movedHouse:address=66 Holly Drive, AW3 4DX
1aabf76d-de3f-480d-8351-52ad88b19402	823	305	family	missingNHSNumber:nhs_number=9993772615
7fdfa554-5c72-4fea-9ac6-f2afc11da4d0	824	305	family	missingNHSNumber:nhs_number=9993851809
7bb5ebce-dea4-4050-8528-2e4e9ae59629	825	306	family	
7f83fcc0-547e-4c33-a529-851e92aaa13a	825	306	family	movedHouse:address=46 Spring Drive, AW1 9DH
49ba866f-d190-4a79-8a78-1b287cac129f	826	306	family	
726a36f0-0e26-4d9f-aed8-fa7deb5921d7	826	306	family	nickname:given_name=Daniel
448117b0-c49f-4fdf-ad2b-4070e2ba8843	827	307	family	
b69492e0-af27-4f17-9850-a9e6068e994b	827	307	family	missingNHSNumber:nhs_number=9994089374
1e579c0f-edb0-4080-9d1f-f07845ecb09f	828	308	family	missingNHSNumber:nhs_number=9994168568
635a5237-ef45-46da-b42a-2a8af30fd9fa	828	308	family	missingNHSNumber:nhs_number=9994168568
bcdb9cf6-df22-4735-9624-05b0e5e7eac5	830	309	family	
cc24163b-1bea-48f0-935b-9441810c683b	830	309	family	
41f83fc8-c556-41ff-937c-c61c3366bff1	831	309	family	
3640688c-dca4-434e-812b-c5a91854386f	832	309	family	
2616b28c-7c06-437a-8ecf-85224d9ee4b4	832	309	family	
35bf1534-e9b8-461a-bf56-6b2b85e40b15	833	309	family	
1ba913af-9b38-4fbe-af0a-dc9127506cc6	833	309	family	
ea7b1ff3-91d1-44e9-9ead-a834ecac764d	834	309	family	
a3c54d31-d971-4d56-826c-7e1cba09ee86	834	309	family	missingNHSNumber:nhs_number=9994722891
df9b6be3-fddc-4dfe-808c-0da636c73370	835	310	family	movedHouse:address=Flat 9, 57 Heath Road, AW1 7JE
fc537a83-ac53-4de7-b617-d779a8fb2bc2	836	310	family	
be60eb4a-851b-4481-9c53-57879e79b201	836	310	family	missingNHSNumber:nhs_number=9994881272
b6f03547-c9a2-4f2c-a808-d0c3b9d46a85	837	310	family	
208800ad-1d16-49e9-a561-c87b875b5151	837	310	family	missingNHSNumber:nhs_number=9994960466
9a622264-ad9d-494e-a6fa-d006f04b7ca3	837	310	family	
da3fb73c-9857-4ce8-ad76-8248c692f2ca	838	310	family	
5be3f74c-6c9a-4507-89bc-fbaaf8b77119	838	310	family	
1201922f-b528-436f-95c2-55b4b096e476	838	310	family	
0919e1c0-53a2-4334-9a57-55d6a3c5ff4b	839	311	family	
1e1bbbef-224e-45c0-8485-0ff6903ac159	840	311	family	
f4bda4a3-7a35-42a9-b2c6-e600f7110e0d	841	311	family	
e08471b9-1885-4a50-80f2-0ef864efdc50	841	311	family	missingNHSNumber:nhs_number=9995356414
7e120b53-5c51-47cf-bd11-bc066bd16dbf	842	312	family	
46174424-66a0-4b7a-b62a-8fce7924ff91	844	313	family	
3a7fe47e-9045-41a1-825f-e8e9a666403a	845	314	family	
f93e9926-61e9-4d2c-8aef-6aa3927e49fe	846	315	family	
fc4bb375-f44c-4ccd-b3af-7615c00a949d	847	316	family	
55a1e005-3cc4-43bf-8fe9-5261e4c46f93	848	316	family	
30af2dd9-6e9a-48cf-9bb2-85b12b3dee40	849	316	family	
9c735da0-3efc-4af6-98a8-7c7f4bfd3a9a	849	316	family	
066793f2-567d-4e81-80bc-40c66b81a83a	849	316	family	missingNHSNumber:nhs_number=9996148319
a36875e2-efe5-4534-871a-8f9e6e516f0d	850	316	family	
e164033b-7233-42a8-942e-8a18fbbeeaaf	850	316	family	
5e64531f-c3f4-440d-8334-18c4d7f81873	851	316	family	
755a62d2-9a0b-4d77-a701-32a56970e5cb	851	316	family	missingNHSNumber:nhs_number=9996306690
267215b5-b3f8-4531-a1fa-337ee84e26ac	851	316	family	
294a9766-4430-45dc-9d0d-5438b8c6746c	852	316	family	
00e6cc16-b8f4-41c8-9b37-c2b313448d51	852	316	family	
775f9650-df92-407b-b288-4021ff206d0c	853	317	family	
76a6a474-85a6-4192-9399-6521ae0dfdbc	853	317	family	
d27fe7df-9f59-439b-86a5-ccc4d5a40528	854	318	family	
d1b91a94-6e7c-45b6-9c12-fced3077a238	854	318	family	
e4a9ca8e-da23-4c4e-aed6-ad8aee1722c9	855	318	family	
1f0a2da9-97a0-4b73-b22b-1dbbe891baf4	856	318	family	
a9fc8407-b642-471f-8e83-bda3b256ee44	856	318	family	typo:family_name=Stevens
7fa0218f-ae39-4d52-9e89-f10ea71e6ab8	856	318	family	movedHouse:address=17 Heath Road, AW1 7JB
977b5345-6ba9-41fc-906e-c1d81b46536f	857	319	family	
b2373dc2-a322-41e5-9f8a-e012e883656c	858	320	family	
7490a9d0-199c-497b-bedb-9aa91e84faed	858	320	family	
82dfcfcc-c80f-48d9-acff-e4838a2e0cf6	859	320	family	
c9ac210e-3cd0-4821-a042-58587311c95a	859	320	family	missingNHSNumber:nhs_number=9996940217
617e3e47-fb34-4285-81f4-ecd1d3928886	860	321	family	
f925d99c-d23a-4a23-b82f-fc3e55eed1e2	860	321	family	movedHouse:address=39 Hill Grove, AW1 4EQ
c2131b14-b6d9-4334-9e00-89f6a3961cfd	861	322	family	
d0d9dc39-b7e5-4773-bba1-d3b19fceb101	861	322	family	
2f1a271c-6f4a-49ac-b191-9b2313f57ec5	862	323	family	
64448fae-3740-4a51-b4bf-3ca42c3ded01	863	324	family	
79058f0f-3490-4342-8bdc-036c9b4b6736	864	324	family	
5907a29a-fefc-453a-bcca-ed33e4cb873e	865	324	family	
a3aed78e-ffe6-4ee7-8ff4-685bd3ec37d1	865	324	family	missingNHSNumber:nhs_number=9997494547
722ece1b-863a-47d8-861b-875a489b6536	866	324	family	
286167a0-7484-4c9c-a8aa-dd1148731718	866	324	family	
1e0763f8-5f11-4ee4-a2d6-867d34bbe73a	867	325	family	
a61b6754-d10c-46d1-bc38-86d4f8fbdc45	868	325	family	
3d23ff6c-591c-4d33-9a86-a40426997a0e	868	325	family	missingNHSNumber:nhs_number=9997732111
d0f7bca2-b818-4b9c-ba04-adc989b9d44a	869	325	family	
f55bf2ff-3d14-441d-8cc5-1d67f048b77e	869	325	family	missingNHSNumber:nhs_number=9997811305
3c9d3cf1-f99c-4809-9442-48880f8a14bd	870	325	family	
bcc22c94-fe26-42ce-b6f5-caa81110dda2	870	325	family	missingNHSNumber:nhs_number=9997890493
12e8f619-58da-4347-a9cb-69327c826326	871	326	family	
25849eb0-def9-427c-b1b5-51c35082ad6f	871	326	family	missingNHSNumber:nhs_number=9997969685
ca00eebc-e887-490a-b6bd-32d22c9c3cbe	872	326	family	
354cd81a-867e-4f80-97ad-a651c9ef5ac2	873	326	family	movedHouse:address=8 Canal Close, AW3 3FY
f6981366-626b-4821-865f-70835955a961	873	326	family	missingNHSNumber:nhs_number=9998128064
c649ed72-28ba-420e-82f3-8ff05f805e89	873	326	family	
55e9f18c-b066-48b0-abe5-017223766277	874	326	family	
419963f2-8552-4bb6-b155-02949fc8a6ac	874	326	family	
fb018063-15d2-414f-8a6e-0d2070e86228	874	326	family	
c6932a68-9151-4dbe-9d4e-520f27922067	875	326	family	
9c9d5f64-5d34-4722-b44e-0933d6786f90	875	326	family	
beee1bfe-965e-4fe1-b8ce-b47db5848f86	875	326	family	
8351bebe-cc9e-4a41-9cc5-4f8c40ed4208	876	327	family	
1660d9f0-5755-4aa5-9034-bab331dd2ae1	877	327	family	
521fedc1-1dc7-4eeb-80c4-b6ebb707fb80	877	327	family	
b3cbfc49-02c7-4f66-aa4b-5e0ee270211d	877	327	family	
57c3818f-0d9a-411b-9879-5de7d7500a28	878	327	family	
4a1d9df9-e633-4cbf-9f56-a3ca9e0ba221	878	327	family	missingNHSNumber:nhs_number=9998524016
22246e1f-bb57-4f7b-ad70-a580a7d78bc3	879	327	family	
2e75e914-ae72-4f71-8dca-dccbe9cb2550	879	327	family	
c2eb50d7-777d-4a3a-a8d2-5858530e291c	880	328	family	
b3e771a9-c1ec-40c7-a547-6d91393e0e23	881	328	family	
cd3b45e9-153b-4825-a2d1-b705931a35a9	881	328	family	
be987d01-09ea-4fd4-878a-9873dfcb17aa	882	329	family	
356c73a9-4088-4554-a77a-2d5c7042855e	882	329	family	
0e7fcbb8-4d08-4a85-ae2b-17225d62d2bb	883	329	family	
0641ff72-f062-4761-a805-06982a791310	884	330	family	
df178ead-b598-40f7-945f-bfeeca1bcdc8	885	330	family	
a834bffc-83ce-4439-a082-a43561bd13fc	886	331	family	movedHouse:address=51 Holly Road, AW1 5XA
4d3618e9-2bcf-4115-9824-0db2a12b4d77	887	332	family	
ad0a39b5-6d21-4057-a342-bcf04a512a22	887	332	family	
f61b7e6a-9c91-4bc8-b124-7a637a17d2d5	888	333	family	
5af26871-34f0-4c45-a57d-e67ffc3ee55d	889	333	family	
e935a837-f26c-4541-a52e-dd6ae6c1b1d9	889	333	family	
82ad531c-545e-4fea-8077-5c51b884572b	890	333	family	
30e17a88-ce71-4c27-9603-f0e729995a67	890	333	family	
de360a04-a678-4570-ac8a-eb1f75b109e4	891	333	family	
4d374a67-dd5d-49bf-9d8c-3712660ade68	891	333	family	
f1476d01-e132-4bae-9994-1640dff38d83	892	334	family	
de82efd6-1cde-4d34-a94f-2cc740f7abe7	892	334	family	movedHouse:address=6 Ridgeway Crescent, AW1 3GU
a8ce069e-29c9-4983-8266-82396978f0a2	893	335	family	
939ac5c8-6b2e-4698-bd2d-6d6cf597e01d	894	336	family	
dea3fedf-ee88-4a1c-81b3-15466dadbced	894	336	family	typo:family_name=Carter|missingNHSNumber:nhs_number=9990028621
8dec80f3-a006-4ff3-a11b-ef7393424a88	895	336	family	
2e797cff-a16a-4aa9-a65b-662b0a773ace	895	336	family	
c95bd5e1-8c34-4720-8f88-71684ec099d6	896	336	family	
be784d48-f98f-46c5-a3f7-27acfb653548	897	336	family	
c6adf923-9287-40a5-9aa5-15d296008d72	897	336	family	missingNHSNumber:nhs_number=9990266190
6e0d1b8a-7bba-4014-adcd-aec8a0d535be	898	337	family	
94aca702-6188-4aa2-9bcf-b1e9b6b79569	898	337	family	
9011b461-83e8-4d1b-aa2c-d6e9a7339a49	899	338	family	
86645238-90e1-4692-ad04-966c4641a274	900	339	family	
5c18e10f-247c-4da1-9da3-bcd341930fca	901	339	family	
0ceb1c9f-1b58-453d-8b18-60e34780baee	901	339	family	movedHouse:address=43 Green Drive, AW2 8BS|missingNHSNumber:nhs_number=9990582955
892a8f86-7b7c-426a-ab9e-1f49c2eb1ca0	902	340	family	
b4a09001-af68-4756-a90f-e6c11defddf2	903	341	family	missingNHSNumber:nhs_number=9990741336
86dc96e6-4aaf-4e4d-9a27-83dae723e7be	903	341	family	
9d20b323-c959-4e91-a074-cdcb07298805	904	341	family	
1d1ac32b-12f1-4219-bf82-ded40fca5dc0	904	341	family	
3b5e1766-340a-468e-99d1-85465eee5087	905	342	family	
ef4cd3d7-0426-490d-81c0-c72fa008ef77	905	342	family	missingNHSNumber:nhs_number=9990978905
a3bb3382-7e29-40d1-b340-798900c807a3	906	342	family	
352b3934-f299-4597-82ef-1b142ba7c4aa	907	343	family	
47c93478-1aba-45cf-815f-b187dedeef1b	907	343	family	missingNHSNumber:nhs_number=9991137289
5d4f589a-20e0-4df8-9005-67808d4b4e5a	908	344	family	
d3870a90-fbeb-4d44-aa5f-988ed676b3a2	908	344	family	missingNHSNumber:nhs_number=9991216472
089601f4-2476-49fa-8a04-c12798e86abb	909	344	family	
216f9b5e-7c08-4235-8c3e-f0e70f519c93	909	344	family	
5e177bf8-5f8f-4703-ae49-6fd4874eb95c	910	344	family	
61c9188d-59f0-440e-be94-81e33bd8f4d7	910	344	family	typo:family_name=Wood|missingNHSNumber:nhs_number=9991454047
646c86e5-45ce-436e-9e3f-d890cf28aefd	911	345	family	
7d1bb20a-d34e-4c02-adaa-dab858f44bb6	912	345	family	
51899e6d-dbe8-41d3-8734-57a59bff8c87	912	345	family	
03534d40-02e6-48b7-8f59-3a7e7f7d5d37	913	345	family	
635ef335-fb77-4083-b043-3e0ecbc3015f	913	345	family	missingNHSNumber:nhs_number=9991691618
1821b253-4762-48a0-9ef9-bff5d1a6b9ed	913	345	family	missingNHSNumber:nhs_number=9991691618
e9415723-6395-4ecc-8e59-a2c58c92536c	914	345	family	
da5b955e-bd16-4959-839d-59dd90640a7b	914	345	family	movedHouse:address=71 Station Crescent, AW2 6SN|missingNHSNumber:nhs_number=9991770801
1ac3cd8d-580b-4483-a9ea-f34fb3ac3894	915	346	family	
991786df-60c5-4a53-895d-412db84d5c5c	916	346	family	
2148c400-c83e-44bb-9620-c49a2c79cc3f	917	346	family	
3453b07b-6a21-48f6-94be-16cfb23ba327	917	346	family	movedHouse:address=48 Coronation Street, AW3 9XZ
c0fe8e41-5130-4fc5-b6a6-2dbe5c0f2027	917	346	family	typo:family_name=Robinson
ba63356e-b3c8-4a50-9f27-b4d9febb7e47	918	346	family	
a3f06bde-bb58-4af7-97d9-04e04d67f864	918	346	family	missingNHSNumber:nhs_number=9992087560
44295efe-a4d9-47de-b147-65c2b36ae21c	919	347	family	
d6057cfc-21a0-4767-a57e-220efca82c52	920	347	family	
534f04bd-4972-4a0c-8194-928f79f5d2dc	921	347	family	missingNHSNumber:nhs_number=9992325135
bdeb72ec-6d90-4e94-b8d5-444a895d84a1	921	347	family	missingNHSNumber:nhs_number=9992325135
d7ebb5be-0c68-4731-a385-e79ede7c1d34	921	347	family	
e0fe8c51-6d34-4353-bc2d-a04930ea7f35	922	347	family	
ddcff57d-bb08-466e-87d6-1cc94271fa3e	922	347	family	typo:family_name=Cook
1fc3312c-c936-41a1-a3be-031e9038509d	923	347	family	missingNHSNumber:nhs_number=9992483512
5e4f5652-7235-461f-bb92-c661e5b8c01b	923	347	family	missingNHSNumber:nhs_number=9992483512
2a832105-d9b0-4b1c-9efd-122d844a3033	924	348	family	typo:family_name=Carter
053437a4-fd17-418d-89f4-f10673a65a18	924	348	family	
65c438be-a811-4481-9ffd-3f7f73520a9f	925	348	family	
bc5099f3-a229-4fc6-aeaa-7d94b9df1539	926	349	family	typo:family_name=Thomas
95cf4944-9605-425d-a494-677431a4a0ca	926	349	family	nickname:given_name=Amelia
16a708d3-b70f-492b-b1f4-b5b20d3e9bb6	927	349	family	
b25a1602-895b-4684-893c-9bd950eb235b	928	350	family	
b98fb16f-69d5-48b6-ae41-1caa01d36d47	929	350	family	
c4f99115-d078-45b6-bd71-bc55c368f41d	929	350	family	
dfc04981-d4f0-480c-96b2-04c9c2b3fb11	930	350	family	
211cc973-a645-42d0-a005-20aae087b565	930	350	family	
1c58e28c-6642-4427-96be-865e00aca9d5	930	350	family	missingNHSNumber:nhs_number=9993037842
02113b61-ce5f-4061-a5fd-18c1b53d61ff	931	351	family	
5175c2a6-695b-420a-9d24-8a9c1f42748d	931	351	family	
0d256cd6-4c57-4af2-b2e1-f4d780ac63d8	932	351	family	movedHouse:address=37 Princess Terrace, AW2 7DG
a4e6a506-3376-4eba-8b8a-2a911fe4b664	932	351	family	
c6c9e168-43e7-495d-bec1-56c77ff4fad4	933	351	family	
7ff1aadd-3dd4-4859-beda-4198a2e2248d	933	351	family	
f097a367-76a0-4041-8c80-b48bf805c28e	933	351	family	
420ebec8-306b-4fbb-9f10-32f157954d13	934	351	family	
be04f983-dfd9-4994-a7c8-fce8b2c8b7b3	934	351	family	
c8d1d531-ba87-4997-841d-1ac182c2c1d9	934	351	family	
37dff7f6-2c7b-42a4-80db-5cc3346b0422	935	351	family	
0b8d8981-1618-4435-9a80-8a5762cd9569	935	351	family	missingNHSNumber:nhs_number=9993512982
d0d02a3d-2bb3-4a06-9e6e-61f1fdc8da9c	935	351	family	
ad63a86f-391f-4a0d-b093-a3093b1240d2	936	351	family	
714f3790-fc2b-4cf3-ae34-62889ac161e2	936	351	family	missingNHSNumber:nhs_number=9993671363
ff9e942d-40f2-4a65-b84d-ab6234795661	937	352	family	
617ca38e-8cfe-4a93-9444-1207a25b7433	937	352	family	missingNHSNumber:nhs_number=9993750557
642c060a-d4be-4b08-a06c-0241075987a6	938	353	family	
92d045d9-1957-40c9-93bb-3ee998412c08	939	353	family	typo:family_name=Baker
6c36a671-ea93-4a7e-acd1-28d09a0a5eb5	940	353	family	
eb5c33fe-db0d-45e9-8bc2-b72fbe417ead	940	353	family	
fecc1fb2-e961-45d8-852d-547e7677f535	940	353	family	
d6384308-a727-41b7-b67d-1a92b20f052d	941	353	family	
286dc61e-e10a-4652-81a6-8cabba3950bd	941	353	family	nickname:given_name=Richard
5fc78ff2-61fc-46a3-93f4-580562f10959	941	353	family	
8c59f2f8-1ef0-4910-82fa-f221ec07c4d6	942	354	family	movedHouse:address=7 Orchard Drive, AW1 8TH
08c04f9d-5a54-476f-a161-17ecfd7ccae3	942	354	family	
7bceabb7-c1cb-4d0a-b02a-3fa7e32a2955	943	354	family	
ba1ce0ab-1124-4d03-a7f9-b32854dd3a07	944	355	family	
cd3e6c9c-b62d-4189-8a3a-3918287c2ca7	945	356	family	
0395ec7b-6b3d-47bd-b697-fab6f1342079	946	357	family	
374c6e9e-9970-4bd4-9a4b-07bcb9e5150d	947	357	family	
5628a5d6-66ef-4153-9e73-6fc37eb7c2da	948	358	family	
96d6e81e-79c0-4fe4-87dd-6c419bf662dc	949	358	family	
0d8de418-5518-4277-9578-1962b117654e	949	358	family	
d0362fc9-ba9f-435b-b44e-a5bed97e59e0	951	360	family	movedHouse:address=88 Spring Drive, AW1 9DL
4ccbe63c-2d9b-49cc-820b-499645ed618e	952	360	family	
a5c9801f-0237-4257-bd93-d809d7278ff5	953	361	family	
8db426e3-36f9-4214-a5d4-e9931b64a319	953	361	family	
eb0b5aa2-2d63-4e70-b781-2c495b8a8c2a	954	362	family	
5a5adf57-b762-4c69-89c8-6e275843193c	954	362	family	
afa6109d-a65c-4de8-8c50-66a2e9544093	955	363	family	
7d3026e3-4d81-4d0d-b9b2-b11c4ea9ca50	956	363	family	
b29c2b0b-a03c-42f7-ae3e-79cc30362129	956	363	family	missingNHSNumber:nhs_number=9995334356
c45cc049-ffdd-4f5b-9530-e37aafd24961	956	363	family	missingNHSNumber:nhs_number=9995334356
f4f3cd53-b9ec-4f07-b534-07cd4f30dc70	957	363	family	
8aefcbdb-24aa-42ab-a033-a90fa182ffd9	957	363	family	missingNHSNumber:nhs_number=9995492733
e908b9ee-e2dd-47fd-a805-6a77d155274f	957	363	family	
23dbe1bb-654f-494f-b772-ff88072ed972	958	364	family	
9a523bfc-98e8-4f08-a0c4-65258489ecb0	958	364	family	missingNHSNumber:nhs_number=9995571927
317ec552-71a4-4d14-814c-464e7fe16102	959	365	family	
d65adbf2-32f5-4846-a3d8-2771d7d152a5	959	365	family	
1cba7fa8-ddcb-4f7f-ac2b-7177679aee56	960	366	family	
b8199db8-9289-470a-82f9-a315eb3db362	960	366	family	typo:family_name=Cooper
7ed2a461-d697-4163-af82-aac6aeb64619	961	366	family	
4a8ac4aa-aa76-42b8-86c0-eb221a6b66d6	962	366	family	
7b883f90-c1a4-49e6-84a1-45870356f5c0	962	366	family	missingNHSNumber:nhs_number=9995888688
bf59b919-42d1-4ed3-931b-0564147b18de	963	366	family	
aed88903-de68-42ac-b6fe-180b4b362f7a	963	366	family	
43cb52de-152f-40b8-ac5f-ad0f8a006889	963	366	family	typo:family_name=Cooper|missingNHSNumber:nhs_number=9995967871
2cd8a887-3eb4-4a66-b241-e64e596747b1	964	366	family	
bfe29bd8-35f5-4ad4-8073-490b5b1a73b1	964	366	family	
6d33acbf-7544-4dff-a826-e901041f8d47	964	366	family	
bbb45374-7f7f-4ec1-add1-71d6be32ccee	965	367	family	
42aa8100-a8b5-4f4e-9d7c-0a11f3485463	965	367	family	missingNHSNumber:nhs_number=9996126250
108e5e40-185d-4af2-8b11-ab0345ad0c71	966	367	family	
67b74dc1-3a29-41fb-9609-b9da26f4fdc9	966	367	family	
2b7b57bb-3b8a-4039-adb2-c73cdac4806f	967	368	family	
04b51207-c085-4921-94a9-a9855f69b3f3	968	368	family	
875cbc13-f9fa-4e69-a444-152be8d9765b	969	369	family	movedHouse:address=70 Rowan Crescent, AW2 4FA
a0413d40-eea8-4e24-a39c-d70d01bb4ed0	969	369	family	
b7991954-4c49-4293-9bd9-088947a3cc03	970	369	family	
7cc61451-c406-4d0d-bef2-c047e826a6cb	970	369	family	missingNHSNumber:nhs_number=9996522202
33e4ad4a-6733-4e0a-b9dd-97bd8e399546	971	369	family	
afca7192-456d-4301-a97f-afc54bcc8175	971	369	family	missingNHSNumber:nhs_number=9996601390
4e6bd50b-a9f3-4ed1-95b1-4507c285327f	971	369	family	missingNHSNumber:nhs_number=9996601390
b4bfbdb3-5d59-49dd-856d-df244bb4a6d9	972	370	family	missingNHSNumber:nhs_number=9996680584
d2fa0ae9-86cf-4353-a346-42c20f214390	973	370	family	
5a8ee80f-46f4-4fd0-8668-1681640c240b	974	370	family	
ab4c810f-1241-4cfd-b59c-b7041e63094c	974	370	family	
8d5c4e24-293e-4845-9bae-812391ae5704	975	370	family	
3e1c71b1-ad6d-4314-b79a-956051252138	975	370	family	
cabee2a5-af80-4d40-a7e7-e053038ecb9d	975	370	family	missingNHSNumber:nhs_number=9996997340
90c9b417-0b8e-44a0-bc17-4f88634d6aac	976	370	family	
a5576cf7-7e43-40fc-8803-fafea5bd41c4	976	370	family	missingNHSNumber:nhs_number=9997076532
60362a85-6294-4844-bf91-a777686770dd	977	370	family	
b6ea1352-17cd-4242-9b49-7b6887ba507c	977	370	family	
8b9154d3-de09-46e6-873b-448e85511899	977	370	family	movedHouse:address=Flat 3, 78 Holly Road, AW1 5XB|missingNHSNumber:nhs_number=9997155726
9845161a-3f14-4181-b122-503c380be7da	978	371	family	
a7e149c3-2ddc-411b-acae-f26411d5891e	978	371	family	missingNHSNumber:nhs_number=9997314107
659e33ab-0d5a-4e5c-91ee-c6f620540c1c	979	371	family	
7cb8bc12-c512-42b5-83a4-86714bcc8402	980	372	family	
820e967f-2c3d-4482-84d0-ba3464509d9c	980	372	family	missingNHSNumber:nhs_number=9997472489
f7cb1f85-ec59-434d-91cf-43b18b01267a	981	372	family	
2d1e6e01-21cd-4292-80b0-180849dd2db4	981	372	family	missingNHSNumber:nhs_number=9997551672
1e06b676-a4c5-4fcc-b776-7d4716c25faa	982	373	family	
24bd24d5-ce43-4d1c-b6a0-725bacb5cda3	983	373	family	
dd912f1a-876a-47d8-a4cc-ba4bf53e9501	984	373	family	
ebd4fc7d-7d6b-4cfa-8dd2-ba25eead2e2e	984	373	family	
a531e250-1b54-40d7-901e-e585353b84ad	984	373	family	
da68bdb6-5766-42b4-b7da-b681a0de3b72	985	373	family	
71be9c9e-e47b-4e99-a964-2111739e6380	985	373	family	missingNHSNumber:nhs_number=9997868439
f387c54a-c8aa-425b-a013-3b943c9f64d4	986	373	family	
018b0bd8-d53a-4e05-ab39-5749be2d5c2f	986	373	family	missingNHSNumber:nhs_number=9997947622
9c0a5355-bb3b-4eac-a7af-821563eabffd	986	373	family	
aaa12fac-abf6-40fd-b77a-19d077a065e5	987	373	family	
93dd222a-9f6f-442b-b9e5-278689b401bb	987	373	family	
b28d0117-7ca7-42a5-a6f6-e4d978f45df8	988	374	family	
41d3bbe3-f734-4be6-bb2d-844fe0f4c3ca	989	375	family	
cd23e614-39db-4b43-89f6-69605480d68f	989	375	family	
1e3d7db8-92f3-47f5-82f2-0c05b37081f4	990	375	family	
d9c9be2a-6b83-463e-ae39-e8a5266a73d5	991	376	family	
ab5d222e-2917-4d19-b322-f31ebd13420f	992	377	family	
045a9e16-f1ff-4b85-aaa5-6b1247cd36c8	993	378	family	
16fccb77-41e7-4109-96a5-193ce2926bd3	993	378	family	missingNHSNumber:nhs_number=9998581141
597f9f18-d6a3-4fa1-9cbc-f5dc1cdacdf8	994	378	family	
7973df17-2f2d-4767-94b0-c5b8851b62b0	994	378	family	
2f0e979c-f5ed-4817-ab7a-fab6c7d2289f	994	378	family	movedHouse:address=32 Rowan Crescent, AW2 4EY
b7c9381b-3014-4cbc-8b52-ca6de0b55c6e	995	379	family	
755a3388-0ced-4cf2-b679-34648cdcd50f	996	380	family	movedHouse:address=60 Orchard Drive, AW1 8TN
fca41a0a-2b4e-4d10-b64c-f23af0c96173	996	380	family	missingNHSNumber:nhs_number=9998818710
bc09ba9b-d152-4bef-b97c-338720518adc	997	380	family	
dc9c41b0-de20-4b35-baf3-e8927f9b90ec	997	380	family	
763d04e8-cd98-4329-a841-d989b33ed0a7	998	380	family	
e7062e86-f101-41f7-9a82-4c675a8642fd	998	380	family	
b2d75fd4-ae8c-40b3-a67e-6c28de62a9fa	998	380	family	missingNHSNumber:nhs_number=9998977096
1b4f6b6f-7887-4a9d-85a5-271802d71acb	999	380	family	
06f91b2f-b4ca-4934-bef0-af48ab4cbdf6	999	380	family	
7ab4514a-91d6-47ef-9584-f34cea6383c9	999	380	family	missingNHSNumber:nhs_number=9999056288
4f0843b0-acba-4316-89cc-0ff9a9dd3cfa	1000	381	family	movedHouse:address=31 Ridgeway Crescent, AW1 3GW
f7c09d33-7ad2-4869-b7c8-b682c04294a3	1000	381	family	missingNHSNumber:nhs_number=9999135471
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.users (id, organisation_id, email, display_name, role, password_hash, totp_secret, totp_confirmed, totp_last_step, failed_sign_ins, locked_until, disabled, created_at) FROM stdin;
0216aaa2-c7ef-46b1-8758-2e70d50d727f	abe3b8f4-aba6-40c7-94e4-977533e28015	admin@earlyhelp.example	Ada Admin	administrator	$2b$12$3LvmjDJbwstgN3QPSWWeXuvo6s9iFsbrht7BGuGjSZBfTxB/IVTjq	\N	f	\N	0	\N	f	2026-12-07 01:47:03.282171+00
01864212-fc53-4765-9de8-ce156be65bbd	abe3b8f4-aba6-40c7-94e4-977533e28015	analyst@earlyhelp.example	Anil Analyst	analyst	$2b$12$4H5ixOsQ3/Zh8zy9qYY7B.pVMpnTnMeriR.071tSmgiEmejTCL51m	\N	f	\N	0	\N	f	2026-12-07 01:47:03.938185+00
b5667d94-7444-4747-935b-ae240aa316af	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	ig@chapel.example	Iris Gov	informationGovernanceLead	$2b$12$yUZuR3oREOJr8bTE9VFWkuwsAvubL4nan.WqzmiMXIoE1gNl/N.7u	\N	f	\N	0	\N	f	2026-12-07 01:47:04.606192+00
e6214edc-0130-4a1a-87ff-7df47ba6a690	a61ff5e6-0976-4a0a-a06d-bb8bd1102d28	gp@chapel.example	Pat Practice	practitioner	$2b$12$9lSOw0BQXnBqbDp4QMStleg5psDyjyOgq9mjv85vke.vMwz6ezZ8m	\N	f	\N	0	\N	f	2026-12-07 01:47:05.313965+00
547895f4-54a5-4425-997d-c922eb7d3afc	000d4da2-4db9-4ecf-8437-b556d7c765bb	dsl@castleton.example	Sam Lead	safeguardingLead	$2b$12$xr2fOyKwoIEZF8FUQ.V6w.yTRk1WbTGvP1U.j0o8gIrS9nGa3J9QW	\N	f	\N	0	\N	f	2026-12-07 01:47:05.977373+00
863e1aa1-21a0-4a29-986c-88f168bffc6f	1ed98239-40ca-40eb-bea9-928967ebec51	audit@met.example	Aud Itor	auditor	$2b$12$bbE2bppCUfX7nvETgqIQ2Ox7t0b4bS3W4Gyd8.22I/UhmRBAPSPEe	\N	f	\N	0	\N	f	2026-12-07 01:47:06.713632+00
\.


--
-- Name: _fluent_migrations _fluent_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._fluent_migrations
    ADD CONSTRAINT _fluent_migrations_pkey PRIMARY KEY (id);


--
-- Name: agreement_approvals agreement_approvals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agreement_approvals
    ADD CONSTRAINT agreement_approvals_pkey PRIMARY KEY (id);


--
-- Name: agreement_events agreement_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agreement_events
    ADD CONSTRAINT agreement_events_pkey PRIMARY KEY (id);


--
-- Name: agreement_versions agreement_versions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agreement_versions
    ADD CONSTRAINT agreement_versions_pkey PRIMARY KEY (id);


--
-- Name: agreements agreements_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agreements
    ADD CONSTRAINT agreements_pkey PRIMARY KEY (id);


--
-- Name: api_tokens api_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_pkey PRIMARY KEY (id);


--
-- Name: attendance_liaison attendance_liaison_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance_liaison
    ADD CONSTRAINT attendance_liaison_pkey PRIMARY KEY (id);


--
-- Name: attendance_referrals attendance_referrals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance_referrals
    ADD CONSTRAINT attendance_referrals_pkey PRIMARY KEY (id);


--
-- Name: attendance_summaries attendance_summaries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance_summaries
    ADD CONSTRAINT attendance_summaries_pkey PRIMARY KEY (id);


--
-- Name: attendance_years attendance_years_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance_years
    ADD CONSTRAINT attendance_years_pkey PRIMARY KEY (id);


--
-- Name: audit_entries audit_entries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_entries
    ADD CONSTRAINT audit_entries_pkey PRIMARY KEY (id);


--
-- Name: consent_entries consent_entries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.consent_entries
    ADD CONSTRAINT consent_entries_pkey PRIMARY KEY (id);


--
-- Name: early_help_case_outcomes early_help_case_outcomes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_case_outcomes
    ADD CONSTRAINT early_help_case_outcomes_pkey PRIMARY KEY (id);


--
-- Name: early_help_code_meanings early_help_code_meanings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_code_meanings
    ADD CONSTRAINT early_help_code_meanings_pkey PRIMARY KEY (id);


--
-- Name: early_help_demand_codes early_help_demand_codes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_demand_codes
    ADD CONSTRAINT early_help_demand_codes_pkey PRIMARY KEY (id);


--
-- Name: early_help_extract_people early_help_extract_people_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_extract_people
    ADD CONSTRAINT early_help_extract_people_pkey PRIMARY KEY (id);


--
-- Name: early_help_extracts early_help_extracts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_extracts
    ADD CONSTRAINT early_help_extracts_pkey PRIMARY KEY (id);


--
-- Name: early_help_indicators early_help_indicators_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_indicators
    ADD CONSTRAINT early_help_indicators_pkey PRIMARY KEY (id);


--
-- Name: early_help_institutions early_help_institutions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_institutions
    ADD CONSTRAINT early_help_institutions_pkey PRIMARY KEY (id);


--
-- Name: early_help_link_reviews early_help_link_reviews_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_link_reviews
    ADD CONSTRAINT early_help_link_reviews_pkey PRIMARY KEY (id);


--
-- Name: early_help_links early_help_links_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_links
    ADD CONSTRAINT early_help_links_pkey PRIMARY KEY (id);


--
-- Name: early_help_meetings early_help_meetings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_meetings
    ADD CONSTRAINT early_help_meetings_pkey PRIMARY KEY (id);


--
-- Name: early_help_pseudonyms early_help_pseudonyms_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_pseudonyms
    ADD CONSTRAINT early_help_pseudonyms_pkey PRIMARY KEY (person_record_id);


--
-- Name: early_help_shortlist_entries early_help_shortlist_entries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_shortlist_entries
    ADD CONSTRAINT early_help_shortlist_entries_pkey PRIMARY KEY (id);


--
-- Name: early_help_shortlists early_help_shortlists_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_shortlists
    ADD CONSTRAINT early_help_shortlists_pkey PRIMARY KEY (id);


--
-- Name: follow_up_calls follow_up_calls_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.follow_up_calls
    ADD CONSTRAINT follow_up_calls_pkey PRIMARY KEY (id);


--
-- Name: illness_referrals illness_referrals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.illness_referrals
    ADD CONSTRAINT illness_referrals_pkey PRIMARY KEY (id);


--
-- Name: organisations organisations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organisations
    ADD CONSTRAINT organisations_pkey PRIMARY KEY (id);


--
-- Name: parent_letter_templates parent_letter_templates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.parent_letter_templates
    ADD CONSTRAINT parent_letter_templates_pkey PRIMARY KEY (id);


--
-- Name: pending_forms pending_forms_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pending_forms
    ADD CONSTRAINT pending_forms_pkey PRIMARY KEY (id);


--
-- Name: person_records person_records_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_records
    ADD CONSTRAINT person_records_pkey PRIMARY KEY (id);


--
-- Name: safeguarding_contacts safeguarding_contacts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.safeguarding_contacts
    ADD CONSTRAINT safeguarding_contacts_pkey PRIMARY KEY (id);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);


--
-- Name: sharing_decisions sharing_decisions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sharing_decisions
    ADD CONSTRAINT sharing_decisions_pkey PRIMARY KEY (id);


--
-- Name: synthetic_truth synthetic_truth_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.synthetic_truth
    ADD CONSTRAINT synthetic_truth_pkey PRIMARY KEY (record_id);


--
-- Name: _fluent_migrations uq:_fluent_migrations.name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._fluent_migrations
    ADD CONSTRAINT "uq:_fluent_migrations.name" UNIQUE (name);


--
-- Name: agreement_approvals uq:agreement_approvals.version_id+agreement_approvals.organisat; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agreement_approvals
    ADD CONSTRAINT "uq:agreement_approvals.version_id+agreement_approvals.organisat" UNIQUE (version_id, organisation_id);


--
-- Name: agreement_versions uq:agreement_versions.agreement_id+agreement_versions.version; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agreement_versions
    ADD CONSTRAINT "uq:agreement_versions.agreement_id+agreement_versions.version" UNIQUE (agreement_id, version);


--
-- Name: api_tokens uq:api_tokens.token_hash; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT "uq:api_tokens.token_hash" UNIQUE (token_hash);


--
-- Name: attendance_summaries uq:attendance_summaries.pupil_record_id+attendance_summaries.fi; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance_summaries
    ADD CONSTRAINT "uq:attendance_summaries.pupil_record_id+attendance_summaries.fi" UNIQUE (pupil_record_id, first_day, last_day);


--
-- Name: attendance_years uq:attendance_years.pupil_record_id+attendance_years.first_day; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance_years
    ADD CONSTRAINT "uq:attendance_years.pupil_record_id+attendance_years.first_day" UNIQUE (pupil_record_id, first_day);


--
-- Name: audit_entries uq:audit_entries.sequence; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_entries
    ADD CONSTRAINT "uq:audit_entries.sequence" UNIQUE (sequence);


--
-- Name: consent_entries uq:consent_entries.person_record_id+consent_entries.sequence; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.consent_entries
    ADD CONSTRAINT "uq:consent_entries.person_record_id+consent_entries.sequence" UNIQUE (person_record_id, sequence);


--
-- Name: early_help_case_outcomes uq:early_help_case_outcomes.entry_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_case_outcomes
    ADD CONSTRAINT "uq:early_help_case_outcomes.entry_id" UNIQUE (entry_id);


--
-- Name: early_help_code_meanings uq:early_help_code_meanings.practice_id+early_help_code_meaning; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_code_meanings
    ADD CONSTRAINT "uq:early_help_code_meanings.practice_id+early_help_code_meaning" UNIQUE (practice_id, code);


--
-- Name: early_help_institutions uq:early_help_institutions.council_id+early_help_institutions.a; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_institutions
    ADD CONSTRAINT "uq:early_help_institutions.council_id+early_help_institutions.a" UNIQUE (council_id, address_key);


--
-- Name: early_help_links uq:early_help_links.extract_id+early_help_links.practice_patien; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_links
    ADD CONSTRAINT "uq:early_help_links.extract_id+early_help_links.practice_patien" UNIQUE (extract_id, practice_patient_id);


--
-- Name: early_help_pseudonyms uq:early_help_pseudonyms.pseudonym; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_pseudonyms
    ADD CONSTRAINT "uq:early_help_pseudonyms.pseudonym" UNIQUE (pseudonym);


--
-- Name: illness_referrals uq:illness_referrals.team_id+illness_referrals.subject_id+illne; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.illness_referrals
    ADD CONSTRAINT "uq:illness_referrals.team_id+illness_referrals.subject_id+illne" UNIQUE (team_id, subject_id, period_from, period_to);


--
-- Name: organisations uq:organisations.code; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organisations
    ADD CONSTRAINT "uq:organisations.code" UNIQUE (code);


--
-- Name: parent_letter_templates uq:parent_letter_templates.practice_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.parent_letter_templates
    ADD CONSTRAINT "uq:parent_letter_templates.practice_id" UNIQUE (practice_id);


--
-- Name: pending_forms uq:pending_forms.token_hash; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pending_forms
    ADD CONSTRAINT "uq:pending_forms.token_hash" UNIQUE (token_hash);


--
-- Name: person_records uq:person_records.owner_id+person_records.local_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_records
    ADD CONSTRAINT "uq:person_records.owner_id+person_records.local_id" UNIQUE (owner_id, local_id);


--
-- Name: safeguarding_contacts uq:safeguarding_contacts.organisation_id+safeguarding_contacts.; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.safeguarding_contacts
    ADD CONSTRAINT "uq:safeguarding_contacts.organisation_id+safeguarding_contacts." UNIQUE (organisation_id, role);


--
-- Name: sessions uq:sessions.token_hash; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT "uq:sessions.token_hash" UNIQUE (token_hash);


--
-- Name: users uq:users.email; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT "uq:users.email" UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: agreement_approvals agreement_approvals_organisation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agreement_approvals
    ADD CONSTRAINT agreement_approvals_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES public.organisations(id);


--
-- Name: agreement_approvals agreement_approvals_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agreement_approvals
    ADD CONSTRAINT agreement_approvals_version_id_fkey FOREIGN KEY (version_id) REFERENCES public.agreement_versions(id);


--
-- Name: agreement_events agreement_events_agreement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agreement_events
    ADD CONSTRAINT agreement_events_agreement_id_fkey FOREIGN KEY (agreement_id) REFERENCES public.agreements(id);


--
-- Name: agreement_versions agreement_versions_agreement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agreement_versions
    ADD CONSTRAINT agreement_versions_agreement_id_fkey FOREIGN KEY (agreement_id) REFERENCES public.agreements(id);


--
-- Name: agreements agreements_created_by_organisation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.agreements
    ADD CONSTRAINT agreements_created_by_organisation_id_fkey FOREIGN KEY (created_by_organisation_id) REFERENCES public.organisations(id);


--
-- Name: api_tokens api_tokens_organisation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES public.organisations(id) ON DELETE RESTRICT;


--
-- Name: attendance_liaison attendance_liaison_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance_liaison
    ADD CONSTRAINT attendance_liaison_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person_records(id);


--
-- Name: attendance_liaison attendance_liaison_school_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance_liaison
    ADD CONSTRAINT attendance_liaison_school_id_fkey FOREIGN KEY (school_id) REFERENCES public.organisations(id);


--
-- Name: attendance_referrals attendance_referrals_practice_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance_referrals
    ADD CONSTRAINT attendance_referrals_practice_id_fkey FOREIGN KEY (practice_id) REFERENCES public.organisations(id);


--
-- Name: attendance_summaries attendance_summaries_pupil_record_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance_summaries
    ADD CONSTRAINT attendance_summaries_pupil_record_id_fkey FOREIGN KEY (pupil_record_id) REFERENCES public.person_records(id);


--
-- Name: attendance_summaries attendance_summaries_school_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance_summaries
    ADD CONSTRAINT attendance_summaries_school_id_fkey FOREIGN KEY (school_id) REFERENCES public.organisations(id);


--
-- Name: attendance_years attendance_years_pupil_record_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance_years
    ADD CONSTRAINT attendance_years_pupil_record_id_fkey FOREIGN KEY (pupil_record_id) REFERENCES public.person_records(id) ON DELETE CASCADE;


--
-- Name: attendance_years attendance_years_school_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance_years
    ADD CONSTRAINT attendance_years_school_id_fkey FOREIGN KEY (school_id) REFERENCES public.organisations(id) ON DELETE RESTRICT;


--
-- Name: consent_entries consent_entries_person_record_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.consent_entries
    ADD CONSTRAINT consent_entries_person_record_id_fkey FOREIGN KEY (person_record_id) REFERENCES public.person_records(id);


--
-- Name: early_help_case_outcomes early_help_case_outcomes_entry_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_case_outcomes
    ADD CONSTRAINT early_help_case_outcomes_entry_id_fkey FOREIGN KEY (entry_id) REFERENCES public.early_help_shortlist_entries(id) ON DELETE CASCADE;


--
-- Name: early_help_code_meanings early_help_code_meanings_practice_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_code_meanings
    ADD CONSTRAINT early_help_code_meanings_practice_id_fkey FOREIGN KEY (practice_id) REFERENCES public.organisations(id);


--
-- Name: early_help_demand_codes early_help_demand_codes_extract_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_demand_codes
    ADD CONSTRAINT early_help_demand_codes_extract_id_fkey FOREIGN KEY (extract_id) REFERENCES public.early_help_extracts(id) ON DELETE CASCADE;


--
-- Name: early_help_extract_people early_help_extract_people_extract_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_extract_people
    ADD CONSTRAINT early_help_extract_people_extract_id_fkey FOREIGN KEY (extract_id) REFERENCES public.early_help_extracts(id) ON DELETE CASCADE;


--
-- Name: early_help_extracts early_help_extracts_recipient_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_extracts
    ADD CONSTRAINT early_help_extracts_recipient_id_fkey FOREIGN KEY (recipient_id) REFERENCES public.organisations(id);


--
-- Name: early_help_extracts early_help_extracts_sender_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_extracts
    ADD CONSTRAINT early_help_extracts_sender_id_fkey FOREIGN KEY (sender_id) REFERENCES public.organisations(id);


--
-- Name: early_help_indicators early_help_indicators_council_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_indicators
    ADD CONSTRAINT early_help_indicators_council_id_fkey FOREIGN KEY (council_id) REFERENCES public.organisations(id);


--
-- Name: early_help_indicators early_help_indicators_person_record_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_indicators
    ADD CONSTRAINT early_help_indicators_person_record_id_fkey FOREIGN KEY (person_record_id) REFERENCES public.person_records(id) ON DELETE CASCADE;


--
-- Name: early_help_institutions early_help_institutions_council_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_institutions
    ADD CONSTRAINT early_help_institutions_council_id_fkey FOREIGN KEY (council_id) REFERENCES public.organisations(id);


--
-- Name: early_help_link_reviews early_help_link_reviews_council_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_link_reviews
    ADD CONSTRAINT early_help_link_reviews_council_person_id_fkey FOREIGN KEY (council_person_id) REFERENCES public.person_records(id);


--
-- Name: early_help_link_reviews early_help_link_reviews_extract_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_link_reviews
    ADD CONSTRAINT early_help_link_reviews_extract_id_fkey FOREIGN KEY (extract_id) REFERENCES public.early_help_extracts(id) ON DELETE CASCADE;


--
-- Name: early_help_link_reviews early_help_link_reviews_extract_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_link_reviews
    ADD CONSTRAINT early_help_link_reviews_extract_person_id_fkey FOREIGN KEY (extract_person_id) REFERENCES public.early_help_extract_people(id) ON DELETE CASCADE;


--
-- Name: early_help_links early_help_links_council_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_links
    ADD CONSTRAINT early_help_links_council_person_id_fkey FOREIGN KEY (council_person_id) REFERENCES public.person_records(id);


--
-- Name: early_help_links early_help_links_extract_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_links
    ADD CONSTRAINT early_help_links_extract_id_fkey FOREIGN KEY (extract_id) REFERENCES public.early_help_extracts(id) ON DELETE CASCADE;


--
-- Name: early_help_meetings early_help_meetings_shortlist_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_meetings
    ADD CONSTRAINT early_help_meetings_shortlist_id_fkey FOREIGN KEY (shortlist_id) REFERENCES public.early_help_shortlists(id) ON DELETE CASCADE;


--
-- Name: early_help_pseudonyms early_help_pseudonyms_person_record_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_pseudonyms
    ADD CONSTRAINT early_help_pseudonyms_person_record_id_fkey FOREIGN KEY (person_record_id) REFERENCES public.person_records(id) ON DELETE CASCADE;


--
-- Name: early_help_shortlist_entries early_help_shortlist_entries_council_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_shortlist_entries
    ADD CONSTRAINT early_help_shortlist_entries_council_person_id_fkey FOREIGN KEY (council_person_id) REFERENCES public.person_records(id);


--
-- Name: early_help_shortlist_entries early_help_shortlist_entries_shortlist_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_shortlist_entries
    ADD CONSTRAINT early_help_shortlist_entries_shortlist_id_fkey FOREIGN KEY (shortlist_id) REFERENCES public.early_help_shortlists(id) ON DELETE CASCADE;


--
-- Name: early_help_shortlists early_help_shortlists_council_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_shortlists
    ADD CONSTRAINT early_help_shortlists_council_id_fkey FOREIGN KEY (council_id) REFERENCES public.organisations(id);


--
-- Name: early_help_shortlists early_help_shortlists_practice_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.early_help_shortlists
    ADD CONSTRAINT early_help_shortlists_practice_id_fkey FOREIGN KEY (practice_id) REFERENCES public.organisations(id);


--
-- Name: follow_up_calls follow_up_calls_referral_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.follow_up_calls
    ADD CONSTRAINT follow_up_calls_referral_id_fkey FOREIGN KEY (referral_id) REFERENCES public.attendance_referrals(id);


--
-- Name: illness_referrals illness_referrals_team_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.illness_referrals
    ADD CONSTRAINT illness_referrals_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.organisations(id);


--
-- Name: parent_letter_templates parent_letter_templates_practice_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.parent_letter_templates
    ADD CONSTRAINT parent_letter_templates_practice_id_fkey FOREIGN KEY (practice_id) REFERENCES public.organisations(id);


--
-- Name: person_records person_records_owner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_records
    ADD CONSTRAINT person_records_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.organisations(id) ON DELETE RESTRICT;


--
-- Name: safeguarding_contacts safeguarding_contacts_organisation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.safeguarding_contacts
    ADD CONSTRAINT safeguarding_contacts_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES public.organisations(id) ON DELETE CASCADE;


--
-- Name: sessions sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: sharing_decisions sharing_decisions_organisation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sharing_decisions
    ADD CONSTRAINT sharing_decisions_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES public.organisations(id);


--
-- Name: synthetic_truth synthetic_truth_record_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.synthetic_truth
    ADD CONSTRAINT synthetic_truth_record_id_fkey FOREIGN KEY (record_id) REFERENCES public.person_records(id) ON DELETE CASCADE;


--
-- Name: users users_organisation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES public.organisations(id) ON DELETE RESTRICT;


--
-- PostgreSQL database dump complete
--

\unrestrict FhoQFkeHahEhgdA7N6dKgChfateyVe3rczYDLgaVVfClPlFpDLeaLNf5Nbc8b6d

