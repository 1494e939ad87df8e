-- Organisers per event and participant self-service (decision 0009).
-- An event names its organising organisation (a directory organisation, by id): its owners and editors organise
-- the event. Null for events organised by the platform's administrators alone.
alter table matchmaking_event add column organiser_id bigint;
create index matchmaking_event_organiser_ix on matchmaking_event (organiser_id);

-- Who registered, and the organisation's country and sectors as they were at registration, so that the
-- marketplace is searched with facets inside this module's tables (modules share no joins).
alter table matchmaking_participant add column country varchar(8);
alter table matchmaking_participant add column sectors text[] not null default '{}';
create index matchmaking_participant_event_ix on matchmaking_participant (event_id, display_name);
create index matchmaking_item_kind_ix on matchmaking_item (participant_id, kind);
