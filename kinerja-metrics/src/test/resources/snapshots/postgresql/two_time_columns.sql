SELECT
  CAST(date_trunc('week', CAST("created_at" AS TIMESTAMP)) AS DATE) AS "period",
  count(*) AS "leads"
FROM "crm"."leads"
WHERE "created_at" IS NOT NULL
GROUP BY CAST(date_trunc('week', CAST("created_at" AS TIMESTAMP)) AS DATE)
ORDER BY 1

SELECT
  CAST(date_trunc('week', CAST("closed_at" AS TIMESTAMP)) AS DATE) AS "period",
  count(*) FILTER (WHERE "stage" = ?) AS "won"
FROM "crm"."leads"
WHERE "closed_at" IS NOT NULL
GROUP BY CAST(date_trunc('week', CAST("closed_at" AS TIMESTAMP)) AS DATE)
ORDER BY 1
-- $1 = WON (String)

