SELECT
  CAST(date_trunc('month', CAST("created_at" AS TIMESTAMP)) AS DATE) AS "period",
  count(*) AS "leads"
FROM "crm"."leads"
WHERE "created_at" IS NOT NULL
GROUP BY CAST(date_trunc('month', CAST("created_at" AS TIMESTAMP)) AS DATE)
ORDER BY 1

