package nl.statuswacht.notify;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Renders an {@link Alert} as a mail in one language: a subject, a plain-text part and an HTML
 * part. Pure and thread-safe; the templates ({@code templates/alert.text.mustache} and {@code
 * templates/alert.html.mustache} beside this class, one of each for both languages, their words
 * from {@link MailWords}) are compiled once, in the constructor.
 *
 * <p>The HTML part escapes every value ({@code {{ }}}), except the post's {@link
 * nl.statuswacht.model.Post#html()}, which the reader already sanitised with jsoup's basic
 * safelist. The text part escapes nothing: it is not HTML. The subject is built in Java as plain
 * text on one line. All times are in Europe/Amsterdam, spelled out in the mail's language, whatever
 * the JVM's default zone and locale.
 */
public final class AlertTemplates {
  /** The language of a mail. */
  public enum Language {
    NL,
    EN
  }

  /**
   * One rendered mail.
   *
   * @param subject plain text, one line; the title is cut so the whole stays within 150 characters
   * @param text the text/plain part
   * @param html the text/html part, a complete document with inline styles
   */
  public record Content(String subject, String text, String html) {}

  private static final Pattern ADDRESS =
      Pattern.compile("[A-Za-z0-9.!$'*+/=^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*");
  private static final Pattern WEB_LINK = Pattern.compile("(?i)https?://[^\\s\\p{Cc}]+");

  /** Whether {@code address} is a plain address a footer may link to with mailto:. */
  static boolean plainAddress(String address) {
    return address != null && ADDRESS.matcher(address).matches();
  }

  /**
   * The link, stripped, when it is an http(s) address with nothing odd in it; else null. Only web
   * links become links: anything else a feed may carry (javascript:, data:) is dropped.
   */
  static String webLink(String link) {
    return link != null && WEB_LINK.matcher(link.strip()).matches() ? link.strip() : null;
  }

  private final TemplateSet templates = new TemplateSet("alert.");

  /**
   * Renders {@code alert} in {@code language}.
   *
   * @param unsubscribeAddress where the reader mails "unsubscribe" to; the footer links to it
   * @throws IllegalArgumentException when {@code unsubscribeAddress} is not a plain address
   */
  public Content render(Alert alert, Language language, String unsubscribeAddress) {
    Objects.requireNonNull(alert, "alert");
    Objects.requireNonNull(language, "language");
    if (!plainAddress(unsubscribeAddress)) {
      throw new IllegalArgumentException(
          "templates: unsubscribe address is not a plain address: " + unsubscribeAddress);
    }
    Words words = Words.of(language);
    String subject = Subjects.of(alert, words);
    Map<String, Object> view = AlertView.of(alert, words, subject, unsubscribeAddress);
    return new Content(subject, templates.text(view), templates.html(view));
  }
}
