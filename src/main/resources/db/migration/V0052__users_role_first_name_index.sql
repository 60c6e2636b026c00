-- A large clinic network, round 31 (issue 18, docs/PERFORMANCE.md "Round 31"): the admins' grid resolves a doctor's
-- name to its doctors on every count and page (appointment.NameFilterPages.doctors): role = 'DOCTOR' AND (first_name
-- LIKE 'w%' OR last_name LIKE 'w%'). Only the last name had an index after the role (V0027's ix_users_role_name), so
-- each call read every doctor's entry there to test the first name: 2,000 entries, 1.2 ms for 'Klara' at 2,000
-- doctors. With the first name after the role too, each word is two short ranges merged (index_merge sort_union):
-- the 100 entries of 'Klara', 0.7-1.0 ms by hand. Users are written rarely (sign-up, profile), so one entry more each
-- costs little.
CREATE INDEX ix_users_role_first_name ON users (role, first_name, last_name);
