-- The client's sequence number of each saved answer: a save that arrives after a newer one is ignored.
alter table attempt_response add column client_sequence bigint;
