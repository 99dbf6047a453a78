package nl.statuswacht.store;

/** Flyway could not bring a schema up to date; the message is Flyway's. */
public final class MigrationFailure extends RuntimeException {
  public MigrationFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
