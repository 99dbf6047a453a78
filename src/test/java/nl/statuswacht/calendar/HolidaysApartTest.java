package nl.statuswacht.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.Map;
import nl.statuswacht.loading.SeparateLoader;
import nl.statuswacht.testing.Collected;
import org.junit.jupiter.api.Test;

/**
 * Jollyday and JAXB compute a span of years in a class loader of their own, which nothing keeps
 * once the dates are out: its classes can be unloaded.
 */
class HolidaysApartTest {
  @Test
  void aSpanOfYearsIsComputedWithClassesOfItsOwnWhichAreUnloadedAfterwards() throws Exception {
    SeparateLoader loader = TermijnenwetHolidays.jollydayLoader();
    for (String library : new String[] {"de.focus_shift.jollyday.core.HolidayManager",
        "jakarta.xml.bind.JAXBContext", "org.glassfish.jaxb.runtime.v2.ContextFactory"}) {
      assertThat(loader.loadClass(library).getClassLoader()).as(library).isSameAs(loader);
    }
    assertThat(loader.loadClass("java.time.LocalDate")).isSameAs(LocalDate.class);

    Map<Integer, Map<LocalDate, String>> years = TermijnenwetHolidays.span(loader, 2026, 2027);

    // nine a year, Good Friday among them; King's Day on the 27th both years (no Sunday)
    assertThat(years.keySet()).containsExactly(2026, 2027);
    assertThat(years.get(2026)).containsEntry(LocalDate.parse("2026-04-27"), "Koningsdag")
        .containsEntry(LocalDate.parse("2026-04-06"), "Tweede paasdag").hasSize(9);
    assertThat(years.get(2027)).containsEntry(LocalDate.parse("2027-04-27"), "Koningsdag")
        .hasSize(9);
    assertThat(Thread.currentThread().getContextClassLoader()).isNotSameAs(loader);

    WeakReference<ClassLoader> dropped = new WeakReference<>(loader);
    loader = null;
    Collected.await(dropped);
  }
}
