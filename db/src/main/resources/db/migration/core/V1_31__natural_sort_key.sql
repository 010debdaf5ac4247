-- A sort key that orders record numbers as a clerk reads them: every run of digits is zero-padded to 20, so
-- 开福调〔2026〕9号 comes before 开福调〔2026〕10号 and 〔2025〕 before 〔2026〕 (year, then number), whatever the
-- organization's number pattern. IMMUTABLE, so generated columns and indexes may use it.
CREATE FUNCTION core_natural_key(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT string_agg(CASE WHEN m.part[1] ~ '^[0-9]+$' THEN lpad(m.part[1], 20, '0') ELSE m.part[1] END, '' ORDER BY m.n)
      FROM regexp_matches(value, '[0-9]+|[^0-9]+', 'g') WITH ORDINALITY AS m(part, n)
$$;
