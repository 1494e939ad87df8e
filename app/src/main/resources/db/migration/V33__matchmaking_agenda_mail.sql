-- Agenda e-mails and calendar feeds (decision 0009).
-- A secret per participant in the address of its calendar feed, so calendar clients subscribe without signing in;
-- its people replace it to revoke the old address.
alter table matchmaking_participant add column calendar_token varchar(64) unique;

-- What each participant's people were last told their agenda is (a fingerprint of its meetings), so that the
-- agenda mail job tells them once on publication and again only when the agenda changed.
create table matchmaking_agenda_notice (
    participant_id  bigint       primary key references matchmaking_participant (id) on delete cascade,
    fingerprint     varchar(64)  not null,
    sent_at         timestamptz  not null
);

-- The day-before reminder is sent once per event.
alter table matchmaking_event add column reminded_at timestamptz;
