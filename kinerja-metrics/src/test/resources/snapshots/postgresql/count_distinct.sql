SELECT
  CAST(date_trunc('year', CAST("created_at" AS TIMESTAMP)) AS DATE) AS "period",
  count(DISTINCT "channel") AS "channels"
FROM "crm"."leads"
WHERE "created_at" IS NOT NULL
GROUP BY CAST(date_trunc('year', CAST("created_at" AS TIMESTAMP)) AS DATE)
ORDER BY 1

