/**
 * Payment's screens: its part of every appointment card and of the calendar's appointment dialog (status, how to
 * pay, receipts, "Record payment" and "Refund"), and the admins' payments grid.
 */
@NullMarked
package app.praxis.payment.ui;

import org.jspecify.annotations.NullMarked;
