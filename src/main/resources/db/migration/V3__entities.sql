-- People, organisations and places, with every name they are known by.
create table entities (
	id bigserial primary key,
	key text not null unique,
	type text not null,
	name text not null,
	wikidata_id text,
	description text,
	merged_into bigint references entities (id)
);

create table entity_names (
	entity_id bigint not null references entities (id) on delete cascade,
	name text not null,
	script text not null,
	folded text not null,
	primary key (entity_id, name)
);
create index entity_names_folded on entity_names (folded);

-- Names an administrator removed: recognition never adds them back.
create table entity_removed_names (
	entity_id bigint not null references entities (id) on delete cascade,
	name text not null,
	primary key (entity_id, name)
);

create table mentions (
	id bigserial primary key,
	entity_id bigint not null references entities (id),
	article_id bigint not null references articles (id) on delete cascade,
	mention_count integer not null,
	first_sentence text,
	roles text not null default '',
	unique (entity_id, article_id)
);
create index mentions_article on mentions (article_id);

-- Which gazetteer the mentions were computed with, so that a changed gazetteer recomputes them.
create table entity_state (
	id integer primary key check (id = 1),
	gazetteer_sha256 text not null
);
