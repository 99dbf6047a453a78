package nl.statuswacht.store;

/** The database failed (broken infrastructure, not bad input). */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
