-- What PostgreSQL spent storing an article went mostly to the triggers keeping the counts
-- (docs/benchmarks.md, "The database side of an article, 2026-11-29"). The counts stay the
-- same; the work to keep them shrinks.

-- The import inserts its mentions with their article's source, month and start already read
-- (EntityDirectory): the look-up of the article, a trigger run for each row, is left to a
-- row that comes without them.
drop trigger mention_of_article on mentions;
create trigger mention_of_article before insert on mentions
	for each row when (new.source_id is null) execute function mention_of_article();

-- Each new file's insert counted its (source, file) pairs: none, since a new file holds no
-- article yet, at the price of an upsert and a delete of no rows in count_source_files. A
-- file's insert now counts only when it comes with its article (a restore, a test).
create or replace function files_linked() returns trigger
language plpgsql as $$
begin
	if tg_op = 'INSERT' then
		if exists (select 1 from new_files where article_id is not null) then
			perform count_source_files(array_agg(a.source_id), array_agg(n.id), array_agg(1))
			from new_files n join articles a on a.id = n.article_id
			where not file_entries_hold(n.id, n.article_id);
		end if;
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
