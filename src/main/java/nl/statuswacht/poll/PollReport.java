package nl.statuswacht.poll;

/**
 * What one poll cycle did.
 *
 * @param url the document fetched (the last one tried)
 * @param outcome {@code fetched}, {@code not_modified}, {@code rate_limited}, {@code deferred}
 *     (Retry-After not yet over) or {@code failed}
 * @param posts posts read from the document
 * @param created posts seen for the first time
 * @param updated posts with a new material version
 * @param queued mails queued
 * @param baseline whether this was the baseline poll (which queues nothing by default)
 * @param detail why it failed or was deferred, else {@code null}
 */
public record PollReport(
    String url,
    String outcome,
    int posts,
    int created,
    int updated,
    int queued,
    boolean baseline,
    long elapsedMs,
    String detail) {

  public boolean failed() {
    return outcome.equals("failed");
  }

  static PollReport without(String url, String outcome, long elapsedMs, String detail) {
    return new PollReport(url, outcome, 0, 0, 0, 0, false, elapsedMs, detail);
  }
}
