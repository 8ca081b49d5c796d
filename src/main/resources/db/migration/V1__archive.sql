-- Outlets the archive knows.
create table sources (
	id bigserial primary key,
	slug text not null unique,
	name text not null,
	homepage text,
	language text not null,
	description text
);

-- Every file as it arrived, byte for byte, whether or not it became an article.
create table raw_documents (
	id bigserial primary key,
	file_name text not null,
	sha256 text not null unique check (length(sha256) = 64),
	size_bytes bigint not null,
	charset text,
	content bytea not null,
	received_at timestamptz not null,
	article_id bigint
);

create table articles (
	id bigserial primary key,
	source_id bigint not null references sources (id),
	title text not null,
	other_title text,
	url text,
	section text,
	published_value text,
	published_precision text,
	published_inferred boolean not null default false,
	published_evidence text,
	published_start timestamptz,
	published_first_day date,
	published_last_day date,
	captured_at timestamptz,
	languages text not null,
	lede text,
	damaged_spots integer not null default 0,
	parser text not null,
	warnings text not null default '',
	raw_document_id bigint not null references raw_documents (id),
	created_at timestamptz not null,
	updated_at timestamptz not null,
	revision bigint not null default 0
);

-- The same article arriving again is recognised by its URL, or without one by title and date.
create unique index articles_source_url on articles (source_id, url) where url is not null;
create unique index articles_source_title_date on articles (source_id, title, coalesce(published_value, ''))
	where url is null;
create index articles_published on articles (published_start desc nulls last, id desc);
create index articles_published_days on articles (published_first_day, published_last_day);

alter table raw_documents add constraint raw_documents_article foreign key (article_id) references articles (id);
create index raw_documents_article_idx on raw_documents (article_id);

create table article_contributors (
	article_id bigint not null references articles (id) on delete cascade,
	position integer not null,
	name text not null,
	role text not null,
	other_name text,
	email text,
	primary key (article_id, position)
);

create table article_blocks (
	article_id bigint not null references articles (id) on delete cascade,
	position integer not null,
	kind text not null,
	text text not null,
	language text,
	pair integer,
	image_index integer,
	primary key (article_id, position)
);

create table article_images (
	article_id bigint not null references articles (id) on delete cascade,
	position integer not null,
	src text,
	alt text,
	caption text,
	caption_translation text,
	credit text,
	primary key (article_id, position)
);

-- One run of the importer (start-up folder, upload) and what became of each file.
create table import_runs (
	id bigserial primary key,
	origin text not null,
	started_at timestamptz not null,
	finished_at timestamptz
);

create table import_results (
	id bigserial primary key,
	run_id bigint not null references import_runs (id),
	position integer not null,
	file_name text not null,
	raw_document_id bigint references raw_documents (id),
	status text not null,
	article_id bigint references articles (id),
	warnings text not null default '',
	error text
);
create index import_results_run on import_results (run_id, position);
