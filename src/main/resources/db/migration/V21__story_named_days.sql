-- The days an article's opening names near its publication: two reports of one region on
-- different days name different days, and are two stories. Features stored before this
-- have none until they are computed again (the next re-import or re-clustering).
alter table story_features add column named_days date[] not null default '{}';
