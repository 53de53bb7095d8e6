-- Invitations remember whether their link went out by mail: only a mailed link (it reached the
-- invitee's mailbox) may set a newcomer's first password; a link shown to an admin only adds a
-- membership to someone already signed in with that email. Links issued before this migration
-- count as shown (the safe side): a newcomer holding one is invited again.
alter table invitation add column mailed boolean not null default false;

-- An account an operator created with a one-time code: the code must be replaced at the first sign-in.
alter table user_account add column password_change_required boolean not null default false;
