-- Subscribers of the config file who unsubscribed with the one-click link (RFC 8058): the file
-- is the operator's, so statuswacht does not edit it; it skips these addresses instead. A
-- subscriber kept in the database is removed from `subscriber` instead.
create table unsubscribed (
  address          varchar(320) primary key,
  unsubscribed_at  timestamp with time zone not null
);
