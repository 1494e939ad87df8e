-- Profiles created by people start as drafts and are published by a validator (issue 4); everything that came
-- from the seed sources or an import is published. Public pages, the API and search show published rows only.
alter table directory_organisation add column publication_status varchar(12) not null default 'PUBLISHED'
    check (publication_status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED'));

create index directory_organisation_status_idx on directory_organisation (publication_status);
