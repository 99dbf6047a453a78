package nl.statuswacht.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** H2's page cache is a sixteenth of the heap, between 256 KB and 4 MB. */
class H2CacheSizeTest {
  private static final long MB = 1024 * 1024;

  @Test
  void theDaemonsHeapGetsTheWholeFourMegabytes() {
    // -Xmx64m: 64 MB / 16 = 4 MB = 4,096 KB
    assertThat(Database.cacheKb(64 * MB)).isEqualTo(4096);
    // a default heap of several GB: no more than that
    assertThat(Database.cacheKb(6 * 1024 * MB)).isEqualTo(4096);
  }

  @Test
  void aSmallHeapGetsASixteenthOfIt() {
    // -Xmx32m: 2 MB = 2,048 KB
    assertThat(Database.cacheKb(32 * MB)).isEqualTo(2048);
    // what the serial collector reports as the most -Xmx64m can hold (one survivor space less):
    // 64,880,640 bytes / 16 / 1,024 = 3,960 KB
    assertThat(Database.cacheKb(64_880_640)).isEqualTo(3960);
  }

  @Test
  void neverLessThan256Kilobytes() {
    // 2 MB / 16 = 128 KB, raised to 256
    assertThat(Database.cacheKb(2 * MB)).isEqualTo(256);
  }
}
