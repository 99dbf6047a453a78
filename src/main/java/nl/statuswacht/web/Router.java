package nl.statuswacht.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's routes on the JDK's own HTTP server ({@code com.sun.net.httpserver}): {@code GET}
 * and {@code POST} routes by path, with {@code {name}} segments; static files from the class
 * path; headers every response carries; exceptions mapped to answers. {@code HEAD} is served by
 * the {@code GET} route without its body; a path with no route is 404, a route asked with another
 * method 405. A text body of a kilobyte or more goes gzipped to a client that accepts it.
 *
 * <p>The server is small on purpose: a dashboard for a few operators, a scraper and the links in
 * mails. Its handlers run on at most {@value #THREADS} threads, which end after a minute without
 * a request (an idle daemon keeps none); a request must be read within {@value
 * #REQUEST_SECONDS} s and answered within {@value #RESPONSE_SECONDS} s (looked at every {@value
 * #LIMIT_CHECK_MILLIS} ms), or the connection is closed.
 */
public final class Router {
  private static final Logger log = LoggerFactory.getLogger(Router.class);
  static final int THREADS = 4;
  static final int REQUEST_SECONDS = 30;
  static final int RESPONSE_SECONDS = 120;
  static final int LIMIT_CHECK_MILLIS = 5_000;
  /** Bodies shorter than this go as they are: gzip would save too little to matter. */
  static final int GZIP_FROM = 1024;
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Map<String, String> FILE_TYPES = Map.of(
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "svg", "image/svg+xml",
      "png", "image/png",
      "ico", "image/x-icon",
      "txt", "text/plain; charset=utf-8");

  /** What a route does with a request. */
  @FunctionalInterface
  public interface Handler {
    void handle(Exchange exchange);
  }

  private record Route(String method, String[] segments, Handler handler) {}

  /** Read by every request; a route may be added while the server listens. */
  private final List<Route> routes = new CopyOnWriteArrayList<>();
  private final List<Consumer<Exchange>> before = new CopyOnWriteArrayList<>();
  private final Map<Class<? extends RuntimeException>, BiConsumer<RuntimeException, Exchange>>
      exceptions = new ConcurrentHashMap<>();

  /** Adds a {@code GET} (and {@code HEAD}) route. */
  public Router get(String path, Handler handler) {
    return add("GET", path, handler);
  }

  /** Adds a {@code POST} route. */
  public Router post(String path, Handler handler) {
    return add("POST", path, handler);
  }

  private Router add(String method, String path, Handler handler) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("web: a route's path starts with /: " + path);
    }
    routes.add(new Route(method, segments(path), handler));
    return this;
  }

  /** Runs before every route, and before the answer to a path with no route. */
  public Router before(Consumer<Exchange> action) {
    before.add(action);
    return this;
  }

  /**
   * How an exception of this type (or a subtype without a mapping of its own) that escapes a route
   * is answered; any other is a 500, logged.
   */
  @SuppressWarnings("unchecked")
  public <E extends RuntimeException> Router exception(Class<E> type,
      BiConsumer<E, Exchange> answer) {
    exceptions.put(type, (BiConsumer<RuntimeException, Exchange>) answer);
    return this;
  }

  /**
   * Serves the files of a class-path directory under {@code hostedPath} ({@code /static/style.css}
   * from {@code directory/style.css}): plain file names only, with these headers.
   */
  public Router files(String hostedPath, String directory, Map<String, String> headers) {
    return get(hostedPath + "/{file}", exchange -> {
      String name = exchange.pathParam("file");
      InputStream in = FILE_NAME.matcher(name).matches()
          ? Router.class.getResourceAsStream(directory + "/" + name) : null;
      if (in == null) {
        exchange.status(404).contentType("text/plain; charset=utf-8").result("Not found\n");
        return;
      }
      try (in) {
        exchange.result(in.readAllBytes());
      } catch (IOException e) {
        throw new IllegalStateException("web: " + directory + "/" + name + " cannot be read", e);
      }
      String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      exchange.contentType(FILE_TYPES.getOrDefault(extension, "application/octet-stream"));
      headers.forEach(exchange::header);
    });
  }

  /**
   * Binds to {@code host:port} (port 0: any free one) and serves these routes until the returned
   * server is closed.
   *
   * @throws IOException when it cannot bind
   */
  public Server listen(String host, int port) throws IOException {
    limitTimes();
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
    AtomicInteger number = new AtomicInteger();
    ThreadPoolExecutor threads = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), job -> {
          Thread thread = new Thread(job, "statuswacht-web-" + number.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    threads.allowCoreThreadTimeOut(true);
    server.setExecutor(threads);
    server.createContext("/", this::serve);
    server.start();
    return new Server(server, threads);
  }

  /**
   * The JDK's server reads its time limits from system properties once, when it is first used;
   * one already set (on the command line) is left as it is. Its timer looks for requests over
   * their limit every {@value #LIMIT_CHECK_MILLIS} ms (its default, every second, was a tenth of
   * an idle daemon's CPU).
   */
  private static void limitTimes() {
    if (System.getProperty("sun.net.httpserver.timerMillis") == null) {
      System.setProperty("sun.net.httpserver.timerMillis", String.valueOf(LIMIT_CHECK_MILLIS));
    }
    if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
      System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS));
    }
    if (System.getProperty("sun.net.httpserver.maxRspTime") == null) {
      System.setProperty("sun.net.httpserver.maxRspTime", String.valueOf(RESPONSE_SECONDS));
    }
  }

  /** A listening server; {@link #close} stops it. */
  public static final class Server implements AutoCloseable {
    private final HttpServer server;
    private final ThreadPoolExecutor threads;

    private Server(HttpServer server, ThreadPoolExecutor threads) {
      this.server = server;
      this.threads = threads;
    }

    /** The port bound (the real one when port 0 was asked for). */
    public int port() {
      return server.getAddress().getPort();
    }

    @Override
    public void close() {
      server.stop(0);
      threads.shutdownNow();
    }
  }

  private void serve(HttpExchange http) {
    try {
      String method = http.getRequestMethod();
      boolean head = method.equals("HEAD");
      String[] path = segments(http.getRequestURI().getPath());
      Map<String, String> params = new HashMap<>();
      Route found = null;
      Set<String> allowed = new TreeSet<>();
      for (Route route : routes) {
        params.clear();
        if (matches(route.segments(), path, params)) {
          allowed.add(route.method());
          if (route.method().equals(head ? "GET" : method)) {
            found = route;
            break;
          }
        }
      }
      Exchange exchange = new Exchange(http, found != null ? Map.copyOf(params) : Map.of());
      try {
        before.forEach(action -> action.accept(exchange));
        if (found != null) {
          found.handler().handle(exchange);
        } else if (!allowed.isEmpty()) {
          if (allowed.contains("GET")) {
            allowed.add("HEAD");
          }
          exchange.status(405).header("Allow", String.join(", ", allowed))
              .contentType("text/plain; charset=utf-8").result("Method not allowed\n");
        } else {
          exchange.status(404).contentType("text/plain; charset=utf-8").result("Not found\n");
        }
      } catch (Exchange.BadRequest e) {
        exchange.status(400).contentType("text/plain; charset=utf-8").result(e.getMessage() + "\n");
      } catch (Exchange.TooLarge e) {
        exchange.status(413).contentType("text/plain; charset=utf-8").result(e.getMessage() + "\n");
      } catch (RuntimeException e) {
        answer(e, exchange, method, http.getRequestURI().getRawPath());
      }
      send(http, exchange, head);
    } catch (IOException e) {
      // the client went away while it was answered: nothing to tell it
      log.debug("web: {} {}: {}", http.getRequestMethod(), http.getRequestURI(), e.toString());
    } finally {
      http.close();
    }
  }

  private void answer(RuntimeException e, Exchange exchange, String method, String path) {
    // the mapping of the exception's own class, else of the nearest superclass that has one
    for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
      BiConsumer<RuntimeException, Exchange> mapped = exceptions.get(type);
      if (mapped != null) {
        mapped.accept(e, exchange);
        return;
      }
    }
    log.error("web: {} {} failed: {}", method, path, e.toString(), e);
    exchange.status(500).contentType("text/plain; charset=utf-8").result("Server error\n");
  }

  private static void send(HttpExchange http, Exchange exchange, boolean head)
      throws IOException {
    byte[] body = exchange.body();
    if (head || body.length == 0) {
      // -1: no body (0 would mean a body of unknown length)
      http.sendResponseHeaders(exchange.status(), -1);
      return;
    }
    if (body.length >= GZIP_FROM && acceptsGzip(http) && compressible(http)) {
      body = gzip(body);
      http.getResponseHeaders().set("Content-Encoding", "gzip");
      http.getResponseHeaders().add("Vary", "Accept-Encoding");
    }
    http.sendResponseHeaders(exchange.status(), body.length);
    try (OutputStream out = http.getResponseBody()) {
      out.write(body);
    }
  }

  private static boolean acceptsGzip(HttpExchange http) {
    for (String value : http.getRequestHeaders().getOrDefault("Accept-Encoding", List.of())) {
      for (String coding : value.split(",")) {
        String[] parts = coding.trim().toLowerCase(Locale.ROOT).split(";");
        if (parts[0].trim().equals("gzip")
            && !(parts.length > 1 && parts[1].replace(" ", "").matches("q=0(\\.0*)?"))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean compressible(HttpExchange http) {
    String type = http.getResponseHeaders().getFirst("Content-Type");
    return type != null && (type.startsWith("text/") || type.startsWith("application/json")
        || type.startsWith("application/atom+xml") || type.startsWith("image/svg+xml"));
  }

  private static byte[] gzip(byte[] body) throws IOException {
    ByteArrayOutputStream packed = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream out = new GZIPOutputStream(packed)) {
      out.write(body);
    }
    return packed.toByteArray();
  }

  private static String[] segments(String path) {
    String trimmed = path == null ? "" : path.replaceAll("^/+|/+$", "");
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/+");
  }

  private static boolean matches(String[] route, String[] path, Map<String, String> params) {
    if (route.length != path.length) {
      return false;
    }
    for (int i = 0; i < route.length; i++) {
      String segment = route[i];
      if (segment.startsWith("{") && segment.endsWith("}")) {
        params.put(segment.substring(1, segment.length() - 1), path[i]);
      } else if (!segment.equals(path[i])) {
        return false;
      }
    }
    return true;
  }
}
