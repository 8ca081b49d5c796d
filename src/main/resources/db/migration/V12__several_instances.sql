-- Several portal instances on one database.

-- Import jobs live in the database, so that every portal instance on it sees them and their
-- progress, and each job is claimed by exactly one runner.
create table import_jobs (
	id bigserial primary key,
	path text not null,
	state text not null check (state in ('QUEUED', 'RUNNING', 'DONE', 'CANCELLED', 'FAILED')),
	cancel_requested boolean not null default false,
	files_total bigint not null default 0,
	files_done bigint not null default 0,
	created bigint not null default 0,
	updated bigint not null default 0,
	unchanged bigint not null default 0,
	rejected bigint not null default 0,
	queued_at timestamptz not null,
	started_at timestamptz,
	finished_at timestamptz,
	error text
);

create index import_jobs_queued on import_jobs (id) where state = 'QUEUED';

-- Each import run records the portal instance running it (its connections' application_name),
-- so that an instance starting marks as interrupted only the runs of processes that have ended;
-- runs from before have none.
alter table import_runs add column instance text;
alter table import_runs alter column instance set default current_setting('application_name');
