package nl.statuswacht.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One request and the response a route gives it, over the JDK's {@link HttpExchange}: the
 * request's method, address, path, query and form parameters; the response's status, headers and
 * body, which {@link Router} sends once the route returns.
 *
 * <p>Query and form parameters are decoded as HTML forms encode them ({@code +} a space, {@code
 * %XX} UTF-8 bytes); a malformed one is a {@link BadRequest}, which the router answers with 400.
 * Of a name given twice the first value counts.
 */
public final class Exchange {
  /** The largest form body read; a longer one is answered with 413 (nothing here posts more). */
  static final int FORM_LIMIT = 16 * 1024;

  private final HttpExchange http;
  private final Map<String, String> pathParams;
  private Map<String, String> query;
  private Map<String, String> form;
  private int status = 200;
  private byte[] body = new byte[0];

  Exchange(HttpExchange http, Map<String, String> pathParams) {
    this.http = http;
    this.pathParams = pathParams;
  }

  /** {@code GET}, {@code POST}, … as the request says it ({@code HEAD} is served as GET). */
  public String method() {
    return http.getRequestMethod();
  }

  /** The client's IP address. */
  public String ip() {
    InetSocketAddress remote = http.getRemoteAddress();
    return remote.getAddress() != null ? remote.getAddress().getHostAddress()
        : remote.getHostString();
  }

  /** The named part of the route's path ({@code {id}} in {@code /posts/{id}}). */
  public String pathParam(String name) {
    String value = pathParams.get(name);
    if (value == null) {
      throw new IllegalStateException("web: the route has no path parameter " + name);
    }
    return value;
  }

  /** The first value of the query parameter; null when the query has none. */
  public String queryParam(String name) {
    if (query == null) {
      query = decode(http.getRequestURI().getRawQuery());
    }
    return query.get(name);
  }

  /**
   * The first value of the form parameter of a {@code application/x-www-form-urlencoded} body;
   * null when the body has none or is no form.
   */
  public String formParam(String name) {
    if (form == null) {
      String type = http.getRequestHeaders().getFirst("Content-Type");
      form = type != null && type.toLowerCase(Locale.ROOT)
          .startsWith("application/x-www-form-urlencoded")
          ? decode(new String(formBody(), StandardCharsets.UTF_8)) : Map.of();
    }
    return form.get(name);
  }

  private byte[] formBody() {
    try (InputStream in = http.getRequestBody()) {
      byte[] read = in.readNBytes(FORM_LIMIT + 1);
      if (read.length > FORM_LIMIT) {
        throw new TooLarge();
      }
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException("web: the request's body cannot be read", e);
    }
  }

  /** A form body longer than {@link #FORM_LIMIT}. */
  static final class TooLarge extends RuntimeException {
    TooLarge() {
      super("the form is larger than " + FORM_LIMIT + " bytes");
    }
  }

  /** A query or form the client encoded wrongly. */
  static final class BadRequest extends IllegalArgumentException {
    BadRequest(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private static Map<String, String> decode(String encoded) {
    try {
      return decodeOrThrow(encoded);
    } catch (IllegalArgumentException e) {
      throw new BadRequest("malformed parameters: " + e.getMessage(), e);
    }
  }

  private static Map<String, String> decodeOrThrow(String encoded) {
    Map<String, String> values = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return values;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals),
          StandardCharsets.UTF_8);
      String value = equals < 0 ? ""
          : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      values.putIfAbsent(name, value);
    }
    return values;
  }

  /** Sets the response's status (200 unless set). */
  public Exchange status(int code) {
    this.status = code;
    return this;
  }

  int status() {
    return status;
  }

  /** Sets a response header, replacing any value it had. */
  public Exchange header(String name, String value) {
    http.getResponseHeaders().set(name, value);
    return this;
  }

  /** Sets the response's {@code Content-Type}. */
  public Exchange contentType(String type) {
    return header("Content-Type", type);
  }

  /** The response's body, as UTF-8. */
  public Exchange result(String text) {
    return result(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The response's body. */
  public Exchange result(byte[] bytes) {
    this.body = bytes;
    return this;
  }

  byte[] body() {
    return body;
  }

  /** An HTML page as the response. */
  public Exchange html(String page) {
    return contentType("text/html; charset=utf-8").result(page);
  }
}
