SELECT
  CAST(date_trunc('month', CAST("closed_at" AS TIMESTAMP)) AS DATE) AS "period",
  sum(((EXTRACT(EPOCH FROM CAST(coalesce("closed_at", ?) AS TIMESTAMP)) - EXTRACT(EPOCH FROM CAST("created_at" AS TIMESTAMP))) / 86400.0)) FILTER (WHERE "stage" = ?) AS "cycle_days_total"
FROM "crm"."leads"
WHERE "closed_at" IS NOT NULL
GROUP BY CAST(date_trunc('month', CAST("closed_at" AS TIMESTAMP)) AS DATE)
ORDER BY 1
-- $1 = 2025-12-31 (LocalDate)
-- $2 = WON (String)

