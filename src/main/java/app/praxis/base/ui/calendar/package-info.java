/**
 * A reusable calendar component: FullCalendar 6 (MIT packages only) behind a typed Java API with server-side
 * events. Knows nothing about Praxis' domain; views map their records onto {@link CalendarEntry}.
 */
@NullMarked
package app.praxis.base.ui.calendar;

import org.jspecify.annotations.NullMarked;
