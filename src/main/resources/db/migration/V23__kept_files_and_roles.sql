-- Two aggregates the source and person pages still made per request, kept (V15 took the rest).

-- The files a source's articles came from, kept as links change instead of aggregated per
-- request: at 100,000 articles a source page joined every file's entries to every article to
-- count its files (1,300 buffers and a sort spilled to disk for the largest source). A file
-- holds an article when one of its entries is the article or it is the article's own file;
-- each source keeps, per file, how many of its articles the file holds.
create table source_files (
	source_id bigint not null references sources (id) on delete cascade,
	raw_document_id bigint not null references raw_documents (id) on delete cascade,
	articles bigint not null,
	-- The file's, copied: the latest files come from this table's index alone.
	received_at timestamptz not null,
	primary key (source_id, raw_document_id)
);
create index source_files_latest on source_files (source_id, received_at desc, raw_document_id desc);

insert into source_files
select a.source_id, h.raw_document_id, count(*), r.received_at
from (select e.raw_document_id, e.article_id from raw_document_entries e
      union
      select r.id, r.article_id from raw_documents r where r.article_id is not null) h
join articles a on a.id = h.article_id join raw_documents r on r.id = h.raw_document_id
group by a.source_id, h.raw_document_id, r.received_at;

-- Whether a file holds an article through any of its entries.
create function file_entries_hold(p_raw bigint, p_article bigint) returns boolean
language sql stable as $$
	select exists (select 1 from raw_document_entries e where e.article_id = p_article and e.raw_document_id = p_raw)
$$;

-- Adds signed changes of (source, file) pairs. Written at once, not at commit as V14's
-- counts are: a file is one import's, so two transactions seldom share a row.
create function count_source_files(p_sources bigint[], p_raws bigint[], p_changes integer[]) returns void
language plpgsql as $$
begin
	insert into source_files as c (source_id, raw_document_id, articles, received_at)
	select d.source_id, d.raw_document_id, sum(d.change), r.received_at
	from unnest(p_sources, p_raws, p_changes) as d (source_id, raw_document_id, change)
	join raw_documents r on r.id = d.raw_document_id
	group by d.source_id, d.raw_document_id, r.received_at having sum(d.change) <> 0
	order by d.source_id, d.raw_document_id
	on conflict (source_id, raw_document_id) do update set articles = c.articles + excluded.articles;
	delete from source_files f
	using unnest(p_sources, p_raws) as d (source_id, raw_document_id)
	where f.source_id = d.source_id and f.raw_document_id = d.raw_document_id and f.articles = 0;
end
$$;

