-- What the home, source and person pages still aggregated per request at 100,000 articles
-- (docs/benchmarks.md, "The source, person and home pages at 100,000 articles"): the month
-- chart over every article, a source's earliest and flagged articles over all of its
-- articles, a person's deep pages over the articles naming them, joined to the articles for
-- their dates.

-- A source's articles in either order, its earliest and latest, without reading the others.
create index articles_source_published on articles (source_id, published_start desc nulls last, id desc);
create index articles_source_flagged on articles (source_id, published_start desc nulls last, id desc)
	where warnings <> '' or damaged_spots > 0;

-- The home page's month chart: an article counts in the month of its first day when dated to
-- a month or finer, apart when dated only to a year or not at all (MonthCounts).
create function article_chart_month(stated_precision text, first_day date) returns text
language sql immutable as $$
	select case when stated_precision is null or first_day is null then 'undated' when stated_precision = 'YEAR' then 'year'
		else to_char(first_day, 'YYYY-MM') end
$$;

create table month_counts (
	month text primary key,
	articles bigint not null
);
insert into month_counts
select article_chart_month(published_precision, published_first_day), count(*) from articles group by 1;

-- Each mention carries its article's start too: a person's articles newest first come from
-- the mentions' own index instead of a join to every article naming them (and their roles,
-- kept in V23, take their dates from the mentions).
alter table mentions add column published_start timestamptz;
alter table mentions disable trigger mentions_counted_update;
update mentions m set published_start = a.published_start
from articles a where a.id = m.article_id and a.published_start is not null;
alter table mentions enable trigger mentions_counted_update;
create index mentions_entity_newest on mentions (entity_id, published_start desc nulls last, article_id desc);

create or replace function mention_of_article() returns trigger
language plpgsql as $$
begin
	select a.source_id, article_month(a.published_precision, a.published_value), a.published_start
	into new.source_id, new.month, new.published_start
	from articles a where a.id = new.article_id;
	return new;
end
$$;

-- The articles' changes are noted with their chart month as well.
alter table article_changes add column month text;

drop function count_articles(bigint[], text[], integer[], integer[], integer[]);

create function count_articles(p_sources bigint[], p_parsers text[], p_months text[], p_articles integer[],
		p_flagged integer[], p_damaged_spots integer[]) returns void
language plpgsql as $$
begin
	insert into article_changes (tx, source_id, parser, month, articles, flagged, damaged_spots)
	select txid_current(), d.source_id, d.parser, d.month, sum(d.articles), sum(d.flagged), sum(d.damaged_spots)
	from unnest(p_sources, p_parsers, p_months, p_articles, p_flagged, p_damaged_spots)
		as d (source_id, parser, month, articles, flagged, damaged_spots)
	group by d.source_id, d.parser, d.month;
	if found then
		insert into counts_pending values (txid_current()) on conflict do nothing;
	end if;
end
$$;

create or replace function articles_counted() returns trigger
language plpgsql as $$
begin
	if tg_op = 'INSERT' then
		perform count_articles(array_agg(source_id), array_agg(parser),
			array_agg(article_chart_month(published_precision, published_first_day)), array_agg(1),
			array_agg(case when warnings <> '' or damaged_spots > 0 then 1 else 0 end), array_agg(damaged_spots))
		from new_articles;
	elsif tg_op = 'DELETE' then
		perform count_articles(array_agg(source_id), array_agg(parser),
			array_agg(article_chart_month(published_precision, published_first_day)), array_agg(-1),
			array_agg(case when warnings <> '' or damaged_spots > 0 then -1 else 0 end), array_agg(-damaged_spots))
		from old_articles;
	else
		perform count_articles(array_agg(d.source_id), array_agg(d.parser), array_agg(d.month), array_agg(d.articles),
			array_agg(d.flagged), array_agg(d.damaged_spots))
		from (select n.source_id, n.parser, article_chart_month(n.published_precision, n.published_first_day) as month,
		        1 as articles, case when n.warnings <> '' or n.damaged_spots > 0 then 1 else 0 end as flagged,
		        n.damaged_spots
		      from new_articles n join old_articles o on o.id = n.id
		      where (n.source_id, n.parser, n.warnings <> '' or n.damaged_spots > 0, n.damaged_spots,
		             article_chart_month(n.published_precision, n.published_first_day))
		        is distinct from (o.source_id, o.parser, o.warnings <> '' or o.damaged_spots > 0, o.damaged_spots,
		             article_chart_month(o.published_precision, o.published_first_day))
		      union all
		      select o.source_id, o.parser, article_chart_month(o.published_precision, o.published_first_day), -1,
		        case when o.warnings <> '' or o.damaged_spots > 0 then -1 else 0 end, -o.damaged_spots
		      from new_articles n join old_articles o on o.id = n.id
		      where (n.source_id, n.parser, n.warnings <> '' or n.damaged_spots > 0, n.damaged_spots,
		             article_chart_month(n.published_precision, n.published_first_day))
		        is distinct from (o.source_id, o.parser, o.warnings <> '' or o.damaged_spots > 0, o.damaged_spots,
		             article_chart_month(o.published_precision, o.published_first_day))) d;
		-- An article moved to another source or dated again moves its mentions' counts and order.
		update mentions m set source_id = n.source_id, month = article_month(n.published_precision, n.published_value),
			published_start = n.published_start
		from new_articles n join old_articles o on o.id = n.id
		where m.article_id = n.id
		  and (n.source_id, article_month(n.published_precision, n.published_value), n.published_start)
		    is distinct from (o.source_id, article_month(o.published_precision, o.published_value), o.published_start);
	end if;
	return null;
end
$$;

-- As in V14, with the month chart added to the articles' counts.
create or replace function flush_counts() returns void
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

	-- Not joined to the sources: a merged source's articles moved before it went, so its
	-- changes net out, and the archive's months do not depend on which source holds them.
	insert into month_counts as c (month, articles)
	select d.month, sum(d.articles)
	from article_changes d where d.tx = current_tx
	group by d.month having sum(d.articles) <> 0 order by d.month
	on conflict (month) do update set articles = c.articles + excluded.articles;
	delete from month_counts where articles = 0
		and month in (select month from article_changes where tx = current_tx);
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

-- As V14 does: the first pages after the upgrade are planned with statistics.
analyze articles;
analyze mentions;
analyze month_counts;
