package nl.statuswacht.config;

import java.net.URI;

/**
 * The dashboard's HTTP server ({@code web.listen}, {@code web.public-url}).
 *
 * @param host the address it binds to, or {@code null} when it is off
 * @param port the port it binds to (0: any free one), or 0 when it is off
 * @param publicUrl where people reach it, for links in mails; {@code null} when not set
 */
public record WebSettings(String host, int port, URI publicUrl) {
  /** Whether the server runs at all ({@code web.listen: off} turns it off). */
  public boolean enabled() {
    return host != null;
  }
}
