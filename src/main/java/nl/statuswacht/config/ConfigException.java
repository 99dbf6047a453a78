package nl.statuswacht.config;

import java.util.List;

/** The configuration has problems; {@link #problems()} lists every one, each on its own line. */
public final class ConfigException extends Exception {
  private final List<String> problems;

  public ConfigException(List<String> problems) {
    super(String.join(System.lineSeparator(), problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
