-- The government's notices of days off (RULES.md W-5) as an administrator set them: one
-- row per year, replacing the built-in year of rules/calendar.json with the same number.
-- Years without a row use the built-in schedule, then the Labour Code defaults (W-3).
-- schedule_json has the shape of one year of rules/calendar.json. Portable SQL, as 0001.
CREATE TABLE calendar_years (
  year          INTEGER PRIMARY KEY,
  schedule_json TEXT NOT NULL,
  updated_at    TEXT NOT NULL,   -- ISO 8601 UTC
  updated_by    TEXT NOT NULL    -- username
);
