-- Meetings per participant in each session at most (issue 5: limits per session); null = no such limit.
alter table matchmaking_event
    add column max_meetings_per_session int check (max_meetings_per_session >= 1);
