-- Where each post was last seen, so that one document of the plan that blips is no news: per
-- document, the fingerprint of the post as that document showed it. A post changes only through
-- a document that shows it changed.
create table post_sighting (
  post_id     bigint not null references post (id),
  location    varchar(2000) not null,
  fingerprint char(64) not null,
  seen_at     timestamp with time zone not null,
  primary key (post_id, location)
);

-- What makes a post the same post when its link moves (a site that changed its paths or
-- domain): its title and first update time, hashed. Null for rows stored before this column.
alter table post add column identity char(64);
create index post_identity on post (source, identity);

-- When a post was found in none of the documents (taken down, or aged out of them); null while
-- a document shows it.
alter table post add column withdrawn_at timestamp with time zone;
