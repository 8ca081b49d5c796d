-- A run the process died in (kill -9, crash) is marked at the next start rather than left
-- "running" forever.
alter table import_runs add column interrupted boolean not null default false;
