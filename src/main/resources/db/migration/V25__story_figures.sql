-- The figures an article's opening reports (305人, 1.08万亿): two reports of one event
-- repeat them. Features stored before this have none until they are computed again (the
-- next re-import or re-clustering), and are decided as before.
alter table story_features add column figures text[] not null default '{}';
