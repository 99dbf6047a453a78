package nl.statuswacht.fetch;

/**
 * The HTTP validators a server gave for a URL, sent back on the next request for a conditional
 * GET. Either may be {@code null}.
 */
public record Validators(String etag, String lastModified) {
  public static final Validators NONE = new Validators(null, null);

  public boolean isEmpty() {
    return etag == null && lastModified == null;
  }
}
