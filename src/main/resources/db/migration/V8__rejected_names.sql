-- Names an administrator rejected for good: recognition never records them again.
-- NOT_A_PERSON drops the name only where recognition would make it a person;
-- NOT_A_NAME drops it whatever it would be.
create table rejected_names (
	folded text primary key,
	name text not null,
	reason text not null check (reason in ('NOT_A_PERSON', 'NOT_A_NAME')),
	decided_at timestamptz not null default now()
);