-- Entries added, pointed at another article or removed: a (file, article) pair counts once
-- however many entries (and the file's own link) make it, so each pair the statement touched
-- counts the change of whether it is held, before (the entries now, less the statement's new
-- rows, plus its old ones) against after.
create function entry_links_changed(p_raws bigint[], p_articles bigint[], p_added integer[], p_removed integer[])
returns void
language plpgsql as $$
begin
	perform count_source_files(array_agg(a.source_id), array_agg(p.raw_document_id),
		array_agg(p.held_after::integer - p.held_before::integer))
	from (select t.raw_document_id, t.article_id,
	        file_entries_hold(t.raw_document_id, t.article_id) or own.id is not null as held_after,
	        (select count(*) from raw_document_entries e
	         where e.article_id = t.article_id and e.raw_document_id = t.raw_document_id) - t.added + t.removed > 0
	          or own.id is not null as held_before
	      from (select d.raw_document_id, d.article_id, sum(d.added) as added, sum(d.removed) as removed
	            from unnest(p_raws, p_articles, p_added, p_removed) as d (raw_document_id, article_id, added, removed)
	            group by d.raw_document_id, d.article_id) t
	      left join raw_documents own on own.id = t.raw_document_id and own.article_id = t.article_id) p
	join articles a on a.id = p.article_id
	where p.held_after <> p.held_before;
end
$$;

create function entries_linked() returns trigger
language plpgsql as $$
begin
	if tg_op = 'INSERT' then
		perform entry_links_changed(array_agg(raw_document_id), array_agg(article_id), array_agg(1), array_agg(0))
		from new_entries;
	elsif tg_op = 'DELETE' then
		perform entry_links_changed(array_agg(raw_document_id), array_agg(article_id), array_agg(0), array_agg(1))
		from old_entries;
	else
		perform entry_links_changed(array_agg(d.raw_document_id), array_agg(d.article_id), array_agg(d.added),
			array_agg(d.removed))
		from (select raw_document_id, article_id, 1 as added, 0 as removed from new_entries
		      union all
		      select raw_document_id, article_id, 0, 1 from old_entries) d;
	end if;
	return null;
end
$$;

create trigger entries_linked_insert after insert on raw_document_entries
	referencing new table as new_entries for each statement execute function entries_linked();
create trigger entries_linked_delete after delete on raw_document_entries
	referencing old table as old_entries for each statement execute function entries_linked();
create trigger entries_linked_update after update on raw_document_entries
	referencing old table as old_entries new table as new_entries for each statement execute function entries_linked();

-- A file becoming an article's own file, or no longer: the pair changes unless an entry of
-- the file holds the article too.
create function files_linked() returns trigger
language plpgsql as $$
begin
	if tg_op = 'INSERT' then
		perform count_source_files(array_agg(a.source_id), array_agg(n.id), array_agg(1))
		from new_files n join articles a on a.id = n.article_id
		where not file_entries_hold(n.id, n.article_id);
		return null;
	end if;
	perform count_source_files(array_agg(a.source_id), array_agg(d.raw_document_id), array_agg(d.change))
	from (select n.id as raw_document_id, n.article_id, 1 as change
	      from new_files n join old_files o on o.id = n.id
	      where n.article_id is not null and n.article_id is distinct from o.article_id
	      union all
	      select o.id, o.article_id, -1
	      from old_files o join new_files n on n.id = o.id
	      where o.article_id is not null and o.article_id is distinct from n.article_id) d
	join articles a on a.id = d.article_id
	where not file_entries_hold(d.raw_document_id, d.article_id);
	return null;
end
$$;

create trigger files_linked_insert after insert on raw_documents
	referencing new table as new_files for each statement execute function files_linked();
create trigger files_linked_update after update on raw_documents
	referencing old table as old_files new table as new_files for each statement execute function files_linked();

-- An article moved to another source takes the files holding it along.
create function articles_files_moved() returns trigger
language plpgsql as $$
begin
	perform count_source_files(array_agg(d.source_id), array_agg(d.raw_document_id), array_agg(d.change))
	from (select m.source_id, h.raw_document_id, m.change
	      from (select n.id, n.source_id, 1 as change from new_articles n join old_articles o on o.id = n.id
	            where n.source_id <> o.source_id
	            union all
	            select o.id, o.source_id, -1 from new_articles n join old_articles o on o.id = n.id
	            where n.source_id <> o.source_id) m
	      cross join lateral (select e.raw_document_id from raw_document_entries e where e.article_id = m.id
	                          union
	                          select r.id from raw_documents r where r.article_id = m.id) h) d;
	return null;
end
$$;

create trigger articles_files_moved after update on articles
	referencing old table as old_articles new table as new_articles for each statement
	execute function articles_files_moved();

analyze source_files;

-- The titles articles give an entity, one row per entity, title and article, kept from the
-- mentions: a person's roles were counted per request from every mention with a title, each
-- joined to its article for its date (18,600 buffers for the person named most at 100,000
-- articles; 1,100 from the mentions' index alone, V15, with the titles split per request).
-- Counted from this table's index, and the newest five of a title are its first five.
create table entity_role_articles (
	entity_id bigint not null references entities (id) on delete cascade,
	role text not null,
	article_id bigint not null references articles (id) on delete cascade,
	published_start timestamptz,
	primary key (entity_id, role, article_id)
);
create index entity_role_articles_newest
	on entity_role_articles (entity_id, role, published_start desc nulls last, article_id desc);

insert into entity_role_articles
select distinct m.entity_id, r.role, m.article_id, m.published_start
from mentions m cross join unnest(string_to_array(m.roles, E'\n')) as r (role)
where m.roles <> '';

-- A mention added, changed (merged into another entity, its article dated again, its titles
-- read again) or removed replaces the rows of its entity and article. One trigger per event:
-- transition tables exist only for the event a trigger was made for.
create function mention_roles_kept() returns trigger
language plpgsql as $$
begin
	if tg_op in ('UPDATE', 'DELETE') then
		delete from entity_role_articles k using old_mentions o
		where k.entity_id = o.entity_id and k.article_id = o.article_id and o.roles <> '';
	end if;
	if tg_op in ('UPDATE', 'INSERT') then
		insert into entity_role_articles (entity_id, role, article_id, published_start)
		select distinct n.entity_id, r.role, n.article_id, n.published_start
		from new_mentions n cross join unnest(string_to_array(n.roles, E'\n')) as r (role)
		where n.roles <> ''
		on conflict (entity_id, role, article_id) do update set published_start = excluded.published_start;
	end if;
	return null;
end
$$;

create trigger mention_roles_kept_insert after insert on mentions
	referencing new table as new_mentions for each statement execute function mention_roles_kept();
create trigger mention_roles_kept_delete after delete on mentions
	referencing old table as old_mentions for each statement execute function mention_roles_kept();
create trigger mention_roles_kept_update after update on mentions
	referencing old table as old_mentions new table as new_mentions for each statement execute function mention_roles_kept();

analyze entity_role_articles;
