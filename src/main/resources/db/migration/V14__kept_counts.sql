-- Counts the pages show, kept as rows change instead of aggregated per request: at 100,000
-- articles the aggregates read 4,000-20,000 buffers each (docs/benchmarks.md). Triggers keep
-- them whatever the path that changes the rows (import, re-import, recognition, merges,
-- moves, deletes); a backup restores them as copied, its triggers off.

-- Each mention carries its article's source and month (as the date was stated, null if not
-- dated to a month), so that the counts by source and by month follow from the mentions'
-- own rows, also when the mentions go with their deleted article.
alter table mentions add column source_id bigint, add column month text;

create function article_month(stated_precision text, stated_value text) returns text
language sql immutable as $$
	select case when stated_precision in ('MONTH', 'DAY', 'MINUTE', 'SECOND') then substring(stated_value, 1, 7) end
$$;

update mentions m set source_id = a.source_id, month = article_month(a.published_precision, a.published_value)
from articles a where a.id = m.article_id;

-- In how many articles an entity is named, and how often.
create table entity_counts (
	entity_id bigint primary key references entities (id) on delete cascade,
	articles bigint not null,
	mentions bigint not null
);
insert into entity_counts
select entity_id, count(*), sum(mention_count) from mentions group by entity_id;
create index entity_counts_most on entity_counts (articles desc, mentions desc, entity_id);

-- In how many articles of each month an entity is named.
create table entity_month_counts (
	entity_id bigint not null references entities (id) on delete cascade,
	month text not null,
	articles bigint not null,
	primary key (entity_id, month)
);
insert into entity_month_counts
select entity_id, month, count(*) from mentions where month is not null group by entity_id, month;

-- In how many of a source's articles an entity is named, and how often.
create table source_entity_counts (
	source_id bigint not null references sources (id) on delete cascade,
	entity_id bigint not null references entities (id) on delete cascade,
	articles bigint not null,
	mentions bigint not null,
	primary key (source_id, entity_id)
);
insert into source_entity_counts
select source_id, entity_id, count(*), sum(mention_count) from mentions group by source_id, entity_id;

-- How many articles a source has, how many of them came with warnings or damage, and how
-- many damaged spots those have.
create table source_counts (
	source_id bigint primary key references sources (id) on delete cascade,
	articles bigint not null,
	flagged bigint not null,
	damaged_spots bigint not null
);
insert into source_counts
select source_id, count(*), count(*) filter (where warnings <> '' or damaged_spots > 0), sum(damaged_spots)
from articles group by source_id;

-- How many of a source's articles each parser read.
create table source_format_counts (
	source_id bigint not null references sources (id) on delete cascade,
	parser text not null,
	articles bigint not null,
	primary key (source_id, parser)
);
insert into source_format_counts
select source_id, parser, count(*) from articles group by source_id, parser;

-- Changes are not added to the counts at once but noted per transaction and added as it
-- commits, each table's rows in the order of their keys, in one statement: a transaction
-- holds a count's row lock only while it commits, after every other lock it takes, so two
-- imports naming the same people (or storing into the same source) neither wait for each
-- other's whole batch nor deadlock, and a batch naming a person in a hundred articles
-- updates that person's rows once. Noted changes never outlive their transaction: unlogged.
create unlogged table mention_changes (
	tx bigint not null,
	entity_id bigint not null,
	source_id bigint not null,
	month text,
	articles integer not null,
	mentions integer not null
);
create index mention_changes_tx on mention_changes (tx);

create unlogged table article_changes (
	tx bigint not null,
	source_id bigint not null,
	parser text not null,
	articles integer not null,
	flagged integer not null,
	damaged_spots integer not null
);
create index article_changes_tx on article_changes (tx);

-- One row per transaction with changes noted; inserting it queues the commit's flush.
create unlogged table counts_pending (tx bigint primary key);

-- Adds the changes the current transaction noted to the counts; rows counting nothing any
-- more go, and so do the changes of a source or entity the transaction deleted (a merged
-- source: its counts went with it). Called as the transaction commits, or earlier by a
-- transaction that reads its own counts.
create function flush_counts() returns void
language plpgsql as $$
declare
	current_tx bigint := txid_current();
