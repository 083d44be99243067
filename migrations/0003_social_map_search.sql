-- Sociale kaart: search for residents. Dutch full-text search (stemming, accent-insensitive),
-- trigram typo tolerance and a synonym list per municipality. Works on PostgreSQL 15 and PGlite.

-- The vectors are kept by a trigger, not by a generated column: unaccent() is not immutable,
-- so a generated column (or an index expression) cannot use it. A trigger also catches every
-- write of title/search_text (services, the demo loader, personal-data removal, imports)
-- without each repository function having to remember it.
alter table social_map_assets
  add column search_vector tsvector not null default ''::tsvector,
  -- lower(unaccent(title + search text)): what the trigram (typo) match runs on.
  add column search_plain text not null default '';

create function social_map_assets_search_update() returns trigger
language plpgsql as $$
begin
  new.search_vector :=
    setweight(to_tsvector('dutch', unaccent(coalesce(new.title, ''))), 'A') ||
    setweight(to_tsvector('dutch', unaccent(coalesce(new.search_text, ''))), 'B');
  new.search_plain := lower(unaccent(coalesce(new.title, '') || ' ' || coalesce(new.search_text, '')));
  return new;
end
$$;

create trigger social_map_assets_search
  before insert or update of title, search_text on social_map_assets
  for each row execute function social_map_assets_search_update();

-- Fill the vectors of the rows that already exist.
update social_map_assets set search_text = search_text;

create index social_map_assets_search_idx on social_map_assets using gin (search_vector);
create index social_map_assets_search_trgm_idx on social_map_assets using gin (search_plain gin_trgm_ops);
-- Bounding-box prefilter of "near me".
create index social_map_assets_point_idx on social_map_assets (municipality_id, lat, lon) where lat is not null;

-- Words residents use for the same thing: a query word equal to the term or to one of its
-- synonyms searches for all of them. Terms and synonyms are stored lower case without accents;
-- a synonym may be a phrase ("gratis eten").
create table social_map_synonyms (
  municipality_id uuid not null references municipalities(id) on delete cascade,
  term text not null check (term ~ '^[^\s].{0,59}$'),
  synonyms text[] not null default '{}',
  updated_at timestamptz not null default now(),
  primary key (municipality_id, term)
);
create index social_map_synonyms_words_idx on social_map_synonyms using gin (synonyms);

-- The default Dutch set; safe to run again (keeps what a municipality changed).
create function social_map_seed_synonyms(p_municipality_id uuid) returns void
language sql as $$
  insert into social_map_synonyms (municipality_id, term, synonyms)
  select p_municipality_id, d.term, d.synonyms
  from (values
    ('schulden', array['geldzaken', 'geldzorgen', 'schuldhulp', 'budgetcoach', 'rekeningen']),
    ('geldzorgen', array['schulden', 'geldzaken', 'armoede']),
    ('voedselbank', array['gratis eten', 'voedselhulp']),
    ('eenzaam', array['eenzaamheid', 'ontmoeting', 'praatje']),
    ('ouderen', array['senioren', 'bejaarden']),
    ('jongeren', array['tieners', 'jeugd']),
    ('kinderen', array['kids', 'jeugd']),
    ('bibliotheek', array['bieb']),
    ('huisarts', array['dokter']),
    ('taal', array['taalcafe', 'nederlands leren', 'inburgering']),
    ('werk', array['baan', 'vacatures', 'solliciteren']),
    ('mantelzorg', array['mantelzorger', 'zorgen voor']),
    ('sporten', array['sport', 'bewegen']),
    ('wandelen', array['wandelgroep', 'lopen']),
    ('koffie', array['koffieochtend', 'inloop']),
    ('reparatie', array['repair cafe', 'repareren'])
  ) as d(term, synonyms)
  on conflict (municipality_id, term) do nothing;
$$;

select social_map_seed_synonyms(id) from municipalities;

-- Every new municipality starts with the default set.
create function social_map_seed_synonyms_trigger() returns trigger
language plpgsql as $$
begin
  perform social_map_seed_synonyms(new.id);
  return new;
end
$$;

create trigger municipalities_seed_social_map_synonyms
  after insert on municipalities
  for each row execute function social_map_seed_synonyms_trigger();
