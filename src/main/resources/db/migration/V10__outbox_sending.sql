-- A mail being handed to the transport (README, How mail is sent). Before the transport is called
-- the row becomes SENDING under the id of that attempt, written through to the disk; once the
-- transport has taken it the row becomes SENT, written through before the next mail starts. After
-- a crash, a SENDING row is the one mail that may have arrived without being marked: it is sent
-- again, with the same Message-ID.
alter table outbox add column attempt_id varchar(36);
alter table outbox add column sending_since timestamp with time zone;
alter table sent_log add column attempt_id varchar(36);

-- A dead letter: when retrying was given up, and whether the operator has been told (once per
-- dead letter; `statuswacht outbox retry` clears both). Dead letters from before this version
-- have not been told: the operator hears of them once, at the first delivery.
alter table outbox add column dead_at timestamp with time zone;
alter table outbox add column operator_told boolean default false not null;
