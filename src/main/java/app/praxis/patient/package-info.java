/** Patients: self-registration and the patient record (insurance, history, emergency contact). */
@NullMarked
package app.praxis.patient;

import org.jspecify.annotations.NullMarked;
