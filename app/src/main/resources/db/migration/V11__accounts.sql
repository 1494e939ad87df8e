-- Accounts (issue 4): people, their organisation roles, invitations, personal access tokens, the profile
-- validation workflow and the security audit log. Secrets (e-mailed tokens, access tokens) are stored only as
-- SHA-256 hashes; passwords as adaptive hashes ({bcrypt}… from Spring Security's DelegatingPasswordEncoder).
create table accounts_account (
    id             bigserial    primary key,
    email          varchar(254) not null unique,          -- stored lower-case: one account per address
    display_name   varchar(120) not null,
    password_hash  varchar(200) not null,
    verified_at    timestamptz,
    platform_roles text[]       not null default '{}',
    created_at     timestamptz  not null default now()
);

create table accounts_email_token (
    id          bigserial    primary key,
    account_id  bigint       not null references accounts_account (id) on delete cascade,
    purpose     varchar(20)  not null check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    token_hash  varchar(64)  not null unique,
    expires_at  timestamptz  not null,
    used_at     timestamptz
);

-- Organisation ids refer to directory_organisation by id only (module boundary): rows are removed by the
-- OrganisationDeleted listener, not by a foreign key.
create table accounts_membership (
    id              bigserial   primary key,
    account_id      bigint      not null references accounts_account (id) on delete cascade,
    organisation_id bigint      not null,
    role            varchar(10) not null check (role in ('OWNER', 'EDITOR', 'MEMBER')),
    unique (account_id, organisation_id)
);
create index accounts_membership_organisation_idx on accounts_membership (organisation_id);

create table accounts_invitation (
    id              bigserial    primary key,
    organisation_id bigint       not null,
    email           varchar(254) not null,
    role            varchar(10)  not null check (role in ('OWNER', 'EDITOR', 'MEMBER')),
    token_hash      varchar(64)  not null unique,
    invited_by      bigint       references accounts_account (id) on delete set null,
    expires_at      timestamptz  not null,
    accepted_at     timestamptz
);
create index accounts_invitation_organisation_idx on accounts_invitation (organisation_id);

create table accounts_access_token (
    id           bigserial    primary key,
    account_id   bigint       not null references accounts_account (id) on delete cascade,
    name         varchar(80)  not null,
    token_hash   varchar(64)  not null unique,
    scopes       text[]       not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz  not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create index accounts_access_token_account_idx on accounts_access_token (account_id);

-- What the applicant declares when submitting a cluster profile, beside the profile's own figures.
create table accounts_profile_evidence (
    organisation_id       bigint       primary key,
    english_website       boolean      not null default false,
    member_helices        text[]       not null default '{}',
    recognising_programme varchar(300),
    updated_at            timestamptz  not null default now()
);

-- The validation audit trail: every submission and every decision, never updated or deleted with the profile's edits.
create table accounts_validation_decision (
    id              bigserial    primary key,
    organisation_id bigint       not null,
    outcome         varchar(10)  not null check (outcome in ('SUBMITTED', 'PUBLISHED', 'RETURNED')),
    reasons         text,
    account_id      bigint,
    decided_at      timestamptz  not null default now()
);
create index accounts_validation_decision_organisation_idx on accounts_validation_decision (organisation_id, decided_at);

-- Security-relevant actions for administrators: sign-in, role changes, publication decisions, deletions.
create table accounts_audit_event (
    id          bigserial    primary key,
    at          timestamptz  not null default now(),
    account_id  bigint,
    action      varchar(40)  not null,
    detail      text         not null,
    remote_ip   varchar(64)
);
create index accounts_audit_event_at_idx on accounts_audit_event (at desc);
