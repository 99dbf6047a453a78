-- How many times the posts of a source have been written (issue 17). Each poll that stores what
-- it read adds one, first thing it writes to the posts (SightingRepository.nextGeneration), and
-- so waits for any other transaction that is writing them. A daemon keeps where the posts stand
-- (SightingRepository.standings) from one such poll to its next, and reads them again only when
-- the count is not one more than its own last poll left: another process (a one-shot poll, a
-- second daemon on PostgreSQL) wrote them in between. (An older release writes them without
-- counting; the daemon also compares the documents' stored bodies with those it stored.)
create table post_generation (
  source     varchar(2000) primary key,
  generation bigint not null
);

-- A row for every source with posts already, so that two processes that write one at the same
-- moment both find it (only a source's very first poll inserts its row).
insert into post_generation (source, generation) select distinct source, 0 from post;
