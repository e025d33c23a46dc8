-- The audit browser lists entries newest first by (at, id), filtered by actor, entity or a time
-- range, and pages by the last entry shown: each filter's index ends in (at, id), so a page is one
-- range of one index however many million entries there are.
DROP INDEX audit_by_actor;
DROP INDEX audit_by_entity;
DROP INDEX audit_by_time;
CREATE INDEX audit_by_actor ON audit_log (actor_id, at, id);
CREATE INDEX audit_by_entity ON audit_log (entity, at, id);
CREATE INDEX audit_by_time ON audit_log (at, id);
