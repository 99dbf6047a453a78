-- Mails carry an HTML part and, for a downtime window, a calendar invitation (.ics).
alter table outbox add column html varchar;
alter table outbox add column ics varchar;
alter table outbox add column list_unsubscribe varchar(320);
