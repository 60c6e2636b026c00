-- A large clinic network, round 8 (issue 18, docs/PERFORMANCE.md "Large clinic network", round 8): the directory
-- sorted by next free time orders the doctors who share one next free time by their name as shown,
-- CONCAT(first_name, ' ', last_name), then by id. At 2,000 doctors some 1,600 share the first free time, and the
-- first page read and sorted all of them. With the shown name as a virtual column (the same expression, so the same
-- collation and the same order) in an index after the role and the active flag, the doctors are read in that order
-- and the read stops at the page (DoctorDirectoryRepository.findAmongFirstTies). Virtual: nothing is stored in the
-- rows, only the index entries; no code writes it.
ALTER TABLE users
    ADD COLUMN directory_name VARCHAR(201) AS (CONCAT(first_name, ' ', last_name)) VIRTUAL,
    ADD INDEX ix_users_directory (role, is_active, directory_name);
