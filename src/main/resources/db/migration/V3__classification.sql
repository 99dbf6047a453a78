-- What the classifier read out of each version; null where the post does not say.
alter table post_version add column category varchar(30);
alter table post_version add column downtime boolean;
alter table post_version add column services varchar(200);
alter table post_version add column priority varchar(5);
alter table post_version add column impact_class varchar(20);
alter table post_version add column window_start timestamp with time zone;
alter table post_version add column window_end timestamp with time zone;
alter table post_version add column effective_date date;
alter table post_version add column started timestamp with time zone;
alter table post_version add column resolved timestamp with time zone;
alter table post_version add column calendar_year integer;
alter table post_version add column evidence varchar;
