DROP INDEX audit_by_actor;
DROP INDEX audit_by_entity;
DROP INDEX audit_by_time;
CREATE INDEX audit_by_actor ON audit_log (actor_id, id);
CREATE INDEX audit_by_entity ON audit_log (entity, id);
CREATE INDEX audit_by_time ON audit_log (at);
