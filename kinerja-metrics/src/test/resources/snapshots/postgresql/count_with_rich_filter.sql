SELECT
  CAST(date_trunc('quarter', CAST("created_at" AS TIMESTAMP)) AS DATE) AS "period",
  count("lead_id") FILTER (WHERE ("stage" NOT IN (?, ?) AND ("closed_at" IS NULL OR (NOT ("closed_at" >= ?)))) AND ("created_at" < ?)) AS "open"
FROM "crm"."leads"
WHERE "created_at" IS NOT NULL
GROUP BY CAST(date_trunc('quarter', CAST("created_at" AS TIMESTAMP)) AS DATE)
ORDER BY 1
-- $1 = WON (String)
-- $2 = LOST (String)
-- $3 = 2025-06-01 (LocalDate)
-- $4 = 2026-01-01 (LocalDate)

