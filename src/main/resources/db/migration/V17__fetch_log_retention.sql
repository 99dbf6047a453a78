-- The fetch log keeps poll.log-keep of lines (issue 17: it grew by a line a poll, for ever).
-- When a source was first and last read (fetched, or answered "not modified") is kept on its own,
-- so that trimming old lines never moves where statuswacht's watch of the source begins.
create table source_read (
  source         varchar(2000) primary key,
  first_read_at  timestamp with time zone not null,
  last_read_at   timestamp with time zone not null
);

insert into source_read (source, first_read_at, last_read_at)
  select source, min(started_at), max(started_at) from fetch_log
  where outcome in ('fetched', 'not_modified') group by source;

-- the trim looks up old lines by time, and the newest lines of a URL (suspect readings in a row)
-- or of a source (the last line) by id
create index fetch_log_started on fetch_log (started_at);
create index fetch_log_url on fetch_log (url, id);
create index fetch_log_source on fetch_log (source, id);
