-- An import job records the portal instance running it (its connections' application_name), as
-- import runs do, so that the other instances tell a job whose runner ended without finishing it,
-- killed or cut off, from one under way, and show it as interrupted.
alter table import_jobs add column instance text;
alter table import_jobs alter column instance set default current_setting('application_name');
alter table import_jobs drop constraint import_jobs_state_check;
alter table import_jobs add constraint import_jobs_state_check
	check (state in ('QUEUED', 'RUNNING', 'DONE', 'CANCELLED', 'FAILED', 'INTERRUPTED'));
