-- A record is merged only into a record that is not itself merged, checked under a lock on
-- that record: two administrators merging A into B and B into A at once cannot both
-- succeed, so merged_into never forms a cycle (the second waits for the first, then fails).
alter table entities add constraint entities_not_merged_into_itself check (merged_into <> id);

create function entities_refuse_merge_cycles() returns trigger
language plpgsql as $$
declare
	target_merged_into bigint;
begin
	if new.merged_into is null
			or (tg_op = 'UPDATE' and new.merged_into is not distinct from old.merged_into) then
		return new;
	end if;
	select merged_into into target_merged_into from entities where id = new.merged_into for update;
	if target_merged_into is not null then
		raise exception 'entity % cannot be merged into entity %, which is itself merged into entity %',
			new.id, new.merged_into, target_merged_into
			using errcode = 'check_violation';
	end if;
	return new;
end;
$$;

create trigger entities_refuse_merge_cycles
	before insert or update of merged_into on entities
	for each row execute function entities_refuse_merge_cycles();
