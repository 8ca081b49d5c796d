-- Stories (issue 12): articles that report the same event across outlets, scripts and
-- languages, and the near-duplicates among them. Everything here is derived from the articles
-- except story_pins, an administrator's decisions, which re-clustering and re-import respect.
create table stories (
	id bigserial primary key,
	title text not null,
	first_day date,
	last_day date,
	article_count integer not null default 0,
	outlet_count integer not null default 0,
	updated_at timestamptz not null default now()
);
create index stories_last_day on stories (last_day desc nulls last, id desc);
create index stories_article_count on stories (article_count desc, id desc);

-- What story assignment reads of an article, computed once per stored revision.
create table story_features (
	article_id bigint primary key references articles (id) on delete cascade,
	revision bigint not null,
	first_day date,
	last_day date,
	signature integer[] not null,
	title_terms text[] not null,
	terms text[] not null,
	entity_ids bigint[] not null
);
create index story_features_first_day on story_features (first_day);
create index story_features_entity_ids on story_features using gin (entity_ids);

-- Locality-sensitive hash bands of each article's MinHash signature: articles sharing a band
-- are candidates for the same text, whatever their dates.
create table story_bands (
	band bigint not null,
	article_id bigint not null references articles (id) on delete cascade,
	primary key (band, article_id)
);
create index story_bands_article on story_bands (article_id);

-- An article's place in a story and why it is there. An article alone in its story has no row.
create table story_members (
	article_id bigint primary key references articles (id) on delete cascade,
	story_id bigint not null references stories (id) on delete cascade,
	duplicate_of bigint references articles (id) on delete set null,
	joined_to bigint references articles (id) on delete set null,
	similarity real,
	shared_people text[] not null default '{}',
	shared_phrases text[] not null default '{}',
	day_gap integer
);
create index story_members_story on story_members (story_id);
create index story_members_duplicate_of on story_members (duplicate_of);

-- An administrator's decision that an article belongs to a story (a split, a move or a merge).
-- Assignment never takes a pinned article out of its story and never puts it into another.
create table story_pins (
	article_id bigint primary key references articles (id) on delete cascade,
	story_id bigint not null references stories (id) on delete cascade,
	decision text not null check (decision in ('SPLIT', 'MOVE', 'MERGE')),
	decided_at timestamptz not null default now()
);
create index story_pins_story on story_pins (story_id);
