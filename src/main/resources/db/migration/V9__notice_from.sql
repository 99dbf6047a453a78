-- What the notice of each version is measured from (docs/service-levels.md, decided case 4): the
-- announcement of the first version that announced its date, or an earlier one. Null for rows
-- judged before this column existed: their notice counts from `announced`.
alter table post_version add column notice_from timestamp with time zone;
