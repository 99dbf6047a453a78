package nl.statuswacht.notify;

/** How handing one mail to a transport ended. */
public sealed interface SendResult {

  /** The transport accepted the mail. */
  record Delivered() implements SendResult {}

  /** Worth trying again later: a 4xx reply, a refused or dropped connection, a timeout. */
  record Transient(String reason) implements SendResult {}

  /** Trying again will not help: a 5xx reply, a malformed address. */
  record Permanent(String reason) implements SendResult {}
}
