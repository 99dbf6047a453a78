-- Subscribers added with `statuswacht subscribers add`, beside those in the config file.
create table subscriber (
  address      varchar(320) primary key,
  name         varchar(200),
  language     varchar(2) not null,
  categories   varchar(200) not null,
  services     varchar(200) not null,
  min_priority varchar(2),
  digest_only  boolean not null,
  reminders    boolean not null,
  quiet_from   time,
  quiet_until  time,
  quiet_p1     boolean not null
);
