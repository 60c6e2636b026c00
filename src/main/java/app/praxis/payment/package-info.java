/** One payment per appointment: amount, method, status. */
@NullMarked
package app.praxis.payment;

import org.jspecify.annotations.NullMarked;
