package nl.statuswacht.poll;

import java.util.List;

/**
 * What one poll cycle did.
 *
 * @param url the documents read, joined with " + "
 * @param outcome {@code fetched} (something changed and was read), {@code not_modified} (no
 *     document changed) or {@code failed} (nothing was stored)
 * @param posts posts read from the document
 * @param created posts seen for the first time
 * @param updated posts with a new material version
 * @param queued mails queued
 * @param baseline whether this was the baseline poll (which queues nothing by default)
 * @param detail why it failed, else {@code null}
 * @param gaps posts one kind of document shows and another lacks
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
    String detail,
    List<String> gaps) {

  public PollReport {
    gaps = List.copyOf(gaps);
  }

  public boolean failed() {
    return outcome.equals("failed");
  }

  static PollReport failed(String url, long elapsedMs, String detail) {
    return new PollReport(url, "failed", 0, 0, 0, 0, false, elapsedMs, detail, List.of());
  }

  static PollReport unchanged(String url, long elapsedMs) {
    return new PollReport(url, "not_modified", 0, 0, 0, 0, false, elapsedMs, null, List.of());
  }
}
