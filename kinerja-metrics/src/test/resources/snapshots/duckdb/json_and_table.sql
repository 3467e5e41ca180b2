SELECT
  CAST(date_trunc('day', "day") AS DATE) AS "period",
  count(*) AS "visits"
FROM read_json_auto(?)
WHERE "day" IS NOT NULL
GROUP BY CAST(date_trunc('day', "day") AS DATE)
ORDER BY 1
-- $1 = /data/visits.json (String)

SELECT
  CAST(date_trunc('day', "created_at") AS DATE) AS "period",
  count(*) AS "crm_leads"
FROM "crm"."leads"
WHERE "created_at" IS NOT NULL
GROUP BY CAST(date_trunc('day', "created_at") AS DATE)
ORDER BY 1

