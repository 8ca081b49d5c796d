-- An import stores a batch's new articles together: their ids come from the sequence fifty at
-- a time, so that the articles, their blocks and contributors go in one JDBC batch each instead
-- of a round trip each. A default nextval() still takes one value, which no block handed out
-- before or after it contains.
alter sequence articles_id_seq increment by 50;
