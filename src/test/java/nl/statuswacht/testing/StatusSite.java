package nl.statuswacht.testing;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A status page on loopback: MockWebServer with named routes whose responses a test swaps between
 * polls, and a record of every request.
 */
public final class StatusSite implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  private final Map<String, Function<RecordedRequest, MockResponse>> routes =
      new ConcurrentHashMap<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

  public StatusSite() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        var route = routes.get(request.getUrl().encodedPath());
        return route == null ? new MockResponse.Builder().code(404).body("not found").build()
            : route.apply(request);
      }
    });
    server.start();
  }

  /** The site's root, e.g. {@code http://127.0.0.1:PORT/}. */
  public URI root() {
    return server.url("/").uri();
  }

  public URI url(String path) {
    return server.url(path).uri();
  }

  /** Serves {@code body} as an Atom feed at {@code path}. */
  public void atom(String path, String body) {
    serve(path, request -> feedResponse(body));
  }

  public void serve(String path, Function<RecordedRequest, MockResponse> response) {
    routes.put(path, response);
  }

  public void serve(String path, MockResponse response) {
    routes.put(path, request -> response);
  }

  /**
   * Serves {@code body} as an Atom feed with the ETag {@code etag}, and a 304 to a request that
   * sends it back (If-None-Match).
   */
  public static Function<RecordedRequest, MockResponse> conditionalFeed(String etag,
      String body) {
    return request -> etag.equals(request.getHeaders().get("If-None-Match"))
        ? new MockResponse.Builder().code(304).build()
        : new MockResponse.Builder().code(200).setHeader("ETag", etag)
            .setHeader("Content-Type", "application/atom+xml").body(body).build();
  }

  public static MockResponse feedResponse(String body) {
    return new MockResponse.Builder().code(200)
        .setHeader("Content-Type", "application/atom+xml; charset=utf-8").body(body).build();
  }

  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  public List<String> requestedPaths() {
    return requests.stream().map(r -> r.getUrl().encodedPath()).toList();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
