-- The admins' grid's name filters (issue 18, docs/PERFORMANCE.md "Large clinic network", round 11): each word typed
-- is matched as the start of a first or a last name (appointment.NameWords), a prefix LIKE that an index range
-- serves. ix_users_name (last_name, first_name) serves the last names; this one the first names.
CREATE INDEX ix_users_first_name ON users (first_name, last_name);
