-- Names recognition learned from the archive: the gazetteer does not list them, but
-- articles kept naming them with a role (国务院副总理何立峰). Kept so that a person learned
-- stays a person after a restart; the counts before a name is learned stay in memory.
create table learned_names (
	folded text primary key,
	learned_at timestamptz not null default now()
);