begin
	delete from counts_pending where tx = current_tx;

	insert into source_counts as c (source_id, articles, flagged, damaged_spots)
	select d.source_id, sum(d.articles), sum(d.flagged), sum(d.damaged_spots)
	from article_changes d join sources s on s.id = d.source_id where d.tx = current_tx
	group by d.source_id having sum(d.articles) <> 0 or sum(d.flagged) <> 0 or sum(d.damaged_spots) <> 0
	order by d.source_id
	on conflict (source_id) do update set articles = c.articles + excluded.articles,
		flagged = c.flagged + excluded.flagged, damaged_spots = c.damaged_spots + excluded.damaged_spots;
	delete from source_counts where articles = 0
		and source_id in (select source_id from article_changes where tx = current_tx);

	insert into source_format_counts as c (source_id, parser, articles)
	select d.source_id, d.parser, sum(d.articles)
	from article_changes d join sources s on s.id = d.source_id where d.tx = current_tx
	group by d.source_id, d.parser having sum(d.articles) <> 0 order by d.source_id, d.parser
	on conflict (source_id, parser) do update set articles = c.articles + excluded.articles;
	delete from source_format_counts where articles = 0
		and source_id in (select source_id from article_changes where tx = current_tx);
	delete from article_changes where tx = current_tx;

	insert into entity_counts as c (entity_id, articles, mentions)
	select d.entity_id, sum(d.articles), sum(d.mentions)
	from mention_changes d join entities e on e.id = d.entity_id where d.tx = current_tx
	group by d.entity_id having sum(d.articles) <> 0 or sum(d.mentions) <> 0 order by d.entity_id
	on conflict (entity_id) do update set articles = c.articles + excluded.articles,
		mentions = c.mentions + excluded.mentions;
	delete from entity_counts where articles = 0
		and entity_id in (select entity_id from mention_changes where tx = current_tx);

	insert into entity_month_counts as c (entity_id, month, articles)
	select d.entity_id, d.month, sum(d.articles)
	from mention_changes d join entities e on e.id = d.entity_id where d.tx = current_tx and d.month is not null
	group by d.entity_id, d.month having sum(d.articles) <> 0 order by d.entity_id, d.month
	on conflict (entity_id, month) do update set articles = c.articles + excluded.articles;
	delete from entity_month_counts where articles = 0
		and entity_id in (select entity_id from mention_changes where tx = current_tx);

	insert into source_entity_counts as c (source_id, entity_id, articles, mentions)
	select d.source_id, d.entity_id, sum(d.articles), sum(d.mentions)
	from mention_changes d join entities e on e.id = d.entity_id join sources s on s.id = d.source_id
	where d.tx = current_tx
	group by d.source_id, d.entity_id having sum(d.articles) <> 0 or sum(d.mentions) <> 0
	order by d.source_id, d.entity_id
	on conflict (source_id, entity_id) do update set articles = c.articles + excluded.articles,
		mentions = c.mentions + excluded.mentions;
	delete from source_entity_counts where articles = 0
		and entity_id in (select entity_id from mention_changes where tx = current_tx);
	delete from mention_changes where tx = current_tx;
end
$$;

create function counts_pending_flushed() returns trigger
language plpgsql as $$
begin
	perform flush_counts();
	return null;
end
$$;

create constraint trigger counts_pending_flushed after insert on counts_pending
	deferrable initially deferred for each row execute function counts_pending_flushed();

-- Notes signed changes of mentions, summed per entity, source and month.
create function count_mentions(p_entities bigint[], p_sources bigint[], p_months text[], p_articles integer[],
		p_mentions integer[]) returns void
language plpgsql as $$
begin
	insert into mention_changes (tx, entity_id, source_id, month, articles, mentions)
	select txid_current(), d.entity_id, d.source_id, d.month, sum(d.articles), sum(d.mentions)
	from unnest(p_entities, p_sources, p_months, p_articles, p_mentions)
		as d (entity_id, source_id, month, articles, mentions)
	group by d.entity_id, d.source_id, d.month;
	if found then
		insert into counts_pending values (txid_current()) on conflict do nothing;
	end if;
end
$$;

-- Transition tables exist only for the event a trigger was made for: one trigger per event.
create function mentions_counted() returns trigger
language plpgsql as $$
begin
	if tg_op = 'INSERT' then
		perform count_mentions(array_agg(entity_id), array_agg(source_id), array_agg(month),
			array_agg(1), array_agg(mention_count)) from new_mentions;
	elsif tg_op = 'DELETE' then
		perform count_mentions(array_agg(entity_id), array_agg(source_id), array_agg(month),
			array_agg(-1), array_agg(-mention_count)) from old_mentions;
	else
		perform count_mentions(array_agg(d.entity_id), array_agg(d.source_id), array_agg(d.month),
			array_agg(d.articles), array_agg(d.mentions))
		from (select entity_id, source_id, month, 1 as articles, mention_count as mentions from new_mentions
		      union all
		      select entity_id, source_id, month, -1, -mention_count from old_mentions) d;
	end if;
	return null;
