-- An import creates the people a batch names by the hundred: their ids come from the sequence
-- fifty at a time, so that their rows go in JDBC batches instead of one round trip each. A
-- default nextval() still takes one value, which no block handed out before or after it contains.
alter sequence entities_id_seq increment by 50;
