-- Discovery: which documents a source is read from, and when that was decided.
create table source_plan (
  source         varchar(2000) primary key,
  plan           varchar not null,
  discovered_at  timestamp with time zone not null
);

-- The archived body a URL's validators belong to, read again when the server answers 304.
alter table http_cache add column evidence_sha char(64);

-- A version may be read from several documents merged: their hashes, comma-separated.
alter table post_version alter column evidence_sha set data type varchar(1000);

alter table source_state drop column feed_url;
