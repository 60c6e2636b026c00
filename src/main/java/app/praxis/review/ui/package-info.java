/** Review screens: the rating on appointment cards, the latest reviews on a doctor's page, the doctor's and the admin's lists. */
@NullMarked
package app.praxis.review.ui;

import org.jspecify.annotations.NullMarked;
