-- What a poll that found a document changed reads, without each current version whole (issue 17).
-- A version row holds the post's body and the classifier's evidence: reading every current one to
-- use a column or two made such a poll read the whole store.

-- The material fingerprint of each post's current version, kept on the post itself: where the
-- posts stand (SightingRepository.standings) is read from post and post_sighting alone. Written
-- with current_version, by the same statement (PostRepository.insertVersion).
alter table post add column current_fingerprint char(64);

update post set current_fingerprint = (select v.fingerprint from post_version v
  where v.post_id = post.id and v.version = post.current_version);

-- The open incidents (resolved is null, category INCIDENT) and the downtime windows still to come
-- (downtime true, window_start after now) found through an index, not among all versions.
create index post_version_open on post_version (resolved, category);
create index post_version_window on post_version (downtime, window_start);
