-- Mentions and import results are written by the thousand in an import: their ids come from their
-- sequences fifty at a time, so that the inserts go in JDBC batches. A default nextval() still
-- takes one value, which no block handed out before or after it contains.
alter sequence mentions_id_seq increment by 50;
alter sequence import_results_id_seq increment by 50;
