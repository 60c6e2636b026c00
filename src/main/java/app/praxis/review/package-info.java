/**
 * Reviews: a patient rates the doctor of a completed appointment once (1–5 stars, optional text), editable for 14
 * days; an admin hides an abusive one with a reason. Keeps doctors.rating and doctors.review_count in step in
 * the same transaction, so lower features show the rating without reading reviews.
 */
@ApplicationModule(
        allowedDependencies = {
            "base",
            "security",
            "audit",
            "user",
            "doctor",
            "patient",
            "appointment",
            "appointment :: ui"
        })
@NullMarked
package app.praxis.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
