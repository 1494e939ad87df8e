-- In-app notifications of an account (accounts module, public API Notifications): every module's notices to a
-- person, also sent by e-mail. They go with the account.
create table accounts_notification (
    id         bigserial     primary key,
    account_id bigint        not null references accounts_account (id) on delete cascade,
    subject    varchar(200)  not null,
    text       varchar(4000) not null,
    path       varchar(500)  not null,
    created_at timestamptz   not null default now(),
    read_at    timestamptz
);
create index accounts_notification_account_idx on accounts_notification (account_id, created_at desc);
