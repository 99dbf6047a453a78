/**
 * The business calendar of the service levels: which local dates are werkdagen, business-time
 * arithmetic (notice periods, restoration deadlines) and the maintenance-window check.
 *
 * <p>Pure: no I/O, no clock, every conversion in {@link BusinessCalendar#AMSTERDAM}; results do
 * not depend on the JVM's default zone or locale.
 */
package nl.statuswacht.calendar;
