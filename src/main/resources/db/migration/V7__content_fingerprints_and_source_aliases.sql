-- What a reader sees of an article, hashed: the same article arriving from another file
-- with the same content changes nothing. Articles stored before have none and take one
-- the next time a copy of them arrives.
alter table articles add column content_fingerprint text;

-- A merged source's slug leads to the source it was merged into, so that its pages
-- redirect there and a file naming it again is stored there.
create table source_aliases (
	slug text primary key,
	source_id bigint not null references sources (id)
);
create index source_aliases_source on source_aliases (source_id);
