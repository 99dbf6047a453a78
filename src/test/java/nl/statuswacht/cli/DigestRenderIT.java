package nl.statuswacht.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.statuswacht.testing.Chromium;
import nl.statuswacht.testing.Fixtures;
import nl.statuswacht.testing.StatusSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The preview that {@code statuswacht digest --preview} writes, rendered in Debian's headless
 * Chromium with the network off: it loads without a console message or error, every section is in
 * the rendered DOM, and the screenshot shows the 90-day bars in their four colours — drawn by table
 * cells with inline styles, no images. The screenshot is kept as {@code
 * target/digest-preview.png}; {@code scripts/digest-screenshot.sh} copies it to docs/.
 */
class DigestRenderIT {
  static final Path SCREENSHOT = Path.of("target/digest-preview.png");

  @TempDir static Path dir;
  private static Path dutch;
  private static Path english;

  @BeforeAll
  static void previewWeek46Of2025() throws Exception {
    try (StatusSite site = new StatusSite()) {
      site.atom("/history.atom", Fixtures.text("kvk/site/history.atom"));
      Map<String, String> env = new HashMap<>();
      env.put("STATUSWACHT_SOURCE", site.root().toString());
      env.put("STATUSWACHT_DATA_DIR", dir.toString());
      run(env, "poll");
      dutch = dir.resolve("digest.nl.html");
      english = dir.resolve("digest.en.html");
      run(env, "digest", "--week", "2025-W46", "--preview", dutch.toString());
      run(env, "digest", "--week", "2025-W46", "--preview", english.toString(), "--language",
          "en");
    }
  }

  private static void run(Map<String, String> env, String... args) {
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine(env);
    commandLine.setOut(new PrintWriter(new StringWriter()));
    commandLine.setErr(new PrintWriter(err));
    assertThat(commandLine.execute(args)).as(err.toString()).isZero();
  }

  @Test
  void chromiumRendersEverySectionWithoutAnError() throws Exception {
    Chromium chromium = Chromium.find();
    Chromium.Run nl = chromium.dumpDom(dutch);
    assertThat(nl.exitCode()).isZero();
    assertThat(nl.problems()).as("console messages and fatal errors").isEmpty();
    assertThat(nl.stdout()).contains("Schendingen van de serviceniveaus",
        "Berichten van week 46", "Open storingen", "komende 14 dagen",
        "Wijzigingen die nog ingaan", "Serviceniveaus over de laatste 90 dagen",
        "Dag voor dag");
    assertThat(nl.stdout()).as("nothing to fetch: mail clients block it")
        .doesNotContain("<img", "<script", "<link", "url(");

    Chromium.Run en = chromium.dumpDom(english);
    assertThat(en.exitCode()).isZero();
    assertThat(en.problems()).isEmpty();
    assertThat(en.stdout()).doesNotContain("<img", "<script", "<link", "url(");
    assertThat(en.stdout()).contains("Gepland onderhoud Mutatieservice", "KVK weekly digest");
  }

  @Test
  void theScreenshotShowsTheBarsInTheirColours() throws Exception {
    Path png = dir.resolve("digest.png");
    Chromium.Run run = Chromium.find().screenshot(dutch, png, 900, 2400);
    assertThat(run.exitCode()).isZero();
    assertThat(run.problems()).isEmpty();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(900);

    // the fixtures' 90 days up to 16 November 2025: KVK API down on 15 September (d01), the
    // Dataservice degraded on 7–9 October (d02, P2) and maintenance on several days; the rest fine
    // (a bar cell is 24 px tall; text and the legend's squares in these colours are far shorter)
    assertThat(tallestColumn(image, 0x1e8e3e)).as("fine: green").isGreaterThanOrEqualTo(20);
    assertThat(tallestColumn(image, 0xd93025)).as("down: red").isGreaterThanOrEqualTo(20);
    assertThat(tallestColumn(image, 0xf29900)).as("degraded: orange").isGreaterThanOrEqualTo(20);
    assertThat(tallestColumn(image, 0x1a73e8)).as("maintenance: blue")
        .isGreaterThanOrEqualTo(20);
    Files.createDirectories(SCREENSHOT.getParent());
    Files.copy(png, SCREENSHOT, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** The longest vertical run of pixels of exactly this colour. */
  private static int tallestColumn(BufferedImage image, int rgb) {
    int tallest = 0;
    for (int x = 0; x < image.getWidth(); x++) {
      int run = 0;
      for (int y = 0; y < image.getHeight(); y++) {
        run = (image.getRGB(x, y) & 0xffffff) == rgb ? run + 1 : 0;
        tallest = Math.max(tallest, run);
      }
    }
    return tallest;
  }
}
