/**
 * One poll, in steps the composition root builds and {@link nl.statuswacht.poll.PollCycle} orders:
 * {@link nl.statuswacht.poll.Plans} (which documents of the page to read), {@link
 * nl.statuswacht.poll.Documents} (fetch, archive and read each), {@link
 * nl.statuswacht.poll.Applier} (store new and changed posts, judge them, queue their mails) and
 * {@link nl.statuswacht.poll.Alerting} (events and mails: new posts, updates, deadlines, reminders,
 * the operator's alerts). A poll ends in a {@link nl.statuswacht.poll.PollResult}: fetched,
 * unchanged or failed. The steps log as {@code PollCycle}, so one logger tells what a poll did.
 */
package nl.statuswacht.poll;
