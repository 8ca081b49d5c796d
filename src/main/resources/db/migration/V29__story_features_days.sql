-- The articles of a window of days (story assignment's window) are those whose days
-- overlap it. On the first day alone, the b-tree found every article published before
-- the window's end and checked its last day: half the archive for a window in the middle,
-- read again for each window. A range index finds the overlapping ones alone. (The
-- predicate is checked before the range is built, so no row can make it fail.)
create index story_features_days on story_features using gist (daterange(first_day, last_day, '[]'))
	where first_day <= last_day;
