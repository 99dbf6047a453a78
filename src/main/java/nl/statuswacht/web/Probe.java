package nl.statuswacht.web;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container's health check, for an image that has neither curl nor wget: asks the daemon's
 * {@code /readyz} on loopback and exits 0 when it answers 200, 1 otherwise. The port comes from
 * {@code STATUSWACHT_WEB_LISTEN} (default 8080); a wildcard host is asked on 127.0.0.1.
 *
 * <p>{@code java -cp statuswacht.jar nl.statuswacht.web.Probe [path]}
 */
public final class Probe {
  private Probe() {}

  public static void main(String[] args) {
    String listen = System.getenv().getOrDefault("STATUSWACHT_WEB_LISTEN", "127.0.0.1:8080");
    String path = args.length > 0 ? args[0] : "/readyz";
    System.exit(ok(url(listen, path)) ? 0 : 1);
  }

  /** Where the daemon listening on {@code listen} answers {@code path}. */
  static URI url(String listen, String path) {
    int colon = listen.lastIndexOf(':');
    String host = colon < 0 ? "127.0.0.1" : listen.substring(0, colon);
    if (host.isEmpty() || host.equals("0.0.0.0") || host.equals("[::]") || host.equals("*")) {
      host = "127.0.0.1";
    }
    String port = colon < 0 ? "8080" : listen.substring(colon + 1);
    return URI.create("http://" + host + ":" + port + path);
  }

  private static boolean ok(URI url) {
    try {
      HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
      connection.setConnectTimeout(3000);
      connection.setReadTimeout(5000);
      int status = connection.getResponseCode();
      connection.disconnect();
      System.out.println(url + " " + status);
      return status == 200;
    } catch (IOException e) {
      System.out.println(url + " " + e);
      return false;
    }
  }
}
