package nl.statuswacht.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The daemon's router on the JDK's HTTP server, on loopback, asked by a real HTTP client. */
class RouterTest {
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final Router routes = new Router();
  private Router.Server server;

  @BeforeEach
  void start() throws IOException {
    routes.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
    routes.get("/posts/{id}", ctx -> ctx.contentType("text/plain; charset=utf-8")
        .result("post " + ctx.pathParam("id") + " q=" + ctx.queryParam("q")));
    routes.post("/posts/{id}", ctx -> ctx.contentType("text/plain; charset=utf-8")
        .result("form=" + ctx.formParam("name")));
    routes.get("/big", ctx -> ctx.contentType("text/plain; charset=utf-8")
        .result("statuswacht ".repeat(200)));
    routes.get("/missing", ctx -> {
      throw new UncheckedIOException(new IOException("gone"));
    });
    routes.get("/broken", ctx -> {
      throw new IllegalStateException("a bug");
    });
    routes.get("/number", ctx -> {
      throw new NumberFormatException("not a number");
    });
    routes.files("/static", "/nl/statuswacht/pages/static", Map.of("Cache-Control", "max-age=300"));
    routes.exception(UncheckedIOException.class, (e, ctx) -> ctx.status(404).result("gone\n"));
    routes.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(422)
        .result(e.getMessage() + "\n"));
    server = routes.listen("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<byte[]> send(String method, String path, HttpRequest.BodyPublisher body,
      String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + path)).method(method, body);
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    return send("GET", path, HttpRequest.BodyPublishers.noBody(), headers);
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  @Test
  void aPathParameterAndADecodedQueryReachTheRouteWithTheHeadersOfEveryResponse()
      throws Exception {
    HttpResponse<byte[]> response = get("/posts/42?q=kvk+api%20%C3%A9&q=second");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(text(response)).isEqualTo("post 42 q=kvk api é");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Content-Length")).hasValue("20");
  }

  @Test
  void headIsTheGetRouteWithoutItsBody() throws Exception {
    HttpResponse<byte[]> response = send("HEAD", "/posts/42", HttpRequest.BodyPublishers.noBody());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
  }

  @Test
  void anUnknownPathIs404AndAKnownOneAskedWithAnotherMethod405() throws Exception {
    HttpResponse<byte[]> unknown = get("/nothing/here");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    HttpResponse<byte[]> wrong = send("DELETE", "/posts/42", HttpRequest.BodyPublishers.noBody());
    assertThat(wrong.statusCode()).isEqualTo(405);
    assertThat(wrong.headers().firstValue("Allow")).hasValue("GET, HEAD, POST");
  }

  @Test
  void aFormParameterIsReadFromAFormBodyOnlyAndAHugeFormIsRefused() throws Exception {
    assertThat(text(send("POST", "/posts/1",
        HttpRequest.BodyPublishers.ofString("name=Jan+de+Vries&name=other"),
        "Content-Type", "application/x-www-form-urlencoded"))).isEqualTo("form=Jan de Vries");
    assertThat(text(send("POST", "/posts/1", HttpRequest.BodyPublishers.ofString("name=x"),
        "Content-Type", "text/plain"))).isEqualTo("form=null");
    HttpResponse<byte[]> huge = send("POST", "/posts/1",
        HttpRequest.BodyPublishers.ofString("name=" + "x".repeat(Exchange.FORM_LIMIT)),
        "Content-Type", "application/x-www-form-urlencoded");
    assertThat(huge.statusCode()).isEqualTo(413);
  }

  @Test
  void aMalformedFormIs400AMappedExceptionOrSubclassItsAnswerAndAnyOther500() throws Exception {
    // a form's malformed escape (a client's URI class refuses one in a query)
    assertThat(send("POST", "/posts/1", HttpRequest.BodyPublishers.ofString("name=%ZZ"),
        "Content-Type", "application/x-www-form-urlencoded").statusCode()).isEqualTo(400);
    HttpResponse<byte[]> missing = get("/missing");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(text(missing)).isEqualTo("gone\n");
    HttpResponse<byte[]> number = get("/number");
    assertThat(number.statusCode()).as("mapped by its superclass").isEqualTo(422);
    assertThat(text(number)).isEqualTo("not a number\n");
    HttpResponse<byte[]> broken = get("/broken");
    assertThat(broken.statusCode()).isEqualTo(500);
    assertThat(text(broken)).doesNotContain("a bug");
  }

  @Test
  void aLargeTextGoesGzippedOnlyToAClientThatAcceptsIt() throws Exception {
    String expected = "statuswacht ".repeat(200);
    HttpResponse<byte[]> plain = get("/big");
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(text(plain)).isEqualTo(expected);
    HttpResponse<byte[]> refused = get("/big", "Accept-Encoding", "gzip;q=0, identity");
    assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
    HttpResponse<byte[]> packed = get("/big", "Accept-Encoding", "br, gzip");
    assertThat(packed.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(packed.headers().firstValue("Vary")).hasValue("Accept-Encoding");
    assertThat(packed.body().length).isLessThan(expected.length() / 10);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(packed.body()))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(expected);
    }
    HttpResponse<byte[]> small = get("/posts/1", "Accept-Encoding", "gzip");
    assertThat(small.headers().firstValue("Content-Encoding")).isEmpty();
  }

  @Test
  void aStaticFileComesWithItsTypeAndHeadersAndNothingOutsideItsDirectory() throws Exception {
    HttpResponse<byte[]> css = get("/static/style.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    assertThat(css.headers().firstValue("Cache-Control")).hasValue("max-age=300");
    try (var in = RouterTest.class.getResourceAsStream("/nl/statuswacht/pages/static/style.css")) {
      assertThat(css.body()).isEqualTo(in.readAllBytes());
    }
    assertThat(get("/static/countdown.js").headers().firstValue("Content-Type"))
        .hasValue("text/javascript; charset=utf-8");
    assertThat(get("/static/nothing.css").statusCode()).isEqualTo(404);
    // an encoded ../ is decoded into segments of its own, which no route has
    assertThat(get("/static/..%2Fstatic%2Fstyle.css").statusCode()).isEqualTo(404);
    assertThat(get("/static/.hidden").statusCode()).isEqualTo(404);
  }
}
