package nl.statuswacht.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.statuswacht.calendar.HolidayTable;

/**
 * Writes the holiday table the jar carries ({@link HolidayTable}, computed by Jollyday) to the file
 * it is given. The build runs it after compiling ({@code pom.xml}, exec-maven-plugin, in the
 * {@code process-classes} phase), into {@code target/classes}.
 *
 * <p>Usage: {@code java -cp CLASSPATH nl.statuswacht.cli.HolidayTableFile FILE}
 */
public final class HolidayTableFile {
  private HolidayTableFile() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: HolidayTableFile FILE");
      System.exit(2);
    }
    Path file = Path.of(args[0]).toAbsolutePath();
    Files.createDirectories(file.getParent());
    Files.write(file, HolidayTable.computed(), StandardCharsets.UTF_8);
  }
}
