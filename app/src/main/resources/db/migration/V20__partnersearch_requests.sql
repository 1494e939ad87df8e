-- Partner-search requests (issue 6, item 3): what an organisation seeks or offers, followed, answered with
-- interest and comments, closed by its people or by the expiry job after its deadline. Organisation, account
-- and event ids refer to other modules by id only (module boundaries); rows of a deleted account go with the
-- AccountDeleted listener.
create table partnersearch_request (
    id                   bigserial     primary key,
    organisation_id      bigint        not null,
    poster_id            bigint        not null,
    kind                 varchar(10)   not null check (kind in ('SEEKING', 'OFFERING')),
    title                varchar(200)  not null,
    description          varchar(4000) not null,
    sectors              text[]        not null default '{}',
    value_chain_stages   text[]        not null default '{}',
    countries            text[]        not null default '{}',
    deadline             date          not null,
    community_event_id   bigint,
    matchmaking_event_id bigint,
    status               varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'CLOSED', 'EXPIRED')),
    created_at           timestamptz   not null default now(),
    updated_at           timestamptz   not null default now()
);
create index partnersearch_request_open_idx on partnersearch_request (status, deadline);

create table partnersearch_request_follower (
    request_id bigint not null references partnersearch_request (id) on delete cascade,
    account_id bigint not null,
    primary key (request_id, account_id)
);

-- One interest per organisation and request: a second one from the same organisation is refused, not doubled.
create table partnersearch_request_interest (
    id              bigserial     primary key,
    request_id      bigint        not null references partnersearch_request (id) on delete cascade,
    account_id      bigint        not null,
    organisation_id bigint        not null,
    message         varchar(2000) not null default '',
    created_at      timestamptz   not null default now(),
    unique (request_id, organisation_id)
);

create table partnersearch_request_comment (
    id         bigserial     primary key,
    request_id bigint        not null references partnersearch_request (id) on delete cascade,
    account_id bigint,        -- null once the author's account is deleted: the conversation stays readable
    text       varchar(2000) not null,
    created_at timestamptz   not null default now()
);

-- A person's saved organisations from "Find partners".
create table partnersearch_shortlist (
    account_id      bigint       not null,
    organisation_id bigint       not null,
    note            varchar(500) not null default '',
    created_at      timestamptz  not null default now(),
    primary key (account_id, organisation_id)
);

-- Messages sent to an organisation through the platform (its owners and editors receive them); kept as a
-- record and to limit how many one person sends per hour.
create table partnersearch_contact_message (
    id              bigserial     primary key,
    sender_id       bigint,
    organisation_id bigint        not null,
    subject         varchar(150)  not null,
    text            varchar(4000) not null,
    created_at      timestamptz   not null default now()
);
create index partnersearch_contact_sender_idx on partnersearch_contact_message (sender_id, created_at);
