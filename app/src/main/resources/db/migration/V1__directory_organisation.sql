-- Organisations: cluster organisations and their members. One row per real organisation; the other
-- spellings met in the sources are kept as aliases so search finds it by any of them.
-- Ids come from a sequence in steps of 50 so that Hibernate can batch inserts (bulk imports of 100,000 profiles).
create sequence directory_organisation_seq increment by 50;

create table directory_organisation (
    id                bigint        primary key default nextval('directory_organisation_seq'),
    key               varchar(120)  not null unique,
    name              varchar(300)  not null,
    aliases           text[]        not null default '{}',
    type              varchar(40)   not null,
    country           varchar(2),
    nuts_region       varchar(5),
    city              varchar(120),
    website           varchar(500),
    email             varchar(254),
    description       text,
    sectors           text[]        not null default '{}',
    value_chain_stages text[]       not null default '{}',
    technologies      text[]        not null default '{}',
    services          text[]        not null default '{}',
    target_markets    text[]        not null default '{}',
    facts             text[]        not null default '{}',
    member_count      integer check (member_count >= 0),
    sme_count         integer check (sme_count >= 0),
    staff_fte         numeric(7, 2) check (staff_fte >= 0),
    year_founded      integer check (year_founded between 1800 and 2100),
    excellence_label  varchar(10),
    sources           jsonb         not null default '[]',
    notes             text[]        not null default '{}',
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now(),
    version           bigint        not null default 0
);

create index directory_organisation_country_idx on directory_organisation (country);
