package nl.statuswacht.web;

import java.time.Clock;
import java.util.Optional;
import nl.statuswacht.config.Config;
import nl.statuswacht.notify.UnsubscribeTokens;
import nl.statuswacht.store.Database;
import nl.statuswacht.store.SubscriberRepository;
import nl.statuswacht.store.SubscriberRepository.Unsubscribed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-click unsubscribe page (RFC 8058) that every mail's {@code List-Unsubscribe} links to:
 * {@code /unsubscribe?t=TOKEN}, the token made by {@link UnsubscribeTokens}.
 *
 * <ul>
 *   <li>{@code GET} shows whom the link unsubscribes and a button that posts; it changes nothing
 *       (mail scanners fetch links).
 *   <li>{@code POST} (a mail client's one-click {@code List-Unsubscribe=One-Click}, or the button)
 *       unsubscribes at once: a subscriber kept in the database is removed, one of the config
 *       file is recorded as opted out and skipped from then on ({@link
 *       SubscriberRepository#unsubscribe}).
 *   <li>A forged or altered token is refused with 403 and a plain page, a missing one with 400;
 *       nothing changes. Without {@code STATUSWACHT_UNSUBSCRIBE_KEY} every request gets 404.
 * </ul>
 *
 * <p>Pages are in Dutch and English, every value in them escaped; they are not cached and send no
 * referrer (the token is in the URL). Neither the token nor the key is ever logged.
 */
public final class UnsubscribeRoutes {
  private static final Logger log = LoggerFactory.getLogger(UnsubscribeRoutes.class);

  private final Database database;
  private final Config config;
  private final Clock clock;
  private final Optional<UnsubscribeTokens> tokens;

  private UnsubscribeRoutes(Database database, Config config, Clock clock) {
    this.database = database;
    this.config = config;
    this.clock = clock;
    this.tokens = UnsubscribeTokens.of(config.mail().unsubscribeKey());
  }

  /**
   * Adds {@code GET} and {@code POST} {@value UnsubscribeTokens#PATH} to {@code app}.
   *
   * @param database where subscribers and opt-outs are kept
   * @param config the key ({@code config.mail().unsubscribeKey()}) and the config file's
   *     subscribers
   * @param clock when an opt-out is recorded
   */
  public static void register(Router app, Database database, Config config, Clock clock) {
    UnsubscribeRoutes routes = new UnsubscribeRoutes(database, config, clock);
    app.get(UnsubscribeTokens.PATH, routes::confirm);
    app.post(UnsubscribeTokens.PATH, routes::unsubscribe);
  }

  private void confirm(Exchange ctx) {
    Optional<String> address = address(ctx);
    if (address.isEmpty()) {
      return;
    }
    String action = "?t=" + token(ctx);
    page(ctx, 200, "Afmelden / Unsubscribe",
        "<p>Geen berichten van statuswacht meer naar <strong>" + escape(address.get())
            + "</strong>?</p>\n<p lang=\"en\">No more mail from statuswacht to <strong>"
            + escape(address.get()) + "</strong>?</p>\n"
            + "<form method=\"post\" action=\"" + escape(action) + "\">\n"
            + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">\n"
            + "<button type=\"submit\">Afmelden / Unsubscribe</button>\n</form>");
  }

  private void unsubscribe(Exchange ctx) {
    Optional<String> address = address(ctx);
    if (address.isEmpty()) {
      return;
    }
    // written through before the page says so
    Unsubscribed result = database.durably(c -> SubscriberRepository.unsubscribe(c,
        address.get(), config.subscribers(), clock.instant()));
    log.info("unsubscribe address={} result={} one-click={}{}", address.get(), result,
        "One-Click".equals(formParam(ctx)), result == Unsubscribed.OPTED_OUT
            ? ": skipped from now on; it is in the config file, which statuswacht does not edit:"
                + " remove it there"
            : "");
    String message = switch (result) {
      case REMOVED, OPTED_OUT -> "<p>" + escape(address.get()) + " is afgemeld en krijgt geen"
          + " berichten van statuswacht meer.</p>\n<p lang=\"en\">" + escape(address.get())
          + " is unsubscribed and gets no more mail from statuswacht.</p>";
      case NOT_SUBSCRIBED -> "<p>" + escape(address.get()) + " is niet (meer) aangemeld.</p>\n"
          + "<p lang=\"en\">" + escape(address.get()) + " is not (or no longer) subscribed.</p>";
    };
    page(ctx, 200, "Afgemeld / Unsubscribed", message);
  }

  /**
   * The address the request's token unsubscribes; empty, with the refusal already answered, when
   * there is no key (404), no token (400) or a forged or altered one (403).
   */
  private Optional<String> address(Exchange ctx) {
    if (tokens.isEmpty()) {
      page(ctx, 404, "Niet gevonden / Not found",
          "<p>Afmelden met een link is hier niet ingesteld.</p>\n"
              + "<p lang=\"en\">Unsubscribing by link is not set up here.</p>");
      return Optional.empty();
    }
    String token = token(ctx);
    if (token == null || token.isEmpty()) {
      page(ctx, 400, "Ongeldige link / Invalid link",
          "<p>Deze link mist zijn sleutel.</p>\n<p lang=\"en\">This link lacks its token.</p>");
      return Optional.empty();
    }
    Optional<String> address = tokens.get().verify(token);
    if (address.isEmpty()) {
      log.warn("unsubscribe refused: forged or altered token, {} {} from {}", ctx.method(),
          UnsubscribeTokens.PATH, ctx.ip());
      page(ctx, 403, "Ongeldige link / Invalid link",
          "<p>Deze afmeldlink is niet geldig; er is niets veranderd.</p>\n"
              + "<p lang=\"en\">This unsubscribe link is not valid; nothing was changed.</p>");
    }
    return address;
  }

  private static String token(Exchange ctx) {
    return ctx.queryParam("t");
  }

  private static String formParam(Exchange ctx) {
    try {
      return ctx.formParam("List-Unsubscribe");
    } catch (RuntimeException e) {
      return null; // a body that is no form
    }
  }

  private static void page(Exchange ctx, int status, String title, String body) {
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Content-Security-Policy", "default-src 'none'; form-action 'self'");
    ctx.contentType("text/html; charset=utf-8");
    ctx.result("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"robots\" content=\"noindex\">\n<title>" + escape(title)
        + " – statuswacht</title>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n" + body
        + "\n</body>\n</html>\n");
  }

  /** HTML-escapes text for an element or a quoted attribute. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
