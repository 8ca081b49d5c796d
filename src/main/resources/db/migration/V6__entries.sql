-- A file may hold many articles (a JSON dump, a daily digest, a feed): each article keeps
-- its place in the file it was last stored from, and each file remembers which article
-- every one of its entries became, so that the same bytes again change nothing.
alter table articles add column entry text;

create table raw_document_entries (
	raw_document_id bigint not null references raw_documents (id),
	entry text not null,
	article_id bigint not null references articles (id),
	primary key (raw_document_id, entry)
);
create index raw_document_entries_article on raw_document_entries (article_id);