end
$$;

create trigger mentions_counted_insert after insert on mentions
	referencing new table as new_mentions for each statement execute function mentions_counted();
create trigger mentions_counted_delete after delete on mentions
	referencing old table as old_mentions for each statement execute function mentions_counted();
create trigger mentions_counted_update after update on mentions
	referencing old table as old_mentions new table as new_mentions for each statement execute function mentions_counted();

-- A new mention takes its article's source and month.
create function mention_of_article() returns trigger
language plpgsql as $$
begin
	select a.source_id, article_month(a.published_precision, a.published_value) into new.source_id, new.month
	from articles a where a.id = new.article_id;
	return new;
end
$$;

create trigger mention_of_article before insert on mentions
	for each row execute function mention_of_article();

-- Notes signed changes of articles, summed per source and parser.
create function count_articles(p_sources bigint[], p_parsers text[], p_articles integer[], p_flagged integer[],
		p_damaged_spots integer[]) returns void
language plpgsql as $$
begin
	insert into article_changes (tx, source_id, parser, articles, flagged, damaged_spots)
	select txid_current(), d.source_id, d.parser, sum(d.articles), sum(d.flagged), sum(d.damaged_spots)
	from unnest(p_sources, p_parsers, p_articles, p_flagged, p_damaged_spots)
		as d (source_id, parser, articles, flagged, damaged_spots)
	group by d.source_id, d.parser;
	if found then
		insert into counts_pending values (txid_current()) on conflict do nothing;
	end if;
end
$$;

create function articles_counted() returns trigger
language plpgsql as $$
begin
	if tg_op = 'INSERT' then
		perform count_articles(array_agg(source_id), array_agg(parser), array_agg(1),
			array_agg(case when warnings <> '' or damaged_spots > 0 then 1 else 0 end), array_agg(damaged_spots))
		from new_articles;
	elsif tg_op = 'DELETE' then
		perform count_articles(array_agg(source_id), array_agg(parser), array_agg(-1),
			array_agg(case when warnings <> '' or damaged_spots > 0 then -1 else 0 end), array_agg(-damaged_spots))
		from old_articles;
	else
		perform count_articles(array_agg(d.source_id), array_agg(d.parser), array_agg(d.articles),
			array_agg(d.flagged), array_agg(d.damaged_spots))
		from (select n.source_id, n.parser, 1 as articles, case when n.warnings <> '' or n.damaged_spots > 0 then 1 else 0 end as flagged,
		        n.damaged_spots
		      from new_articles n join old_articles o on o.id = n.id
		      where (n.source_id, n.parser, n.warnings <> '' or n.damaged_spots > 0, n.damaged_spots)
		        is distinct from (o.source_id, o.parser, o.warnings <> '' or o.damaged_spots > 0, o.damaged_spots)
		      union all
		      select o.source_id, o.parser, -1, case when o.warnings <> '' or o.damaged_spots > 0 then -1 else 0 end, -o.damaged_spots
		      from new_articles n join old_articles o on o.id = n.id
		      where (n.source_id, n.parser, n.warnings <> '' or n.damaged_spots > 0, n.damaged_spots)
		        is distinct from (o.source_id, o.parser, o.warnings <> '' or o.damaged_spots > 0, o.damaged_spots)) d;
		-- An article moved to another source or dated again moves its mentions' counts.
		update mentions m set source_id = n.source_id, month = article_month(n.published_precision, n.published_value)
		from new_articles n join old_articles o on o.id = n.id
		where m.article_id = n.id
		  and (n.source_id, article_month(n.published_precision, n.published_value))
		    is distinct from (o.source_id, article_month(o.published_precision, o.published_value));
	end if;
	return null;
end
$$;

create trigger articles_counted_insert after insert on articles
	referencing new table as new_articles for each statement execute function articles_counted();
create trigger articles_counted_delete after delete on articles
	referencing old table as old_articles for each statement execute function articles_counted();
create trigger articles_counted_update after update on articles
	referencing old table as old_articles new table as new_articles for each statement execute function articles_counted();

-- The tables filled above and the two columns added to mentions have no statistics until
-- autovacuum comes round: the first pages after an upgrade were planned blind (the home page
-- of a 100,000-article archive took 140 ms instead of 47 until they were analysed).
analyze mentions;
analyze entity_counts;
analyze entity_month_counts;
analyze source_entity_counts;
analyze source_counts;
analyze source_format_counts;
