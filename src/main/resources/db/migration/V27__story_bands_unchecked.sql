-- An article's bands are written only with its features, in the statement that stores them
-- (whose own foreign key checks the article): checking each of its band rows (up to 32) against
-- the articles again was half the foreign-key checks an import made. They go with their
-- features instead, as they went with their article.
alter table story_bands drop constraint story_bands_article_id_fkey;

create function story_bands_gone() returns trigger language plpgsql as $$
begin
	delete from story_bands b using gone_features g where b.article_id = g.article_id;
	return null;
end
$$;

create trigger story_bands_gone after delete on story_features referencing old table as gone_features
	for each statement execute function story_bands_gone();

delete from story_bands b where not exists (select 1 from story_features f where f.article_id = b.article_id);
