-- How many times the posts of a source have been written (issue 17). Each poll that stores what
-- it read adds one, first thing it writes to the posts (SightingRepository.nextGeneration), and
-- so waits for any other transaction that is writing them. A daemon keeps where the posts stand
-- (SightingRepository.standings) from one such poll to its next, and reads them again only when
-- the count is not one more than its own last poll left: another process (a one-shot poll, a
-- second daemon on PostgreSQL) wrote them in between.
create table post_generation (
  source     varchar(2000) primary key,
  generation bigint not null
);
