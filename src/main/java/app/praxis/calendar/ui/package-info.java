/** The doctor's calendar view, its weekly-hours form, time-off dialog and patient preview. */
@NullMarked
package app.praxis.calendar.ui;

import org.jspecify.annotations.NullMarked;
