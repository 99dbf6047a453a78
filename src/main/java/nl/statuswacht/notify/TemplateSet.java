package nl.statuswacht.notify;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A plain-text and an HTML Mustache template beside this class, {@code
 * templates/<prefix>text.mustache} and {@code <prefix>html.mustache}, each serving both languages:
 * their words come from the view (see {@link MailWords}). The HTML is escaped; the text is not
 * (it is no HTML), and comes out tidied: no trailing spaces, at most one blank line in a row.
 */
final class TemplateSet {
  private final String prefix;
  /** Compiled when first rendered: a command that mails nothing compiles no template. */
  private volatile Compiled compiled;

  private record Compiled(Mustache text, Mustache html) {}

  /** The templates {@code templates/PREFIXtext.mustache} and {@code …html.mustache}. */
  TemplateSet(String prefix) {
    this.prefix = prefix;
  }

  /** Loads and compiles the templates; fails when one is missing or malformed. */
  private Compiled compiled() {
    Compiled known = compiled;
    if (known == null) {
      MustacheFactory escaping = new DefaultMustacheFactory();
      MustacheFactory verbatim = new DefaultMustacheFactory() {
        @Override
        public void encode(String value, Writer writer) {
          try {
            writer.write(value);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };
      known = compiled = new Compiled(compile(verbatim, prefix + "text.mustache"),
          compile(escaping, prefix + "html.mustache"));
    }
    return known;
  }

  private static Mustache compile(MustacheFactory factory, String name) {
    String resource = "templates/" + name;
    InputStream in = TemplateSet.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("templates: " + resource + " is missing from the classpath");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return factory.compile(reader, name);
    } catch (IOException e) {
      throw new UncheckedIOException("templates: cannot read " + resource, e);
    }
  }

  /** The text part: trailing spaces off, at most one blank line in a row, one final newline. */
  String text(Map<String, Object> view) {
    String out = run(compiled().text(), view);
    return out.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip() + "\n";
  }

  /** The HTML part. */
  String html(Map<String, Object> view) {
    return run(compiled().html(), view);
  }

  private static String run(Mustache template, Map<String, Object> view) {
    StringWriter out = new StringWriter();
    template.execute(out, view);
    return out.toString();
  }
}
