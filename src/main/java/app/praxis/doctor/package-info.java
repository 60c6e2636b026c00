/** Doctors and specializations: the directory's data, doctor accounts created by admins. */
@NullMarked
package app.praxis.doctor;

import org.jspecify.annotations.NullMarked;
