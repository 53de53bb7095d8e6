-- An expert's own point gets a short title: the negotiation list shows it instead of the whole explanation.
alter table review_finding add column title varchar(200) null;
