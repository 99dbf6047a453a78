/**
 * Libraries used once in a while, loaded apart so that their classes can be unloaded afterwards
 * ({@link nl.statuswacht.loading.SeparateLoader}): Flyway, which runs once at the start, and
 * Jollyday with JAXB, which compute a span of years of holidays at a time (only for years outside
 * the table the build computed, {@code calendar.HolidayTable}).
 */
package nl.statuswacht.loading;
