SELECT
  CAST(date_trunc('month', "closed_at") AS DATE) AS "period",
  sum(((epoch(coalesce("closed_at", ?)) - epoch("created_at")) / 86400.0)) FILTER (WHERE "stage" = ?) AS "cycle_days_total"
FROM read_csv(?, header = true, auto_detect = true)
WHERE "closed_at" IS NOT NULL
GROUP BY CAST(date_trunc('month', "closed_at") AS DATE)
ORDER BY 1
-- $1 = 2025-12-31 (LocalDate)
-- $2 = WON (String)
-- $3 = /data/leads.csv (String)

