package app.praxis.user;

/**
 * A user's first or last name changed (their profile, or their account closed), published in that transaction once
 * the new name is written (the user's row locked until the transaction ends), with the name before: features that
 * keep figures by the order of names move them (the appointment feature's buckets of the grid's patient order, V0025).
 */
public record UserRenamed(long userId, String formerFirstName, String formerLastName) {}
