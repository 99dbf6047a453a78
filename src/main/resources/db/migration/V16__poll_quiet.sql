-- What the last look at deadlines and reminders of a source found (issue 17): nothing due before
-- until_at (null: nothing ever will), for the posts as the plan's documents with these bodies gave
-- them, under the policy and reminder leads the fingerprint names. A poll that finds those
-- documents unchanged before then need not look again, in this process or the next.
create table poll_quiet (
  source      varchar(2000) primary key,
  documents   varchar not null,
  fingerprint char(64) not null,
  until_at    varchar(64)
);
