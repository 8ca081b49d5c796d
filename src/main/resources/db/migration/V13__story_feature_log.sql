-- Every change of an article's story features, in order: each portal instance keeps the
-- statistics of the days it assigns stories in memory and brings them up to date from here
-- (its own changes, another instance's, and articles deleted), instead of counting all the
-- articles of those days again for every article.
create table story_feature_log (
	seq bigserial primary key,
	article_id bigint not null
);

create function story_feature_logged() returns trigger language plpgsql as $$
begin
	insert into story_feature_log (article_id) values (case when tg_op = 'DELETE' then old.article_id else new.article_id end);
	return null;
end
$$;

create trigger story_features_logged after insert or update or delete on story_features
	for each row execute function story_feature_logged();
