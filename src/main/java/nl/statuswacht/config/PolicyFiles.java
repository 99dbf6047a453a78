package nl.statuswacht.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The files beside the main config that ship with statuswacht ({@code conf/classify.yaml},
 * {@code conf/policy-kvk.yaml}): read from the configured path, or from the copy in the jar when
 * that path does not exist.
 */
final class PolicyFiles {
  private PolicyFiles() {}

  /** Parses one such file; {@code name} is how problems name it (a path or classpath:…). */
  @FunctionalInterface
  interface Parser<T> {
    T parse(String name, Reader reader) throws ConfigException;
  }

  static <T> T load(Path file, String packaged, Parser<T> parser) throws ConfigException {
    if (!Files.exists(file)) {
      return packaged(packaged, parser);
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parser.parse(file.toString(), reader);
    } catch (IOException e) {
      throw new ConfigException(List.of(file + ": cannot read: " + e.getMessage()));
    }
  }

  /**
   * Whether {@code file} holds exactly the bytes of the copy in the jar; a file of another size
   * is not read. A file that cannot be read is not the same (reading it then says why).
   */
  static boolean sameAsPackaged(Path file, String packaged) {
    try (InputStream in = PolicyFiles.class.getResourceAsStream(packaged)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + packaged);
      }
      byte[] shipped = in.readAllBytes();
      return Files.size(file) == shipped.length && Arrays.equals(Files.readAllBytes(file), shipped);
    } catch (IOException e) {
      return false;
    }
  }

  static <T> T packaged(String packaged, Parser<T> parser) throws ConfigException {
    InputStream in = PolicyFiles.class.getResourceAsStream(packaged);
    if (in == null) {
      throw new IllegalStateException("the jar lacks " + packaged);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parser.parse("classpath:" + packaged, reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
